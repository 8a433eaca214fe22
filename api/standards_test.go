package api

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// The published schemas of the open-data standards, as copied into
// testdata/standards (unedited, with their licences), each under the
// address the other schemas refer to it by, so nothing is fetched.
const (
	ocdsPackageSchema    = "https://standard.open-contracting.org/schema/1__1__5/release-package-schema.json"
	ocdsReleaseSchema    = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json"
	givingPackageSchema  = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-package-schema.json"
	givingGrantSchemaRef = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json" // as the package refers to it
)

var standardFiles = map[string]string{
	ocdsPackageSchema:    "ocds-1.1.5/release-package-schema.json",
	ocdsReleaseSchema:    "ocds-1.1.5/release-schema.json",
	givingPackageSchema:  "360giving/360-giving-package-schema.json",
	givingGrantSchemaRef: "360giving/360-giving-schema.json",
}

var standards = struct {
	once sync.Once
	ocds *jsonschema.Schema
	give *jsonschema.Schema
	err  error
}{}

// standardSchemas compiles the OCDS release package schema (draft-04) and
// the 360Giving package schema (draft 2020-12) once, with formats asserted.
func standardSchemas(t testing.TB) (ocds, giving *jsonschema.Schema) {
	t.Helper()
	standards.once.Do(func() {
		c := jsonschema.NewCompiler()
		c.AssertFormat()
		for url, file := range standardFiles {
			f, err := os.ReadFile(filepath.Join("testdata", "standards", file))
			if err != nil {
				standards.err = err
				return
			}
			doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(f))
			if err != nil {
				standards.err = err
				return
			}
			if err := c.AddResource(url, doc); err != nil {
				standards.err = err
				return
			}
		}
		if standards.ocds, standards.err = c.Compile(ocdsPackageSchema); standards.err != nil {
			return
		}
		standards.give, standards.err = c.Compile(givingPackageSchema)
	})
	if standards.err != nil {
		t.Fatalf("compiling the standards' schemas: %v", standards.err)
	}
	return standards.ocds, standards.give
}

// validateStandard checks body against schema and answers its problems.
func validateStandard(t testing.TB, schema *jsonschema.Schema, body []byte) {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("not JSON: %v; body %.300s", err, body)
	}
	if err := schema.Validate(doc); err != nil {
		t.Fatalf("the package does not validate: %v\nbody: %.2000s", err, body)
	}
}

func TestStandardSchemasRefuseWhatTheyShould(t *testing.T) {
	t.Parallel()
	ocds, giving := standardSchemas(t)
	for name, c := range map[string]struct {
		schema *jsonschema.Schema
		body   string
	}{
		"an OCDS package without releases":      {ocds, `{"uri":"http://x/p","version":"1.1","publishedDate":"2025-06-01T00:00:00Z","publisher":{"name":"p"},"releases":[]}`},
		"an OCDS release with an unknown tag":   {ocds, `{"uri":"http://x/p","version":"1.1","publishedDate":"2025-06-01T00:00:00Z","publisher":{"name":"p"},"releases":[{"ocid":"o","id":"1","date":"2025-06-01T00:00:00Z","tag":["nope"],"initiationType":"tender"}]}`},
		"a 360Giving grant without an amount":   {giving, `{"grants":[{"id":"360G-x-1","title":"t","description":"d","currency":"CNY","awardDate":"2025-01-01","recipientOrganization":[{"id":"a","name":"a"}],"fundingOrganization":[{"id":"b","name":"b"}]}]}`},
		"a 360Giving grant in an unknown money": {giving, `{"grants":[{"id":"360G-x-1","title":"t","description":"d","currency":"XXY","amountAwarded":1,"awardDate":"2025-01-01","recipientOrganization":[{"id":"a","name":"a"}],"fundingOrganization":[{"id":"b","name":"b"}]}]}`},
	} {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(c.body)))
		if err != nil {
			t.Fatal(err)
		}
		if c.schema.Validate(doc) == nil {
			t.Errorf("%s validates", name)
		}
	}
}
