package ask

import "testing"

func TestQuestionKind(t *testing.T) {
	for _, tc := range []struct {
		question string
		want     answerKind
	}{
		{"who met Blinken?", kindWho},
		{"Qui a rencontré Blinken ?", kindWho},
		{"what did the Kremlin say?", kindWhat},
		{"Qu'a dit le Kremlin ?", kindWhat},
		{"Que dit le Kremlin ?", kindWhat},
		{"where did they meet?", kindWhere},
		{"Où se sont-ils rencontrés ?", kindWhere},
		{"ou bien quoi ?", kindWhat},
		{"when did the earthquake hit?", kindWhen},
		{"Quand le séisme a-t-il eu lieu ?", kindWhen},
		{"how many visas?", kindNumber},
		{"how much will it cost?", kindNumber},
		{"Combien de visas ?", kindNumber},
		{"why did copper climb?", kindWhy},
		{"Pourquoi le cuivre monte-t-il ?", kindWhy},
		{"how did the market react?", kindWhat},
	} {
		t.Run(tc.question, func(t *testing.T) {
			if got := questionKind(tc.question); got != tc.want {
				t.Errorf("questionKind(%q) = %d; want %d", tc.question, got, tc.want)
			}
		})
	}
}

func TestConcepts(t *testing.T) {
	q := parseQuestion("What did the Kremlin say about Korea?")
	var got []string
	for _, c := range q.concepts {
		got = append(got, c.word)
	}
	if len(got) != 3 || got[0] != "kremlin" || got[1] != "say" || got[2] != "korea" {
		t.Fatalf("concepts = %q; want kremlin, say, korea", got)
	}
	for _, tc := range []struct {
		name     string
		c        concept
		sentence string
		want     bool
	}{
		{"verb in French", q.concepts[1], "le Kremlin avait déclaré le 15 septembre", true},
		{"country in French", q.concepts[2], "la Corée du Nord", true},
		{"demonym", q.concepts[2], "le dirigeant nord-coréen", true},
		{"absent", q.concepts[0], "le pape a parlé", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.c.in(foldWords(tc.sentence)); got != tc.want {
				t.Errorf("%q in %q = %v; want %v", tc.c.word, tc.sentence, got, tc.want)
			}
		})
	}
}
