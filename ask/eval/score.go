package eval

import (
	"strings"

	"briefbot/lang"
)

// Contains reports whether a sentence holds an accepted answer: the
// answer's words, folded (lang.Words: no case, no accents, every character
// that is not a letter or a digit a separator), appear one after another
// among the sentence's. "Kolélas" is in "Guy-Brice Parfait Kolélas arrive
// deuxième", "$40.15" in "closed at $40.15 on Thursday", and "10" is not in
// "100".
func Contains(sentence, answer string) bool {
	a := strings.Join(lang.Words(answer), " ")
	if a == "" {
		return false
	}
	return strings.Contains(" "+strings.Join(lang.Words(sentence), " ")+" ", " "+a+" ")
}

// Right reports whether a reply is right for q. The reply is the quoted
// sentences, best first, none for "I don't know". An answerable question
// is answered right when its first quote holds an accepted answer (see
// Contains); any other reply to it, "I don't know" included, is wrong. An
// unanswerable question is answered right by "I don't know" alone.
func Right(q Question, quotes []string) bool {
	if !q.Answerable() {
		return len(quotes) == 0
	}
	return len(quotes) > 0 && holds(quotes[0], q.Answers)
}

// laterRight reports whether a wrong reply to an answerable question holds
// an accepted answer in a quote after the first: the right sentence was
// found, not put first.
func laterRight(q Question, quotes []string) bool {
	for i := 1; i < len(quotes); i++ {
		if holds(quotes[i], q.Answers) {
			return true
		}
	}
	return false
}

func holds(sentence string, answers []string) bool {
	for _, a := range answers {
		if Contains(sentence, a) {
			return true
		}
	}
	return false
}
