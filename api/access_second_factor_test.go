package api

import (
	"context"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	"hatchery/models"
)

// twinWithTOTP is a twin of role whose two-step verification is on, and a
// session of theirs signed in before it was turned on.
func (ts *testServer) twinWithTOTP(role models.Role) (models.User, string) {
	ts.t.Helper()
	u := ts.twinOf(role)
	cookie := ts.login(u.Username, testPassword)
	enrolAndConfirm(ts.t, ts, cookie, time.Now())
	return u, cookie
}

// secondFactorAccessCases are the rows of two-step verification: every
// signed-in caller sets up and turns off their own; an admin resets
// another's and says which roles need it.
func secondFactorAccessCases() []accessCase {
	const settings = "/api/v1/settings/second-factor"
	admin := models.RoleAdmin
	return []accessCase{
		{"POST", "/api/v1/auth/totp/enroll", signedInGets(200), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			if as == anonymous {
				return request{method: "POST", path: "/api/v1/auth/totp/enroll"}, noCheck
			}
			cookie := ts.login(ts.twinOf(as).Username, testPassword)
			return request{method: "POST", path: "/api/v1/auth/totp/enroll", header: sessionHeader(cookie)}, func(t *testing.T, w *httptest.ResponseRecorder, _ bool) {
				if e := decode[enrolment](t, w); len(e.Secret) != 32 {
					t.Errorf("enrolment %s", w.Body.String())
				}
			}
		}},
		{"POST", "/api/v1/auth/totp/confirm", signedInGets(200), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			if as == anonymous {
				return request{method: "POST", path: "/api/v1/auth/totp/confirm", body: map[string]string{"code": "123456"}}, noCheck
			}
			u := ts.twinOf(as)
			cookie := ts.login(u.Username, testPassword)
			e := decode[enrolment](ts.t, ts.do(request{method: "POST", path: "/api/v1/auth/totp/enroll", header: sessionHeader(cookie)}))
			body := map[string]string{"code": codeAt(ts.t, e.Secret, time.Now())}
			return request{method: "POST", path: "/api/v1/auth/totp/confirm", header: sessionHeader(cookie), body: body}, func(t *testing.T, _ *httptest.ResponseRecorder, _ bool) {
				if !storedUser(t, ts, u.ID).TOTPEnabled {
					t.Errorf("confirmed, but off")
				}
			}
		}},
		{"DELETE", "/api/v1/auth/totp", signedInGets(204), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			body := map[string]string{"password": testPassword}
			if as == anonymous {
				return request{method: "DELETE", path: "/api/v1/auth/totp", body: body}, noCheck
			}
			u, cookie := ts.twinWithTOTP(as)
			return request{method: "DELETE", path: "/api/v1/auth/totp", header: sessionHeader(cookie), body: body}, func(t *testing.T, _ *httptest.ResponseRecorder, _ bool) {
				if storedUser(t, ts, u.ID).TOTPEnabled {
					t.Errorf("turned off, but on")
				}
			}
		}},
		{"DELETE", "/api/v1/users/:id/totp", onlyRoles(204, admin), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			u, _ := ts.twinWithTOTP(models.RoleReviewer)
			return request{method: "DELETE", path: "/api/v1/users/" + u.ID + "/totp", as: as}, func(t *testing.T, _ *httptest.ResponseRecorder, allowed bool) {
				if on := storedUser(t, ts, u.ID).TOTPEnabled; on == allowed {
					t.Errorf("after the reset: on = %v", on)
				}
			}
		}},
		{"GET", settings, signedInGets(200), readRoute(settings, func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			if s := decode[models.SecondFactorSettings](t, w); s.RequiredRoles == nil || s.Version < 0 {
				t.Errorf("settings %s", w.Body.String())
			}
		})},
		{"PUT", settings, onlyRoles(200, admin), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			// The admin's case writes the roles in force back, so that the
			// cases sharing the server are not held to enrolment; a refused
			// case asks for a role nobody else needs.
			before, err := ts.Store.SecondFactorSettings(context.Background(), models.DefaultSecondFactorPolicy(true))
			if err != nil {
				ts.t.Fatal(err)
			}
			roles := before.RequiredRoles
			if as != admin {
				roles = []models.Role{models.RoleOrgStaff}
			}
			body := map[string]any{"version": before.Version, "required_roles": roles}
			return request{method: "PUT", path: settings, as: as, body: body}, func(t *testing.T, _ *httptest.ResponseRecorder, allowed bool) {
				got, err := ts.Store.SecondFactorSettings(context.Background(), models.DefaultSecondFactorPolicy(true))
				if err != nil {
					t.Fatal(err)
				}
				if allowed && (got.Version != before.Version+1 || got.UpdatedAt == nil) {
					t.Errorf("after the change: %+v", got)
				}
				if !allowed && slices.Contains(got.RequiredRoles, models.RoleOrgStaff) {
					t.Errorf("a refused change was stored: %+v", got)
				}
			}
		}},
	}
}
