package api

import (
	"context"
	"net/http"
)

// headKey marks a request that arrived as HEAD and is served as GET.
type headKey struct{}

// headAsGet answers HEAD wherever GET is answered: the request goes through
// the engine as GET (so every GET route, the SPA included, serves it) and
// the body is dropped.
func headAsGet(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodHead {
			next.ServeHTTP(w, r)
			return
		}
		g := r.WithContext(context.WithValue(r.Context(), headKey{}, true))
		g.Method = http.MethodGet
		next.ServeHTTP(bodiless{w}, g)
	})
}

// requestMethod is the method the client sent.
func requestMethod(r *http.Request) string {
	if r.Context().Value(headKey{}) != nil {
		return http.MethodHead
	}
	return r.Method
}

// bodiless is a ResponseWriter that writes the header and drops the body.
type bodiless struct{ http.ResponseWriter }

func (b bodiless) Write(p []byte) (int, error) { return len(p), nil }

// Flush passes on a flush, which writes the header.
func (b bodiless) Flush() {
	if f, ok := b.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (b bodiless) Unwrap() http.ResponseWriter { return b.ResponseWriter }
