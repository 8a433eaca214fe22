// Package api builds Hatchery's HTTP server: the one route table, the
// middleware every request passes, and the single-page application.
package api

import (
	"io/fs"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"hatchery/handlers"
)

// Deps is what the server is built from; main makes them.
type Deps struct {
	Handler *handlers.Handler
	Log     *slog.Logger
	// Registry collects the metrics served on /metrics.
	Registry *prometheus.Registry
	// Frontend is the built SPA (frontend.Dist()).
	Frontend fs.FS
	// TrustedProxies may set the client address through X-Forwarded-For
	// and the request id through X-Request-ID; empty means the connection's
	// own address is used and every request gets an id of the server's.
	TrustedProxies []string
	// MetricsToken, when set, lets clients other than this machine read
	// /metrics with "Authorization: Bearer <token>".
	MetricsToken string
}

// Server is the built engine. Handler is what an http.Server serves: the
// engine, with HEAD answered as GET without the body (cross-origin
// protection and compression are middleware inside the engine).
type Server struct {
	Engine  *gin.Engine
	Handler http.Handler
	answers *answerCache
}

// New builds the server. The middleware order matters: requestID and
// observe come first so that every answer, refusals included, carries a
// request id and is logged and counted.
func New(d Deps) (*Server, error) {
	handlers.RegisterValidation()
	e := gin.New()
	e.HandleMethodNotAllowed = true
	// No redirects to a cleaned path: gin answers them in HTML and takes
	// their Location from X-Forwarded-Prefix, which any client can send.
	// A path with a trailing slash is another path, and answers 404.
	e.RedirectTrailingSlash = false
	e.RedirectFixedPath = false
	e.ContextWithFallback = true
	if err := e.SetTrustedProxies(d.TrustedProxies); err != nil {
		return nil, err
	}
	trusted, err := parseTrusted(d.TrustedProxies)
	if err != nil {
		return nil, err
	}
	compress, err := compressJSON()
	if err != nil {
		return nil, err
	}
	m := newMetrics(d.Registry)
	e.Use(requestID(trusted), recoverProblem(d.Log), observe(d.Log, m), compress, securityHeaders, crossOrigin(d.Handler), cleanURL, limitBodies)
	answers := newAnswerCache(func() string { return d.Handler.Store.Now().Format("200601021504") })
	answers.register(d.Registry)
	routes(e, d.Handler, promhttp.HandlerFor(d.Registry, promhttp.HandlerOpts{}), d.MetricsToken, answers.middleware)
	e.NoMethod(func(c *gin.Context) {
		handlers.Fail(c, http.StatusMethodNotAllowed, "this route does not take "+requestMethod(c.Request))
	})
	e.NoRoute(spa(d.Frontend))
	return &Server{Engine: e, Handler: headAsGet(e), answers: answers}, nil
}
