package handlers

import (
	"encoding/json"
	"testing"

	"hatchery/models"
)

// TestRuleProblem checks that any rule's code, field and data reach the
// answer without a field of their own in Problem, and that data cannot
// overwrite the standard members.
func TestRuleProblem(t *testing.T) {
	t.Parallel()
	for name, tc := range map[string]struct {
		err    *models.RuleError
		want   map[string]any
		fields int
	}{
		"a new rule needs only a code": {
			err:  models.Broken("budget_exceeded", "amount", "spend exceeds the line by %d fen", 500).With("over_by", 500),
			want: map[string]any{"type": "urn:hatchery:problem:budget_exceeded", "status": 422.0, "over_by": 500.0, "detail": "spend exceeds the line by 500 fen"}, fields: 1,
		},
		"without a field": {
			err:  models.Broken(models.RuleSelfLockout, "", "no"),
			want: map[string]any{"type": "urn:hatchery:problem:self_lockout"}, fields: 0,
		},
		"data never replaces a member": {
			err:  models.Broken("x", "", "the rule").With("status", 200).With("type", "y"),
			want: map[string]any{"type": "urn:hatchery:problem:x", "status": 422.0}, fields: 0,
		},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			b, err := json.Marshal(ruleProblem(tc.err))
			if err != nil {
				t.Fatal(err)
			}
			var got map[string]any
			if err := json.Unmarshal(b, &got); err != nil {
				t.Fatal(err)
			}
			for k, v := range tc.want {
				if got[k] != v {
					t.Errorf("%s = %v, want %v in %s", k, got[k], v, b)
				}
			}
			if errs, _ := got["errors"].([]any); len(errs) != tc.fields {
				t.Errorf("errors %v, want %d", got["errors"], tc.fields)
			}
		})
	}
}
