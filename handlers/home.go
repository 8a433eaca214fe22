package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// Home answers GET /home: the caller's landing page, scoped as the lists
// behind it are (issue 10); the bureau's figures come from HomeFigures.
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
