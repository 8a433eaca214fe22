package handlers

import (
	"reflect"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// normalizeText is how every piece of text in a request is read: Unicode
// NFC, so that one name has one spelling, with white space and invisible
// characters (format characters such as U+200B and U+FEFF, and the Hangul
// and Braille fillers) trimmed from both ends. A text of nothing but these
// is then empty, which "required" refuses, and "方村社区 " is "方村社区",
// which the uniqueness rules see.
func normalizeText(s string) string {
	return strings.TrimFunc(norm.NFC.String(s), invisible)
}

// invisible reports whether r shows nothing on its own.
func invisible(r rune) bool {
	switch r {
	case '\u115F', '\u1160', '\u3164', '\uFFA0', '\u2800':
		return true
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

// verbatim reports whether a field named name keeps its text exactly as
// sent: secrets are compared byte for byte, and trimming one would change
// which password a user has.
func verbatim(name string) bool {
	return strings.Contains(name, "password")
}

// normalizeStrings applies normalizeText to every string in the decoded
// request v (a pointer), at any depth: struct fields, pointers, slices and
// map values.
func normalizeStrings(v reflect.Value, name string) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			normalizeStrings(v.Elem(), name)
		}
	case reflect.String:
		if v.CanSet() && !verbatim(name) {
			if s := v.String(); s != "" {
				v.SetString(normalizeText(s))
			}
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			normalizeStrings(v.Index(i), name)
		}
	case reflect.Map:
		if v.Type().Elem().Kind() != reflect.String || verbatim(name) {
			return
		}
		iter := v.MapRange()
		for iter.Next() {
			val := reflect.New(v.Type().Elem()).Elem()
			val.SetString(normalizeText(iter.Value().String()))
			v.SetMapIndex(iter.Key(), val)
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			sf := t.Field(i)
			if !sf.IsExported() && !sf.Anonymous { // an embedded struct's fields are the request's own
				continue
			}
			normalizeStrings(v.Field(i), fieldName(sf))
		}
	}
}

// fieldName is a struct field's name in the request: its json or form name.
func fieldName(sf reflect.StructField) string {
	for _, tag := range []string{"json", "form"} {
		if name, _, _ := strings.Cut(sf.Tag.Get(tag), ","); name != "" && name != "-" {
			return name
		}
	}
	return strings.ToLower(sf.Name)
}
