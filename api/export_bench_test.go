package api

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"hatchery/handlers"
	"hatchery/models"
	"hatchery/models/storetest"
	"hatchery/seeds"
)

// countingWriter is a response writer that keeps nothing: it counts the
// bytes and notes when the first arrived, so a benchmark sees the server's
// own memory and how soon it starts sending.
type countingWriter struct {
	header http.Header
	status int
	bytes  int64
	start  time.Time
	first  time.Duration
}

func (w *countingWriter) Header() http.Header { return w.header }
func (w *countingWriter) WriteHeader(s int) {
	if w.status == 0 {
		w.status = s
	}
}
func (w *countingWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	if w.bytes == 0 {
		w.first = time.Since(w.start)
	}
	w.bytes += int64(len(b))
	return len(b), nil
}
func (w *countingWriter) Flush() {}

// peakHeap samples the live heap every few milliseconds until stopped and
// answers the highest it saw.
func peakHeap() (stop func() uint64) {
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > peak.Load() {
				peak.Store(m.HeapAlloc)
			}
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		return peak.Load()
	}
}

// BenchmarkExportLedger exports the whole ledger of the synthetic province
// (seed --scale 1: about 1,000,000 expenditures) as CSV and as XLSX, and
// the XLSX at the row limit, on each database. It reports the time to the
// first byte, the bytes sent and the peak live heap during the export
// (less the heap before it).
//
//	go test ./api -run '^$' -bench ExportLedger -benchtime 1x -timeout 60m
func BenchmarkExportLedger(b *testing.B) {
	for _, d := range storetest.Dialects() {
		ts := newTestServer(b, d, func(h *handlers.Handler, _ *models.Options) { h.ExportXLSXRowLimit = 2_000_000 })
		if _, err := seeds.Scale(context.Background(), ts.Store, 1, io.Discard); err != nil {
			b.Fatal(err)
		}
		ctx, admin := context.Background(), models.Actor{Role: models.RoleAdmin}
		all, err := ts.Store.ListPortfolioLedger(ctx, admin, models.PortfolioLedgerFilter{Page: models.Page{Limit: 1}})
		if err != nil {
			b.Fatal(err)
		}
		// A funder's portfolio near the XLSX row limit.
		funders, _ := ts.Store.ListFunders(ctx, models.FunderFilter{Page: models.Page{Limit: 1}, Q: "合成省民政厅"})
		provincial := funders.Items[0].ID
		theirs, _ := ts.Store.ListPortfolioLedger(ctx, admin, models.PortfolioLedgerFilter{Projects: models.ProjectFilter{FunderID: provincial}, Page: models.Page{Limit: 1}})
		b.Logf("%s: %d expenditures in all, %d in the provincial funder's portfolio", d, all.Total, theirs.Total)
		cookie := &http.Cookie{Name: handlers.SessionCookie, Value: ts.cookie(models.RoleAdmin)}
		personnel, _ := ts.Store.ListPortfolioLedger(ctx, admin, models.PortfolioLedgerFilter{BudgetCategory: "personnel", Page: models.Page{Limit: 1}})
		b.Logf("%s: %d personnel expenditures", d, personnel.Total)
		for _, c := range []struct{ name, path string }{
			{"csv_all", "/api/v1/expenditures?format=csv"},
			{"xlsx_all", "/api/v1/expenditures?format=xlsx"},
			{"xlsx_personnel", "/api/v1/expenditures?format=xlsx&budget_category=personnel"},
			{"xlsx_provincial", "/api/v1/expenditures?format=xlsx&funder_id=" + provincial},
		} {
			b.Run(string(d)+"/"+c.name, func(b *testing.B) {
				for b.Loop() {
					runtime.GC()
					var before runtime.MemStats
					runtime.ReadMemStats(&before)
					stop := peakHeap()
					req := httptest.NewRequest(http.MethodGet, c.path, nil)
					req.AddCookie(cookie)
					w := &countingWriter{header: http.Header{}, start: time.Now()}
					ts.Server.Handler.ServeHTTP(w, req)
					peak := stop()
					if w.status != http.StatusOK {
						b.Fatalf("%s: %d", c.path, w.status)
					}
					b.ReportMetric(float64(w.first.Milliseconds()), "ms-to-first-byte")
					b.ReportMetric(float64(w.bytes)/(1<<20), "MiB-sent")
					b.ReportMetric(float64(peak-min(peak, before.HeapAlloc))/(1<<20), "MiB-peak-heap")
				}
			})
		}
	}
}
