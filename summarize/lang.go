package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// profiles hold the most frequent function words of each language the
// detector knows. Words shared by several languages ("de", "la", "a") count
// for each of them.
var profiles = map[string]map[string]bool{
	"en": setOf(`the of and to in is was for on that with as by at from his her it are were
		has have had be been will would this which who said after but not they their its an`),
	"fr": setOf(`le la les de des du et est un une en dans pour que qui sur au aux par pas
		ne se sont ont été il elle ils avec selon mais cette ces son sa leurs lors a été plus`),
	"de": setOf(`der die das und ist nicht ein eine einen dem den des mit von zu auf für sich
		auch wurde werden hat haben im bei nach aus wie sie er es`),
	"es": setOf(`el la los las de del y en que un una por con para se es su sus al lo como
		más pero fue han ha sido según este esta entre`),
}

// minLangEvidence is the number of function words below which the detector
// gives no answer.
const minLangEvidence = 3

// langOrder lists the languages the detector knows, in the order ties
// are read.
var langOrder = []string{"en", "fr", "de", "es"}

// functionWords maps each function word to the languages (bits in
// langOrder order) it belongs to.
var functionWords = func() map[string]uint8 {
	m := map[string]uint8{}
	for i, lang := range langOrder {
		for w := range profiles[lang] {
			m[w] |= 1 << i
		}
	}
	return m
}()

// detectLang guesses the language of text from its function words; "" when
// the text gives too little evidence or two languages tie.
func detectLang(text string) string {
	var counts [4]int
	words := 0
	for start := -1; words < maxLangWords; {
		w, next := nextLetterWord(text, start)
		if w == "" {
			break
		}
		start = next
		words++
		bits := functionWords[strings.ToLower(w)]
		for i := range counts {
			if bits&(1<<i) != 0 {
				counts[i]++
			}
		}
	}
	best := 0
	for i := range counts {
		if counts[i] > counts[best] {
			best = i
		}
	}
	second := 0
	for i := range counts {
		if i != best {
			second = max(second, counts[i])
		}
	}
	if counts[best] < minLangEvidence || counts[best] == second {
		return ""
	}
	return langOrder[best]
}

// maxLangWords is how many words of a text the detector reads.
const maxLangWords = 400

// nextLetterWord returns the next run of letters in text after byte offset
// from (-1 for the start) and the offset where it ends.
func nextLetterWord(text string, from int) (string, int) {
	i := max(from, 0)
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) {
			break
		}
		i += n
	}
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return text[i:j], j
}
