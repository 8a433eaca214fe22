package models

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors the handlers map to HTTP answers.
var (
	// ErrNotFound means the row does not exist or lies outside the caller's scope.
	ErrNotFound = errors.New("not found")
	// ErrStale means the caller sent a version that is no longer current.
	ErrStale = errors.New("stale version")
	// ErrForbidden means the caller may see the row but not do this to it.
	ErrForbidden = errors.New("forbidden")
	// ErrUnauthenticated means the credentials were wrong, expired or revoked.
	ErrUnauthenticated = errors.New("unauthenticated")
)

// FieldError names one bad field of a request.
type FieldError struct {
	Field   string `json:"field"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

// ValidationError carries field-level problems found by the models layer
// (a reference to a row that does not exist, a duplicate name).
type ValidationError struct {
	Fields []FieldError
}

func (e *ValidationError) Error() string {
	parts := make([]string, len(e.Fields))
	for i, f := range e.Fields {
		parts[i] = f.Field + ": " + f.Message
	}
	return "invalid input: " + strings.Join(parts, "; ")
}

// Invalid builds a ValidationError for a single field.
func Invalid(field, code, format string, args ...any) *ValidationError {
	return &ValidationError{Fields: []FieldError{{Field: field, Code: code, Message: fmt.Sprintf(format, args...)}}}
}

// RuleError reports a broken business rule (SPEC 4.5): the request was well
// formed but the state of the data does not allow it.
type RuleError struct {
	Code    string
	Message string
}

func (e *RuleError) Error() string { return e.Code + ": " + e.Message }

// ConflictError reports a uniqueness or state conflict (HTTP 409).
type ConflictError struct {
	Field   string
	Message string
}

func (e *ConflictError) Error() string { return "conflict: " + e.Message }
