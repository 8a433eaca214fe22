package models

import "testing"

func TestAuditVocabularyIsClosed(t *testing.T) {
	if err := checkAuditVocabulary("create", "organization"); err != nil {
		t.Errorf("a listed pair is refused: %v", err)
	}
	for _, c := range [][2]string{{"frobnicate", "organization"}, {"create", "organisation"}, {"", ""}} {
		if err := checkAuditVocabulary(c[0], c[1]); err == nil {
			t.Errorf("%q on %q is accepted", c[0], c[1])
		}
	}
}
