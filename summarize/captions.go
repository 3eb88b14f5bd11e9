package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbot/lang"
)

// A scraped page may keep a figure's credit and caption inside the
// paragraph that follows it, with their labels: "Image copyright The
// Paper Image caption Rescuers have spent days trying to rescue the boy
// Dozens of rescuers in China are trying…". Left in, the credit's holder
// runs into the caption as a name ("Paper Rescuers") and the caption's
// people become actors. dropCaptions cuts the labels, the holder and the
// caption out; the caption ends where a capitalised function word follows
// a word with no punctuation after it, as the paragraph's first sentence
// opens ("… the boy Dozens of rescuers …").

var (
	copyrightMarks = lang.Concat(func(l *lang.Lexicon) []string { return l.Furniture.CopyrightMarks })
	captionMarks   = lang.Concat(func(l *lang.Lexicon) []string { return l.Furniture.CaptionMarks })
)

// maxCaptionWords bounds a caption, and a credit's holder, in words: a
// longer one has no end this reading can find, and only its label goes.
const (
	maxCaptionWords = 40
	maxHolderWords  = 8
)

// dropCaptions is line without the figure credits and captions it holds.
func dropCaptions(line string) string {
	for n := 0; n < 8; n++ {
		i, mark, caption := nextMark(line)
		if i < 0 {
			return line
		}
		end := i + len(mark)
		if caption {
			end = captionEnd(line, end, maxCaptionWords)
		} else if j, m, c := nextMark(line[end:]); j >= 0 && c && wordCount(line[end:end+j]) <= maxHolderWords {
			end = captionEnd(line, end+j+len(m), maxCaptionWords) // the holder, the caption's label, the caption
		} else {
			end = captionEnd(line, end, maxHolderWords)
		}
		line = strings.TrimRight(line[:i], " ") + " " + strings.TrimLeft(line[end:], " ")
	}
	return line
}

// nextMark finds the first credit or caption label of line: its index, the
// label, and whether it is a caption's; i is -1 when there is none.
func nextMark(line string) (i int, mark string, caption bool) {
	i = -1
	find := func(marks []string, isCaption bool) {
		for _, m := range marks {
			if j := strings.Index(line, m); j >= 0 && (i < 0 || j < i) {
				i, mark, caption = j, m, isCaption
			}
		}
	}
	find(copyrightMarks, false)
	find(captionMarks, true)
	return i, mark, caption
}

// captionEnd is where the text from start stops being a caption or a
// credit: before the first capitalised function word that follows a word
// with no punctuation after it, past the first word; start itself when no
// such word comes within max words, so that only the label goes.
func captionEnd(line string, start, max int) int {
	prevPlain := false
	for k, w, at := 0, "", start; k <= max; k++ {
		w, at = nextWord(line, at)
		if w == "" {
			return start
		}
		if k > 0 && prevPlain && opensSentenceWord(w) {
			return at - len(w)
		}
		prevPlain = plainEnd(w)
	}
	return start
}

// nextWord is the word of line at or after i, and the index after it.
func nextWord(line string, i int) (string, int) {
	for i < len(line) && line[i] == ' ' {
		i++
	}
	j := i
	for j < len(line) && line[j] != ' ' {
		j++
	}
	return line[i:j], j
}

// plainEnd reports whether a word ends on a letter or a digit, with no
// punctuation that would end a sentence or a clause.
func plainEnd(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// opensSentenceWord reports whether w is a capitalised function word, as
// a sentence opens on: "The", "Dozens", "He".
func opensSentenceWord(w string) bool {
	w = strings.TrimRightFunc(w, unicode.IsPunct)
	return isCap(w) && !isAllCaps(w) && stopwords[lower(w)]
}
