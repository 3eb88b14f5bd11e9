package eval

import "testing"

func TestContains(t *testing.T) {
	for _, tc := range []struct {
		name, sentence, answer string
		want                   bool
	}{
		{"same words", "Tory MP Boris Johnson has insisted.", "Boris Johnson", true},
		{"case and accents", "Guy-Brice Parfait Kolélas arrive deuxième", "kolelas", true},
		{"punctuation is a separator", "closed at $40.15 on Thursday", "$40.15", true},
		{"a figure written with spaces", "le nombre de naissances à 63 500 , contre", "63 500", true},
		{"not part of a longer number", "more than 100 people", "10", false},
		{"not part of a longer word", "the Osbournes", "Osbourne", false},
		{"words in another order", "Johnson, Boris", "Boris Johnson", false},
		{"an empty answer holds nowhere", "anything", " - ", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Contains(tc.sentence, tc.answer); got != tc.want {
				t.Errorf("Contains(%q, %q) = %v; want %v", tc.sentence, tc.answer, got, tc.want)
			}
		})
	}
}

func TestRight(t *testing.T) {
	who := Question{ID: "q", Kind: Answerable, Answers: []string{"Dave Jones", "Jones"}}
	absent := Question{ID: "u", Kind: Absent}
	for _, tc := range []struct {
		name      string
		q         Question
		quotes    []string
		want      bool
		wantLater bool
	}{
		{"the first quote holds an answer", who, []string{"Hoddle succeeds Dave Jones.", "Other."}, true, false},
		{"another accepted answer", who, []string{"He replaces Jones."}, true, false},
		{"a wrong quote", who, []string{"Glenn Hoddle has been unveiled."}, false, false},
		{"the answer only in a later quote", who, []string{"Glenn Hoddle has been unveiled.", "He succeeds Dave Jones."}, false, true},
		{"I don't know to an answerable question", who, nil, false, false},
		{"I don't know to an unanswerable question", absent, nil, true, false},
		{"any quote to an unanswerable question", absent, []string{"Something close."}, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := scored(tc.q, Reply{Quotes: tc.quotes})
			if r.Right != tc.want || r.Later != tc.wantLater {
				t.Errorf("scored(%v) = right %v, later %v; want %v, %v", tc.quotes, r.Right, r.Later, tc.want, tc.wantLater)
			}
		})
	}
}
