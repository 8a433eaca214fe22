package models

import (
	"encoding/json"
	"testing"
)

// TestContinuityReadsTheSameEachTime: funders with equal awards, and no
// names yet (the report fills them in afterwards), come in the same order
// with the same figures on every call, as a restored copy must answer.
func TestContinuityReadsTheSameEachTime(t *testing.T) {
	rows := []awardedRow{}
	for i, funder := range []string{"f-c", "f-a", "f-d", "f-b", "f-e"} {
		rows = append(rows, awardedRow{OrganizationID: "o", FundingPeriod: FundingPeriod{
			ProjectID: funder, FunderID: funder, StartOn: "2025-01-01", EndOn: "2025-12-31",
			Status: ProjectActive, BudgetFen: Fen(1_000_000 + 1_000_000*(i%2)),
		}})
	}
	first, err := json.Marshal(continuity(rows, "2025-06-01", "2025-09-01"))
	if err != nil {
		t.Fatal(err)
	}
	fc := continuity(rows, "2025-06-01", "2025-09-01")
	var order []string
	for _, f := range fc.Funders {
		order = append(order, f.FunderID)
	}
	if got, want := len(order), 5; got != want || order[0] != "f-a" || order[1] != "f-b" || order[2] != "f-c" || order[3] != "f-d" || order[4] != "f-e" {
		t.Fatalf("funders in order %v, want the larger awards (f-a, f-b) first, then by id", order)
	}
	for i := 0; i < 50; i++ {
		again, _ := json.Marshal(continuity(rows, "2025-06-01", "2025-09-01"))
		if string(again) != string(first) {
			t.Fatalf("call %d reads differently:\n%s\n%s", i, first, again)
		}
	}
}
