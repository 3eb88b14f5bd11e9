package lang

import (
	"strings"
	"testing"
	"time"
)

func TestFor(t *testing.T) {
	for _, code := range []string{"en", "fr", "de", "es"} {
		if l := For(code); l.Code != code {
			t.Errorf("For(%q).Code = %q", code, l.Code)
		}
	}
	for _, code := range []string{"", "xx", "EN"} {
		l := For(code)
		if l == nil || l.Code != "" || len(l.Text.Stopwords) != 0 || l.Dates.Months["may"] != 0 {
			t.Errorf("For(%q) = %+v, want the empty lexicon", code, l)
		}
	}
}

// TestLexicons checks each lexicon's words: lower case, and folded where
// the lexicon says so.
func TestLexicons(t *testing.T) {
	for _, l := range All() {
		t.Run(l.Code, func(t *testing.T) {
			for _, s := range []Set{l.Text.Stopwords, l.Text.Abbreviations, l.Names.Titles, l.Names.OrgWords, l.Clauses.ReportingVerbs} {
				for w := range s {
					if w != strings.ToLower(w) {
						t.Errorf("%q is not lower case", w)
					}
				}
			}
			for _, s := range []Set{l.Questions.Stopwords, l.Questions.Numbers, l.Questions.DateWords, l.Topics.Stopwords} {
				for w := range s {
					if w != Fold(w) {
						t.Errorf("%q is not folded", w)
					}
				}
			}
			for _, senses := range [][]Sense{l.Questions.Verbs, l.Questions.Nouns} {
				for _, s := range senses {
					for _, w := range s.Words {
						if w != Fold(w) {
							t.Errorf("%s: %q is not folded", s.Name, w)
						}
					}
				}
			}
		})
	}
}

func TestMerge(t *testing.T) {
	months := Merge(func(l *Lexicon) map[string]time.Month { return l.Dates.Months })
	if months["september"] != time.September || months["septembre"] != time.September {
		t.Errorf("Merge lost months: %v", months)
	}
	if got := Union(func(l *Lexicon) Set { return l.Names.Joiners }); !got["of"] || !got["l'"] {
		t.Errorf("Union of joiners = %v", got)
	}
	if got := Concat(func(l *Lexicon) []string { return l.Groups.Quantifiers }); got[0] != "at least" || len(got) < 10 {
		t.Errorf("Concat of quantifiers = %q", got)
	}
}
