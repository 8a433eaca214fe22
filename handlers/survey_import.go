package handlers

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

type surveyImportQuery struct {
	DryRun bool `form:"dry_run"`
}

type surveyTemplateQuery struct {
	Format string `form:"format" binding:"omitempty,enum=ImportFormat"`
}

// ImportFileField is the multipart field that carries the spreadsheet.
const ImportFileField = "file"

// ImportSurveys answers POST /surveys/import: a spreadsheet of survey
// results (multipart field "file", CSV or XLSX, one row per need). With
// dry_run=true it answers 200 with a preview, every row's errors included,
// and stores nothing; otherwise it stores every survey (201) or, when any
// row has an error, nothing (422 with the same row errors).
func (h *Handler) ImportSurveys(c *gin.Context) {
	var q surveyImportQuery
	if !bindQuery(c, &q) {
		return
	}
	f, ok := readImportFile(c)
	if !ok {
		return
	}
	imp, err := h.Store.ImportSurveys(c.Request.Context(), actor(c), f, q.DryRun)
	switch {
	case errors.Is(err, models.ErrUnsupportedFile):
		WriteProblem(c, Problem{Type: problemType("unsupported-file"), Status: http.StatusUnsupportedMediaType,
			Detail: err.Error() + "; send a CSV (UTF-8 or GB18030) or an .xlsx workbook"})
	case err != nil:
		h.Error(c, err)
	case q.DryRun:
		c.JSON(http.StatusOK, imp)
	default:
		c.JSON(http.StatusCreated, imp)
	}
}

// readImportFile reads the one file of a multipart/form-data body. On
// failure it has answered and reports false.
func readImportFile(c *gin.Context) (models.ImportFile, bool) {
	mr, err := c.Request.MultipartReader()
	if err != nil {
		Fail(c, http.StatusUnsupportedMediaType, fmt.Sprintf("send the file as multipart/form-data in the field %q", ImportFileField))
		return models.ImportFile{}, false
	}
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			FailFields(c, http.StatusBadRequest, "the body holds no file", []models.FieldError{{
				Field: ImportFileField, Code: "required", Message: fmt.Sprintf("send the spreadsheet in the multipart field %q", ImportFileField)}})
			return models.ImportFile{}, false
		}
		if err != nil {
			return models.ImportFile{}, failRead(c, err)
		}
		if part.FormName() != ImportFileField {
			continue
		}
		data, err := io.ReadAll(part)
		if err != nil {
			return models.ImportFile{}, failRead(c, err)
		}
		return models.ImportFile{Name: cleanFileName(part.FileName()), Data: data}, true
	}
}

// failRead answers a body that could not be read: too large (413) or not
// well-formed multipart (400).
func failRead(c *gin.Context, err error) bool {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		Fail(c, http.StatusRequestEntityTooLarge, fmt.Sprintf("the body is larger than %d bytes (%d MiB)", mbe.Limit, mbe.Limit>>20))
		return false
	}
	Fail(c, http.StatusBadRequest, "the multipart body could not be read")
	return false
}

// cleanFileName keeps the base name of what the client called the file,
// as text the audit trail can hold.
func cleanFileName(name string) string {
	name = path.Base(strings.ReplaceAll(strings.ToValidUTF8(name, ""), "\\", "/"))
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, name)
	if name == "." || name == "/" {
		name = ""
	}
	for utf8.RuneCountInString(name) > 200 {
		_, size := utf8.DecodeLastRuneInString(name)
		name = name[:len(name)-size]
	}
	return name
}

// SurveyImportTemplate answers GET /surveys/import/template: the import
// layout as an .xlsx workbook (the default) or a CSV in UTF-8 with a byte
// order mark, with an example row and the allowed values in Chinese.
func (h *Handler) SurveyImportTemplate(c *gin.Context) {
	var q surveyTemplateQuery
	if !bindQuery(c, &q) {
		return
	}
	name, contentType, data := models.SurveyTemplateName+".csv", "text/csv; charset=utf-8", models.SurveyTemplateCSV()
	if q.Format != "csv" {
		var err error
		if data, err = models.SurveyTemplateXLSX(); err != nil {
			h.Error(c, err)
			return
		}
		name, contentType = models.SurveyTemplateName+".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	}
	c.Header("Content-Disposition", attachment(name, "survey-import-template"+path.Ext(name)))
	c.Data(http.StatusOK, contentType, data)
}

// attachment is a Content-Disposition naming a download: an ASCII
// fallback for old clients and the UTF-8 name (RFC 6266, RFC 5987).
func attachment(name, fallback string) string {
	return mime.FormatMediaType("attachment", map[string]string{"filename": fallback}) + "; filename*=UTF-8''" + url.PathEscape(name)
}
