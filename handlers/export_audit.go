package handlers

import (
	"net/url"

	"github.com/gin-gonic/gin"
)

// auditExport records who exported which list or report, in which format
// and with which filters: data leaving Hatchery is a reportable event even
// though it changes no row.
func (h *Handler) auditExport(c *gin.Context, list, format string) {
	h.audit(c, "export", map[string]any{"list": list, "format": format, "path": c.Request.URL.Path, "filters": exportFilters(c.Request.URL.Query())})
}

// exportFilters are the query's filters, without the export's own
// parameters and paging.
func exportFilters(q url.Values) map[string]string {
	out := map[string]string{}
	for k, v := range q {
		switch k {
		case "format", "lang", "limit", "cursor":
			continue
		}
		if len(v) > 0 {
			out[k] = v[0]
		}
	}
	return out
}
