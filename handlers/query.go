package handlers

import (
	"fmt"
	"net/url"
	"reflect"
	"strconv"
	"strings"

	"hatchery/models"
)

// queryTypeError answers the first parameter of query whose value is not of
// its field's type in req (form tags, embedded structs included), in the
// caller's terms: "limit must be a whole number from 1 to 200".
func queryTypeError(t reflect.Type, query url.Values) (models.FieldError, bool) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return models.FieldError{}, false
	}
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		name, _, _ := strings.Cut(sf.Tag.Get("form"), ",")
		if sf.Anonymous && name == "" {
			if fe, bad := queryTypeError(sf.Type, query); bad {
				return fe, true
			}
			continue
		}
		if name == "" || name == "-" || !sf.IsExported() {
			continue
		}
		ft := sf.Type
		for ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		for _, v := range query[name] {
			if v == "" {
				continue
			}
			if msg, ok := queryValueFits(ft, v, sf.Tag.Get("binding")); !ok {
				return models.FieldError{Field: name, Code: "type", Message: name + " must be " + msg}, true
			}
		}
	}
	return models.FieldError{}, false
}

// queryValueFits reports whether v parses as kind of t, and otherwise
// what it must be.
func queryValueFits(t reflect.Type, v, rules string) (string, bool) {
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		_, err := strconv.ParseInt(v, 10, t.Bits())
		return "a whole number" + bounds(rules), err == nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		_, err := strconv.ParseUint(v, 10, t.Bits())
		return "a whole number" + bounds(rules), err == nil
	case reflect.Float32, reflect.Float64:
		_, err := strconv.ParseFloat(v, t.Bits())
		return "a number" + bounds(rules), err == nil
	case reflect.Bool:
		_, err := strconv.ParseBool(v)
		return "true or false", err == nil
	}
	return "", true
}

// bounds describes the min/max (or gte/lte) rules of a binding tag.
func bounds(rules string) string {
	var lo, hi string
	for rule := range strings.SplitSeq(rules, ",") {
		k, v, _ := strings.Cut(rule, "=")
		switch k {
		case "min", "gte":
			lo = v
		case "max", "lte":
			hi = v
		}
	}
	switch {
	case lo != "" && hi != "":
		return fmt.Sprintf(" from %s to %s", lo, hi)
	case lo != "":
		return " of " + lo + " or more"
	case hi != "":
		return " of " + hi + " or less"
	}
	return ""
}
