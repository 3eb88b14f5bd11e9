package main

// Crash safety, shown on the real binary: it is built once, run as a
// separate process, and killed.

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"briefbot"
	"briefbot/internal/synth"
	"briefbot/storage/postgres/pgtest"
	"briefbot/storage/teststore"
)

var (
	binOnce sync.Once
	binPath string
	binErr  error
	binDir  string
)

func TestMain(m *testing.M) {
	code := pgtest.Main(m) // a private PostgreSQL cluster when none is named

	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// briefbotBinary builds the briefbot command once for the package's
// tests, as it ships: without the race detector even when the tests have
// it, since under it SQLite runs some fifty times slower and these tests
// are about processes, not goroutines.
func briefbotBinary(t testing.TB) string {
	t.Helper()
	binOnce.Do(func() {
		if binDir, binErr = os.MkdirTemp("", "briefbot-bin-"); binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "briefbot")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// proc is one briefbot process, its standard error read line by line.
type proc struct {
	cmd    *exec.Cmd
	stdout bytes.Buffer
	mu     sync.Mutex
	lines  []string
	wait   chan struct{} // closed when stderr is at its end
	match  map[string]chan struct{}
}

// start runs the binary with args and the environment env (nothing else:
// no terminal, stdin at /dev/null, as a service manager starts it).
func start(t testing.TB, env map[string]string, args ...string) *proc {
	t.Helper()
	cmd := exec.Command(briefbotBinary(t), args...)
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	cmd.Env = append(cmd.Env, "PATH="+os.Getenv("PATH"))
	p := &proc{cmd: cmd, wait: make(chan struct{}), match: map[string]chan struct{}{}}
	cmd.Stdout = &p.stdout
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	go p.read(stderr)
	return p
}

func (p *proc) read(r io.Reader) {
	defer close(p.wait)
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		p.mu.Lock()
		p.lines = append(p.lines, sc.Text())
		for want, ch := range p.match {
			if strings.Contains(sc.Text(), want) {
				close(ch)
				delete(p.match, want)
			}
		}
		p.mu.Unlock()
	}
}

// when returns a channel closed once a line of standard error holds want.
func (p *proc) when(want string) <-chan struct{} {
	p.mu.Lock()
	defer p.mu.Unlock()
	ch := make(chan struct{})
	for _, l := range p.lines {
		if strings.Contains(l, want) {
			close(ch)
			return ch
		}
	}
	p.match[want] = ch
	return ch
}

// await waits for ch, failing the test if the process ends first.
func (p *proc) await(t testing.TB, ch <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-p.wait:
		select {
		case <-ch:
		default:
			t.Fatalf("the process ended before %s:\n%s", what, p.stderr())
		}
	}
}

// exit waits for the process and returns its exit code.
func (p *proc) exit(t testing.TB) int {
	t.Helper()
	<-p.wait
	err := p.cmd.Wait()
	if ee, ok := err.(*exec.ExitError); ok {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return -int(ws.Signal())
		}
		return ee.ExitCode()
	}
	if err != nil {
		t.Fatal(err)
	}
	return 0
}

func (p *proc) stderr() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return strings.Join(p.lines, "\n")
}

// writeArticles writes n distinct article files under dir, named from
// prefix.
func writeArticles(t *testing.T, dir, prefix string, seed uint64, n int) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	g := synth.New(seed, 5000)
	for i := range n {
		a := g.Article(i, 1500, fixedNow)
		body := fmt.Sprintf("%s %s %d\n\n%s\n", a.Title, prefix, i, a.Text)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%s-%05d.txt", prefix, i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// crashCount is how many files a crash test ingests: a few thousand, fewer
// with -short, never none.
func crashCount(full, short int) int {
	if testing.Short() {
		return short
	}
	return full
}

// mustCheckDB opens the database the processes wrote, checks its
// integrity and returns how many articles it holds.
func mustCheckDB(t *testing.T, path string) int {
	t.Helper()
	ctx := context.Background()
	db := teststore.OpenPath(t, path)
	defer db.Close()
	problems, err := db.Check(ctx)
	if err != nil || len(problems) > 0 {
		t.Fatalf("integrity check: %v %v", problems, err)
	}
	st, err := db.ArticleStats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return st.Articles
}

func TestKilledIngestResumesAndStoresEveryFileOnce(t *testing.T) {
	n := crashCount(3000, 800)
	dir := t.TempDir()
	files := filepath.Join(dir, "files")
	writeArticles(t, files, "crash", 7, n)
	env := map[string]string{"BRIEFBOT_DB": filepath.Join(dir, "briefbot.db")}

	first := start(t, env, "ingest", files)
	first.await(t, first.when(fmt.Sprintf(" %d/%d files read", 4*n/10, n)), "four tenths of the files were read")
	if err := first.cmd.Process.Kill(); err != nil { // kill -9, mid-ingest
		t.Fatal(err)
	}
	if code := first.exit(t); code == 0 {
		t.Log("the first ingest finished before it was killed; the test proves less")
	}
	stored := mustCheckDB(t, env["BRIEFBOT_DB"])
	t.Logf("killed after %d of %d articles were stored", stored, n)

	again := start(t, env, "ingest", files)
	if code := again.exit(t); code != 0 {
		t.Fatalf("ingest again: exit %d:\n%s", code, again.stderr())
	}
	out := again.stdout.String()
	if want := fmt.Sprintf("%d added, %d already stored, 0 failed", n-stored, stored); !strings.Contains(out, want) {
		t.Errorf("second ingest said %q, want %q", strings.TrimSpace(out), want)
	}
	if got := mustCheckDB(t, env["BRIEFBOT_DB"]); got != n {
		t.Errorf("%d articles stored, want each of the %d files once", got, n)
	}
}

func TestRunAndTwoIngestsShareTheDatabase(t *testing.T) {
	n := crashCount(1200, 400)
	items := crashCount(300, 100)
	dir := t.TempDir()
	writeArticles(t, filepath.Join(dir, "a"), "first", 11, n)
	writeArticles(t, filepath.Join(dir, "b"), "second", 13, n)
	feed := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(w, wireFeed(items, time.Now()))
	}))
	defer feed.Close()
	cfg := filepath.Join(dir, "briefbot.yaml")
	mustWrite(t, cfg, "allow_private_networks: true\nfeeds:\n  - url: "+feed.URL+"/rss.xml\n    name: Wire\n")
	env := map[string]string{"BRIEFBOT_DB": filepath.Join(dir, "briefbot.db"), "BRIEFBOT_CONFIG": cfg}

	ingests := []*proc{start(t, env, "ingest", filepath.Join(dir, "a")), start(t, env, "ingest", filepath.Join(dir, "b"))}
	for _, in := range ingests {
		in.await(t, in.when("files read"), "the ingest began")
	}
	run := start(t, env, "run")
	polled := run.when("feed polled")
	for i, in := range ingests {
		if code := in.exit(t); code != 0 || !strings.Contains(in.stdout.String(), fmt.Sprintf("%d added", n)) {
			t.Errorf("ingest %d: exit %d, %q:\n%s", i, code, in.stdout.String(), in.stderr())
		}
	}
	run.await(t, polled, "the feed was polled")
	if err := run.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code := run.exit(t); code != 0 {
		t.Errorf("run: exit %d after SIGTERM:\n%s", code, run.stderr())
	}
	for _, p := range append(ingests, run) {
		if s := p.stderr(); strings.Contains(s, "locked") || strings.Contains(s, "SQLITE_BUSY") {
			t.Errorf("a lock error escaped:\n%s", s)
		}
	}
	if got, want := mustCheckDB(t, env["BRIEFBOT_DB"]), 2*n+items; got != want {
		t.Errorf("%d articles stored, want %d (two folders and the feed)", got, want)
	}
}

// wireFeed is an RSS feed of n full-text items published in the hour
// before now.
func wireFeed(n int, now time.Time) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>`)
	g := synth.New(17, 5000)
	for i := range n {
		a := g.Article(i, 1200, now)
		fmt.Fprintf(&b, `<item><title>%s %d</title><link>https://wire.example/story/%d</link><guid>wire-%d</guid><pubDate>%s</pubDate><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>%s</p>]]></content:encoded></item>`,
			a.Title, i, i, i, now.Add(-time.Duration(i)*time.Second).Format(time.RFC1123Z), a.Text)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

// bbcCorpus is the BBC News corpus of the shared evaluation data.
const bbcCorpus = "../../../shared/eval/bbc-news-greene2006"

func TestIngestStoresTheWholeBBCCorpus(t *testing.T) {
	if _, err := os.Stat(bbcCorpus); err != nil {
		t.Skip("shared evaluation data not present")
	}
	// Every text file is an article, but the corpus's READMEs, which a
	// folder's ingest leaves out: its text after the headline; the same
	// text under another headline is the same article (briefbot.ContentHash).
	contents := map[string]bool{}
	files := 0
	err := filepath.WalkDir(bbcCorpus, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".txt" && filepath.Ext(path) != ".md" ||
			strings.HasPrefix(d.Name(), "README") {
			return err
		}
		data, err := os.ReadFile(path)
		_, body, _ := strings.Cut(string(data), "\n")
		files++
		contents[briefbot.ContentHash(body)] = true
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"BRIEFBOT_DB": filepath.Join(t.TempDir(), "briefbot.db")}
	p := start(t, env, "ingest", bbcCorpus)
	if code := p.exit(t); code != 0 {
		t.Fatalf("exit %d:\n%s", code, p.stderr())
	}
	if s := p.stderr(); strings.Contains(s, "panic") {
		t.Errorf("a panic, contained or not:\n%s", s)
	}
	out := p.stdout.String()
	if want := fmt.Sprintf("%d added, %d already stored, 0 failed", len(contents), files-len(contents)); !strings.Contains(out, want) ||
		strings.Contains(out, "without a summary") {
		t.Errorf("ingest said %q, want %q", out, want)
	}
	if got := mustCheckDB(t, env["BRIEFBOT_DB"]); got != len(contents) {
		t.Errorf("%d articles stored from %d files, want one for each of the %d distinct texts", got, files, len(contents))
	}
}
