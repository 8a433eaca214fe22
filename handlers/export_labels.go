package handlers

import (
	_ "embed"
	"encoding/json"
)

// enumLabelsJSON holds every enum value's label in both languages, made
// from the frontend's i18n catalogues (frontend/src/i18n/enumLabels.test.ts
// keeps it current), so exports name values as the pages do.
//
//go:embed enum_labels.json
var enumLabelsJSON []byte

// enumLabels is language -> enum -> code -> label, read once.
var enumLabels = func() map[string]map[string]map[string]string {
	var m map[string]map[string]map[string]string
	if err := json.Unmarshal(enumLabelsJSON, &m); err != nil {
		panic("handlers: enum_labels.json: " + err.Error())
	}
	return m
}()

// enumLabel is code's label in lang, or the code itself when it has none
// (an empty code stays empty).
func enumLabel(lang, enum, code string) string {
	if l, ok := enumLabels[lang][enum][code]; ok {
		return l
	}
	return code
}
