package handlers

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

// exportOpenData answers GET /projects?format=ocds|360giving|360giving-json:
// the projects the list would answer (same scope, same filters, every
// page) as one OCDS release package, a 360Giving CSV or a 360Giving JSON
// package. Nothing is written before the settings are known good and the
// first project is loaded, so every refusal is a whole problem answer;
// then the document streams out batch by batch. Should a later batch fail,
// the connection is cut rather than a shorter document passed off as whole.
func (h *Handler) exportOpenData(c *gin.Context, format string, f models.ProjectFilter) {
	ex, ok := exportOf(c, models.OpenDataFormats...)
	if !ok {
		return
	}
	ctx := c.Request.Context()
	o, err := h.Store.OpenDataPublisher(ctx)
	if err != nil {
		h.Error(c, err)
		return
	}
	now := h.Store.Now()
	var out exportWriter
	var itemsOf func(models.OpenProject) []any
	switch format {
	case models.OpenDataOCDS:
		out = newJSONExport(c, OCDSContentType, models.NewOCDSPackage(o, requestURL(c, "/api/v1/projects?format=ocds"), now))
		itemsOf = func(p models.OpenProject) []any {
			var items []any
			for _, r := range models.OCDSReleases(o, p, now) {
				items = append(items, r)
			}
			return items
		}
	case models.OpenDataGivingJSON, models.OpenDataGivingCSV:
		if format == models.OpenDataGivingJSON {
			out = newJSONExport(c, GivingJSONContentType, models.NewGivingPackage())
		} else {
			out = &csvExport{c: c}
		}
		itemsOf = func(p models.OpenProject) []any {
			if !p.Awarded() {
				return nil
			}
			return []any{models.NewGrant(o, p)}
		}
	}
	started := false
	err = h.Store.EachOpenProject(ctx, actor(c), f, models.OpenDataBatch, func(batch []models.OpenProject) error {
		for _, p := range batch {
			for _, item := range itemsOf(p) {
				if !started {
					started = true
					h.startOpenData(c, ex)
					if err := out.open(); err != nil {
						return err
					}
				}
				if err := out.write(item); err != nil {
					return err
				}
			}
		}
		if !started {
			return nil
		}
		keepWriting(c, exportStall)
		return out.flush()
	})
	switch {
	case err != nil && !started:
		h.Error(c, err)
		return
	case err != nil:
		h.Log.ErrorContext(ctx, "an open-data export broke off", "err", err, "format", format)
		panic(http.ErrAbortHandler)
	case !started && format != models.OpenDataGivingCSV:
		h.Error(c, models.Broken(models.RuleOpenDataEmpty, "",
			"the filters name no project that can be published: an OCDS package holds at least one release, a 360Giving package at least one grant (a draft is not one)"))
		return
	case !started:
		h.startOpenData(c, ex)
		if err := out.open(); err != nil {
			h.Error(c, err)
			return
		}
	}
	if err := out.close(); err != nil {
		h.Log.ErrorContext(ctx, "an open-data export could not finish", "err", err, "format", format)
		panic(http.ErrAbortHandler)
	}
}

// exportWriter writes one document: its opening with the status, its
// items, and its end.
type exportWriter interface {
	open() error
	write(item any) error
	flush() error
	close() error
}

// jsonExport writes a package whose last member is the array of items:
// the package is marshalled with that array empty, and the items go
// between its brackets.
type jsonExport struct {
	c           *gin.Context
	contentType string
	head        []byte
	err         error
	n           int
}

func newJSONExport(c *gin.Context, contentType string, pkg any) *jsonExport {
	b, err := json.Marshal(pkg)
	if err == nil && !bytes.HasSuffix(b, []byte("[]}")) {
		err = errors.New("a package must end with its empty array of items")
	}
	if err == nil {
		b = b[:len(b)-2]
	}
	return &jsonExport{c: c, contentType: contentType, head: b, err: err}
}

func (e *jsonExport) open() error {
	if e.err != nil {
		return e.err
	}
	e.c.Header("Content-Type", e.contentType)
	e.c.Status(http.StatusOK)
	_, err := e.c.Writer.Write(e.head)
	return err
}

func (e *jsonExport) write(item any) error {
	b, err := json.Marshal(item)
	if err != nil {
		return err
	}
	if e.n > 0 {
		b = append([]byte{','}, b...)
	}
	e.n++
	_, err = e.c.Writer.Write(b)
	return err
}

func (e *jsonExport) flush() error {
	e.c.Writer.Flush()
	return nil
}

func (e *jsonExport) close() error {
	_, err := e.c.Writer.Write([]byte("]}"))
	return err
}

// csvExport writes grants as 360Giving's flat CSV: UTF-8 with a byte
// order mark (so that spreadsheet programs read the Chinese text right),
// CRLF line ends, the schema's column titles, and cells neutralized
// against formula injection.
type csvExport struct {
	c *gin.Context
	w *csv.Writer
}

func (e *csvExport) open() error {
	e.c.Header("Content-Type", GivingCSVContentType)
	e.c.Status(http.StatusOK)
	if _, err := io.WriteString(e.c.Writer, "\ufeff"); err != nil {
		return err
	}
	e.w = csv.NewWriter(e.c.Writer)
	e.w.UseCRLF = true
	return e.w.Write(models.GivingColumns)
}

func (e *csvExport) write(item any) error {
	row := models.GivingRow(item.(models.Grant))
	for i, cell := range row {
		row[i] = neutralized(cell)
	}
	return e.w.Write(row)
}

func (e *csvExport) flush() error {
	e.w.Flush()
	e.c.Writer.Flush()
	return e.w.Error()
}

func (e *csvExport) close() error {
	e.w.Flush()
	return e.w.Error()
}

// startOpenData audits an open-data export and names its file:
// 服务项目_OCDS_2026-11-27.json, projects_360Giving_2026-11-27.csv.
func (h *Handler) startOpenData(c *gin.Context, ex export) {
	h.auditExport(c, "projects", ex.format)
	standard, ext := "OCDS", "json"
	switch ex.format {
	case models.OpenDataGivingCSV:
		standard, ext = "360Giving", "csv"
	case models.OpenDataGivingJSON:
		standard = "360Giving"
	}
	h.nameAttachment(c, projectTable.name.in(ex.lang)+"_"+standard, ext)
}
