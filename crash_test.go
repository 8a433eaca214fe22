package main

import (
	"bufio"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/cookiejar"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"

	"hatchery/models"
	"hatchery/models/storetest"
	"hatchery/seeds"
)

// asServer makes the test binary run as the hatchery command when the
// crash test starts it as a server of its own, to be killed.
const asServer = "HATCHERY_TEST_AS_SERVER"

func TestMain(m *testing.M) {
	if os.Getenv(asServer) == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// killableServer is `hatchery serve` in a process of its own.
type killableServer struct {
	cmd  *exec.Cmd
	base string
}

// crashDataKey encrypts the phone numbers the crash test's servers keep:
// outside demo mode a server does not start without one.
var crashDataKey = models.GenerateDataKey()

func startServer(t *testing.T, dsn string) *killableServer {
	t.Helper()
	cmd := exec.Command(os.Args[0], "serve", "--db", dsn, "--addr", "127.0.0.1:0", "--data-key", crashDataKey)
	cmd.Env = append(os.Environ(), asServer+"=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if _, rest, ok := strings.Cut(sc.Text(), "listening on "); ok {
				found <- strings.Fields(rest)[0]
				break
			}
		}
		_, _ = io.Copy(io.Discard, out)
	}()
	select {
	case base := <-found:
		return &killableServer{cmd: cmd, base: base}
	case <-time.After(60 * time.Second):
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		t.Fatal("the server did not start")
	}
	return nil
}

// kill ends the server with SIGKILL: no shutdown, no last commit.
func (s *killableServer) kill() {
	_ = s.cmd.Process.Signal(syscall.SIGKILL)
	_ = s.cmd.Wait()
}

// signIn answers an HTTP client with a session of the demo user username
// (one whose role needs no second factor outside demo mode).
func signIn(t *testing.T, base, username string) *http.Client {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	hc := &http.Client{Jar: jar, Timeout: 20 * time.Second}
	body := fmt.Sprintf(`{"username":%q,"password":%q}`, username, seeds.DemoPassword)
	res, err := hc.Post(base+"/api/v1/auth/login", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("sign in: %d", res.StatusCode)
	}
	return hc
}

// rawDB opens the database behind the server for checks of its own.
func rawDB(t *testing.T, d models.Dialect, dsn string) *sql.DB {
	t.Helper()
	driver, source := "sqlite3", "file:"+dsn+"?_busy_timeout=10000"
	if d == models.Postgres {
		driver, source = "pgx", dsn
	}
	db, err := sql.Open(driver, source)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestAcknowledgedWritesSurviveSIGKILL books expenditures from several
// clients at once while the server is killed at random moments, restarts
// it each time, and then finds every expenditure the server acknowledged,
// an audit chain that verifies and (on SQLite) a sound file.
func TestAcknowledgedWritesSurviveSIGKILL(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		dsn := storetest.DSN(t, d)
		if out, err := runCmd(t, "seed", "--demo", "--db", dsn, "--data-key", crashDataKey); err != nil {
			t.Fatalf("seed: %v\n%s", err, out)
		}
		var projects []string
		rows, err := rawDB(t, d, dsn).Query("SELECT projects.id FROM projects JOIN users ON users.organization_id = projects.organization_id " +
			"WHERE users.username = 'orgstaff' AND projects.status IN ('contracted', 'active') ORDER BY projects.id")
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				t.Fatal(err)
			}
			projects = append(projects, id)
		}
		rows.Close()
		if len(projects) == 0 {
			t.Fatal("the demo data has no spendable project")
		}

		var mu sync.Mutex
		acked := map[string]string{} // expenditure id -> voucher
		var sent int
		kills := 3 + rand.IntN(3)
		for round := 0; round < kills; round++ {
			srv := startServer(t, dsn)
			hc := signIn(t, srv.base, "orgstaff")
			stop := make(chan struct{})
			acknowledged := make(chan struct{}, 1) // the round's first 201
			var wg sync.WaitGroup
			for w := 0; w < 8; w++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := 0; ; i++ {
						select {
						case <-stop:
							return
						default:
						}
						voucher := fmt.Sprintf("CRASH-%d-%d-%d", round, w, i)
						body := fmt.Sprintf(`{"budget_category":"activities","amount_fen":%d,"spent_on":"2025-04-01","payee":"崩溃测试","voucher_no":%q}`, 100+i, voucher)
						req, _ := http.NewRequest("POST", srv.base+"/api/v1/projects/"+projects[(w+i)%len(projects)]+"/expenditures", strings.NewReader(body))
						req.Header.Set("Content-Type", "application/json")
						req.Header.Set("Idempotency-Key", voucher)
						mu.Lock()
						sent++
						mu.Unlock()
						res, err := hc.Do(req)
						if err != nil {
							continue // killed mid-request: not acknowledged
						}
						var e struct {
							ID string `json:"id"`
						}
						err = json.NewDecoder(res.Body).Decode(&e)
						res.Body.Close()
						if res.StatusCode == http.StatusCreated && err == nil && e.ID != "" {
							mu.Lock()
							acked[e.ID] = voucher
							mu.Unlock()
							select {
							case acknowledged <- struct{}{}:
							default:
							}
						} else if res.StatusCode >= 500 {
							t.Errorf("a write answered %d", res.StatusCode)
						}
					}
				}()
			}
			// Killed at a random moment once writes are being answered
			// (on a busy machine the first answer may take a while).
			select {
			case <-acknowledged:
			case <-time.After(60 * time.Second):
				srv.kill()
				close(stop)
				wg.Wait()
				t.Fatalf("round %d: no write was acknowledged within a minute", round)
			}
			time.Sleep(time.Duration(rand.IntN(1200)) * time.Millisecond)
			srv.kill()
			close(stop)
			wg.Wait()
		}
		mu.Lock()
		defer mu.Unlock()
		if len(acked) < kills {
			t.Fatalf("only %d of %d writes were acknowledged over %d kills; the test proves little", len(acked), sent, kills)
		}

		// The restart after the last kill: the server comes up on what
		// the kills left, and has every acknowledged entry.
		srv := startServer(t, dsn)
		hc := signIn(t, srv.base, "auditor")
		res, err := hc.Get(srv.base + "/api/v1/audit/verify")
		if err != nil {
			t.Fatal(err)
		}
		var v models.AuditVerification
		err = json.NewDecoder(res.Body).Decode(&v)
		res.Body.Close()
		if err != nil || res.StatusCode != http.StatusOK || !v.OK {
			t.Fatalf("audit chain after the kills: %d %+v %v", res.StatusCode, v, err)
		}
		srv.kill()

		db := rawDB(t, d, dsn)
		stored := map[string]string{}
		rows, err = db.Query("SELECT id, voucher_no FROM expenditures WHERE voucher_no LIKE 'CRASH-%'")
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var id, voucher string
			if err := rows.Scan(&id, &voucher); err != nil {
				t.Fatal(err)
			}
			stored[id] = voucher
		}
		rows.Close()
		missing := 0
		for id, voucher := range acked {
			if stored[id] != voucher {
				missing++
				if missing <= 5 {
					t.Errorf("acknowledged expenditure %s (%s) is missing after the kills", id, voucher)
				}
			}
		}
		if missing > 0 {
			t.Fatalf("%d of %d acknowledged expenditures are missing", missing, len(acked))
		}
		var audited int
		if err := db.QueryRow("SELECT COUNT(*) FROM audit_entries WHERE entity = 'expenditure' AND entity_id IN (SELECT id FROM expenditures WHERE voucher_no LIKE 'CRASH-%')").Scan(&audited); err != nil {
			t.Fatal(err)
		}
		if audited != len(stored) {
			t.Fatalf("%d crash-test expenditures stored but %d audited", len(stored), audited)
		}
		if d == models.SQLite {
			var result string
			if err := db.QueryRow("PRAGMA integrity_check").Scan(&result); err != nil || result != "ok" {
				t.Fatalf("integrity_check after the kills: %q %v", result, err)
			}
		}
		t.Logf("%d kills, %d writes sent, %d acknowledged, all present", kills, sent, len(acked))
	})
}
