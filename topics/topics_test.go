package topics

import (
	"fmt"
	"strings"
	"testing"

	"briefbot"
)

func phrases(g []briefbot.Term) []string {
	var out []string
	for _, t := range g {
		p := t.Phrase
		if t.Prefix {
			p += "*"
		}
		out = append(out, p)
	}
	return out
}

func TestTopicsMatch(t *testing.T) {
	topics := New(map[string][]string{"AI": {"Intelligence artificielle", "I.A."}})
	tests := []struct {
		topic  string
		groups int
		want   []string // phrases that must be among the terms of the first group
	}{
		{"korea", 1, []string{"korea*", "coree*", "corea*", "sudkorea*", "seoul", "pyongyang", "sud coreen*", "nord coreen*", "한국*", "대한민국*"}},
		{"Corée", 1, []string{"coree*", "seoul", "pyongyang"}},
		{"south korea", 1, []string{"coree du sud", "sudkorea*", "seoul", "sud coreen*"}},
		{"\"north korea\"", 1, []string{"coree du nord", "pyongyang", "nord coreen*"}},
		{"korea elections", 2, []string{"korea*"}},
		{"news about japan", 1, []string{"japon*", "tokyo", "日本*"}},
		{"japonais", 1, []string{"japon*", "tokyo"}},
		{"kim jong un", 3, []string{"kim"}},
		{`"kim jong un"`, 1, []string{"kim jong un"}},
		{"ai", 1, []string{"intelligence artificielle", "i a"}},
		{`NEAR(korea, "x") OR title:*`, 5, nil},
	}
	for _, tt := range tests {
		t.Run(tt.topic, func(t *testing.T) {
			m, err := topics.Expand(tt.topic)
			if err != nil {
				t.Fatal(err)
			}
			if len(m) != tt.groups {
				t.Fatalf("groups = %d, want %d: %v", len(m), tt.groups, m)
			}
			got := strings.Join(phrases(m[0]), "|")
			for _, w := range tt.want {
				if !strings.Contains("|"+got+"|", "|"+w+"|") {
					t.Errorf("terms %s lack %s", got, w)
				}
			}
		})
	}
}

// TestTopicsNarrow checks that a country that shares its name with
// another (South and North Korea) gets no term that also finds the other.
func TestTopicsNarrow(t *testing.T) {
	topics := New(nil)
	for _, tt := range []struct{ topic, other string }{
		{"south korea", "north korea"},
		{"north korea", "south korea"},
		{"südkorea", "nordkorea"},
	} {
		t.Run(tt.topic, func(t *testing.T) {
			m, err := topics.Expand(tt.topic)
			if err != nil {
				t.Fatal(err)
			}
			other, _ := topics.Expand(tt.other)
			for _, term := range m[0] {
				for _, o := range other[0] {
					if term == o || term.Prefix && strings.HasPrefix(o.Phrase, term.Phrase) {
						t.Errorf("%s term %v also finds %s's %v", tt.topic, term, tt.other, o)
					}
				}
			}
		})
	}
}

// TestTopicsTermBudget checks that however many places a topic names,
// the search stays within the store's bound on terms.
func TestTopicsTermBudget(t *testing.T) {
	topics := New(nil)
	for _, topic := range []string{"korea", "korea japan china", "france germany italy spain brazil russia india congo"} {
		for _, build := range []func(string) (briefbot.Match, error){topics.Match, topics.Expand} {
			m, err := build(topic)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, g := range m {
				if len(g) == 0 {
					t.Fatalf("%q: an empty group", topic)
				}
				n += len(g)
			}
			if n > briefbot.MaxSearchTerms {
				t.Errorf("%q: %d terms, more than %d", topic, n, briefbot.MaxSearchTerms)
			}
		}
	}
}

func TestTopicsRefuse(t *testing.T) {
	topics := New(nil)
	for name, topic := range map[string]string{
		"empty":       "",
		"punctuation": `"*" - : ()`,
		"10 KB":       strings.Repeat("korea ", 2000),
		"many words":  "one two three four five six seven eight nine",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := topics.Match(topic)
			if briefbot.ErrorCode(err) != briefbot.EInvalid {
				t.Errorf("Match(%.30q) err = %v, want an invalid-input error", topic, err)
			}
		})
	}
}

// TestTopicsKeptConditionsAreCopies checks that a caller changing the
// condition it got leaves the next caller's as built.
func TestTopicsKeptConditionsAreCopies(t *testing.T) {
	topics := New(nil)
	first, err := topics.Match("korea earthquake")
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprint(first)
	first[0] = append(first[0], briefbot.Term{Phrase: "changed"})
	first[1][0] = briefbot.Term{Phrase: "overwritten"}
	first = append(first, []briefbot.Term{{Phrase: "extra"}})
	again, err := topics.Match("korea earthquake")
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(again); got != want {
		t.Errorf("Match after a caller changed its copy = %s, want %s", got, want)
	}
}
