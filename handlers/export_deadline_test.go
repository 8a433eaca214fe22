package handlers

import (
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/gin-gonic/gin"

	"hatchery/models"
	"hatchery/models/storetest"
)

// A streamed export outlasts the server's write timeout as long as its
// batches keep coming: three batches 150 ms apart under a 100 ms timeout
// all arrive.
func TestExportOutlastsTheWriteTimeout(t *testing.T) {
	h := &Handler{Store: storetest.Open(t, models.SQLite, models.Options{}), Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	gin.SetMode(gin.TestMode)
	e := gin.New()
	e.GET("/slow", func(c *gin.Context) {
		exportList(h, c, export{format: formatCSV, lang: langZH}, communityTable, "", func(p models.Page) (models.List[models.Community], error) {
			for i := range 3 {
				time.Sleep(150 * time.Millisecond)
				if err := p.Each(3, []models.Community{{Name: fmt.Sprintf("第%d社区", i+1)}}); err != nil {
					return models.List[models.Community]{}, err
				}
			}
			return models.List[models.Community]{}, nil
		})
	})
	srv := httptest.NewUnstartedServer(e)
	srv.Config.WriteTimeout = 100 * time.Millisecond
	srv.Start()
	defer srv.Close()
	res, err := http.Get(srv.URL + "/slow")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("the export broke off after %d bytes: %v", len(body), err)
	}
	if n := bytes.Count(body, []byte("\r\n")); n != 4 || !bytes.Contains(body, []byte("第3社区")) {
		t.Errorf("%d lines, want the header and 3 rows: %q", n, body)
	}
}
