package sqlite

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"briefbot"
)

// wire is a wire story of about a hundred words; other is an unrelated one.
const (
	wire  = `North Korea fired a short-range ballistic missile off its east coast early on Tuesday, South Korea's Joint Chiefs of Staff said, the first such launch in several weeks. The missile flew about 300 kilometres before falling into the sea outside Japan's exclusive economic zone, officials in Tokyo said. Seoul's national security council met in an emergency session and condemned the launch as a clear violation of United Nations Security Council resolutions. Analysts said the test was likely a response to joint air drills held last week by South Korea, Japan and the United States.`
	other = `The European Central Bank kept its main interest rate unchanged on Thursday, saying inflation in the euro area was slowing faster than expected. Its president said the bank would watch wages closely before any cut. Markets had expected the decision, and the euro barely moved against the dollar after the announcement in Frankfurt.`
)

// edited is wire with one word changed: a republication.
var edited = strings.Replace(wire, "Tuesday", "Wednesday", 1)

// published is an article from source at url with the text, published at
// day0 plus offset.
func published(source, url, text string, offset time.Duration) briefbot.Article {
	return briefbot.Article{
		Source: source, URL: url, Title: source + " headline", Lang: "en",
		Published: day0.Add(offset), Ingested: day0.Add(96 * time.Hour), Text: text,
	}
}

// storyOf is the StoryID of the stored article id.
func storyOf(tb testing.TB, db *DB, id int64) int64 {
	tb.Helper()
	a, err := db.GetArticle(context.Background(), id)
	if err != nil {
		tb.Fatal(err)
	}
	return a.StoryID
}

// TestStoriesSeeOtherProcess stores through two handles on one file, as two
// processes would: each sees the stories the other stored.
func TestStoriesSeeOtherProcess(t *testing.T) {
	path := filepath.Join(t.TempDir(), "briefbot.db")
	a, b := MustOpenPath(t, path), MustOpenPath(t, path)
	MustAdd(t, a, published("Other", "https://other.example/1", other, 0))
	id := MustAdd(t, b, published("Wire", "https://wire.example/1", wire, 0))
	next := MustAdd(t, a, published("Daily", "https://daily.example/1", edited, time.Hour))
	if got := storyOf(t, a, next); got != id {
		t.Errorf("story = %d, want %d, stored by the other handle", got, id)
	}
}

// TestMigrateStoriesFromFirstSchema opens a database that holds articles
// stored before stories existed: each becomes a story of its own, with an
// unknown fingerprint that no new article joins.
func TestMigrateStoriesFromFirstSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "briefbot.db")
	mustCreateFirstSchema(t, path, wire, other)
	db := MustOpenPath(t, path)
	for _, id := range []int64{1, 2} {
		if got := storyOf(t, db, id); got != id {
			t.Errorf("old article %d: story %d, want %d", id, got, id)
		}
	}
	var unknown int
	err := db.read.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE simhash = 0`).Scan(&unknown)
	if err != nil || unknown != 2 {
		t.Errorf("%d old articles with simhash 0, want 2 (err %v)", unknown, err)
	}
	id := MustAdd(t, db, published("Daily", "https://daily.example/1", edited, 0))
	if got := storyOf(t, db, id); got != id {
		t.Errorf("new near-duplicate of an old article: story %d, want its own %d", got, id)
	}
	if got := searchIDs(t, db, terms("frankfurt")); len(got) != 1 || got[0] != 2 {
		t.Errorf("search frankfurt = %v, want [2]", got)
	}
	MustCheckIndex(t, db)
}

// mustCreateFirstSchema creates a database at path with only the first
// migration applied, holding one article for each text.
func mustCreateFirstSchema(t *testing.T, path string, texts ...string) {
	t.Helper()
	ctx := context.Background()
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	pool, err := openPool(path, false, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	old := &DB{write: pool}
	if err := old.applyAll(ctx, ms[:1]); err != nil {
		t.Fatal(err)
	}
	for _, text := range texts {
		_, err := pool.ExecContext(ctx, `
			INSERT INTO articles (source, title, ingested, published, text, content_hash)
			VALUES ('Old', 'Old article', ?, ?, ?, ?)`,
			day0.Unix(), day0.Unix(), text, briefbot.ContentHash(text))
		if err != nil {
			t.Fatal(err)
		}
	}
}

// TestStoryQueryUsesIndex checks that loading a day of fingerprints
// searches the index on seen rather than scanning every article.
func TestStoryQueryUsesIndex(t *testing.T) {
	db := MustOpen(t)
	rows, err := db.read.QueryContext(context.Background(), `EXPLAIN QUERY PLAN `+loadDaySQL, 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(plan, "; "); !strings.Contains(got, "SEARCH articles USING INDEX articles_seen") {
		t.Errorf("plan %q, want a search of the index articles_seen", got)
	}
}

func TestNeededDays(t *testing.T) {
	const day = daySeconds
	for _, tc := range []struct {
		name  string
		seens []int64
		want  []int64
	}{
		{"start of a day", []int64{10 * day}, []int64{7, 8, 9, 10, 11, 12, 13}},
		{"middle of a day", []int64{10*day + day/2}, []int64{7, 8, 9, 10, 11, 12, 13}},
		{"before 1970", []int64{-1}, []int64{-4, -3, -2, -1, 0, 1, 2}},
		{"overlapping, once each", []int64{10 * day, 12 * day}, []int64{7, 8, 9, 10, 11, 12, 13, 14, 15}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := neededDays(tc.seens); !slices.Equal(got, tc.want) {
				t.Errorf("neededDays(%v) = %v, want %v", tc.seens, got, tc.want)
			}
		})
	}
}
