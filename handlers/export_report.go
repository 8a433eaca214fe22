package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// section is one table of an exported report, its rows already read.
type section struct {
	name   label
	header []label
	rows   [][]any
}

// sectionOf is t over rows, as a report section.
func sectionOf[T any](t table[T], rows []T) section {
	s := section{name: t.name, header: make([]label, len(t.columns)), rows: make([][]any, len(rows))}
	for i, c := range t.columns {
		s.header[i] = c.header
	}
	for i, r := range rows {
		cells := make([]any, len(t.columns))
		for j, c := range t.columns {
			cells[j] = c.value(r)
		}
		s.rows[i] = cells
	}
	return s
}

// figure is one headline number of a report.
type figure struct {
	name  label
	value any
}

// figures is a report's headline numbers as its first section.
func figures(name label, fs ...figure) section {
	return sectionOf(table[figure]{name: name, columns: []column[figure]{
		col("指标", "Figure", func(f figure) any { return f.name }),
		col("数值", "Value", func(f figure) any { return f.value }),
	}}, fs)
}

// respondReport answers a report as JSON, or its sections as CSV (one
// after another) or XLSX (a sheet each). Reports are bounded by what they
// summarize, so they are built whole before writing. The handler reads ex
// (exportOf) before the report, so a format it refuses costs no report.
func respondReport(h *Handler, c *gin.Context, ex export, name label, report any, sections func() []section) {
	if ex.format == formatJSON {
		c.JSON(http.StatusOK, report)
		return
	}
	ss := sections()
	rows := int64(0)
	for _, s := range ss {
		rows += int64(len(s.rows))
	}
	if ex.format == formatXLSX && rows > h.xlsxLimit() {
		h.Error(c, tooLargeForXLSX(rows, h.xlsxLimit()))
		return
	}
	w, err := h.startExport(c, ex, name)
	if err == nil {
		err = writeSections(w, ss, ex.lang)
	}
	if err == nil {
		err = w.close()
	}
	h.finishExport(c, ex, err)
}

func writeSections(w tableWriter, ss []section, lang string) error {
	var cells []any
	for _, s := range ss {
		header := make([]string, len(s.header))
		for i, l := range s.header {
			header[i] = l.in(lang)
		}
		if err := w.table(s.name.in(lang), header); err != nil {
			return err
		}
		for _, r := range s.rows {
			cells = cells[:0]
			for _, v := range r {
				cells = append(cells, localize(v, lang))
			}
			if err := w.row(cells); err != nil {
				return err
			}
		}
	}
	return nil
}
