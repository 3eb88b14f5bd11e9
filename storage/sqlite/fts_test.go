package sqlite

import (
	"context"
	"strings"
	"testing"

	"briefbot"
)

func TestMatchExpr(t *testing.T) {
	for _, tc := range []struct {
		name string
		m    briefbot.Match
		want string
	}{
		{"one word", terms("korea"), `("korea")`},
		{"groups are ANDed", terms("korea", "missile"), `("korea") AND ("missile")`},
		{"terms are ORed", briefbot.Match{{{Phrase: "korea"}, {Phrase: "corée"}}}, `("korea" OR "corée")`},
		{"prefix", briefbot.Match{{{Phrase: "kor", Prefix: true}}}, `("kor"*)`},
		{"phrase prefix", briefbot.Match{{{Phrase: "north kor", Prefix: true}}}, `("north kor"*)`},
		{"quote doubled", terms(`say "hi"`), `("say ""hi""")`},
		{"syntax is quoted", terms(`NEAR(a b) OR c*`), `("NEAR(a b) OR c*")`},
		{"NUL and bad UTF-8 are spaces", terms("a\x00b\xffc"), `("a b c")`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := matchExpr(tc.m)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("matchExpr = %s, want %s", got, tc.want)
			}
		})
	}
}

// FuzzSearch runs arbitrary phrases through SearchArticles against a real
// database. A phrase may be refused as invalid, but it must never cause an
// internal error such as an FTS5 syntax error.
func FuzzSearch(f *testing.F) {
	for _, seed := range []string{
		"korea", "coree", `"`, `""`, `"korea`, "*", "kor*", "NEAR(", "NEAR(a b, 2)", "-korea",
		"title:korea", ":", "AND", "OR", "NOT", "a AND b OR c", "(", ")", "^korea", "{title text}:x",
		"\x00", "a\x00b", "\xff", "é", "ǅ", "𝔸", "٣", "\u0301", "\u200b", "\U0010ffff",
		strings.Repeat("korea ", 2000), strings.Repeat(`"*(`, 3000),
	} {
		f.Add(seed, seed, false)
		f.Add(seed, "korea", true)
	}
	db := MustOpen(f)
	MustAdd(f, db, article("Korea talks", "North and South Korea met at Panmunjom."))
	f.Fuzz(func(t *testing.T, phrase, other string, prefix bool) {
		var words briefbot.Match // one group per word, as a chat command gives
		for _, w := range strings.Fields(phrase) {
			words = append(words, []briefbot.Term{{Phrase: w, Prefix: prefix}})
		}
		for _, m := range []briefbot.Match{
			{{{Phrase: phrase, Prefix: prefix}}},
			{{{Phrase: phrase}, {Phrase: other, Prefix: prefix}}},
			{{{Phrase: other}}, {{Phrase: phrase, Prefix: !prefix}}},
			words,
		} {
			_, err := db.SearchArticles(context.Background(), briefbot.Search{Match: m})
			if briefbot.ErrorCode(err) == briefbot.EInternal {
				t.Fatalf("SearchArticles(%q): %v", phrase, err)
			}
		}
	})
}
