package api

import (
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
	"net/netip"
	"strings"

	"github.com/gin-gonic/gin"

	"hatchery/handlers"
)

// metricsAccess lets a request through to /metrics when it comes from this
// machine or carries the metrics token; the figures (routes, rates, errors)
// are for the operator's scraper, not for the public.
//
// "From this machine" is decided on the TCP peer, c.Request.RemoteAddr,
// never on ClientIP: behind a reverse proxy on the same host every request
// arrives from a loopback address, and X-Forwarded-For names whatever the
// client wrote there unless the proxy overwrites it. So a loopback peer
// counts only when the request carries no forwarding header at all: a proxy
// (trusted or not) that forwards a request adds one, and a local scraper
// sends none. A proxy that forwards without any such header makes outside
// requests look local: block /metrics at such a proxy, or set a token.
func metricsAccess(token string) gin.HandlerFunc {
	want := sha256.Sum256([]byte(token))
	return func(c *gin.Context) {
		if fromThisMachine(c.Request) {
			c.Next()
			return
		}
		if token == "" {
			handlers.Fail(c, http.StatusForbidden, "metrics are served only to clients on this machine")
			return
		}
		sent, ok := strings.CutPrefix(c.GetHeader("Authorization"), "Bearer ")
		// Both sides are hashed first so that the comparison takes the same
		// time whatever the length of what was sent.
		got := sha256.Sum256([]byte(sent))
		if ok && subtle.ConstantTimeCompare(got[:], want[:]) == 1 {
			c.Next()
			return
		}
		c.Header("WWW-Authenticate", `Bearer realm="metrics"`)
		handlers.Fail(c, http.StatusUnauthorized, "metrics need the metrics token as \"Authorization: Bearer <token>\"")
	}
}

// forwardingHeaders are the fields a proxy adds to what it forwards.
var forwardingHeaders = []string{"Forwarded", "X-Forwarded-For", "X-Real-IP", "X-Forwarded-Host", "X-Forwarded-Proto"}

func fromThisMachine(r *http.Request) bool {
	ap, err := netip.ParseAddrPort(r.RemoteAddr)
	if err != nil || !ap.Addr().Unmap().IsLoopback() {
		return false
	}
	for _, h := range forwardingHeaders {
		if len(r.Header.Values(h)) > 0 {
			return false
		}
	}
	return true
}
