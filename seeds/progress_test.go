package seeds

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLineProgress(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name  string
		total int
		steps []int
		want  []string
	}{
		{"one unit of scale", 22000, repeat(250, 88), []string{
			"seeding: 10% (2,250 of 22,000 organizations)", "seeding: 20% (4,500 of 22,000 organizations)",
			"seeding: 30% (6,750 of 22,000 organizations)", "seeding: 40% (9,000 of 22,000 organizations)",
			"seeding: 50% (11,000 of 22,000 organizations)", "seeding: 60% (13,250 of 22,000 organizations)",
			"seeding: 70% (15,500 of 22,000 organizations)", "seeding: 80% (17,750 of 22,000 organizations)",
			"seeding: 90% (20,000 of 22,000 organizations)", "seeding: 100% (22,000 of 22,000 organizations)",
		}},
		{"steps larger than a tenth", 1000, []int{450, 450, 100}, []string{
			"seeding: 45% (450 of 1,000 organizations)", "seeding: 90% (900 of 1,000 organizations)",
			"seeding: 100% (1,000 of 1,000 organizations)",
		}},
		{"one step", 7, []int{7}, []string{"seeding: 100% (7 of 7 organizations)"}},
		{"nothing to do", 0, nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			var out bytes.Buffer
			p := newProgress(&out, c.total, "organizations")
			for _, n := range c.steps {
				p.add(n)
			}
			p.finish()
			if strings.Contains(out.String(), "\r") {
				t.Fatalf("carriage returns in %q", out.String())
			}
			got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
			if out.Len() == 0 {
				got = nil
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Fatalf("lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

// A log file has a file descriptor but is no terminal: it gets lines too.
func TestProgressIntoAFile(t *testing.T) {
	t.Parallel()
	f, err := os.Create(filepath.Join(t.TempDir(), "seed.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p := newProgress(f, 100, "organizations")
	for i := 0; i < 100; i++ {
		p.add(1)
	}
	p.finish()
	b, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b, []byte("\r")) || bytes.Count(b, []byte("\n")) != 10 {
		t.Fatalf("log file holds %q, want ten plain lines", b)
	}
}

func TestGrouped(t *testing.T) {
	t.Parallel()
	cases := []struct {
		n    int
		want string
	}{
		{0, "0"}, {7, "7"}, {999, "999"}, {1000, "1,000"}, {22000, "22,000"}, {1234567, "1,234,567"},
	}
	for _, c := range cases {
		if got := grouped(c.n); got != c.want {
			t.Errorf("grouped(%d) = %q, want %q", c.n, got, c.want)
		}
	}
}

func repeat(n, times int) []int {
	s := make([]int, times)
	for i := range s {
		s[i] = n
	}
	return s
}
