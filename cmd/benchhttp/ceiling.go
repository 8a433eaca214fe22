package main

import (
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
)

// serveCeiling is the framework's ceiling for a response: plain gin in
// release mode, no middleware, serving saved response bodies from memory.
// Its arguments are the address, then name=file pairs; GET /name answers
// the file's bytes as JSON, as gzip-encoded JSON when the file's name ends
// in .gz (the bytes Hatchery put on the wire, which the client unzips).
func serveCeiling(args []string) error {
	if len(args) < 1 {
		return fmt.Errorf("usage: benchhttp ceiling ADDR name=file...")
	}
	gin.SetMode(gin.ReleaseMode)
	e := gin.New()
	for _, arg := range args[1:] {
		name, file, ok := strings.Cut(arg, "=")
		if !ok {
			return fmt.Errorf("want name=file, got %q", arg)
		}
		b, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		gzipped := strings.HasSuffix(file, ".gz")
		e.GET("/"+name, func(c *gin.Context) {
			if gzipped {
				c.Header("Content-Encoding", "gzip")
			}
			c.Data(http.StatusOK, "application/json; charset=utf-8", b)
		})
	}
	return e.Run(args[0])
}

// startCeiling saves each body under dir and runs this same program again
// as the ceiling server, waiting until it answers. A body whose name ends
// in .gz is served gzip-encoded.
func startCeiling(p *procs, dir string, bodies map[string][]byte) (*exec.Cmd, string, error) {
	addr, err := freeAddr()
	if err != nil {
		return nil, "", err
	}
	args := []string{"ceiling", addr}
	for name, b := range bodies {
		file := filepath.Join(dir, name+".json")
		if strings.HasSuffix(name, ".gz") {
			file = filepath.Join(dir, name)
		}
		if err := os.WriteFile(file, b, 0o644); err != nil {
			return nil, "", err
		}
		args = append(args, name+"="+file)
	}
	self, err := os.Executable()
	if err != nil {
		return nil, "", err
	}
	cmd := exec.Command(self, args...)
	cmd.Stderr = os.Stderr
	if err := p.start(cmd); err != nil {
		return nil, "", err
	}
	base := "http://" + addr
	name := ""
	for n := range bodies {
		name = n
		break
	}
	if err := waitFor(base+"/"+name, 30*time.Second); err != nil {
		p.stop(cmd)
		return nil, "", fmt.Errorf("the ceiling server: %w", err)
	}
	return cmd, base, nil
}
