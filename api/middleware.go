package api

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"mime"
	"net/http"
	"net/netip"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"

	"hatchery/handlers"
	"hatchery/models"
)

// MaxBodyBytes caps every request body (SPEC 4.5).
const MaxBodyBytes = 1 << 20

var requestIDPattern = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)

// clientRequestIDKey holds the X-Request-ID a client sent that was not
// taken as the request id, for the request log only.
const clientRequestIDKey = "hatchery.client_request_id"

// requestID makes a new id for each request and echoes it on the answer.
// An X-Request-ID is taken as the id only from a trusted proxy (the
// connection's own address is one of trusted), which made it for this
// request; anyone else's is kept apart for the request log, since the id
// ties audit entries to log lines and a client could reuse another's.
func requestID(trusted []netip.Prefix) gin.HandlerFunc {
	return func(c *gin.Context) {
		sent := c.GetHeader("X-Request-ID")
		id := ""
		if requestIDPattern.MatchString(sent) && fromTrustedProxy(c.Request.RemoteAddr, trusted) {
			id = sent
		} else {
			b := make([]byte, 12)
			_, _ = rand.Read(b)
			id = hex.EncodeToString(b)
			if sent != "" {
				c.Set(clientRequestIDKey, truncateText(sent, 64))
			}
		}
		c.Set(handlers.RequestIDKey, id)
		c.Header("X-Request-ID", id)
		c.Next()
	}
}

// parseTrusted reads proxy addresses and CIDR ranges (as SetTrustedProxies
// takes them).
func parseTrusted(proxies []string) ([]netip.Prefix, error) {
	out := make([]netip.Prefix, 0, len(proxies))
	for _, p := range proxies {
		if a, err := netip.ParseAddr(p); err == nil {
			out = append(out, netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()))
			continue
		}
		pf, err := netip.ParsePrefix(p)
		if err != nil {
			return nil, fmt.Errorf("trusted proxy %q is not an IP address or CIDR range", p)
		}
		out = append(out, pf.Masked())
	}
	return out, nil
}

// fromTrustedProxy reports whether the peer at remoteAddr is in trusted.
func fromTrustedProxy(remoteAddr string, trusted []netip.Prefix) bool {
	ap, err := netip.ParseAddrPort(remoteAddr)
	if err != nil {
		return false
	}
	a := ap.Addr().Unmap()
	for _, p := range trusted {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// truncateText cuts s to at most n bytes of valid UTF-8.
func truncateText(s string, n int) string {
	s = strings.ToValidUTF8(s, "?")
	for len(s) > n {
		_, size := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-size]
	}
	return s
}

// recoverProblem turns a panic into a 500 that leaks nothing, logging the
// cause and stack with the request id.
func recoverProblem(log *slog.Logger) gin.HandlerFunc {
	return func(c *gin.Context) {
		defer func() {
			if r := recover(); r != nil {
				if r == http.ErrAbortHandler {
					panic(r)
				}
				log.ErrorContext(c.Request.Context(), "panic", "request_id", c.GetString(handlers.RequestIDKey),
					"panic", fmt.Sprint(r), "stack", string(debug.Stack()))
				handlers.Fail(c, http.StatusInternalServerError, "something went wrong on our side; the request id identifies it in the logs")
			}
		}()
		c.Next()
	}
}

// metrics counts requests and their latencies by route.
type metrics struct {
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hatchery_http_requests_total", Help: "HTTP requests by method, route pattern and status class.",
		}, []string{"method", "route", "status"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "hatchery_http_request_duration_seconds", Help: "HTTP request latency by method and route.",
			Buckets: prometheus.DefBuckets,
		}, []string{"method", "route"}),
	}
	reg.MustRegister(m.requests, m.latency)
	return m
}

// methodLabel answers the method as a metric label: one of the methods
// HTTP defines, or "other", so that clients cannot add series at will.
func methodLabel(m string) string {
	switch m {
	case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch,
		http.MethodDelete, http.MethodOptions, http.MethodConnect, http.MethodTrace:
		return m
	}
	return "other"
}

// statusClass answers "2xx" to "5xx", or "other" for a status outside them.
func statusClass(status int) string {
	if status < 100 || status > 599 {
		return "other"
	}
	return strconv.Itoa(status/100) + "xx"
}

// observe logs one structured line per request and records its metrics.
func observe(log *slog.Logger, m *metrics) gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		c.Next()
		elapsed := time.Since(start)
		route := c.FullPath()
		if route == "" {
			route = "unmatched"
		}
		status := c.Writer.Status()
		method := methodLabel(requestMethod(c.Request))
		m.requests.WithLabelValues(method, route, statusClass(status)).Inc()
		m.latency.WithLabelValues(method, route).Observe(elapsed.Seconds())
		level := slog.LevelInfo
		if status >= 500 {
			level = slog.LevelError
		}
		attrs := []slog.Attr{
			slog.String("request_id", c.GetString(handlers.RequestIDKey)),
			slog.String("method", requestMethod(c.Request)),
			slog.String("path", c.Request.URL.Path),
			slog.String("route", route),
			slog.Int("status", status),
			slog.Int("bytes", max(c.Writer.Size(), 0)), // -1 when nothing was written
			slog.Duration("duration", elapsed),
			slog.String("client_ip", c.ClientIP()),
		}
		if sent := c.GetString(clientRequestIDKey); sent != "" {
			attrs = append(attrs, slog.String("client_request_id", sent))
		}
		log.LogAttrs(c.Request.Context(), level, "request", attrs...)
	}
}

// contentSecurityPolicy allows only this origin's scripts, and no framing.
// Element Plus and ECharts set style attributes at run time, hence the
// inline styles.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; " +
	"base-uri 'self'; form-action 'self'; object-src 'none'"

// securityHeaders sets the headers every answer carries.
func securityHeaders(c *gin.Context) {
	h := c.Writer.Header()
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
	if c.Request.TLS != nil {
		h.Set("Strict-Transport-Security", "max-age=31536000")
	}
	if strings.HasPrefix(c.Request.URL.Path, "/api/") {
		h.Set("Cache-Control", "no-store")
	}
	c.Next()
}

// crossOrigin refuses writes that a browser sent from another origin
// (CSRF), judged from Sec-Fetch-Site or else Origin against Host. It runs
// inside the engine, after requestID and observe, so that the refusal is
// logged, counted and audited like any other 403.
func crossOrigin(h *handlers.Handler) gin.HandlerFunc {
	cop := http.NewCrossOriginProtection()
	return func(c *gin.Context) {
		if err := cop.Check(c.Request); err != nil {
			h.RefuseCrossOrigin(c)
			return
		}
		c.Next()
	}
}

// cleanURL refuses a path or query that is not UTF-8 text or holds a NUL,
// which no record can match and PostgreSQL cannot even compare.
func cleanURL(c *gin.Context) {
	bad := func(s string) bool { return !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0 }
	if bad(c.Request.URL.Path) {
		handlers.Fail(c, http.StatusBadRequest, "the path must be UTF-8 text without NUL characters")
		return
	}
	for k, vs := range c.Request.URL.Query() {
		for _, v := range vs {
			if bad(k) || bad(v) {
				handlers.FailFields(c, http.StatusBadRequest, "a query parameter is not UTF-8 text or holds a NUL character",
					[]models.FieldError{{Field: strings.ToValidUTF8(k, "?"), Code: "encoding", Message: "must be UTF-8 text without NUL characters"}})
				return
			}
		}
	}
	c.Next()
}

// limitBody refuses bodies over MaxBodyBytes (413) and writes that are not
// JSON (415).
func limitBody(c *gin.Context) {
	if c.Request.ContentLength > MaxBodyBytes {
		handlers.Fail(c, http.StatusRequestEntityTooLarge, fmt.Sprintf("the body is larger than %d bytes", MaxBodyBytes))
		return
	}
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, MaxBodyBytes)
	switch c.Request.Method {
	case http.MethodPost, http.MethodPut, http.MethodPatch:
		if c.Request.ContentLength == 0 && c.GetHeader("Content-Type") == "" {
			break // an empty write such as logout carries no body to type
		}
		mt, _, err := mime.ParseMediaType(c.GetHeader("Content-Type"))
		if err != nil || mt != "application/json" {
			handlers.Fail(c, http.StatusUnsupportedMediaType, "send the body as application/json")
			return
		}
	}
	c.Next()
}
