package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"time"
)

// procs are the processes this run started, stopped together on the way
// out, whether the run ends, fails or is interrupted.
type procs struct {
	mu   sync.Mutex
	cmds []*exec.Cmd
	done map[*exec.Cmd]chan struct{}
	errs map[*exec.Cmd]error
}

func (p *procs) start(cmd *exec.Cmd) error {
	if err := cmd.Start(); err != nil {
		return err
	}
	ch := make(chan struct{})
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.done == nil {
		p.done, p.errs = map[*exec.Cmd]chan struct{}{}, map[*exec.Cmd]error{}
	}
	go func() {
		err := cmd.Wait()
		p.mu.Lock()
		p.errs[cmd] = err
		p.mu.Unlock()
		close(ch)
	}()
	p.cmds = append(p.cmds, cmd)
	p.done[cmd] = ch
	return nil
}

// wait waits for cmd to end and answers how it ended.
func (p *procs) wait(cmd *exec.Cmd) error {
	p.mu.Lock()
	ch := p.done[cmd]
	p.mu.Unlock()
	<-ch
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.errs[cmd]
}

// stop asks cmd to end and kills it if it has not within ten seconds.
func (p *procs) stop(cmd *exec.Cmd) {
	p.mu.Lock()
	ch := p.done[cmd]
	p.mu.Unlock()
	if ch == nil {
		return
	}
	select {
	case <-ch:
		return
	default:
	}
	_ = cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-ch:
	case <-time.After(10 * time.Second):
		_ = cmd.Process.Kill()
		<-ch
	}
}

// stopAll stops every process still running, the last started first.
func (p *procs) stopAll() {
	p.mu.Lock()
	cmds := append([]*exec.Cmd(nil), p.cmds...)
	p.mu.Unlock()
	for i := len(cmds) - 1; i >= 0; i-- {
		p.stop(cmds[i])
	}
}

// freeAddr answers a loopback address with a port nothing listens on.
func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// waitFor polls url until it answers 200.
func waitFor(url string, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		res, err := http.Get(url)
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("%s did not answer 200 within %s", url, limit)
}

// logTo copies a process's output to file, leaving out the request log
// lines, which at thousands of requests a second would fill the disk.
func logTo(file *os.File) io.Writer {
	pr, pw := io.Pipe()
	go func() {
		defer file.Close()
		sc := bufio.NewScanner(pr)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			if line := sc.Text(); !strings.Contains(line, "msg=request ") || strings.Contains(line, "status=5") {
				fmt.Fprintln(file, line)
			}
		}
		_, _ = io.Copy(io.Discard, pr)
	}()
	return pw
}
