package main

import (
	"io"
	"net/http"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// stat is what one closed-loop run measured: requests, errors (no answer
// or a status of 400 and above), every request's latency, sorted, and the
// time from the first request to the last answer.
type stat struct {
	n, errs  int64
	lat      []time.Duration
	elapsed  time.Duration
	firstErr string // what the first error was
}

// newHTTPClient is the load's client: Go's transport, which asks for gzip
// and decodes it, with room for every client's connection. It waits as
// long as the server's own write timeout (a minute) and more, so that a
// slow row is measured as slow rather than counted as failed.
func newHTTPClient() *http.Client {
	tr := &http.Transport{MaxIdleConnsPerHost: 256, MaxConnsPerHost: 256}
	return &http.Client{Transport: tr, Timeout: 2 * time.Minute}
}

// run drives url with conc clients, each sending its next request as soon
// as the last is answered, for d.
func run(hc *http.Client, url, token string, conc int, d time.Duration) stat {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var n, errs int64
	var all []time.Duration
	var firstErr string
	began := time.Now()
	stop := began.Add(d)
	for range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var local []time.Duration
			for time.Now().Before(stop) {
				req, _ := http.NewRequest(http.MethodGet, url, nil)
				if token != "" {
					req.Header.Set("Authorization", "Bearer "+token)
				}
				t0 := time.Now()
				res, err := hc.Do(req)
				if err == nil {
					_, _ = io.Copy(io.Discard, res.Body)
					res.Body.Close()
				}
				local = append(local, time.Since(t0))
				if err != nil || res.StatusCode >= 400 {
					atomic.AddInt64(&errs, 1)
					mu.Lock()
					if firstErr == "" {
						firstErr = describe(err, res)
					}
					mu.Unlock()
				}
				atomic.AddInt64(&n, 1)
			}
			mu.Lock()
			all = append(all, local...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(began)
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	return stat{n: n, errs: errs, lat: all, elapsed: elapsed, firstErr: firstErr}
}

// describe names a failed request's error or status.
func describe(err error, res *http.Response) string {
	if err != nil {
		return err.Error()
	}
	return res.Status
}

// measure warms url up for a second, then runs the load for d and answers
// it with its requests a second. The rate is over the time the last answer
// took to come, which runs past d when requests are slower than d.
func measure(hc *http.Client, url, token string, conc int, d time.Duration) (stat, float64) {
	run(hc, url, token, conc, time.Second)
	s := run(hc, url, token, conc, d)
	return s, float64(s.n) / s.elapsed.Seconds()
}

// pct answers the p-quantile of sorted latencies.
func pct(l []time.Duration, p float64) time.Duration {
	if len(l) == 0 {
		return 0
	}
	return l[int(float64(len(l)-1)*p)]
}
