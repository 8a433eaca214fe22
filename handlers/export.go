package handlers

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

// The formats every list and report answers in (SPEC 6): JSON by default,
// or the whole filtered set as a spreadsheet.
const (
	formatJSON = "json"
	formatCSV  = "csv"
	formatXLSX = "xlsx"
)

// The languages of an export's headers and labels.
const (
	langZH = "zh-CN"
	langEN = "en"
)

// ExportXLSXRowLimit is the most rows an XLSX export holds. excelize builds
// the whole zip in memory when it saves: BenchmarkExportLedger measured a
// peak of 62 MiB at 19,598 rows, 141 MiB at 452,523 and 213 MiB at
// 1,004,798, so this limit keeps one export near 100 MiB. Larger sets are
// refused with a pointer to CSV, which streams any size in about 7 MiB.
const ExportXLSXRowLimit = 200_000

// export is what a request asks of an export.
type export struct {
	format string
	lang   string
}

// exportOf reads format and lang beside a list's filters. Formats other
// than JSON, CSV and XLSX are allowed only where named in extra. It has
// answered 400 when ok is false.
func exportOf(c *gin.Context, extra ...string) (ex export, ok bool) {
	q := c.Request.URL.Query()
	ex.format = q.Get("format")
	if ex.format == "" {
		ex.format = formatJSON
	}
	allowed := append(slices.Clone(models.ExportFormats), extra...)
	if !slices.Contains(allowed, ex.format) {
		FailFields(c, http.StatusBadRequest, "the export format is not one this list offers", []models.FieldError{{
			Field: "format", Code: "oneof", Message: "format must be one of " + strings.Join(allowed, ", "),
		}})
		return ex, false
	}
	ex.lang = q.Get("lang")
	switch ex.lang {
	case langZH, langEN:
	case "":
		ex.lang = preferredLang(c.GetHeader("Accept-Language"))
	default:
		FailFields(c, http.StatusBadRequest, "the export language is not one Hatchery speaks", []models.FieldError{{
			Field: "lang", Code: "oneof", Message: "lang must be zh-CN or en",
		}})
		return ex, false
	}
	return ex, true
}

// preferredLang is English when the first language the client names is
// English, and Chinese otherwise: Hatchery's users are Chinese bureaus.
func preferredLang(accept string) string {
	first, _, _ := strings.Cut(accept, ",")
	first, _, _ = strings.Cut(strings.TrimSpace(first), ";")
	if strings.HasPrefix(strings.ToLower(first), "en") {
		return langEN
	}
	return langZH
}

// tooLargeForXLSX refuses an XLSX over the row limit, naming it.
func tooLargeForXLSX(rows, limit int64) error {
	return &models.RuleError{Code: "export_too_large", Field: "format",
		Message: fmt.Sprintf("the export has %d rows; XLSX holds at most %d, so export it as CSV (format=csv), which has no limit", rows, limit),
		Data:    map[string]any{"rows": rows, "limit": limit}}
}

// respondList answers a list as JSON, one page, or as CSV or XLSX, the
// whole filtered set read in batches through list. Formats the list's
// handler serves itself are named in others, for the refusal's message.
func respondList[T any](h *Handler, c *gin.Context, t table[T], page models.Page, list func(models.Page) (models.List[T], error), others ...string) {
	ex, ok := exportOf(c, others...)
	if !ok {
		return
	}
	if ex.format == formatJSON {
		l, err := list(page)
		if err != nil {
			h.Error(c, err)
			return
		}
		c.JSON(http.StatusOK, l)
		return
	}
	exportList(h, c, ex, t, page.Sort, list)
}

// exportList streams every row list gives into a CSV or XLSX attachment.
// Nothing is sent before the first batch is read, so a refusal (a filter
// the list rejects, an XLSX over the limit) still answers problem+json.
func exportList[T any](h *Handler, c *gin.Context, ex export, t table[T], sort string, list func(models.Page) (models.List[T], error)) {
	var w tableWriter
	var cells []any
	each := func(total int64, batch any) error {
		if w == nil {
			if ex.format == formatXLSX && total > h.xlsxLimit() {
				return tooLargeForXLSX(total, h.xlsxLimit())
			}
			var err error
			if w, err = h.startExport(c, ex, t.name); err != nil {
				return err
			}
			if err := w.table(t.name.in(ex.lang), t.headers(ex.lang)); err != nil {
				return err
			}
		}
		for _, r := range batch.([]T) {
			cells = t.values(r, ex.lang, cells)
			if err := w.row(cells); err != nil {
				return err
			}
		}
		keepWriting(c, exportStall)
		return w.flush()
	}
	_, err := list(models.Page{Sort: sort, Each: each})
	if err == nil && w != nil {
		err = w.close()
	}
	h.finishExport(c, ex, err)
}

// exportStall is how long a streamed export may go without sending a
// batch, and exportBuild how long a workbook may take to build, before the
// connection is given up. They replace the server's write timeout, which a
// whole province's ledger outlasts.
const (
	exportStall = time.Minute
	exportBuild = 10 * time.Minute
)

// keepWriting moves the connection's write deadline to d from now; a
// writer that cannot (a test recorder) keeps its own.
func keepWriting(c *gin.Context, d time.Duration) {
	_ = http.NewResponseController(c.Writer).SetWriteDeadline(time.Now().Add(d))
}

// xlsxLimit is ExportXLSXRowLimit unless the handler was given another.
func (h *Handler) xlsxLimit() int64 {
	if h.ExportXLSXRowLimit > 0 {
		return h.ExportXLSXRowLimit
	}
	return ExportXLSXRowLimit
}

// startExport audits the export and sets the attachment's headers: the
// file is named for what it holds and the day, e.g. 社会组织_2026-11-27.xlsx.
func (h *Handler) startExport(c *gin.Context, ex export, name label) (tableWriter, error) {
	h.auditExport(c, name.en, ex.format)
	h.nameAttachment(c, name.in(ex.lang), ex.format)
	hd := c.Writer.Header()
	if ex.format == formatCSV {
		hd.Set("Content-Type", "text/csv; charset=utf-8")
		c.Status(http.StatusOK)
		return newCSVWriter(c.Writer)
	}
	hd.Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	keepWriting(c, exportBuild)
	return newXLSXWriter(c.Writer)
}

// nameAttachment answers as a file named for what it holds and the day
// in China, with the extension ext: 服务项目_2026-11-27.xlsx.
func (h *Handler) nameAttachment(c *gin.Context, what, ext string) {
	file := fmt.Sprintf("%s_%s.%s", what, h.Store.Now().In(localTime).Format("2006-01-02"), ext)
	hd := c.Writer.Header()
	hd.Set("Content-Disposition", "attachment; filename=\""+asciiName(file)+"\"; filename*=UTF-8''"+url.PathEscape(file))
	hd.Set("Cache-Control", "no-store")
}

// asciiName is the file name for clients that do not read filename*:
// anything outside printable ASCII becomes an underscore.
func asciiName(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r > 0x7e || r == '"' || r == '\\' {
			return '_'
		}
		return r
	}, s)
}

// finishExport answers a refusal or failure that came before any byte was
// sent as problem+json; after that the client has a partial file and the
// connection is cut so that it cannot take it for a whole one.
func (h *Handler) finishExport(c *gin.Context, ex export, err error) {
	if err == nil {
		return
	}
	if c.Writer.Written() {
		h.Log.ErrorContext(c.Request.Context(), "export failed after it began", "err", err, "format", ex.format)
		panic(http.ErrAbortHandler)
	}
	for _, k := range []string{"Content-Disposition", "Content-Type", "Cache-Control"} {
		c.Writer.Header().Del(k)
	}
	h.Error(c, err)
}
