package handlers

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

// Problem is an RFC 9457 problem details answer (SPEC 6).
type Problem struct {
	Type      string              `json:"type"`
	Title     string              `json:"title"`
	Status    int                 `json:"status"`
	Detail    string              `json:"detail"`
	Errors    []models.FieldError `json:"errors"`
	RequestID string              `json:"request_id,omitempty"`
	// Extensions are further members a broken rule adds to the answer,
	// such as allowed_targets or unmet.
	Extensions map[string]any `json:"-"`
}

// MarshalJSON writes the members and then the extensions, which never
// replace a member.
func (p Problem) MarshalJSON() ([]byte, error) {
	type plain Problem
	b, err := json.Marshal(plain(p))
	if err != nil || len(p.Extensions) == 0 {
		return b, err
	}
	var members map[string]json.RawMessage
	if err := json.Unmarshal(b, &members); err != nil {
		return nil, err
	}
	for k, v := range p.Extensions {
		if _, taken := members[k]; taken {
			continue
		}
		raw, err := json.Marshal(v)
		if err != nil {
			return nil, err
		}
		members[k] = raw
	}
	return json.Marshal(members)
}

// ProblemContentType is the media type of every error answer.
const ProblemContentType = "application/problem+json"

// problemType names the kind of problem as a stable URI reference.
func problemType(slug string) string { return "urn:hatchery:problem:" + slug }

// WriteProblem answers p and stops the handler chain.
func WriteProblem(c *gin.Context, p Problem) {
	if p.Errors == nil {
		p.Errors = []models.FieldError{}
	}
	if p.Title == "" {
		p.Title = http.StatusText(p.Status)
	}
	if p.Type == "" {
		p.Type = problemType(strings.ToLower(strings.ReplaceAll(http.StatusText(p.Status), " ", "-")))
	}
	p.RequestID = c.GetString(RequestIDKey)
	c.Header("Content-Type", ProblemContentType)
	c.AbortWithStatusJSON(p.Status, p)
}

// Fail answers status with a detail message.
func Fail(c *gin.Context, status int, detail string) {
	WriteProblem(c, Problem{Status: status, Detail: detail})
}

// FailFields answers a validation problem naming the fields.
func FailFields(c *gin.Context, status int, detail string, fields []models.FieldError) {
	WriteProblem(c, Problem{Type: problemType("validation"), Status: status, Title: "Invalid input", Detail: detail, Errors: fields})
}

// Error maps an error from models (or binding) to its answer. Anything it
// does not recognise is a 500 that is logged and says nothing of the cause.
func (h *Handler) Error(c *gin.Context, err error) {
	var verr *models.ValidationError
	var rerr *models.RuleError
	var cerr *models.ConflictError
	var refusal models.Refusal
	switch {
	case errors.As(err, &rerr):
		WriteProblem(c, ruleProblem(rerr))
	case errors.As(err, &refusal):
		h.Deny(c, string(refusal))
	case errors.As(err, &verr):
		FailFields(c, http.StatusUnprocessableEntity, "the request has invalid fields", verr.Fields)
	case errors.As(err, &cerr):
		var fields []models.FieldError
		if cerr.Field != "" {
			code := cerr.Code
			if code == "" {
				code = "unique"
			}
			fields = []models.FieldError{{Field: cerr.Field, Code: code, Message: cerr.Message}}
		}
		WriteProblem(c, Problem{Type: problemType("conflict"), Status: http.StatusConflict, Detail: cerr.Message, Errors: fields})
	case errors.Is(err, models.ErrNotFound):
		Fail(c, http.StatusNotFound, "no such record, or it is outside what you may see")
	case errors.Is(err, models.ErrStale):
		WriteProblem(c, Problem{Type: problemType("stale-version"), Status: http.StatusConflict, Title: "Edited by someone else",
			Detail: "the record changed since you read it; reload it and apply your change again",
			Errors: []models.FieldError{{Field: "version", Code: "stale_version", Message: "this version is no longer current"}}})
	case errors.Is(err, models.ErrForbidden):
		h.Deny(c, "your role may not do this")
	case errors.Is(err, models.ErrUnauthenticated):
		Fail(c, http.StatusUnauthorized, "sign in first")
	case errors.Is(err, context.Canceled):
		c.Abort()
	default:
		h.Log.ErrorContext(c.Request.Context(), "request failed", slog.String("request_id", c.GetString(RequestIDKey)), slog.Any("err", err))
		Fail(c, http.StatusInternalServerError, "something went wrong on our side; the request id identifies it in the logs")
	}
}

// ruleProblem is the 422 answer to a broken rule: its code is the problem
// type, its field the one field error, its data further members.
func ruleProblem(e *models.RuleError) Problem {
	p := Problem{Type: problemType(e.Code), Status: http.StatusUnprocessableEntity, Title: "Rule broken",
		Detail: e.Message, Extensions: e.Data}
	if e.Field != "" {
		p.Errors = []models.FieldError{{Field: e.Field, Code: e.Code, Message: e.Message}}
	}
	return p
}
