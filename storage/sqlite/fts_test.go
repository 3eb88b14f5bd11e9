package sqlite

import (
	"context"
	"strings"
	"testing"

	"briefbot"
)

func TestMatchExpr(t *testing.T) {
	const w = textColumns + " : "
	for _, tc := range []struct {
		name string
		m    briefbot.Match
		want string
	}{
		{"one word", terms("korea"), `(` + w + `("korea"))`},
		{"groups are ANDed", terms("korea", "missile"), `(` + w + `("korea")) AND (` + w + `("missile"))`},
		{"terms are ORed", briefbot.Match{{{Phrase: "korea"}, {Phrase: "corée"}}}, `(` + w + `("korea" OR "corée"))`},
		{"prefix", briefbot.Match{{{Phrase: "kor", Prefix: true}}}, `(` + w + `("kor"*))`},
		{"phrase prefix", briefbot.Match{{{Phrase: "north kor", Prefix: true}}}, `(` + w + `("north kor"*))`},
		{"quote doubled", terms(`say "hi"`), `(` + w + `("say ""hi"""))`},
		{"syntax is quoted", terms(`NEAR(a b) OR c*`), `(` + w + `("NEAR(a b) OR c*"))`},
		{"NUL and bad UTF-8 are spaces", terms("a\x00b\xffc"), `(` + w + `("a b c"))`},
		{"keys", briefbot.Match{{{Key: "pkr"}, {Key: "pkp"}}}, `(keys : ("pkr" OR "pkp"))`},
		{"keys before words", briefbot.Match{{{Phrase: "korea"}, {Key: "pkr"}}}, `(keys : ("pkr") OR ` + w + `("korea"))`},
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
