package main

import (
	"fmt"
	"io"
	"sort"
	"sync"
	"time"
)

// recorder keeps what the clients saw: counts by kind and status class, and
// every latency by the minute it ended in.
type recorder struct {
	mu       sync.Mutex
	start    time.Time
	last     int // the last minute; answers that come in after it count in it
	kinds    map[string]*kindCount
	minutes  [][]time.Duration
	samples  []string // a few 5xx and transport failures, to show
	refusals []string // a few 4xx
}

type kindCount struct {
	n, c4xx, c5xx, failed int64
	lat                   []time.Duration
}

// newRecorder counts from start, for a run of d.
func newRecorder(start time.Time, d time.Duration) *recorder {
	return &recorder{start: start, last: max(int((d-1)/time.Minute), 0), kinds: map[string]*kindCount{}}
}

// add records one request of kind: its status (0 for a transport failure)
// and how long it took.
func (r *recorder) add(kind string, status int, took time.Duration, detail string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	k := r.kinds[kind]
	if k == nil {
		k = &kindCount{}
		r.kinds[kind] = k
	}
	k.n++
	k.lat = append(k.lat, took)
	switch {
	case status == 0:
		k.failed++
	case status >= 500:
		k.c5xx++
	case status >= 400:
		k.c4xx++
	}
	if (status == 0 || status >= 500) && len(r.samples) < 10 {
		r.samples = append(r.samples, fmt.Sprintf("%s: %d %s", kind, status, detail))
	}
	if status >= 400 && status < 500 && len(r.refusals) < 5 {
		r.refusals = append(r.refusals, fmt.Sprintf("%s: %d %s", kind, status, detail))
	}
	m := min(int(time.Since(r.start)/time.Minute), r.last)
	for len(r.minutes) <= m {
		r.minutes = append(r.minutes, nil)
	}
	r.minutes[m] = append(r.minutes[m], took)
}

// totals answers the requests, 5xx answers and transport failures.
func (r *recorder) totals() (n, c5xx, failed int64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, k := range r.kinds {
		n += k.n
		c5xx += k.c5xx
		failed += k.failed
	}
	return n, c5xx, failed
}

// print writes the requests by kind and the latency of each minute.
func (r *recorder) print(w io.Writer, elapsed time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	names := make([]string, 0, len(r.kinds))
	for k := range r.kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	var all kindCount
	fmt.Fprintf(w, "  %-22s %9s %7s %7s %7s %9s %9s\n", "requests by kind", "count", "4xx", "5xx", "failed", "p50", "p99")
	for _, name := range names {
		k := r.kinds[name]
		sort.Slice(k.lat, func(a, b int) bool { return k.lat[a] < k.lat[b] })
		fmt.Fprintf(w, "  %-22s %9d %7d %7d %7d %9s %9s\n", name, k.n, k.c4xx, k.c5xx, k.failed, round(pct(k.lat, 0.5)), round(pct(k.lat, 0.99)))
		all.n += k.n
		all.c4xx += k.c4xx
		all.c5xx += k.c5xx
		all.failed += k.failed
	}
	fmt.Fprintf(w, "  %-22s %9d %7d %7d %7d   (%.0f requests a second)\n", "all", all.n, all.c4xx, all.c5xx, all.failed, float64(all.n)/elapsed.Seconds())
	fmt.Fprintf(w, "  %-22s %9s %9s %9s %9s\n", "latency by minute", "requests", "p50", "p99", "max")
	for i, l := range r.minutes {
		sort.Slice(l, func(a, b int) bool { return l[a] < l[b] })
		fmt.Fprintf(w, "  minute %-15d %9d %9s %9s %9s\n", i+1, len(l), round(pct(l, 0.50)), round(pct(l, 0.99)), round(pct(l, 1)))
	}
	for _, s := range r.samples {
		fmt.Fprintf(w, "  sample failure: %s\n", s)
	}
	for _, s := range r.refusals {
		fmt.Fprintf(w, "  sample 4xx: %s\n", s)
	}
}

func pct(l []time.Duration, p float64) time.Duration {
	if len(l) == 0 {
		return 0
	}
	return l[int(float64(len(l)-1)*p)]
}

func round(d time.Duration) time.Duration {
	if d > 10*time.Millisecond {
		return d.Round(time.Millisecond)
	}
	return d.Round(10 * time.Microsecond)
}
