package api

import (
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/pquerna/otp/totp"

	"hatchery/handlers"
	"hatchery/models"
	"hatchery/models/storetest"
)

// withProductionDefaults gives the server the defaults outside the demo:
// admins, reviewers and funders need a second factor.
func withProductionDefaults() serverOption {
	return func(h *handlers.Handler, _ *models.Options) { h.Demo = false }
}

const (
	problemTOTPRequired  = "urn:hatchery:problem:totp_required"
	problemTOTPInvalid   = "urn:hatchery:problem:totp_invalid"
	problemMustEnrolTOTP = "urn:hatchery:problem:totp_enrolment_required"
)

type enrolment struct {
	Secret string `json:"secret"`
	URI    string `json:"otpauth_uri"`
	QRSVG  string `json:"qr_svg"`
}

type signedIn struct {
	models.User
	MustEnrolTOTP bool `json:"must_enrol_totp"`
}

// signIn posts the credentials and answers the recorder and the session
// cookie ("" when none was set).
func signIn(ts *testServer, username, code string) (*httptest.ResponseRecorder, string) {
	ts.t.Helper()
	body := map[string]string{"username": username, "password": testPassword}
	if code != "" {
		body["totp"] = code
	}
	w := ts.do(request{method: http.MethodPost, path: "/api/v1/auth/login", body: body})
	for _, c := range w.Result().Cookies() {
		if c.Name == handlers.SessionCookie && c.Value != "" {
			return w, c.Value
		}
	}
	return w, ""
}

// codeAt is the authenticator's code, computed by pquerna/otp.
func codeAt(t testing.TB, secret string, at time.Time) string {
	t.Helper()
	c, err := totp.GenerateCode(secret, at)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// enrolAndConfirm turns the second factor on from the session cookie and
// answers the secret and the recovery codes.
func enrolAndConfirm(t testing.TB, ts *testServer, cookie string, now time.Time) (string, []string) {
	t.Helper()
	w := ts.do(request{method: http.MethodPost, path: "/api/v1/auth/totp/enroll", header: sessionHeader(cookie)})
	if w.Code != http.StatusOK {
		t.Fatalf("enrol: %d %s", w.Code, w.Body.String())
	}
	e := decode[enrolment](t, w)
	w = ts.do(request{method: http.MethodPost, path: "/api/v1/auth/totp/confirm", header: sessionHeader(cookie),
		body: map[string]string{"code": codeAt(t, e.Secret, now)}})
	if w.Code != http.StatusOK {
		t.Fatalf("confirm: %d %s", w.Code, w.Body.String())
	}
	return e.Secret, decode[struct {
		RecoveryCodes []string `json:"recovery_codes"`
	}](t, w).RecoveryCodes
}

func storedUser(t testing.TB, ts *testServer, id string) models.User {
	t.Helper()
	u, err := ts.Store.GetUser(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func TestTOTPEnrolAndSignIn(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		clk := newClock()
		ts := newTestServer(t, d, withClock(clk.Now))
		u := ts.newUser(models.RoleReviewer)
		_, cookie := signIn(ts, u.Username, "")

		w := ts.do(request{method: http.MethodPost, path: "/api/v1/auth/totp/enroll", header: sessionHeader(cookie)})
		if w.Code != http.StatusOK {
			t.Fatalf("enrol: %d %s", w.Code, w.Body.String())
		}
		e := decode[enrolment](t, w)
		wantURI := "otpauth://totp/Hatchery:" + u.Username + "?secret=" + e.Secret + "&issuer=Hatchery"
		if len(e.Secret) != 32 || !strings.HasPrefix(e.URI, wantURI) || !strings.Contains(e.URI, "digits=6&period=30") ||
			!strings.HasPrefix(e.QRSVG, "<svg") || !strings.Contains(e.QRSVG, "<path") {
			t.Fatalf("enrolment = %+v", e)
		}
		if storedUser(t, ts, u.ID).TOTPEnabled {
			t.Fatal("the second factor is on before it was confirmed")
		}
		// A pending secret does not yet ask for a code.
		if w, c := signIn(ts, u.Username, ""); w.Code != http.StatusOK || c == "" {
			t.Fatalf("sign-in while pending: %d %s", w.Code, w.Body.String())
		}
		wantProblem(t, ts.do(request{method: http.MethodPost, path: "/api/v1/auth/totp/confirm", header: sessionHeader(cookie),
			body: map[string]string{"code": "000000"}}), http.StatusUnprocessableEntity, "code")
		if storedUser(t, ts, u.ID).TOTPEnabled {
			t.Fatal("a wrong confirmation code turned the second factor on")
		}
		confirmCode := codeAt(t, e.Secret, clk.Now())
		w = ts.do(request{method: http.MethodPost, path: "/api/v1/auth/totp/confirm", header: sessionHeader(cookie),
			body: map[string]string{"code": confirmCode}})
		if w.Code != http.StatusOK {
			t.Fatalf("confirm: %d %s", w.Code, w.Body.String())
		}
		recovery := decode[struct {
			RecoveryCodes []string `json:"recovery_codes"`
		}](t, w).RecoveryCodes
		if len(recovery) != 10 || len(slices.Compact(slices.Sorted(slices.Values(recovery)))) != 10 || len(recovery[0]) != 10 {
			t.Fatalf("recovery codes = %v", recovery)
		}
		if !storedUser(t, ts, u.ID).TOTPEnabled {
			t.Fatal("confirmed, but the second factor is off")
		}
		if len(ts.auditFor("totp_enrol", u.ID)) != 1 || len(ts.auditFor("totp_confirm", u.ID)) != 1 {
			t.Fatal("enrolment and confirmation are not audited")
		}
		// The password alone no longer signs in.
		w, c := signIn(ts, u.Username, "")
		if p := wantProblem(t, w, http.StatusUnauthorized, ""); p.Type != problemTOTPRequired || c != "" {
			t.Fatalf("without a code: %+v, cookie %q", p, c)
		}
		failed := ts.auditCount("login_failed")
		w, c = signIn(ts, u.Username, "123456")
		if p := wantProblem(t, w, http.StatusUnauthorized, ""); p.Type != problemTOTPInvalid || c != "" {
			t.Fatalf("wrong code: %+v, cookie %q", p, c)
		}
		if ts.auditCount("login_failed") != failed+1 {
			t.Fatal("a wrong code is not audited as a failed sign-in")
		}
		// The code that confirmed the enrolment is spent.
		if w, _ := signIn(ts, u.Username, confirmCode); w.Code != http.StatusUnauthorized {
			t.Fatalf("the confirmation code signed in again: %d", w.Code)
		}
		clk.Add(30 * time.Second)
		code := codeAt(t, e.Secret, clk.Now())
		if w, c := signIn(ts, u.Username, code); w.Code != http.StatusOK || c == "" {
			t.Fatalf("right code: %d %s", w.Code, w.Body.String())
		}
		// Replayed within its window, or an earlier step's code: refused.
		if w, _ := signIn(ts, u.Username, code); w.Code != http.StatusUnauthorized {
			t.Fatalf("replayed code: %d", w.Code)
		}
		clk.Add(20 * time.Second)
		if w, _ := signIn(ts, u.Username, code); w.Code != http.StatusUnauthorized {
			t.Fatalf("replayed code in the next step: %d", w.Code)
		}
		// The next step's code is accepted (a phone whose clock is ahead).
		if w, _ := signIn(ts, u.Username, codeAt(t, e.Secret, clk.Now().Add(30*time.Second))); w.Code != http.StatusOK {
			t.Fatalf("next step's code: %d %s", w.Code, w.Body.String())
		}

		// A recovery code works once, however it is typed.
		typed := strings.ToUpper(recovery[3][:5] + "-" + recovery[3][5:])
		if w, c := signIn(ts, u.Username, typed); w.Code != http.StatusOK || c == "" {
			t.Fatalf("recovery code: %d %s", w.Code, w.Body.String())
		}
		if w, _ := signIn(ts, u.Username, recovery[3]); w.Code != http.StatusUnauthorized {
			t.Fatalf("recovery code used twice: %d", w.Code)
		}
		if n := len(ts.auditFor("totp_recovery_used", u.ID)); n != 1 {
			t.Fatalf("totp_recovery_used entries = %d, want 1", n)
		}
	})
}

func TestTOTPWrongCodesAreThrottled(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		clk := newClock()
		ts := newTestServer(t, d, withClock(clk.Now), withThrottle(handlers.ThrottleConfig{
			AccountBurst: 3, AccountEvery: time.Minute, AddressBurst: 100, AddressEvery: time.Second, Now: clk.Now,
		}))
		u := ts.newUser(models.RoleReviewer)
		_, cookie := signIn(ts, u.Username, "")
		secret, _ := enrolAndConfirm(t, ts, cookie, clk.Now())
		clk.Add(30 * time.Second)
		for i := range 3 {
			if w, _ := signIn(ts, u.Username, "999999"); w.Code != http.StatusUnauthorized {
				t.Fatalf("wrong code %d: %d", i, w.Code)
			}
		}
		w, c := signIn(ts, u.Username, codeAt(t, secret, clk.Now()))
		wantProblem(t, w, http.StatusTooManyRequests, "")
		if c != "" {
			t.Fatal("a throttled sign-in set a cookie")
		}
		clk.Add(time.Minute)
		if w, _ := signIn(ts, u.Username, codeAt(t, secret, clk.Now())); w.Code != http.StatusOK {
			t.Fatalf("after waiting: %d %s", w.Code, w.Body.String())
		}
	})
}

func TestTOTPRequiredRoleMayOnlyEnrol(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		clk := newClock()
		ts := newTestServer(t, d, withClock(clk.Now), withProductionDefaults())
		w := ts.do(request{method: http.MethodGet, path: "/api/v1/settings/second-factor", as: models.RoleIncubator})
		if s := decode[models.SecondFactorSettings](t, w); s.Version != 0 ||
			!slices.Equal(s.RequiredRoles, []models.Role{models.RoleAdmin, models.RoleReviewer, models.RoleFunder}) {
			t.Fatalf("default policy = %+v", s)
		}

		w, cookie := signIn(ts, "u_reviewer", "")
		if w.Code != http.StatusOK || !decode[signedIn](t, w).MustEnrolTOTP {
			t.Fatalf("reviewer sign-in: %d %s", w.Code, w.Body.String())
		}
		for _, path := range []string{"/api/v1/home", "/api/v1/organizations", "/api/v1/auth/sessions"} {
			p := wantProblem(t, ts.do(request{method: http.MethodGet, path: path, header: sessionHeader(cookie)}), http.StatusForbidden, "")
			if p.Type != problemMustEnrolTOTP {
				t.Fatalf("GET %s: %+v", path, p)
			}
		}
		if w := ts.do(request{method: http.MethodGet, path: "/api/v1/auth/me", header: sessionHeader(cookie)}); !decode[signedIn](t, w).MustEnrolTOTP {
			t.Fatalf("me: %s", w.Body.String())
		}
		// An API token made before the policy is held back too.
		tok := ts.newToken(models.RoleReviewer)
		if p := wantProblem(t, ts.do(request{method: http.MethodGet, path: "/api/v1/home", header: bearerHeader(tok.Token)}), http.StatusForbidden, ""); p.Type != problemMustEnrolTOTP {
			t.Fatalf("token: %+v", p)
		}
		enrolAndConfirm(t, ts, cookie, clk.Now())
		if w := ts.do(request{method: http.MethodGet, path: "/api/v1/home", header: sessionHeader(cookie)}); w.Code != http.StatusOK {
			t.Fatalf("home after enrolling: %d %s", w.Code, w.Body.String())
		}
		if w := ts.do(request{method: http.MethodGet, path: "/api/v1/auth/me", header: sessionHeader(cookie)}); decode[signedIn](t, w).MustEnrolTOTP {
			t.Fatal("still asked to enrol after confirming")
		}
		// The role needs it, so it cannot be turned off.
		wantProblem(t, ts.do(request{method: http.MethodDelete, path: "/api/v1/auth/totp", header: sessionHeader(cookie),
			body: map[string]string{"password": testPassword}}), http.StatusUnprocessableEntity, "")
		if !storedUser(t, ts, ts.Users[models.RoleReviewer].ID).TOTPEnabled {
			t.Fatal("turned off although the role needs it")
		}

		// A role outside the policy signs in as before.
		w, cookie = signIn(ts, "u_incubator", "")
		if w.Code != http.StatusOK || decode[signedIn](t, w).MustEnrolTOTP {
			t.Fatalf("incubator sign-in: %d %s", w.Code, w.Body.String())
		}
		if w := ts.do(request{method: http.MethodGet, path: "/api/v1/home", header: sessionHeader(cookie)}); w.Code != http.StatusOK {
			t.Fatalf("incubator home: %d", w.Code)
		}
	})
}

func TestTOTPTurnOffAndAdminReset(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		clk := newClock()
		ts := newTestServer(t, d, withClock(clk.Now))
		u := ts.newUser(models.RoleReviewer)
		_, cookie := signIn(ts, u.Username, "")
		enrolAndConfirm(t, ts, cookie, clk.Now())

		// Turning it off oneself needs the password.
		wantProblem(t, ts.do(request{method: http.MethodDelete, path: "/api/v1/auth/totp", header: sessionHeader(cookie),
			body: map[string]string{"password": "not-the-password"}}), http.StatusUnprocessableEntity, "password")
		if !storedUser(t, ts, u.ID).TOTPEnabled {
			t.Fatal("a wrong password turned the second factor off")
		}
		if w := ts.do(request{method: http.MethodDelete, path: "/api/v1/auth/totp", header: sessionHeader(cookie),
			body: map[string]string{"password": testPassword}}); w.Code != http.StatusNoContent {
			t.Fatalf("turn off: %d %s", w.Code, w.Body.String())
		}
		if storedUser(t, ts, u.ID).TOTPEnabled || len(ts.auditFor("totp_disable", u.ID)) != 1 {
			t.Fatal("turning off is not stored or not audited")
		}
		if w, c := signIn(ts, u.Username, ""); w.Code != http.StatusOK || c == "" {
			t.Fatalf("password alone after turning off: %d", w.Code)
		}

		// An admin resets another user's second factor.
		enrolAndConfirm(t, ts, cookie, clk.Now().Add(30*time.Second))
		path := "/api/v1/users/" + u.ID + "/totp"
		wantProblem(t, ts.do(request{method: http.MethodDelete, path: path, as: models.RoleReviewer}), http.StatusForbidden, "")
		if !storedUser(t, ts, u.ID).TOTPEnabled {
			t.Fatal("a reviewer reset a second factor")
		}
		wantProblem(t, ts.do(request{method: http.MethodDelete, path: "/api/v1/users/00000000-0000-7000-8000-000000000000/totp", as: models.RoleAdmin}), http.StatusNotFound, "")
		// Not one's own: that is turned off with one's password.
		self := "/api/v1/users/" + ts.Users[models.RoleAdmin].ID + "/totp"
		if w := ts.do(request{method: http.MethodDelete, path: self, as: models.RoleAdmin}); w.Code != http.StatusUnprocessableEntity || !strings.Contains(w.Body.String(), "self_lockout") {
			t.Fatalf("an admin reset their own second factor: %d %s", w.Code, w.Body.String())
		}
		if n := len(ts.auditFor("totp_reset", ts.Users[models.RoleAdmin].ID)); n != 0 {
			t.Fatalf("a refused reset was audited: %d", n)
		}
		if w := ts.do(request{method: http.MethodDelete, path: path, as: models.RoleAdmin}); w.Code != http.StatusNoContent {
			t.Fatalf("reset: %d %s", w.Code, w.Body.String())
		}
		if storedUser(t, ts, u.ID).TOTPEnabled {
			t.Fatal("reset, but the second factor is on")
		}
		entries := ts.auditFor("totp_reset", u.ID)
		if len(entries) != 1 || entries[0].ActorUsername != ts.Users[models.RoleAdmin].Username {
			t.Fatalf("reset audit = %+v", entries)
		}
		if w, c := signIn(ts, u.Username, ""); w.Code != http.StatusOK || c == "" {
			t.Fatalf("password alone after the reset: %d", w.Code)
		}
	})
}

func TestSecondFactorSettings(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d) // the demo's defaults
		path := "/api/v1/settings/second-factor"
		s := decode[models.SecondFactorSettings](t, ts.do(request{method: http.MethodGet, path: path, as: models.RoleFunder}))
		if s.Version != 0 || len(s.RequiredRoles) != 0 {
			t.Fatalf("demo default = %+v, want no role", s)
		}
		wantProblem(t, ts.do(request{method: http.MethodPut, path: path, as: models.RoleReviewer,
			body: map[string]any{"version": 0, "required_roles": []string{"admin"}}}), http.StatusForbidden, "")
		wantProblem(t, ts.do(request{method: http.MethodPut, path: path, as: models.RoleAdmin,
			body: map[string]any{"version": 0, "required_roles": []string{"janitor"}}}), http.StatusUnprocessableEntity, "")
		if n := len(ts.auditFor("update", "second_factor")); n != 0 {
			t.Fatalf("refused changes were audited: %d", n)
		}
		w := ts.do(request{method: http.MethodPut, path: path, as: models.RoleAdmin,
			body: map[string]any{"version": 0, "required_roles": []string{"org_staff", "incubator"}}})
		s = decode[models.SecondFactorSettings](t, w)
		if w.Code != http.StatusOK || s.Version != 1 || !slices.Equal(s.RequiredRoles, []models.Role{models.RoleIncubator, models.RoleOrgStaff}) {
			t.Fatalf("put: %d %s", w.Code, w.Body.String())
		}
		if n := len(ts.auditFor("update", "second_factor")); n != 1 {
			t.Fatalf("update audits = %d, want 1", n)
		}
		wantProblem(t, ts.do(request{method: http.MethodPut, path: path, as: models.RoleAdmin,
			body: map[string]any{"version": 0, "required_roles": []string{}}}), http.StatusConflict, "")
		// The incubator is now held to enrolment; the admin is not.
		if w, _ := signIn(ts, "u_incubator", ""); !decode[signedIn](t, w).MustEnrolTOTP {
			t.Fatalf("incubator not asked to enrol: %s", w.Body.String())
		}
		if w, _ := signIn(ts, "u_admin", ""); decode[signedIn](t, w).MustEnrolTOTP {
			t.Fatal("admin asked to enrol")
		}
		// Every role at once, the security auditor's too.
		all := make([]string, len(models.Roles))
		for i, r := range models.Roles {
			all[i] = string(r)
		}
		w = ts.do(request{method: http.MethodPut, path: path, as: models.RoleAdmin, body: map[string]any{"version": 1, "required_roles": all}})
		if s = decode[models.SecondFactorSettings](t, w); w.Code != http.StatusOK || len(s.RequiredRoles) != len(models.Roles) {
			t.Fatalf("every role: %d %s", w.Code, w.Body.String())
		}
	})
}
