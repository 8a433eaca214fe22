package models_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"hatchery/models"
	"hatchery/models/storetest"
)

// TestWritesCommittedTogetherStaySeparate sends 48 writes at once, a third
// of them doomed (a name already taken), so that they share commits: every
// good write is stored and audited, every bad one changes nothing, and the
// audit chain holds.
func TestWritesCommittedTogetherStaySeparate(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		s := storetest.Open(t, d, models.Options{})
		ctx, a := context.Background(), models.System("test")
		if _, err := s.CreateCommunity(ctx, a, models.Community{Name: "重名社区", Street: "街道", District: "区", Type: "other"}); err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		errs := make([]error, 48)
		for i := range errs {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				name := fmt.Sprintf("社区%02d", i)
				if i%3 == 0 {
					name = "重名社区"
				}
				_, errs[i] = s.CreateCommunity(ctx, a, models.Community{Name: name, Street: "街道", District: "区", Type: "other"})
			}(i)
		}
		wg.Wait()
		for i, err := range errs {
			var ce *models.ConflictError
			if (i%3 == 0) != errors.As(err, &ce) || (i%3 != 0 && err != nil) {
				t.Errorf("write %d: %v", i, err)
			}
		}
		list, err := s.ListCommunities(ctx, models.CommunityFilter{Page: models.Page{Limit: 100}})
		if err != nil || list.Total != 1+32 {
			t.Fatalf("%d communities stored (%v), want 33", list.Total, err)
		}
		v, err := s.VerifyAudit(ctx)
		if err != nil || !v.OK || v.Checked != 33 {
			t.Fatalf("audit: %+v %v, want 33 entries in a sound chain", v, err)
		}
	})
}
