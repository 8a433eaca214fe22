package api

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"gorm.io/gorm"

	"hatchery/handlers"
	"hatchery/models"
	"hatchery/models/storetest"
)

// officeThrottle is the default throttle on the test's clock.
func officeThrottle(clk *storetest.Clock) serverOption {
	cfg := handlers.DefaultThrottle()
	cfg.Now = clk.Now
	return withThrottle(cfg)
}

// loginFrom signs in from a client address.
func (ts *testServer) loginFrom(addr, username, password string) *httptest.ResponseRecorder {
	ts.t.Helper()
	b, _ := json.Marshal(loginBody(username, password))
	req := httptest.NewRequest(http.MethodPost, "/api/v1/auth/login", bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	req.RemoteAddr = addr + ":40000"
	w := httptest.NewRecorder()
	ts.Server.Handler.ServeHTTP(w, req)
	return w
}

// addReviewers stores n reviewers staff01, staff02, ... with testPassword,
// hashing it once rather than n times.
func (ts *testServer) addReviewers(n int) []string {
	ts.t.Helper()
	hash, err := models.HashPassword(testPassword)
	if err != nil {
		ts.t.Fatal(err)
	}
	now := models.NewTime(ts.Store.Now())
	users := make([]models.User, n)
	names := make([]string, n)
	for i := range users {
		names[i] = fmt.Sprintf("staff%02d", i+1)
		users[i] = models.User{ID: models.NewID(), Username: names[i], DisplayName: names[i], Role: models.RoleReviewer,
			PasswordHash: hash, Stamps: models.Stamps{CreatedAt: now, UpdatedAt: now, Version: 1}}
	}
	if err := ts.Store.InTx(context.Background(), func(tx *gorm.DB) error { return tx.Table("users").Create(&users).Error }); err != nil {
		ts.t.Fatal(err)
	}
	return names
}

// wantThrottled checks a 429 that says how long to wait.
func wantThrottled(t *testing.T, w *httptest.ResponseRecorder, minWait, maxWait int) {
	t.Helper()
	wantProblem(t, w, http.StatusTooManyRequests, "")
	if ra, err := strconv.Atoi(w.Header().Get("Retry-After")); err != nil || ra < minWait || ra > maxWait {
		t.Fatalf("Retry-After = %q, want %d..%d seconds", w.Header().Get("Retry-After"), minWait, maxWait)
	}
}

func TestOfficeSignsInFromOneAddress(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		clk := newClock()
		ts := newTestServer(t, d, officeThrottle(clk))
		const office = "203.0.113.7"
		// Thirty colleagues at nine, one every second; every third mistypes
		// first. Only the ten typos spend the address's twenty attempts.
		names := ts.addReviewers(30)
		for i, name := range names {
			if i%3 == 0 {
				if w := ts.loginFrom(office, name, "wrong-password-1"); w.Code != http.StatusUnauthorized {
					t.Fatalf("%s's typo: %d %s", name, w.Code, w.Body.String())
				}
			}
			if w := ts.loginFrom(office, name, testPassword); w.Code != http.StatusOK {
				t.Fatalf("%s signing in: %d %s", name, w.Code, w.Body.String())
			}
			clk.Add(time.Second)
		}
		if n := ts.auditCount("login"); n != 30 {
			t.Fatalf("login entries = %d, want 30", n)
		}
		// The typos still count: a guesser at the same address has what is
		// left of the burst, ten, plus five regained in the thirty seconds.
		// One guess per account, so that only the address limit applies.
		for i, name := range names[:15] {
			if w := ts.loginFrom(office, name, "guess-"+strconv.Itoa(i)); w.Code != http.StatusUnauthorized {
				t.Fatalf("guess %d: %d %s", i, w.Code, w.Body.String())
			}
		}
		wantThrottled(t, ts.loginFrom(office, names[15], "guess-15"), 1, 6)
	})
}

func TestGuesserFromOneAddress(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		clk := newClock()
		ts := newTestServer(t, d, officeThrottle(clk))
		const guesser = "198.51.100.9"
		names := ts.addReviewers(5)
		accounts := append(names, "u_admin", "u_reviewer", "nobody", "admin", "root")
		for i := 0; i < 20; i++ {
			if w := ts.loginFrom(guesser, accounts[i%len(accounts)], "guess-"+strconv.Itoa(i)); w.Code != http.StatusUnauthorized {
				t.Fatalf("guess %d: %d %s", i, w.Code, w.Body.String())
			}
		}
		wantThrottled(t, ts.loginFrom(guesser, "u_funder", "guess-20"), 1, 6)
		// Throttled before the password is checked: a right one waits too.
		wantThrottled(t, ts.loginFrom(guesser, "u_funder", testPassword), 1, 6)
		// Someone else in the building is not held up.
		if w := ts.loginFrom("198.51.100.10", "u_funder", testPassword); w.Code != http.StatusOK {
			t.Fatalf("another address: %d %s", w.Code, w.Body.String())
		}
		// After the wait, one more guess, then the wait again.
		clk.Add(6 * time.Second)
		if w := ts.loginFrom(guesser, "u_incubator", "guess-21"); w.Code != http.StatusUnauthorized {
			t.Fatalf("after waiting: %d %s", w.Code, w.Body.String())
		}
		wantThrottled(t, ts.loginFrom(guesser, "u_incubator", "guess-22"), 6, 6)
		if n := ts.auditCount("login_failed"); n != 21 {
			t.Fatalf("login_failed entries = %d, want 21 (refused guesses are not checked)", n)
		}
	})
}

func TestOneAccountFromManyAddresses(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		clk := newClock()
		ts := newTestServer(t, d, officeThrottle(clk))
		for i := 1; i <= 30; i++ {
			w := ts.loginFrom(fmt.Sprintf("192.0.2.%d", i), "U_Admin", "guess-"+strconv.Itoa(i))
			if i <= 5 {
				if w.Code != http.StatusUnauthorized {
					t.Fatalf("guess %d: %d %s", i, w.Code, w.Body.String())
				}
				continue
			}
			wantThrottled(t, w, 1, 60)
		}
		if n := ts.auditCount("login_failed"); n != 5 {
			t.Fatalf("login_failed entries = %d, want 5", n)
		}
		// The account regains one attempt a minute, and a right password
		// refills it.
		clk.Add(time.Minute)
		if w := ts.loginFrom("192.0.2.200", "u_admin", testPassword); w.Code != http.StatusOK {
			t.Fatalf("after a minute: %d %s", w.Code, w.Body.String())
		}
		for i := 0; i < 5; i++ {
			if w := ts.loginFrom("192.0.2.201", "u_admin", "typo-"+strconv.Itoa(i)); w.Code != http.StatusUnauthorized {
				t.Fatalf("typo %d after signing in: %d %s", i, w.Code, w.Body.String())
			}
		}
	})
}
