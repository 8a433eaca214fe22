// Package devbuild finds the Hatchery source tree and builds its binary,
// for the commands that drive a real server (benchhttp, soak).
package devbuild

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// ModuleRoot finds the go.mod above the working directory; tool names the
// command in the error when there is none.
func ModuleRoot(tool string) (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory; run " + tool + " inside the Hatchery source tree")
		}
		dir = parent
	}
}

// Build compiles the hatchery binary from the module at root into dir. The
// API needs no built frontend: a fresh clone embeds frontend/dist/.gitkeep
// alone and serves the API the same.
func Build(root, dir string) (string, error) {
	bin := filepath.Join(dir, "hatchery")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Dir = root
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go build: %w", err)
	}
	return bin, nil
}
