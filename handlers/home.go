package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// Home answers GET /home: the caller's landing page, the figures of their
// role in one answer, scoped as the lists behind them are (issue 10).
func (h *Handler) Home(c *gin.Context) {
	home, err := h.Store.Home(c.Request.Context(), actor(c))
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, home)
}

// HomeFigures answers GET /home/figures: the province-wide figures of the
// bureau's home, apart from its lists so that those never wait for them.
func (h *Handler) HomeFigures(c *gin.Context) {
	figures, err := h.Store.BureauFigures(c.Request.Context(), actor(c))
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, figures)
}
