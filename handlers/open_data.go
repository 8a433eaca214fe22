package handlers

import (
	"net/http"
	"slices"

	"github.com/gin-gonic/gin"
	"github.com/gin-gonic/gin/render"

	"hatchery/models"
)

// The media types of the open-data answers: JSON with a profile naming the
// schema it follows (RFC 6906), and CSV with its header row.
const (
	OCDSContentType       = `application/json; profile="https://standard.open-contracting.org/schema/1__1__5/release-package-schema.json"`
	GivingJSONContentType = `application/json; profile="https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-package-schema.json"`
	GivingCSVContentType  = "text/csv; charset=utf-8; header=present"
)

// isOpenDataFormat says whether GET /projects?format= asks for open data.
func isOpenDataFormat(format string) bool { return slices.Contains(models.OpenDataFormats, format) }

type openDataSettingsRequest struct {
	Version         *int64 `json:"version" binding:"required,min=0"`
	PublisherName   string `json:"publisher_name" binding:"max=200"`
	PublisherScheme string `json:"publisher_scheme" binding:"max=50"`
	PublisherUID    string `json:"publisher_uid" binding:"max=100"`
	PublisherURI    string `json:"publisher_uri" binding:"max=500"`
	OCIDPrefix      string `json:"ocid_prefix" binding:"max=100"`
	GrantPrefix     string `json:"grant_prefix" binding:"max=100"`
}

// OpenDataSettings answers GET /settings/open-data.
func (h *Handler) OpenDataSettings(c *gin.Context) {
	s, err := h.Store.OpenDataSettings(c.Request.Context())
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, s)
}

// SetOpenDataSettings answers PUT /settings/open-data (admin); every field
// is replaced, and a malformed one changes nothing (422).
func (h *Handler) SetOpenDataSettings(c *gin.Context) {
	var req openDataSettingsRequest
	if !bindJSON(c, &req) {
		return
	}
	s, err := h.Store.SetOpenData(c.Request.Context(), actor(c), *req.Version, models.OpenData{
		PublisherName: req.PublisherName, PublisherScheme: req.PublisherScheme, PublisherUID: req.PublisherUID,
		PublisherURI: req.PublisherURI, OCIDPrefix: req.OCIDPrefix, GrantPrefix: req.GrantPrefix,
	})
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, s)
}

// ProjectOCDS answers GET /projects/{id}/ocds: the project's releases in
// one package, seen as GET /projects/{id} sees it (404 outside the
// caller's scope, whatever the settings), then 422 without settings.
func (h *Handler) ProjectOCDS(c *gin.Context) {
	ctx := c.Request.Context()
	p, err := h.Store.OpenProject(ctx, actor(c), c.Param("id"))
	if err != nil {
		h.Error(c, err)
		return
	}
	o, err := h.Store.OpenDataPublisher(ctx)
	if err != nil {
		h.Error(c, err)
		return
	}
	now := h.Store.Now()
	pkg := models.NewOCDSPackage(o, requestURL(c, c.Request.URL.Path), now)
	pkg.Releases = models.OCDSReleases(o, p, now)
	h.auditExport(c, "projects", models.OpenDataOCDS)
	h.nameAttachment(c, p.Code+"_OCDS", "json")
	c.Header("Content-Type", OCDSContentType)
	c.Render(http.StatusOK, render.JSON{Data: pkg})
}

// requestURL is path on the host the request came to.
func requestURL(c *gin.Context, path string) string {
	scheme := "http"
	if c.Request.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + c.Request.Host + path
}
