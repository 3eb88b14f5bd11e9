package ask

import (
	"slices"
	"testing"
)

func TestSentences(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"two", "Seoul said yes. Tokyo said no.", []string{"Seoul said yes.", "Tokyo said no."}},
		{"french title", "M. Macron a parlé. Il est parti.", []string{"M. Macron a parlé.", "Il est parti."}},
		{"english title", "Mr. Park met Dr. Kim in Seoul.", []string{"Mr. Park met Dr. Kim in Seoul."}},
		{"month", "It opened on Sept. 3 and closed. Then it reopened.", []string{"It opened on Sept. 3 and closed.", "Then it reopened."}},
		{"country", "The U.S. State Department agreed. Japan did too.", []string{"The U.S. State Department agreed.", "Japan did too."}},
		{"time", "Trains run until 2 a.m. on weekends.", []string{"Trains run until 2 a.m. on weekends."}},
		{"quote", `"We heard them," she said. "This is simple."`, []string{`"We heard them," she said.`, `"This is simple."`}},
		{"lines and caption", "First line\n| A caption. |\nLast? Yes!", []string{"First line", "A caption.", "Last?", "Yes!"}},
		{"initial", "John F. Kennedy spoke.", []string{"John F. Kennedy spoke."}},
		{"number", "It rose 2.5 percent. Shares fell.", []string{"It rose 2.5 percent.", "Shares fell."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Sentences(tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Sentences(%q) = %q; want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestSentencesLeaveOutWebAddresses(t *testing.T) {
	got := Sentences("2018_11_10-001 https://fr.wikinews.org/wiki/Marseille_:_trois_immeubles_s'écroulent,_plusieurs_morts\nTrois immeubles se sont effondrés à Marseille. Lire la suite sur https://example.org/x.\n")
	if len(got) != 1 || got[0] != "Trois immeubles se sont effondrés à Marseille." {
		t.Errorf("Sentences = %q, want the one sentence without a web address", got)
	}
}
