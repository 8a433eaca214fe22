package handlers

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/gin-gonic/gin/binding"
	"github.com/go-playground/validator/v10"

	"hatchery/models"
)

// bindJSON decodes the body into req strictly (text that is not UTF-8,
// unknown fields, repeated keys, keys in another case, trailing data and NUL
// characters refused), normalizes its text (normalizeText) and validates it
// with gin's validator. On failure it has already answered, and reports
// false.
func bindJSON(c *gin.Context, req any) bool {
	body, err := io.ReadAll(c.Request.Body)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			Fail(c, http.StatusRequestEntityTooLarge, fmt.Sprintf("the body is larger than %d bytes", mbe.Limit))
			return false
		}
		Fail(c, http.StatusBadRequest, "the body could not be read")
		return false
	}
	if len(bytes.TrimSpace(body)) == 0 {
		Fail(c, http.StatusBadRequest, "the body is empty; send a JSON object")
		return false
	}
	c.Set(rawBodyKey, body)
	if fe, bad := badEncoding(body); bad {
		FailFields(c, http.StatusBadRequest, "the body is not UTF-8 text", []models.FieldError{fe})
		return false
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(req); err != nil {
		decodeProblem(c, err)
		return false
	}
	if dec.More() {
		Fail(c, http.StatusBadRequest, "the body holds more than one JSON value")
		return false
	}
	if fe, bad := badKeys(body, reflect.TypeOf(req)); bad {
		FailFields(c, http.StatusBadRequest, "a key is repeated or not written as this endpoint names it", []models.FieldError{fe})
		return false
	}
	if field, found := findNUL(reflect.ValueOf(req), ""); found {
		FailFields(c, http.StatusBadRequest, "text may not contain NUL characters", []models.FieldError{{
			Field: field, Code: "nul", Message: "remove the NUL (\\u0000) character",
		}})
		return false
	}
	normalizeStrings(reflect.ValueOf(req), "")
	return validate(c, req)
}

// findNUL looks through the decoded request for a string holding a NUL
// character, which PostgreSQL cannot store, and names its field.
func findNUL(v reflect.Value, path string) (string, bool) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return "", false
		}
		return findNUL(v.Elem(), path)
	case reflect.String:
		return path, strings.IndexByte(v.String(), 0) >= 0
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			if f, ok := findNUL(v.Index(i), fmt.Sprintf("%s[%d]", path, i)); ok {
				return f, true
			}
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			sf := t.Field(i)
			if !sf.IsExported() {
				continue
			}
			name := strings.SplitN(sf.Tag.Get("json"), ",", 2)[0]
			if name == "" {
				name = sf.Name
			}
			if path != "" {
				name = path + "." + name
			}
			if f, ok := findNUL(v.Field(i), name); ok {
				return f, true
			}
		}
	}
	return "", false
}

// decodeProblem explains a JSON decoding error.
func decodeProblem(c *gin.Context, err error) {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		Fail(c, http.StatusBadRequest, fmt.Sprintf("malformed JSON at byte %d: %s", syn.Offset, syn.Error()))
	case errors.As(err, &typ):
		field := typ.Field
		if field == "" {
			field = "(body)"
		}
		FailFields(c, http.StatusBadRequest, "a field has the wrong type", []models.FieldError{{
			Field: field, Code: "type", Message: fmt.Sprintf("must be %s, not %s", jsonKind(typ.Type), typ.Value),
		}})
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name, _ := strconv.Unquote(strings.TrimPrefix(err.Error(), "json: unknown field "))
		fe := models.FieldError{Field: name, Code: "unknown_field", Message: "this field is not accepted here"}
		if name == "" {
			fe.Field, fe.Message = "(body)", `a member named "" (the empty name) is not accepted here`
		}
		FailFields(c, http.StatusBadRequest, "the body has a field this endpoint does not take", []models.FieldError{fe})
	case errors.Is(err, models.ErrAmountSyntax), errors.Is(err, models.ErrAmountRange):
		status := http.StatusBadRequest
		if errors.Is(err, models.ErrAmountRange) {
			status = http.StatusUnprocessableEntity
		}
		body, _ := c.Get(rawBodyKey)
		raw, _ := body.([]byte)
		FailFields(c, status, "an amount is not a whole number of fen within bounds", []models.FieldError{{
			Field: amountField(raw), Code: "amount", Message: err.Error()}})
	case errors.Is(err, io.ErrUnexpectedEOF):
		Fail(c, http.StatusBadRequest, "malformed JSON: the body ends too early")
	default:
		Fail(c, http.StatusBadRequest, "malformed JSON: "+err.Error())
	}
}

func jsonKind(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "a list"
	default:
		return "an object"
	}
}

// validate runs gin's validator on req and answers 422 with every bad field.
func validate(c *gin.Context, req any) bool {
	err := binding.Validator.ValidateStruct(req)
	if err == nil {
		return true
	}
	var verrs validator.ValidationErrors
	if !errors.As(err, &verrs) {
		Fail(c, http.StatusBadRequest, "the request could not be validated")
		return false
	}
	FailFields(c, http.StatusUnprocessableEntity, "the request has invalid fields", fieldErrors(verrs, false))
	return false
}

// bindQuery reads query parameters into req (form tags), normalizes their
// text as bindJSON does, and validates them.
func bindQuery(c *gin.Context, req any) bool {
	query := c.Request.URL.Query()
	if fe, bad := queryTypeError(reflect.TypeOf(req), query); bad {
		FailFields(c, http.StatusBadRequest, "a query parameter is malformed", []models.FieldError{fe})
		return false
	}
	if err := binding.MapFormWithTag(req, query, "form"); err != nil {
		Fail(c, http.StatusBadRequest, "a query parameter is malformed")
		return false
	}
	normalizeStrings(reflect.ValueOf(req), "")
	if err := binding.Validator.ValidateStruct(req); err != nil {
		var verrs validator.ValidationErrors
		if errors.As(err, &verrs) {
			FailFields(c, http.StatusUnprocessableEntity, "a query parameter is invalid", fieldErrors(verrs, true))
			return false
		}
		Fail(c, http.StatusBadRequest, "the query could not be validated")
		return false
	}
	return true
}

// fieldErrors turns validator errors into field errors named by their JSON
// names, nested as in "lines[0].amount_fen", or for a query string (flat)
// by the parameter's name alone.
func fieldErrors(verrs validator.ValidationErrors, flat bool) []models.FieldError {
	out := make([]models.FieldError, 0, len(verrs))
	for _, fe := range verrs {
		field := fe.Namespace()
		if i := strings.IndexByte(field, '.'); i >= 0 {
			field = field[i+1:]
		}
		if flat {
			field = fe.Field()
		}
		// "uscc|len=0" means "a code or nothing": name the first rule.
		tag, _, _ := strings.Cut(fe.Tag(), "|")
		code := tag
		if tag == "enum" {
			code = "oneof" // what clients have always been told
		}
		out = append(out, models.FieldError{Field: field, Code: code, Message: fieldMessage(fe, tag)})
	}
	return out
}

func fieldMessage(fe validator.FieldError, tag string) string {
	switch tag {
	case "required", "notblank":
		return "this field is required"
	case "max":
		if fe.Kind() == reflect.String {
			return "at most " + fe.Param() + " characters"
		}
		return "at most " + fe.Param()
	case "min":
		if fe.Kind() == reflect.String {
			return "at least " + fe.Param() + " characters"
		}
		return "at least " + fe.Param()
	case "gte":
		return "must be " + fe.Param() + " or more"
	case "lte":
		return "must be " + fe.Param() + " or less"
	case "oneof":
		return "must be one of: " + strings.ReplaceAll(fe.Param(), " ", ", ")
	case "enum":
		values, _ := models.EnumValues(fe.Param())
		return "must be one of: " + strings.Join(values, ", ")
	case "uscc":
		return "not a valid unified social credit code (18 characters, GB 32100-2015 check)"
	case "date":
		return "must be a real date between 1900 and 2100, written YYYY-MM-DD"
	case "phone":
		return "must be a mainland mobile (13903110000) or a landline with area code (0311-86012345)"
	case "username":
		return "3 to 64 letters, digits, dots, dashes or underscores"
	default:
		return "failed the " + tag + " rule"
	}
}

// rawBodyKey holds the body bindJSON read, for idempotency hashes and for
// naming a bad amount.
const rawBodyKey = "hatchery.raw_body"

// amountField names the first member of body, at any depth, whose name ends
// in "_fen" and whose value is not an amount.
func amountField(body []byte) string {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var v any
	if dec.Decode(&v) != nil {
		return "(body)"
	}
	var walk func(path string, v any) (string, bool)
	walk = func(path string, v any) (string, bool) {
		switch x := v.(type) {
		case map[string]any:
			for k, child := range x {
				p := k
				if path != "" {
					p = path + "." + k
				}
				if strings.HasSuffix(k, "_fen") {
					raw, _ := json.Marshal(child)
					var f models.Fen
					if f.UnmarshalJSON(raw) != nil {
						return p, true
					}
				}
				if f, ok := walk(p, child); ok {
					return f, true
				}
			}
		case []any:
			for i, child := range x {
				if f, ok := walk(fmt.Sprintf("%s[%d]", path, i), child); ok {
					return f, true
				}
			}
		}
		return "", false
	}
	if f, ok := walk("", v); ok {
		return f
	}
	return "(body)"
}
