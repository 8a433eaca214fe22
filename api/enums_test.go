package api

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"hatchery/models"
)

// TestOpenAPIEnumsComeFromModels holds every enum of the OpenAPI document
// to the one list in models: each of models.Enums() is a component schema
// with the same values in the same order, and no other list of values is
// written anywhere in the document (a property takes its enum by $ref).
func TestOpenAPIEnumsComeFromModels(t *testing.T) {
	t.Parallel()
	var doc struct {
		Components struct {
			Schemas map[string]json.RawMessage `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	named := map[string]bool{}
	for _, e := range models.Enums() {
		named[e.Name] = true
		raw, ok := doc.Components.Schemas[e.Name]
		if !ok {
			t.Errorf("the OpenAPI document has no schema %s", e.Name)
			continue
		}
		var s struct {
			Type string   `json:"type"`
			Enum []string `json:"enum"`
		}
		if err := json.Unmarshal(raw, &s); err != nil {
			t.Fatal(err)
		}
		if s.Type != "string" || !slices.Equal(s.Enum, e.Values) {
			t.Errorf("schema %s lists %v, models lists %v", e.Name, s.Enum, e.Values)
		}
	}
	var whole any
	if err := json.Unmarshal(openAPI, &whole); err != nil {
		t.Fatal(err)
	}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			if list, ok := v["enum"].([]any); ok && len(list) > 1 {
				if name, ok := strings.CutPrefix(path, "/components/schemas/"); !ok || !named[name] {
					t.Errorf("%s writes out the values %v; refer to a schema of models.Enums() instead", path, list)
				}
			}
			for k, x := range v {
				walk(path+"/"+k, x)
			}
		case []any:
			for _, x := range v {
				walk(path+"/[]", x)
			}
		}
	}
	walk("", whole)
}
