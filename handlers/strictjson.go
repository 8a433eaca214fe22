package handlers

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"hatchery/models"
)

// encoding/json is lenient where a request must not be: a repeated key
// silently takes the last value, a key matches a field whatever its case,
// and text that is not UTF-8 (raw, or an escaped half of a surrogate pair)
// becomes U+FFFD. These checks refuse each before the body is decoded or
// right after.

// badEncoding answers a field error when body is not UTF-8 text or escapes
// a lone surrogate.
func badEncoding(body []byte) (models.FieldError, bool) {
	if !utf8.Valid(body) {
		at := 0
		for at < len(body) {
			r, size := utf8.DecodeRune(body[at:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			at += size
		}
		return models.FieldError{Field: "(body)", Code: "encoding",
			Message: fmt.Sprintf("the body is not UTF-8 text (byte %d)", at)}, true
	}
	if at, ok := loneSurrogate(body); ok {
		return models.FieldError{Field: "(body)", Code: "encoding",
			Message: fmt.Sprintf("the escape at byte %d is half of a UTF-16 surrogate pair, which is not text", at)}, true
	}
	return models.FieldError{}, false
}

// loneSurrogate finds a \uD800-\uDFFF escape in a string of body that is not
// a high surrogate followed at once by a low one.
func loneSurrogate(body []byte) (int, bool) {
	inString := false
	for i := 0; i < len(body); i++ {
		c := body[i]
		if !inString {
			inString = c == '"'
			continue
		}
		switch c {
		case '"':
			inString = false
		case '\\':
			r, ok := escapedRune(body, i)
			if !ok {
				i++ // a one-character escape such as \" or \n
				continue
			}
			if utf16.IsSurrogate(r) {
				low, ok := escapedRune(body, i+6)
				if r >= 0xDC00 || !ok || low < 0xDC00 || low > 0xDFFF {
					return i, true
				}
				i += 6
			}
			i += 5
		}
	}
	return 0, false
}

// escapedRune reads a \uXXXX escape at body[i].
func escapedRune(body []byte, i int) (rune, bool) {
	if i+6 > len(body) || body[i] != '\\' || body[i+1] != 'u' {
		return 0, false
	}
	n, err := strconv.ParseUint(string(body[i+2:i+6]), 16, 32)
	return rune(n), err == nil
}

var unmarshalerType = reflect.TypeFor[json.Unmarshaler]()

// badKeys walks the tokens of body alongside t, the type it decodes into,
// and answers the first key that repeats within its object, or that names
// a field of t in another case than the field's own.
func badKeys(body []byte, t reflect.Type) (models.FieldError, bool) {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	fe, bad, _ := walkKeys(dec, t, "")
	return fe, bad
}

// walkKeys reads one value from dec; t is the Go type it decodes into, or
// nil where that is not known (the keys are still checked for repeats).
func walkKeys(dec *json.Decoder, t reflect.Type, path string) (models.FieldError, bool, error) {
	tok, err := dec.Token()
	if err != nil {
		return models.FieldError{}, false, err
	}
	delim, ok := tok.(json.Delim)
	if !ok {
		return models.FieldError{}, false, nil
	}
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t != nil && reflect.PointerTo(t).Implements(unmarshalerType) {
		t = nil // decodes itself
	}
	switch delim {
	case '{':
		fields := jsonFields(t)
		var elem reflect.Type
		if t != nil && t.Kind() == reflect.Map {
			elem = t.Elem()
		}
		seen := map[string]bool{}
		for dec.More() {
			tok, err := dec.Token()
			if err != nil {
				return models.FieldError{}, false, err
			}
			key, _ := tok.(string)
			at := key
			if path != "" {
				at = path + "." + key
			}
			if seen[key] {
				return models.FieldError{Field: at, Code: "duplicate_key", Message: "this key appears more than once in its object; send it once"}, true, nil
			}
			seen[key] = true
			child := elem
			if fields != nil {
				ft, ok := fields[key]
				if !ok {
					for name := range fields {
						if strings.EqualFold(name, key) {
							return models.FieldError{Field: at, Code: "key_case", Message: fmt.Sprintf("keys are matched exactly; write %q", name)}, true, nil
						}
					}
				}
				child = ft
			}
			if fe, bad, err := walkKeys(dec, child, at); bad || err != nil {
				return fe, bad, err
			}
		}
	case '[':
		var elem reflect.Type
		if t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) {
			elem = t.Elem()
		}
		for i := 0; dec.More(); i++ {
			if fe, bad, err := walkKeys(dec, elem, fmt.Sprintf("%s[%d]", path, i)); bad || err != nil {
				return fe, bad, err
			}
		}
	}
	_, err = dec.Token() // the closing delimiter
	return models.FieldError{}, false, err
}

// jsonFields maps the JSON names of struct type t's fields, those of
// embedded structs included as encoding/json flattens them, to their types;
// nil when t is not a struct.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	if t == nil || t.Kind() != reflect.Struct {
		return nil
	}
	out := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if sf.Anonymous && name == "" {
			ft := sf.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				for k, v := range jsonFields(ft) {
					if _, taken := out[k]; !taken {
						out[k] = v
					}
				}
				continue
			}
		}
		if !sf.IsExported() {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		out[name] = sf.Type
	}
	return out
}
