package main

// The program on PostgreSQL: the console chat and the subcommands take a
// postgres:// URL wherever they take a SQLite file, and processes that
// share one database store each article once.

import (
	"context"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"briefbot"
	"briefbot/storage/postgres/pgtest"
)

func TestConsoleOnPostgres(t *testing.T) {
	env := map[string]string{"BRIEFBOT_DB": pgtest.NewDatabase(t)}
	out, errs, code := runCLIOn(t, true, env, "/brief korea\n/subscribe korea 07:00\n/subscriptions\n")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, "loaded the bundled sample articles") {
		t.Errorf("samples were not loaded: %s", errs)
	}
	if korea := between(out, "Korea:", "Corée:"); !strings.Contains(korea, "Corée") {
		t.Errorf("/brief korea on PostgreSQL has no French Korea story:\n%s", out)
	}
	if !strings.Contains(out, "07:00") {
		t.Errorf("/subscriptions does not list the digest at 07:00:\n%s", out)
	}
}

func TestSubcommandsTakeAPostgresURL(t *testing.T) {
	url := pgtest.NewDatabase(t)
	dir := t.TempDir()
	writeArticles(t, dir, "url", 5, 20)
	cfg := filepath.Join(dir, "briefbot.yaml")
	mustWrite(t, cfg, "database: "+url+"\ndatabase_pool: 3\nsamples: never\n")
	if _, errs, code := runCLI(t, nil, "", "ingest", "-db", url, dir); code != 0 {
		t.Fatalf("ingest -db URL: exit %d: %s", code, errs)
	}
	for _, tc := range []struct {
		name string
		env  map[string]string
		args []string
	}{
		{"-db", nil, []string{"doctor", "-db", url}},
		{"BRIEFBOT_DB", map[string]string{"BRIEFBOT_DB": url}, []string{"doctor"}},
		{"database:", nil, []string{"doctor", "-config", cfg}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, _ := runCLI(t, tc.env, "", tc.args...)
			if !strings.Contains(out, "schema 2, 20 articles (0 samples), integrity ok") {
				t.Errorf("%v does not report the PostgreSQL database's 20 articles:\n%s%s", tc.args, out, errs)
			}
		})
	}
	if _, errs, code := runCLI(t, map[string]string{"BRIEFBOT_DB": url}, "", "backup", filepath.Join(dir, "copy.db")); code == 0 || !strings.Contains(errs, "pg_dump") {
		t.Errorf("backup of PostgreSQL: exit %d, %q; want a refusal naming pg_dump", code, errs)
	}
}

// TestTwoIngestsIntoPostgresAtOnce runs two briefbot ingest processes over
// the same folder into one PostgreSQL database at the same time: each
// article is stored once, the two reports add up to every article, and
// each article is its own story.
func TestTwoIngestsIntoPostgresAtOnce(t *testing.T) {
	n := crashCount(1000, 300)
	url := pgtest.NewDatabase(t)
	dir := t.TempDir()
	writeArticles(t, dir, "shared", 23, n)
	env := map[string]string{"BRIEFBOT_DB": url}
	ingests := []*proc{start(t, env, "ingest", dir), start(t, env, "ingest", dir)}
	added := 0
	report := regexp.MustCompile(`(\d+) added, (\d+) already stored, 0 failed`)
	for i, in := range ingests {
		code := in.exit(t)
		m := report.FindStringSubmatch(in.stdout.String())
		if code != 0 || m == nil {
			t.Fatalf("ingest %d: exit %d, %q:\n%s", i, code, in.stdout.String(), in.stderr())
		}
		a, _ := strconv.Atoi(m[1])
		d, _ := strconv.Atoi(m[2])
		if a+d != n {
			t.Errorf("ingest %d: %d added and %d already stored, want %d in all", i, a, d, n)
		}
		added += a
	}
	if added != n {
		t.Errorf("the two ingests added %d articles in all, want %d: each once", added, n)
	}
	db := pgtest.OpenURL(t, url)
	arts := allArticles(t, db)
	titles := map[string]int{}
	for _, a := range arts {
		titles[a.Title]++
		if a.StoryID != a.ID {
			t.Errorf("article %d joined story %d; the synthetic articles are all distinct", a.ID, a.StoryID)
		}
	}
	if len(arts) != n || len(titles) != n {
		t.Errorf("%d articles with %d titles stored, want %d of each", len(arts), len(titles), n)
	}
}

// allArticles reads every article of a store, in id order.
func allArticles(t *testing.T, s briefbot.ArticleStore) []briefbot.Article {
	t.Helper()
	var all []briefbot.Article
	for after := int64(0); ; {
		as, err := s.ArticlesAfter(context.Background(), after, false, briefbot.MaxLimit)
		if err != nil {
			t.Fatal(err)
		}
		if len(as) == 0 {
			return all
		}
		all = append(all, as...)
		after = as[len(as)-1].ID
	}
}

func TestConfigRedactsTheDatabasePassword(t *testing.T) {
	out, errs, code := runCLI(t, map[string]string{"BRIEFBOT_DB": "postgres://briefbot:hunter2@db.internal/briefbot"}, "", "config")
	if code != 0 || strings.Contains(out+errs, "hunter2") || !strings.Contains(out, "postgres://briefbot:xxxxx@db.internal/briefbot") {
		t.Errorf("config: exit %d, %s%s; want the URL with its password redacted", code, out, errs)
	}
}
