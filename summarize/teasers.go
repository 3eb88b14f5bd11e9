package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbot/lang"
)

// Teasers are the headlines of other stories that news pages set inside
// or after an article, under a heading ("Related stories", "Sur le même
// sujet") or before a link ("… Read more"). Their places and names belong
// to those stories, so cleaning leaves them out.
var (
	teaserHeads = lang.Concat(func(l *lang.Lexicon) []string { return l.Furniture.Teasers })
	teaserRuns  = lang.Concat(func(l *lang.Lexicon) []string { return l.Furniture.TeaserRuns })
	teaserTails = lang.Concat(func(l *lang.Lexicon) []string { return l.Furniture.TeaserTails })
	teaserCues  = newCueSet(append(append([]string{}, teaserRuns...), teaserTails...)...)
)

// maxHeadlineWords is the most words a line of teasers holds.
const maxHeadlineWords = 40

// paragraphs gathers the cleaned lines of a text, leaving out blocks of
// teasers.
type paragraphs struct {
	lines   []string
	words   []int // the letter words of each line, up to limit in all
	limit   int   // the words counted
	total   int
	teasers bool // inside a block of teasers, whose headline lines are left out
}

// add cleans one line of text and keeps what is not furniture.
func (p *paragraphs) add(raw string) { p.addLine(raw, "", false) }

// addLowered is add(raw) for a line whose lower case low is known.
func (p *paragraphs) addLowered(raw, low string) { p.addLine(raw, low, true) }

// addLine is add(raw), with the line in lower case, low, when lowered is
// set.
func (p *paragraphs) addLine(raw, low string, lowered bool) {
	line, low, cues := tidyLine(raw, low, lowered)
	if p.teasers {
		if line == "" || isHeadlineLine(line) {
			return
		}
		p.teasers = false
	}
	switch {
	case line == "":
		return
	case isTeaserHeading(line, low):
		p.teasers = true
		return
	case isTeaserTail(low):
		p.dropHeadline()
		return
	case cues&cueTeaser != 0:
		if cut, open := cutTeasers(line); cut != line {
			p.teasers = open
			line = strings.TrimSpace(cut)
			low = lowerText(line)
			cues = lineCues.which(low)
		}
	}
	if line == "" || isBoilerplate(line, low, cues) {
		return
	}
	n := letterWords(line, p.limit-p.total)
	p.lines = append(p.lines, line)
	p.words = append(p.words, n)
	p.total += n
}

// dropHeadline leaves out the last line kept when it reads as a headline:
// the link's text before a line of its own that says "Read more".
func (p *paragraphs) dropHeadline() {
	k := len(p.lines) - 1
	if k < 0 || !isHeadlineLine(p.lines[k]) {
		return
	}
	p.total -= p.words[k]
	p.lines, p.words = p.lines[:k], p.words[:k]
}

func (p *paragraphs) String() string { return strings.Join(p.lines, "\n") }

// isTeaserHeading reports whether a line heads a block of teasers: it is
// a heading, or a heading and the topic the block follows ("Sur le même
// sujet Tour de France 2016").
func isTeaserHeading(line, low string) bool {
	bare := strings.Trim(low, " :.!|·•–—-")
	for _, h := range teaserHeads {
		if bare == h {
			return true
		}
	}
	for _, h := range teaserRuns {
		if rest, ok := cutWords(bare, h); ok && letterWords(rest, 9) <= 8 && isHeadlineLine(line) {
			return true
		}
	}
	return false
}

// isTeaserTail reports whether a whole line is a teaser's link: "Read more".
func isTeaserTail(low string) bool {
	bare := strings.Trim(low, " :.!|·•–—-›»>")
	for _, t := range teaserTails {
		if bare == t {
			return true
		}
	}
	return false
}

// isHeadlineLine reports whether a line reads as a headline: a few words
// that do not end a sentence with a stop, nor lead into what follows.
func isHeadlineLine(line string) bool {
	if len(line) > 300 {
		return false
	}
	if n := letterWords(line, maxHeadlineWords+1); n == 0 || n > maxHeadlineWords {
		return false
	}
	end := strings.TrimRight(line, " \"'”’»)]")
	r, _ := utf8.DecodeLastRuneInString(end)
	switch r {
	case '.':
		return strings.HasSuffix(end, "..")
	case ':', ';', ',', '–', '—', '-':
		return false
	}
	return true
}

// cutTeasers removes from a paragraph the runs of teasers scraping ran
// into it: from a heading to the end of the first sentence that ends with
// a stop (the article's text resumes in it), and the headline before a
// link's "Read more". open reports that the run reached the end of the
// paragraph.
func cutTeasers(line string) (cut string, open bool) {
	for _, h := range teaserRuns {
		for from := 0; ; {
			i := indexFold(line, h, from)
			if i < 0 {
				break
			}
			if !opensRun(line, i, len(h)) {
				from = i + len(h)
				continue
			}
			end := runEnd(line, i+len(h))
			open = open || end == len(line)
			line = joinAround(line, i, end)
			from = i
		}
	}
	for _, t := range teaserTails {
		for from := 0; ; {
			i := indexFold(line, t, from)
			if i < 0 {
				break
			}
			start := tailStart(line, i, len(t))
			if start < 0 {
				from = i + len(t)
				continue
			}
			line = joinAround(line, start, i+len(t))
			from = start
		}
	}
	return line, open
}

// opensRun reports whether the heading h at line[i:i+n] opens a run of
// teasers: a word of its own, written as a heading (capitalised or at a
// sentence's start), before a headline's capital or quote.
func opensRun(line string, i, n int) bool {
	if !wordAt(line, i, n) || !startsHeadline(line[i+n:]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(line[i:])
	return unicode.IsUpper(r) || sentenceStart(line[:i])
}

// runEnd is where a run of teasers that starts at i ends: past the first
// sentence from there that ends with a lone stop, else at the line's end.
func runEnd(line string, i int) int {
	rest := line[i:]
	at := 0
	for _, s := range lang.Sentences(rest) {
		k := strings.Index(rest[at:], s)
		if k < 0 {
			break
		}
		at += k + len(s)
		end := strings.TrimRight(s, "\"'”’»)]")
		if strings.HasSuffix(end, ".") && !strings.HasSuffix(end, "..") {
			return i + at
		}
	}
	return len(line)
}

// tailStart is where the headline closed by the link word at line[i:i+n]
// starts, or -1 when it is none: the link word is capitalised, follows
// the headline's last word (not a stop) and comes before a sentence, and
// the headline is the few words since the last sentence ended.
func tailStart(line string, i, n int) int {
	r, _ := utf8.DecodeRuneInString(line[i:])
	if !unicode.IsUpper(r) || !wordAt(line, i, n) || !startsHeadline(line[i+n:]) || sentenceStart(line[:i]) {
		return -1
	}
	sents := lang.Sentences(line[:i])
	if len(sents) == 0 {
		return -1
	}
	head := sents[len(sents)-1]
	if w := letterWords(head, maxHeadlineWords/2+1); w < 2 || w > maxHeadlineWords/2 {
		return -1
	}
	return strings.LastIndex(line[:i], head)
}

// startsHeadline reports whether text after a heading opens a headline: a
// space, then a capital, a digit or a quote.
func startsHeadline(s string) bool {
	t := strings.TrimLeft(s, " ")
	if len(t) == len(s) || t == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`'"‘“«`, r)
}

// sentenceStart reports whether what comes before a word ends a sentence,
// or is nothing.
func sentenceStart(before string) bool {
	b := strings.TrimRight(before, " \"'”’»)]")
	if b == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(b)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// wordAt reports whether line[i:i+n] is whole words.
func wordAt(line string, i, n int) bool {
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(line[:i]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(line[i+n:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// joinAround is line without line[i:j], the two sides joined by a space.
func joinAround(line string, i, j int) string {
	left, right := strings.TrimRight(line[:i], " "), strings.TrimLeft(line[j:], " ")
	if left == "" || right == "" {
		return left + right
	}
	return left + " " + right
}

// indexFold is the first index from from of w (lower case) in s, in any
// case, or -1.
func indexFold(s, w string, from int) int {
	for i := from; i+len(w) <= len(s); i++ {
		if (s[i]|0x20) == w[0] || s[i] >= utf8.RuneSelf {
			if strings.EqualFold(s[i:i+len(w)], w) {
				return i
			}
		}
	}
	return -1
}
