package api

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
)

// TestOpenAPIPassesLintRules checks the document against the rules of
// Redocly's "recommended" set that it once broke, and a few neighbours, so
// that the lint cannot regress without Node in the test run. The same
// check by Redocly itself, from a scratch directory:
//
//	npm init -y && npm install @redocly/cli
//	npx redocly lint /path/to/api/openapi.json
func TestOpenAPIPassesLintRules(t *testing.T) {
	t.Parallel()
	var doc map[string]any
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	for _, problem := range lintOpenAPI(doc) {
		t.Error(problem)
	}
}

// TestOpenAPILintFindsFaults feeds the lint a document with one fault per
// rule, so that a rule that stopped looking would be noticed.
func TestOpenAPILintFindsFaults(t *testing.T) {
	t.Parallel()
	const faulty = `{
	  "openapi": "3.0.3",
	  "info": {"title": "x", "version": "1"},
	  "servers": [],
	  "tags": [{"name": "a"}],
	  "paths": {
	    "/things/{id}": {"get": {"operationId": "thing", "summary": "s", "tags": ["b"],
	      "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}},
	    "/other": {"get": {"operationId": "thing", "summary": "s", "tags": ["a"], "responses": {"404": {"description": "no"}}}}
	  },
	  "components": {"schemas": {
	    "Thing": {"type": "object", "required": ["id", "name"], "properties": {"id": {"type": "string"},
	      "parent": {"nullable": true, "allOf": [{"$ref": "#/components/schemas/Thing"}]},
	      "kind": {"nullable": true, "type": "object", "allOf": [{"$ref": "#/components/schemas/Kind"}]}}},
	    "Kind": {"type": "string", "enum": ["a", "b"]},
	    "Unused": {"type": "string"}
	  }}
	}`
	var doc map[string]any
	if err := json.Unmarshal([]byte(faulty), &doc); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(lintOpenAPI(doc), "\n")
	for _, want := range []string{
		"info-license", "no-empty-servers", "operation-4xx-response: GET /things/{id}", "operation-operationId-unique",
		"path-parameters-defined: GET /things/{id}", "operation-tag-defined", "nullable-type-sibling: #/components/schemas/Thing/properties/parent",
		"nullable-type-sibling: #/components/schemas/Thing/properties/kind has type object beside an allOf of type string",
		"no-required-schema-properties-undefined: #/components/schemas/Thing: name", "no-unused-components: #/components/schemas/Unused",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the lint does not report %q; it reports:\n%s", want, got)
		}
	}
	if strings.Contains(got, "operation-4xx-response: GET /other") {
		t.Errorf("a 404 counts as a 4xx answer:\n%s", got)
	}
}

// unusedComponents may stay unreferenced: the frontend reads their values
// from the document (src/api/enums.gen.ts) and models/enums.go checks them.
var unusedComponents = []string{"#/components/schemas/OpenDataFormat"}

var pathParam = regexp.MustCompile(`\{([^}]+)\}`)

// lintOpenAPI answers the rule broken and where, one line per fault.
func lintOpenAPI(doc map[string]any) []string {
	var out []string
	fail := func(rule, format string, args ...any) { out = append(out, rule+": "+fmt.Sprintf(format, args...)) }
	obj := func(v any) map[string]any { m, _ := v.(map[string]any); return m }

	info := obj(doc["info"])
	if lic := obj(info["license"]); lic == nil || lic["name"] == nil || lic["name"] == "" {
		fail("info-license", "info has no license with a name")
	}
	servers, _ := doc["servers"].([]any)
	if len(servers) == 0 {
		fail("no-empty-servers", "the document names no server")
	}
	for i, s := range servers {
		if u, _ := obj(s)["url"].(string); u == "" {
			fail("no-empty-servers", "server %d has no url", i)
		}
	}

	tags := map[string]bool{}
	for _, tag := range doc["tags"].([]any) {
		tags[obj(tag)["name"].(string)] = true
	}
	ids := map[string]string{}
	paths := obj(doc["paths"])
	for _, path := range sortedKeys(paths) {
		item := obj(paths[path])
		shared, _ := item["parameters"].([]any)
		for _, method := range []string{"get", "put", "post", "delete", "patch", "head", "options"} {
			op := obj(item[method])
			if op == nil {
				continue
			}
			where := strings.ToUpper(method) + " " + path
			if other, dup := ids[op["operationId"].(string)]; dup {
				fail("operation-operationId-unique", "%s and %s share %q", other, where, op["operationId"])
			}
			ids[op["operationId"].(string)] = where
			has4xx := false
			for code := range obj(op["responses"]) {
				has4xx = has4xx || strings.HasPrefix(code, "4")
			}
			if !has4xx {
				fail("operation-4xx-response", "%s has no 4xx answer", where)
			}
			for _, tag := range op["tags"].([]any) {
				if !tags[tag.(string)] {
					fail("operation-tag-defined", "%s has tag %q, which the document's tags do not name", where, tag)
				}
			}
			declared := map[string]bool{}
			params, _ := op["parameters"].([]any)
			for _, p := range append(slices.Clone(shared), params...) {
				p = resolve(doc, p)
				if obj(p)["in"] == "path" {
					declared[obj(p)["name"].(string)] = true
				}
			}
			for _, m := range pathParam.FindAllStringSubmatch(path, -1) {
				if !declared[m[1]] {
					fail("path-parameters-defined", "%s does not declare path parameter %s", where, m[1])
				}
			}
		}
	}

	walkSchemas(doc, func(ptr string, s map[string]any) {
		if _, ok := s["nullable"]; ok && s["type"] == nil {
			fail("nullable-type-sibling", "%s is nullable without a type", ptr)
		}
		// A type beside allOf must be the combined schema's own, or no value fits.
		if members, _ := s["allOf"].([]any); s["type"] != nil && len(members) == 1 {
			if target, _ := resolve(doc, members[0]).(map[string]any); target != nil && target["type"] != nil && target["type"] != s["type"] {
				fail("nullable-type-sibling", "%s has type %v beside an allOf of type %v", ptr, s["type"], target["type"])
			}
		}
		required, _ := s["required"].([]any)
		for _, name := range required {
			if !schemaHasProperty(doc, s, name.(string)) {
				fail("no-required-schema-properties-undefined", "%s: %s is required and not among the properties", ptr, name)
			}
		}
	})

	raw, _ := json.Marshal(doc)
	for _, kind := range []string{"schemas", "responses", "parameters", "headers", "requestBodies"} {
		for _, name := range sortedKeys(obj(obj(doc["components"])[kind])) {
			ref := "#/components/" + kind + "/" + name
			if !strings.Contains(string(raw), `"$ref":"`+ref+`"`) && !slices.Contains(unusedComponents, ref) {
				fail("no-unused-components", "%s is never referenced", ref)
			}
		}
	}
	return out
}

// walkSchemas calls fn on every schema of the document (components,
// parameters, bodies, answers and headers, and the schemas nested in them),
// ptr being its JSON pointer.
func walkSchemas(doc map[string]any, fn func(ptr string, s map[string]any)) {
	obj := func(v any) map[string]any { m, _ := v.(map[string]any); return m }
	var schema func(ptr string, v any)
	schema = func(ptr string, v any) {
		s := obj(v)
		if s == nil {
			return
		}
		fn(ptr, s)
		for _, name := range sortedKeys(obj(s["properties"])) {
			schema(ptr+"/properties/"+name, obj(s["properties"])[name])
		}
		for _, k := range []string{"items", "additionalProperties", "not"} {
			schema(ptr+"/"+k, s[k])
		}
		for _, k := range []string{"allOf", "anyOf", "oneOf"} {
			members, _ := s[k].([]any)
			for i, m := range members {
				schema(fmt.Sprintf("%s/%s/%d", ptr, k, i), m)
			}
		}
	}
	content := func(ptr string, v any) {
		c := obj(obj(v)["content"])
		for _, mt := range sortedKeys(c) {
			schema(ptr+"/content/"+mt+"/schema", obj(c[mt])["schema"])
		}
	}
	headers := func(ptr string, v any) {
		h := obj(obj(v)["headers"])
		for _, name := range sortedKeys(h) {
			schema(ptr+"/headers/"+name+"/schema", obj(h[name])["schema"])
		}
	}
	params := func(ptr string, v any) {
		list, _ := v.([]any)
		for i, p := range list {
			schema(fmt.Sprintf("%s/%d/schema", ptr, i), obj(p)["schema"])
		}
	}
	answers := func(ptr string, v any) {
		for _, code := range sortedKeys(obj(v)) {
			content(ptr+"/"+code, obj(v)[code])
			headers(ptr+"/"+code, obj(v)[code])
		}
	}
	comp := obj(doc["components"])
	for _, name := range sortedKeys(obj(comp["schemas"])) {
		schema("#/components/schemas/"+name, obj(comp["schemas"])[name])
	}
	for _, name := range sortedKeys(obj(comp["parameters"])) {
		schema("#/components/parameters/"+name+"/schema", obj(obj(comp["parameters"])[name])["schema"])
	}
	for _, name := range sortedKeys(obj(comp["headers"])) {
		schema("#/components/headers/"+name+"/schema", obj(obj(comp["headers"])[name])["schema"])
	}
	answers("#/components/responses", comp["responses"])
	for _, name := range sortedKeys(obj(comp["requestBodies"])) {
		content("#/components/requestBodies/"+name, obj(comp["requestBodies"])[name])
	}
	paths := obj(doc["paths"])
	for _, path := range sortedKeys(paths) {
		item := obj(paths[path])
		ptr := "#/paths/" + strings.ReplaceAll(path, "/", "~1")
		params(ptr+"/parameters", item["parameters"])
		for _, method := range sortedKeys(item) {
			op := obj(item[method])
			if op == nil || method == "parameters" {
				continue
			}
			params(ptr+"/"+method+"/parameters", op["parameters"])
			content(ptr+"/"+method+"/requestBody", op["requestBody"])
			answers(ptr+"/"+method+"/responses", op["responses"])
		}
	}
}

// schemaHasProperty looks for name among s's properties and those of the
// schemas it combines.
func schemaHasProperty(doc map[string]any, s map[string]any, name string) bool {
	if props, _ := s["properties"].(map[string]any); props != nil {
		if _, ok := props[name]; ok {
			return true
		}
	}
	for _, k := range []string{"allOf", "anyOf", "oneOf"} {
		members, _ := s[k].([]any)
		for _, m := range members {
			if sub, _ := resolve(doc, m).(map[string]any); sub != nil && schemaHasProperty(doc, sub, name) {
				return true
			}
		}
	}
	return false
}

// resolve follows a local $ref.
func resolve(doc map[string]any, v any) any {
	m, _ := v.(map[string]any)
	ref, _ := m["$ref"].(string)
	if ref == "" {
		return v
	}
	var node any = doc
	for _, part := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
		node, _ = node.(map[string]any)[part]
	}
	return node
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
