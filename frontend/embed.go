// Package frontend embeds the built single-page application.
package frontend

import (
	"embed"
	"io/fs"
)

// dist holds the Vite build. A fresh clone has only dist/.gitkeep; the
// Makefile builds the rest before the binary is built.
//
//go:embed all:dist
var dist embed.FS

// Dist returns the built application rooted at its index.html.
func Dist() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // the directive above guarantees the directory exists
	}
	return sub
}
