package postgres

import (
	"slices"
	"testing"

	"briefbot"
)

func TestWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Kim Jong-un, G7: $4.5bn (est.)", []string{"kim", "jong", "un", "g7", "4", "5bn", "est"}},
		{"CORÉE du Nord", []string{"corée", "du", "nord"}},
		{"Москва и ΑΘΗΝΑ", []string{"москва", "и", "αθηνα"}},
		{"हिन्दी", []string{"ह", "न", "द"}},               // vowel signs are marks, which separate
		{"e\u0301te\u0301 \u0301x", []string{"ete", "x"}}, // combining accents fold away
		{"x²", []string{"x²"}},
		{"a\x00b\xffc", []string{"a", "b", "c"}},
		{" '\":*<->!& ", nil},
	} {
		if got := words(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("words(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestQueryText(t *testing.T) {
	groups, keys, err := queryText(briefbot.Match{
		{{Phrase: "North kor", Prefix: true}, {Key: "pkr"}, {Phrase: `it's "NEAR"`}},
		{{Key: "pkp"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{`('north' <-> 'kor':*) | ('it' <-> 's' <-> 'near')`, ""}; !slices.Equal(groups, want) {
		t.Errorf("groups = %q, want %q", groups, want)
	}
	if len(keys) != 2 || !slices.Equal(keys[0], []string{"pkr"}) || !slices.Equal(keys[1], []string{"pkp"}) {
		t.Errorf("keys = %q, want [[pkr] [pkp]]", keys)
	}
}
