package seeds

import (
	"math/rand/v2"
	"testing"
	"time"
)

// TestRosterDatesInOrder draws many rosters, far tail included, and checks
// that nobody leaves before joining or joins after today.
func TestRosterDatesInOrder(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	// This seed once drew a stay far enough in the tail to overflow.
	rng := rand.New(rand.NewPCG(1, 2026))
	for i := 0; i < 300000; i++ {
		for _, st := range roster(rng, communityPosts[:2+rng.IntN(2)], now) {
			if st.member.JoinedOn > date(now) {
				t.Fatalf("joined after today: %+v", st.member)
			}
			if !st.left.IsZero() && (date(st.left) < st.member.JoinedOn || st.member.LeaveReason == nil) {
				t.Fatalf("left %s before joining %s, or without a reason: %+v", date(st.left), st.member.JoinedOn, st.member)
			}
		}
	}
}
