package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
)

// postgresSchema makes a schema of its own on the server base names and
// answers a URL that uses it, and how to drop it afterwards.
func postgresSchema(ctx context.Context, base string) (string, func(), error) {
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		return "", nil, fmt.Errorf("connect to PostgreSQL: %w", err)
	}
	schema := "soak_" + unique()[:12]
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		conn.Close(ctx)
		return "", nil, err
	}
	drop := func() {
		c, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		_, _ = conn.Exec(c, "DROP SCHEMA "+schema+" CASCADE")
		conn.Close(c)
	}
	u, err := url.Parse(base)
	if err != nil {
		drop()
		return "", nil, err
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String(), drop, nil
}

// seed loads the demo data set into db.
func seed(bin, db string) error {
	cmd := exec.Command(bin, "seed", "--demo", "--db", db)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("seed: %w\n%s", err, out)
	}
	return nil
}

// server is a running `hatchery serve` and what its log has said.
type server struct {
	cmd     *exec.Cmd
	base    string
	mu      sync.Mutex
	locked  int      // lines saying "database is locked"
	status5 int      // request lines with a 5xx status
	errors  []string // the first lines at level ERROR
	done    chan struct{}
}

var (
	listening = regexp.MustCompile(`listening on (http://\S+)`)
	status5xx = regexp.MustCompile(`\bstatus=5\d\d\b`)
)

// start runs the server on db at a free port and waits until it listens.
// Its log goes to logPath, and is read as it is written.
func start(bin, db, logPath string) (*server, error) {
	logFile, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	// In demo mode, as the demo data set is: its data key is kept in the
	// database and no role needs a second factor, so the clients sign in
	// with passwords alone.
	cmd := exec.Command(bin, "serve", "--demo", "--db", db, "--addr", "127.0.0.1:0")
	pr, pw := io.Pipe()
	cmd.Stdout, cmd.Stderr = pw, pw
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &server{cmd: cmd, done: make(chan struct{})}
	ready := make(chan string, 1)
	go func() {
		defer close(s.done)
		defer logFile.Close()
		sc := bufio.NewScanner(pr)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if m := listening.FindStringSubmatch(line); m != nil {
				select {
				case ready <- m[1]:
				default:
				}
			}
			s.read(line)
			// Every line but the request log, which would grow by the
			// gigabyte, goes to the file.
			if !strings.Contains(line, "msg=request ") || status5xx.MatchString(line) {
				fmt.Fprintln(logFile, line)
			}
		}
	}()
	go func() {
		_ = cmd.Wait()
		pw.Close()
	}()
	select {
	case s.base = <-ready:
		return s, nil
	case <-s.done:
		return nil, fmt.Errorf("the server stopped before it listened; see %s", logPath)
	case <-time.After(2 * time.Minute):
		s.stop()
		return nil, fmt.Errorf("the server did not listen within two minutes; see %s", logPath)
	}
}

func (s *server) read(line string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if strings.Contains(line, "database is locked") {
		s.locked++
	}
	if strings.Contains(line, "msg=request ") && status5xx.MatchString(line) {
		s.status5++
	}
	if strings.Contains(line, "level=ERROR") && len(s.errors) < 5 {
		s.errors = append(s.errors, line)
	}
}

// logCounts answers the "database is locked" lines, 5xx request lines and
// a few error lines of the log so far.
func (s *server) logCounts() (locked, status5 int, errs []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.locked, s.status5, append([]string(nil), s.errors...)
}

// stop asks the server to shut down and waits for its log to end.
func (s *server) stop() {
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.done:
	case <-time.After(30 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.done
	}
}

// rss reads the resident memory of process pid in KiB.
func rss(pid int) (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				return strconv.ParseInt(f[0], 10, 64)
			}
		}
	}
	return 0, fmt.Errorf("no VmRSS in /proc/%d/status", pid)
}
