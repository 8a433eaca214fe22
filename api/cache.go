package api

import (
	"bytes"
	"container/list"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/gin-gonic/gin"
	"github.com/klauspost/compress/gzip"
	"github.com/prometheus/client_golang/prometheus"

	"hatchery/handlers"
	"hatchery/models"
)

// Limits of the answer cache: what it holds in all, and the largest answer
// it keeps (exports and other large answers are made afresh each time).
const (
	answerCacheBytes = 48 << 20
	answerMaxBytes   = 8 << 20
)

// answerCache keeps the JSON answers of read routes, each under the data
// counter (models.Versions) its request read before making it. A request
// is answered from the cache only when the counter it read is the same, so
// any write, on any server, makes the next read afresh. Answers are kept
// per caller (user, role and binding), so scope is never shared between
// callers, and per minute of the clock, since some figures count days from
// now (organizations stuck in a stage, ages of requests).
type answerCache struct {
	mu      sync.Mutex
	entries map[string]*list.Element // of *keptAnswer
	lru     *list.List
	bytes   int
	// making holds the answers being made, so that callers who ask for the
	// same thing under the same counter wait for one making instead of
	// each computing it (a report after a change).
	making map[string]*making
	now    func() string
	// hits and misses count the answers given from the cache and made.
	hits, misses atomic.Int64
}

type keptAnswer struct {
	key         string
	data        int64
	contentType string
	body, gz    []byte
}

func (k *keptAnswer) size() int { return len(k.key) + len(k.body) + len(k.gz) }

type making struct {
	data   int64
	done   chan struct{}
	answer *keptAnswer // nil when the making did not end in a keepable answer
}

func newAnswerCache(now func() string) *answerCache {
	return &answerCache{entries: map[string]*list.Element{}, lru: list.New(), making: map[string]*making{}, now: now}
}

// register publishes the cache's counts and size as metrics.
func (a *answerCache) register(reg prometheus.Registerer) {
	reg.MustRegister(
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "hatchery_answer_cache_hits_total",
			Help: "Reads answered from the answer cache."}, func() float64 { return float64(a.hits.Load()) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "hatchery_answer_cache_misses_total",
			Help: "Cacheable reads made afresh (nothing kept under the current data counter)."}, func() float64 { return float64(a.misses.Load()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "hatchery_answer_cache_bytes",
			Help: "Bytes of answers the cache holds."}, func() float64 { a.mu.Lock(); defer a.mu.Unlock(); return float64(a.bytes) }),
	)
}

// get answers the kept answer for key under data.
func (a *answerCache) get(key string, data int64) *keptAnswer {
	a.mu.Lock()
	defer a.mu.Unlock()
	el, ok := a.entries[key]
	if !ok {
		return nil
	}
	k := el.Value.(*keptAnswer)
	if k.data != data {
		return nil
	}
	a.lru.MoveToFront(el)
	return k
}

func (a *answerCache) keep(k *keptAnswer) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if el, ok := a.entries[k.key]; ok {
		old := el.Value.(*keptAnswer)
		if old.data > k.data {
			return
		}
		a.bytes -= old.size()
		a.lru.Remove(el)
		delete(a.entries, k.key)
	}
	for a.bytes+k.size() > answerCacheBytes && a.lru.Len() > 0 {
		last := a.lru.Back()
		old := last.Value.(*keptAnswer)
		a.bytes -= old.size()
		a.lru.Remove(last)
		delete(a.entries, old.key)
	}
	a.entries[k.key] = a.lru.PushFront(k)
	a.bytes += k.size()
}

// start answers the making of key under data already under way, or
// registers this request as its maker (first is true).
func (a *answerCache) start(key string, data int64) (m *making, first bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if m, ok := a.making[key]; ok && m.data == data {
		return m, false
	}
	m = &making{data: data, done: make(chan struct{})}
	a.making[key] = m
	return m, true
}

func (a *answerCache) finish(key string, m *making) {
	a.mu.Lock()
	if a.making[key] == m {
		delete(a.making, key)
	}
	a.mu.Unlock()
	close(m.done)
}

// callerKey names what an answer depends on besides the data: who asks,
// in which role and binding, by which credential kind, in which minute, and
// the exact path and query.
func (a *answerCache) callerKey(c *gin.Context, u models.User) string {
	var b strings.Builder
	b.WriteString(u.ID)
	b.WriteByte(0)
	b.WriteString(string(u.Role))
	b.WriteByte(0)
	if u.OrganizationID != nil {
		b.WriteString(*u.OrganizationID)
	}
	b.WriteByte(0)
	if u.FunderID != nil {
		b.WriteString(*u.FunderID)
	}
	b.WriteByte(0)
	if handlers.IsBearer(c) {
		b.WriteByte('t')
	}
	b.WriteByte(0)
	b.WriteString(a.now())
	b.WriteByte(0)
	b.WriteString(c.Request.URL.RequestURI())
	return b.String()
}

// middleware answers a GET from the cache, or lets the route answer and
// keeps a 200 JSON answer for the next request under the same counter. It
// goes after authentication and role checks, right before the handler.
func (a *answerCache) middleware(c *gin.Context) {
	v, counted := models.VersionsFrom(c.Request.Context())
	u, signedIn := handlers.Caller(c)
	if !counted || !signedIn || c.Request.Method != http.MethodGet || c.Query("format") != "" {
		c.Next()
		return
	}
	key := a.callerKey(c, u)
	if k := a.get(key, v.Data); k != nil {
		a.hits.Add(1)
		writeKept(c, k)
		return
	}
	m, first := a.start(key, v.Data)
	if !first {
		select {
		case <-m.done:
			if m.answer != nil {
				a.hits.Add(1)
				writeKept(c, m.answer)
				return
			}
		case <-c.Request.Context().Done():
			c.Abort()
			return
		}
		c.Next()
		return
	}
	defer a.finish(key, m)
	a.misses.Add(1)
	before := headerNames(c.Writer.Header())
	cw := &captureWriter{ResponseWriter: c.Writer}
	c.Writer = cw
	c.Next()
	c.Writer = cw.ResponseWriter
	if cw.Status() != http.StatusOK || cw.over || !keepableHeaders(before, c.Writer.Header()) {
		return
	}
	ct := c.Writer.Header().Get("Content-Type")
	if !strings.HasPrefix(ct, "application/json") {
		return
	}
	k := &keptAnswer{key: key, data: v.Data, contentType: ct, body: bytes.Clone(cw.buf.Bytes())}
	if len(k.body) >= compressMinSize {
		k.gz = gzipBytes(k.body)
	}
	a.keep(k)
	m.answer = k
}

// writeKept answers with a kept answer, gzipped when the client takes it
// (the compression middleware leaves an answer with a Content-Encoding
// alone, and says Vary: Accept-Encoding itself).
func writeKept(c *gin.Context, k *keptAnswer) {
	h := c.Writer.Header()
	h.Set("Content-Type", k.contentType)
	body := k.body
	if k.gz != nil && acceptsGzip(c.GetHeader("Accept-Encoding")) {
		h.Set("Content-Encoding", "gzip")
		body = k.gz
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	c.Status(http.StatusOK)
	_, _ = c.Writer.Write(body)
	c.Abort()
}

// acceptsGzip reports whether an Accept-Encoding value takes gzip (a q of
// zero refuses it).
func acceptsGzip(ae string) bool {
	for part := range strings.SplitSeq(ae, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(coding), "gzip") {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		return !(strings.HasPrefix(q, "q=0") && strings.Trim(strings.TrimPrefix(q, "q=0"), ".0") == "")
	}
	return false
}

// gzipBytes compresses an answer once, as it is kept, at the fastest level:
// the first reader after a change waits for it. An 837 KB portfolio spend
// audit takes 5.2 ms instead of 8.3 at the default level, and comes to
// 176 KB instead of 155.
func gzipBytes(b []byte) []byte {
	var out bytes.Buffer
	w, _ := gzip.NewWriterLevel(&out, gzip.BestSpeed)
	_, _ = w.Write(b)
	_ = w.Close()
	return out.Bytes()
}

func headerNames(h http.Header) map[string]bool {
	out := make(map[string]bool, len(h))
	for k := range h {
		out[k] = true
	}
	return out
}

// keepableHeaders reports whether the route set no header of its own
// besides the body's type (and what compression adds): an answer that
// carries others (a file name, a no-store) is not kept.
func keepableHeaders(before map[string]bool, after http.Header) bool {
	for k := range after {
		if before[k] {
			continue
		}
		switch k {
		case "Content-Type", "Content-Encoding", "Vary", "Content-Length":
		default:
			return false
		}
	}
	return true
}

// captureWriter copies what the route writes, up to answerMaxBytes.
type captureWriter struct {
	gin.ResponseWriter
	buf  bytes.Buffer
	over bool
}

func (w *captureWriter) copy(b []byte) {
	if w.over {
		return
	}
	if w.buf.Len()+len(b) > answerMaxBytes {
		w.over = true
		w.buf = bytes.Buffer{}
		return
	}
	w.buf.Write(b)
}

func (w *captureWriter) Write(b []byte) (int, error) {
	w.copy(b)
	return w.ResponseWriter.Write(b)
}

func (w *captureWriter) WriteString(s string) (int, error) {
	w.copy([]byte(s))
	return w.ResponseWriter.WriteString(s)
}
