package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"briefbot"
)

// terms is a Match of one group per word, none a prefix.
func terms(words ...string) briefbot.Match {
	var m briefbot.Match
	for _, w := range words {
		m = append(m, []briefbot.Term{{Phrase: w}})
	}
	return m
}

// searchIDs returns the ids of the candidates for m, latest stored first.
func searchIDs(tb testing.TB, db *DB, m briefbot.Match) []int64 {
	tb.Helper()
	cands, err := db.SearchCandidates(context.Background(), briefbot.Search{Match: m})
	if err != nil {
		tb.Fatalf("SearchCandidates(%v): %v", m, err)
	}
	ids := []int64{}
	for _, c := range cands {
		ids = append(ids, c.ID)
	}
	return ids
}

// MustCheckIndex fails unless the full-text index matches the articles table.
func MustCheckIndex(tb testing.TB, db *DB) {
	tb.Helper()
	_, err := db.write.ExecContext(context.Background(),
		`INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)`)
	if err != nil {
		tb.Fatalf("full-text index out of step: %v", err)
	}
}

// TestCandidatesWalkTheIndex checks that a search walks the full-text
// index from the newest match down and stops at the limit: no sort, and
// the articles read by id.
func TestCandidatesWalkTheIndex(t *testing.T) {
	db := MustOpen(t)
	rows, err := db.read.QueryContext(context.Background(), `EXPLAIN QUERY PLAN `+candidatesSQL, `("korea")`, 0, 1, 0, 1, 5)
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
	if len(plan) != 2 || !strings.HasPrefix(plan[0], "SCAN articles_fts VIRTUAL TABLE") ||
		!strings.HasPrefix(plan[1], "SEARCH a USING INTEGER PRIMARY KEY") {
		t.Errorf("plan %q, want the index walked, then each article by id, and no sort", plan)
	}
}

// TestMatchCount checks the benchmarks' yardstick: the matches of the
// full-text query, at most MaxLimit.
func TestMatchCount(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	var as []briefbot.Article
	for i := range MaxLimit + 20 {
		a := article(fmt.Sprintf("Note %d", i), fmt.Sprintf("Korea market note %d.", i))
		a.Published = day0.Add(time.Duration(i) * time.Minute)
		as = append(as, a)
	}
	if _, err := db.AddArticles(ctx, as); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		m    briefbot.Match
		want int
	}{
		{"capped", terms("korea"), MaxLimit},
		{"few", terms("note", "7"), 1},
		{"none", terms("chile"), 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, err := db.MatchCount(ctx, briefbot.Search{Match: tc.m})
			if err != nil || n != tc.want {
				t.Errorf("MatchCount = %d, %v; want %d", n, err, tc.want)
			}
		})
	}
}

// TestDecodeList checks the quick reading of lists against the JSON
// decoder, on what encodeList writes.
func TestDecodeList(t *testing.T) {
	for _, list := range [][]string{
		nil, {""}, {"Séoul"}, {"Kim Jong Un", "Yoon"}, {`Yoon "Suk" Yeol`}, {`a","b`}, {`back\slash`},
		{"<Moon> & co"}, {"tab\there", "line\nbreak"}, {"\xff bad UTF-8"}, {"", ""}, {"]", "["},
		{","}, {"a,b", "c"}, {`","`}, {`"`, `"`}, {"[", "]", `""`},
	} {
		enc := encodeList(list)
		got, err := decodeList(enc)
		if err != nil {
			t.Fatalf("decodeList(%s): %v", enc, err)
		}
		var want []string
		if err := json.Unmarshal([]byte(enc), &want); err != nil {
			t.Fatal(err)
		}
		if len(want) == 0 {
			want = nil
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("decodeList(%s) = %q, want %q", enc, got, want)
		}
	}
}

// FuzzDecodeList checks that every list of two strings reads back as
// written.
func FuzzDecodeList(f *testing.F) {
	for _, seed := range [][2]string{{"Kim", "Yoon"}, {`","`, ""}, {`"`, `\`}, {"[", "]"}, {"é", "\x00"}} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		for _, list := range [][]string{{a}, {a, b}} {
			got, err := decodeList(encodeList(list))
			var want []string
			if err := json.Unmarshal([]byte(encodeList(list)), &want); err != nil {
				t.Fatal(err)
			}
			if err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("decodeList(%s) = %q, %v; want %q", encodeList(list), got, err, want)
			}
		}
	})
}
