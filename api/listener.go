package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"

	"hatchery/handlers"
	"hatchery/models"
)

// ProblemListener wraps ln so that the replies net/http writes straight to
// the connection, before any handler runs (header fields over
// MaxHeaderBytes: 431; a request it cannot parse: 400, 501, 505), are
// problem+json like every other error instead of text/plain.
func ProblemListener(ln net.Listener) net.Listener { return problemListener{ln} }

type problemListener struct{ net.Listener }

func (l problemListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return problemConn{c}, nil
}

type problemConn struct{ net.Conn }

// cannedHeaders follow the status line of each of net/http's own replies
// (server.go, conn.serve). Its responses otherwise write their header fields
// sorted, Connection before Content-Type, so no answer of a handler's has
// these lines in this order.
const cannedHeaders = "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n"

// Write passes everything on but a canned reply, which it rewrites. net/http
// writes such a reply whole, in one call, as the last thing on the
// connection.
func (c problemConn) Write(p []byte) (int, error) {
	if reply, ok := problemReply(p); ok {
		if _, err := c.Conn.Write(reply); err != nil {
			return 0, err
		}
		return len(p), nil
	}
	return c.Conn.Write(p)
}

// CloseWrite passes on the half-close net/http makes after a 431, so that
// the client reads the reply before the connection is reset.
func (c problemConn) CloseWrite() error {
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return nil
}

// problemReply rewrites a canned reply of net/http's as problem+json.
func problemReply(p []byte) ([]byte, bool) {
	const proto = "HTTP/1.1 "
	if !bytes.HasPrefix(p, []byte(proto)) {
		return nil, false
	}
	eol := bytes.IndexByte(p, '\r')
	if eol < 0 || !bytes.HasPrefix(p[eol:], []byte(cannedHeaders)) {
		return nil, false
	}
	status, err := strconv.Atoi(string(p[len(proto) : len(proto)+min(3, eol-len(proto))]))
	if err != nil || status < 400 || status > 599 {
		return nil, false
	}
	body := string(p[eol+len(cannedHeaders):])
	detail := cannedDetail(status, body)
	doc, err := json.Marshal(handlers.Problem{
		Type:  "urn:hatchery:problem:" + strings.ToLower(strings.ReplaceAll(http.StatusText(status), " ", "-")),
		Title: http.StatusText(status), Status: status, Detail: detail, Errors: []models.FieldError{},
	})
	if err != nil {
		return nil, false
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %d\r\nConnection: close\r\n"+
		"X-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\n\r\n", status, http.StatusText(status), handlers.ProblemContentType, len(doc))
	b.Write(doc)
	return b.Bytes(), true
}

// cannedDetail says what went wrong in the caller's terms.
func cannedDetail(status int, body string) string {
	switch status {
	case http.StatusRequestHeaderFieldsTooLarge:
		return fmt.Sprintf("the request's header fields are larger than %d bytes", http.DefaultMaxHeaderBytes)
	case http.StatusNotImplemented:
		return "the request uses a transfer encoding this server does not take"
	case http.StatusHTTPVersionNotSupported:
		return "the request's HTTP version is not supported; use HTTP/1.1"
	}
	// "400 Bad Request: missing required Host header" names the problem
	// after the colon; a bare "400 Bad Request" does not.
	if _, text, ok := strings.Cut(body, ": "); ok && text != "" {
		return "the request could not be read: " + text
	}
	return "the request could not be read as HTTP"
}
