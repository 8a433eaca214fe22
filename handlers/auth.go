package handlers

import (
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

// Authenticate finds the caller from the session cookie or an
// `Authorization: Bearer` API token, and answers 401 when there is none.
// It first reads the database's change counters and puts them on the
// request's context: what the Store and the answer cache kept from earlier
// requests is used only under the counters this request read.
func (h *Handler) Authenticate(c *gin.Context) {
	v, err := h.Store.ReadVersions(c.Request.Context())
	if err != nil {
		h.Error(c, err)
		return
	}
	c.Request = c.Request.WithContext(models.WithVersions(c.Request.Context(), v))
	var u models.User
	if auth := c.GetHeader("Authorization"); auth != "" {
		token, ok := strings.CutPrefix(auth, "Bearer ")
		if !ok || token == "" {
			Fail(c, http.StatusUnauthorized, "the Authorization header must be \"Bearer <token>\"")
			return
		}
		if u, err = h.Store.TokenUser(c.Request.Context(), token); err != nil {
			if errors.Is(err, models.ErrUnauthenticated) {
				// Guessing tokens is throttled like guessing passwords.
				if ok, wait := h.Throttle.AllowAddress(c.ClientIP()); !ok {
					h.throttled(c, wait, "too many requests with invalid tokens; wait before trying again")
					return
				}
				h.audit(c, "denied", map[string]any{"reason": "invalid API token", "path": c.FullPath()})
				// RFC 6750 section 3: say which scheme failed and why.
				c.Header("WWW-Authenticate", `Bearer error="invalid_token"`)
				Fail(c, http.StatusUnauthorized, "the API token is invalid, expired or revoked; create a new one under API tokens")
				return
			}
			h.Error(c, err)
			return
		}
		c.Set(bearerKey, true)
	} else {
		cookie, cerr := c.Cookie(SessionCookie)
		if cerr != nil || cookie == "" {
			Fail(c, http.StatusUnauthorized, "sign in first")
			return
		}
		if u, err = h.Store.SessionUser(c.Request.Context(), cookie, h.Sessions); err != nil {
			if errors.Is(err, models.ErrUnauthenticated) {
				h.clearCookie(c)
				Fail(c, http.StatusUnauthorized, "your session has ended; sign in again")
				return
			}
			h.Error(c, err)
			return
		}
	}
	c.Set(userKey, u)
	if !h.holdForEnrolment(c, u) {
		return
	}
	c.Next()
}

// RequireRole lets the request through only for the given roles.
func (h *Handler) RequireRole(roles ...models.Role) gin.HandlerFunc {
	return func(c *gin.Context) {
		r := currentUser(c).Role
		for _, want := range roles {
			if r == want {
				c.Next()
				return
			}
		}
		h.Deny(c, "your role may not do this")
	}
}

// Deny answers 403 and writes the denial to the audit trail.
func (h *Handler) Deny(c *gin.Context, detail string) {
	h.audit(c, "denied", map[string]any{"method": c.Request.Method, "path": c.Request.URL.Path, "reason": detail})
	Fail(c, http.StatusForbidden, detail)
}

// audit records an event that changes no row; a failure is logged, since
// the answer to the client does not depend on it.
func (h *Handler) audit(c *gin.Context, action string, detail any) {
	if err := h.Store.Audit(c.Request.Context(), actor(c), action, "request", c.GetString(RequestIDKey), detail); err != nil {
		h.Log.ErrorContext(c.Request.Context(), "audit failed", "err", err, "action", action)
	}
}

type loginRequest struct {
	Username string `json:"username" binding:"required,max=64"`
	Password string `json:"password" binding:"required,max=128"`
	// TOTP is a current code from the authenticator or a recovery code,
	// for users whose second factor is on.
	TOTP string `json:"totp" binding:"max=32"`
}

// Login checks the password, sets the session cookie and answers the user.
func (h *Handler) Login(c *gin.Context) {
	var req loginRequest
	if !bindJSON(c, &req) {
		return
	}
	account := strings.ToLower(req.Username)
	if ok, wait := h.Throttle.Allow(account, c.ClientIP()); !ok {
		if h.Throttle.ShouldReport(c.ClientIP()) {
			h.audit(c, "login_throttled", map[string]string{"username": req.Username})
		}
		h.throttled(c, wait, "too many sign-in attempts; wait before trying again")
		return
	}
	cred := models.Credentials{Username: req.Username, Password: req.Password, Code: req.TOTP}
	u, token, err := h.Store.SignIn(c.Request.Context(), actor(c), cred, c.Request.UserAgent(), h.Sessions)
	if errors.Is(err, models.ErrUnauthenticated) {
		Fail(c, http.StatusUnauthorized, "wrong username or password")
		return
	}
	// A missing or wrong code keeps the attempt counted: only a complete
	// sign-in refills the account's bucket.
	if loginProblem(c, err) {
		return
	}
	if err != nil {
		h.Error(c, err)
		return
	}
	h.Throttle.Succeeded(account, c.ClientIP())
	expired, err := h.Store.PasswordExpired(c.Request.Context(), u)
	if err != nil {
		h.Error(c, err)
		return
	}
	must, err := h.mustEnrol(c, u)
	if err != nil {
		h.Error(c, err)
		return
	}
	h.setCookie(c, token, int(h.Sessions.Absolute.Seconds()))
	c.JSON(http.StatusOK, SignedInUser{User: u, MustChangePassword: expired, MustEnrolTOTP: must})
}

// throttled answers 429 with how long to wait.
func (h *Handler) throttled(c *gin.Context, wait time.Duration, detail string) {
	c.Header("Retry-After", strconv.Itoa(retryAfterSeconds(wait)))
	WriteProblem(c, Problem{Type: problemType("throttled"), Status: http.StatusTooManyRequests, Detail: detail})
}

// Logout ends the caller's session.
func (h *Handler) Logout(c *gin.Context) {
	if cookie, err := c.Cookie(SessionCookie); err == nil && cookie != "" {
		if err := h.Store.Logout(c.Request.Context(), actor(c), cookie); err != nil {
			h.Error(c, err)
			return
		}
	}
	h.clearCookie(c)
	c.Status(http.StatusNoContent)
}

// Me answers the signed-in user, and whether their password must be
// changed before anything else.
func (h *Handler) Me(c *gin.Context) {
	c.JSON(http.StatusOK, SignedInUser{User: currentUser(c), MustChangePassword: c.GetBool(expiredKey), MustEnrolTOTP: c.GetBool(mustEnrolKey)})
}

func (h *Handler) setCookie(c *gin.Context, value string, maxAge int) {
	http.SetCookie(c.Writer, &http.Cookie{
		Name: SessionCookie, Value: value, Path: "/", MaxAge: maxAge,
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: h.SecureCookies || c.Request.TLS != nil,
	})
}

func (h *Handler) clearCookie(c *gin.Context) { h.setCookie(c, "", -1) }
