package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"time"
)

// api calls a running Hatchery with one API token.
type api struct {
	hc    *http.Client
	base  string
	token string
}

// signIn signs username in with a cookie session and makes an API token
// from it, which every later request of the role is sent with.
func signIn(hc *http.Client, base, username, password string) (*api, error) {
	jar, _ := cookiejar.New(nil)
	session := &http.Client{Transport: hc.Transport, Jar: jar, Timeout: 30 * time.Second}
	s := &api{hc: session, base: base}
	if _, err := s.call(http.MethodPost, "/api/v1/auth/login", map[string]string{"username": username, "password": password}, nil); err != nil {
		return nil, fmt.Errorf("sign in as %s: %w", username, err)
	}
	var tok struct {
		Token string `json:"token"`
	}
	if _, err := s.call(http.MethodPost, "/api/v1/tokens", map[string]any{"name": "benchhttp", "expires_in_days": 1}, &tok); err != nil {
		return nil, fmt.Errorf("API token of %s: %w", username, err)
	}
	if tok.Token == "" {
		return nil, fmt.Errorf("POST /api/v1/tokens answered no token for %s", username)
	}
	return &api{hc: hc, base: base, token: tok.Token}, nil
}

// call sends a request with a JSON body (if any), decodes a 2xx answer
// into out (if any) and answers the body; anything else is an error.
func (a *api) call(method, path string, body, out any) ([]byte, error) {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return nil, err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, a.base+path, rd)
	if err != nil {
		return nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if a.token != "" {
		req.Header.Set("Authorization", "Bearer "+a.token)
	}
	res, err := a.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		return nil, err
	}
	if res.StatusCode/100 != 2 {
		return b, fmt.Errorf("%s %s: %s: %.300s", method, path, res.Status, b)
	}
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			return b, fmt.Errorf("%s %s: %w", method, path, err)
		}
	}
	return b, nil
}

// get is a GET answering the decoded body.
func (a *api) get(path string, out any) ([]byte, error) {
	return a.call(http.MethodGet, path, nil, out)
}

// getWire is a GET asking for gzip as a browser does, answering the body
// as sent (gzipped or not) and whether it was gzipped.
func (a *api) getWire(path string) ([]byte, bool, error) {
	req, err := http.NewRequest(http.MethodGet, a.base+path, nil)
	if err != nil {
		return nil, false, err
	}
	req.Header.Set("Accept-Encoding", "gzip")
	if a.token != "" {
		req.Header.Set("Authorization", "Bearer "+a.token)
	}
	tr := &http.Transport{DisableCompression: true}
	defer tr.CloseIdleConnections()
	res, err := (&http.Client{Transport: tr, Timeout: 2 * time.Minute}).Do(req)
	if err != nil {
		return nil, false, err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err == nil && res.StatusCode/100 != 2 {
		err = fmt.Errorf("GET %s: %s", path, res.Status)
	}
	return b, res.Header.Get("Content-Encoding") == "gzip", err
}

// timeGet answers how long one GET of path took, with its body read.
func (a *api) timeGet(path string) (time.Duration, error) {
	t0 := time.Now()
	_, err := a.get(path, nil)
	return time.Since(t0), err
}

// firstItem is the first item of a list answer.
type firstItem struct {
	Items []struct {
		ID          string  `json:"id"`
		Name        string  `json:"name"`
		Version     int64   `json:"version"`
		IncubatorID *string `json:"incubator_id"`
	} `json:"items"`
}

// first answers the first item of the list at path.
func (a *api) first(path string) (id, name string, version int64, incubator string, err error) {
	var l firstItem
	if _, err = a.get(path, &l); err != nil {
		return
	}
	if len(l.Items) == 0 {
		return "", "", 0, "", fmt.Errorf("GET %s answered no items", path)
	}
	it := l.Items[0]
	if it.IncubatorID != nil {
		incubator = *it.IncubatorID
	}
	return it.ID, it.Name, it.Version, incubator, nil
}
