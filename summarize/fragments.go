package summarize

import (
	"strings"
	"unicode/utf8"

	"briefbot/lang"
)

// What a name run is when it names no actor, and what it does when it
// does.

// letterLabel reports whether a name opens on a lone letter followed by
// a word, not an initial: a line, a section, a sample ("la ligne C du
// RER", "le groupe B de l'Euro") names no actor.
func letterLabel(words []string, display string) bool {
	return len(words) > 1 && utf8.RuneCountInString(words[0]) == 1 &&
		!strings.HasPrefix(display[utf8.RuneLen([]rune(display)[0]):], ".")
}

// actsAt reports whether the token after a name is a verb that surely is
// one, so that the name is its subject: "Météo-France a mis 23
// départements en vigilance orange".
func (sc *runScanner) actsAt(k int) bool {
	if k >= len(sc.toks) || !sc.toks[k].isWord() || sc.toks[k].isCap() {
		return false
	}
	code := "en"
	if sc.french {
		code = "fr"
	}
	return surelyVerb(sc.toks[k].low, code)
}

// honorificName reports whether the title at k is an honorific before a
// name of one word, which it names the person with: "Lady Gaga", "Lord
// Sugar", and a sovereign's before a first name, "Pope Francis", "King
// Charles"; not "Sir Keir Starmer", named in full without it, nor "Queen
// Phoenix", a band's album.
func (sc *runScanner) honorificName(k int, r nameRun) bool {
	if r.first != r.last {
		return false
	}
	t := sc.toks[k].low
	return honorifics[t] || sovereigns[t] && (firstNames()[sc.toks[r.first].low] || sc.french && !sc.toks[k].isCap())
}

// runFrom is the first token from a to b where a name run starts, as one
// does on the honorific that opens "Lady Gaga"; b when none does.
func runFrom(s *sentence, a, b int) int {
	for k := a; k < b; k++ {
		if _, ok := runAt(s, k); ok {
			return k
		}
	}
	return b
}

// trimFurniture drops from the start of a name the word of a page's
// buttons a scraped page runs into it: "x Share Toblerone is facing…".
// It returns the name's first token.
func (sc *runScanner) trimFurniture(r nameRun) int {
	if r.first < r.last && sc.toks[r.first].in(inButtons) && !sc.toks[r.first+1].in(inJoiners) {
		return r.first + 1
	}
	return r.first
}

// trimCredit is the last token of r without a news agency's name that a
// photo's credit put after a place: "central London Reuters 14/19".
func (sc *runScanner) trimCredit(r nameRun) int {
	if r.first < r.last && agencyNames[sc.toks[r.last].low] && lookupPlaceSpan(sc.toks, r.first, r.last-1) != nil {
		return r.last - 1
	}
	return r.last
}

// buttonWords are the words of a page's buttons, in every language.
var buttonWords = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Furniture.Buttons })

// joinCouples makes one name of a first name and the full name "and"
// joins it to, which share the surname: "Thierry et Véronique Roy",
// "Mark and Lucy Hale".
func (sc *runScanner) joinCouples(runs []nameRun) []nameRun {
	out := runs[:0]
	for i := 0; i < len(runs); i++ {
		r := runs[i]
		if i+1 < len(runs) && sc.coupleAt(r, runs[i+1]) {
			next := runs[i+1]
			r.last, r.attributed, r.couple = next.last, r.attributed || next.attributed, true
			r.words = append(append([]string(nil), r.words...), next.words...)
			i++
		}
		out = append(out, r)
	}
	return out
}

// coupleAt reports whether run a is a lone first name and b a full name
// right after it and "and".
func (sc *runScanner) coupleAt(a, b nameRun) bool {
	return a.first == a.last && givenNames[a.words[0]] && b.first == a.last+2 &&
		andWords[sc.toks[a.last+1].low] && len(b.words) >= 2 && !sc.hasOrgWord(b)
}

// isRomanNumeral reports whether a lower-cased word is a Roman numeral of
// a sequel or a monarch, no actor alone: "ii", "iv", "xiv".
func isRomanNumeral(w string) bool {
	if w == "" || len(w) > 5 {
		return false
	}
	return strings.Trim(w, "ivxl") == "" && w != "l"
}

// locationAdjectives end the words that say where someone is based, which
// describe an actor without being one: "London-based", "New York
// City-based", "Paris-born".
var locationAdjectives = []string{"-based", "-born", "-headquartered", "-listed", "-owned", "-backed", "-led"}

// isLocationAdjective reports whether w is such a word.
func isLocationAdjective(w string) bool {
	for _, e := range locationAdjectives {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}
