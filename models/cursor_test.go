package models_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"hatchery/models"
	"hatchery/models/storetest"
)

// TestCursorsHoldAcrossStoresOnOneDatabase: servers sharing a database
// accept each other's cursors, and a Store on another database does not.
func TestCursorsHoldAcrossStoresOnOneDatabase(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ctx := context.Background()
		dsn := storetest.DSN(t, d)
		open := func(dsn string) *models.Store {
			s, err := models.Open(ctx, dsn, models.Options{})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			if _, err := s.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			return s
		}
		one, two, elsewhere := open(dsn), open(dsn), open(storetest.DSN(t, d))
		for i := range 3 {
			if _, err := one.CreateCommunity(ctx, models.System("test"), models.Community{
				Name: fmt.Sprintf("游标社区%d", i), Street: "谈固街道", District: "长安区", Type: "other",
			}); err != nil {
				t.Fatal(err)
			}
		}
		page, err := one.ListCommunities(ctx, models.CommunityFilter{Page: models.Page{Limit: 1}})
		if err != nil || page.NextCursor == nil {
			t.Fatalf("first page: %+v, %v", page, err)
		}
		next, err := two.ListCommunities(ctx, models.CommunityFilter{Page: models.Page{Limit: 1, Cursor: *page.NextCursor}})
		if err != nil || len(next.Items) != 1 || next.Items[0].ID == page.Items[0].ID {
			t.Fatalf("the other server's second page: %+v, %v", next, err)
		}
		_, err = elsewhere.ListCommunities(ctx, models.CommunityFilter{Page: models.Page{Limit: 1, Cursor: *page.NextCursor}})
		var verr *models.ValidationError
		if !errors.As(err, &verr) {
			t.Fatalf("a cursor from another database: %v, want a validation error", err)
		}
	})
}
