package ask

import "testing"

func TestAnswerType(t *testing.T) {
	for _, tc := range []struct {
		question string
		want     answerType
	}{
		{"who met Blinken?", answerType{kind: kindWho}},
		{"Qui a rencontré Blinken ?", answerType{kind: kindWho}},
		{"Which judge blocked the order?", answerType{kind: kindWho, want: wantPerson}},
		{"Quel magazine a publié le sondage ?", answerType{kind: kindWho, want: wantOrg}},
		{"In which city did they meet?", answerType{kind: kindWhere}},
		{"where did they meet?", answerType{kind: kindWhere}},
		{"Où se sont-ils rencontrés ?", answerType{kind: kindWhere}},
		{"ou bien quoi ?", answerType{kind: kindWhat}},
		{"when did the earthquake hit?", answerType{kind: kindWhen}},
		{"Quand le séisme a-t-il eu lieu ?", answerType{kind: kindWhen}},
		{"What year did the band split?", answerType{kind: kindWhen}},
		{"how many visas?", answerType{kind: kindNumber, unit: unitCount}},
		{"Combien de visas ?", answerType{kind: kindNumber, unit: unitCount}},
		{"how much will it cost?", answerType{kind: kindNumber, unit: unitAmount}},
		{"Combien a-t-il payé ?", answerType{kind: kindNumber, unit: unitAmount}},
		{"What share of the vote did she win?", answerType{kind: kindNumber, unit: unitPercent}},
		{"How long will the strike last?", answerType{kind: kindNumber, unit: unitDuration}},
		{"Combien de temps dure la grève ?", answerType{kind: kindNumber, unit: unitDuration}},
		{"Quelle place a obtenue la Française ?", answerType{kind: kindNumber, unit: unitRank}},
		{"What did the index close at?", answerType{kind: kindNumber}},
		{"what did the Kremlin say?", answerType{kind: kindQuote}},
		{"Qu'a dit le Kremlin ?", answerType{kind: kindQuote}},
		{"What did the Bank of Korea decide?", answerType{kind: kindWhat}},
		{"why did copper climb?", answerType{kind: kindWhy}},
		{"Pourquoi le cuivre monte-t-il ?", answerType{kind: kindWhy}},
		{"how did the market react?", answerType{kind: kindWhat}},
	} {
		t.Run(tc.question, func(t *testing.T) {
			if got := parseQuestion(tc.question).typ; got != tc.want {
				t.Errorf("type of %q = %+v; want %+v", tc.question, got, tc.want)
			}
		})
	}
}

func TestQuestionConcepts(t *testing.T) {
	for _, tc := range []struct {
		question string
		want     []string // the concepts' words, in order
		roles    []role
	}{
		{"What did the Kremlin say about Korea?", []string{"kremlin", "say", "korea"}, []role{roleName, roleVerb, roleName}},
		{"How many jobs did the US add in December?", []string{"jobs", "us", "add", "december"}, []role{roleNoun, roleName, roleNoun, roleNoun}},
		{"What share of the vote did Moon Jae-in win in 2012?", []string{"vote", "moon jae in", "win", "2012"}, []role{roleNoun, roleName, roleNoun, roleNumber}},
		{"How many people died over Christmas?", []string{"died", "christmas"}, []role{roleNoun, roleNoun}},
		{"How long will Beijing's red alert last?", []string{"beijing", "red", "alert"}, []role{roleName, roleNoun, roleNoun}},
		{"Qui sera le vice-président de Trump ?", []string{"vice", "president", "trump"}, []role{roleNoun, roleNoun, roleName}},
		{"Où se trouve eSwatini ?", []string{"trouve", "eswatini"}, []role{roleNoun, roleName}},
	} {
		t.Run(tc.question, func(t *testing.T) {
			q := parseQuestion(tc.question)
			var got []string
			var roles []role
			for _, c := range q.concepts {
				got, roles = append(got, c.word), append(roles, c.role)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("concepts = %q; want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] || roles[i] != tc.roles[i] {
					t.Errorf("concept %d = %q (role %d); want %q (role %d)", i, got[i], roles[i], tc.want[i], tc.roles[i])
				}
			}
		})
	}
}

func TestConceptsFindTheirWords(t *testing.T) {
	q := parseQuestion("What did the Kremlin say about Korea and the proposals of Ana Ruiz?")
	x := newTermIndex(q.concepts, q.own)
	for _, tc := range []struct {
		concept, sentence string
		want              bool
	}{
		{"say", "le Kremlin avait déclaré le 15 septembre", true},
		{"korea", "la Corée du Nord", true},
		{"korea", "le dirigeant nord-coréen", true},
		{"proposals", "she proposed a points system", true},
		{"ana ruiz", "Ruiz said no", true},
		{"ana ruiz", "ruiz, a lower-case word", false},
		{"kremlin", "le pape a parlé", false},
	} {
		t.Run(tc.concept+" in "+tc.sentence, func(t *testing.T) {
			got := false
			for _, h := range x.hits(tokenize(tc.sentence)) {
				got = got || q.concepts[h.concept].word == tc.concept
			}
			if got != tc.want {
				t.Errorf("%q in %q = %v; want %v", tc.concept, tc.sentence, got, tc.want)
			}
		})
	}
}

func TestStem(t *testing.T) {
	for _, pair := range [][2]string{
		{"owns", "owned"}, {"leave", "leaving"}, {"proposed", "proposals"}, {"cancelled", "cancel"},
		{"annules", "annulation"}, {"naissances", "naissance"}, {"remplacee", "remplace"},
	} {
		if a, b := stem(pair[0]), stem(pair[1]); a != b {
			t.Errorf("stem(%q) = %q, stem(%q) = %q; want them equal", pair[0], a, pair[1], b)
		}
	}
	for _, pair := range [][2]string{{"general", "genre"}, {"us", "use"}} {
		if a, b := stem(pair[0]), stem(pair[1]); a == b {
			t.Errorf("stem(%q) = stem(%q) = %q; want them apart", pair[0], pair[1], a)
		}
	}
}
