package summarize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbot/lang"
)

// Clean removes page furniture from article text: photo captions, credit
// lines, share and comment prompts, "read more" links, cookie and newsletter
// prompts, and the headlines of other stories set among the text (see
// teasers.go). It keeps one paragraph per line, trimmed, with no blank
// lines.
func Clean(text string) string { return strings.Join(cleanLines(text), "\n") }

// cleanLines is the lines of Clean(text), not joined.
func cleanLines(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")
	// The whole text is lowered once, not each line, when its lines'
	// lower case may be cut from it; a kept line never overtakes the one
	// read.
	low, aligned := lowerAligned(text)
	p := paragraphs{lines: lines[:0], words: make([]int, 0, len(lines))}
	start := 0 // where the line read starts in text
	for _, line := range lines {
		if aligned {
			p.addLowered(line, low[start:start+len(line)])
		} else {
			p.add(line)
		}
		start += len(line) + 1
	}
	return p.lines
}

// tidyLine is one line of text without its credits and widget text,
// trimmed and its white space folded, and that in lower case, with the
// groups of lineCues the lower case holds; low is the line in lower case,
// when lowered is set.
func tidyLine(line, low string, lowered bool) (tidy, lowTidy string, cues lineCueGroups) {
	stripped, low, cues := stripCredits(line, low, lowered)
	line = strings.TrimSpace(stripped)
	if hasDoubleSpace(line) {
		line = strings.Join(strings.Fields(line), " ")
	}
	if line != stripped { // trimmed or folded: lower it again
		low = lowerText(line)
		cues = lineCues.which(low)
	}
	return line, low, cues
}

// cleanLead is the start of Clean(text), cleaned no further than needed:
// its lines up to the one that brings the count of their words (runs of
// letters) to words, or all of them.
func cleanLead(text string, words int) string {
	p := paragraphs{limit: words}
	for text != "" && p.total < words {
		var line string
		line, text = cutLine(text)
		p.add(line)
	}
	for !p.teasers && text != "" { // a link's line after the last may still drop it
		var line string
		line, text = cutLine(text)
		if line, low, _ := tidyLine(line, "", false); line != "" {
			if isTeaserTail(low) {
				p.dropHeadline()
			}
			break
		}
	}
	return p.String()
}

// cutLine cuts the first line off text at "\n", "\r\n" or "\r", where
// Clean ends lines.
func cutLine(text string) (line, rest string) {
	i := strings.IndexAny(text, "\r\n")
	if i < 0 {
		return text, ""
	}
	j := i + 1
	if text[i] == '\r' && j < len(text) && text[j] == '\n' {
		j++
	}
	return text[:i], text[j:]
}

// letterWords counts the runs of letters of s, up to limit.
func letterWords(s string, limit int) int {
	n := 0
	for from := -1; n < limit; n++ {
		w, next := nextLetterWord(s, from)
		if w == "" {
			break
		}
		from = next
	}
	return n
}

// The words of page furniture, of every language.
var (
	// creditWords open a bracketed photo or source credit: "(Photo: AFP)",
	// "[Source : Yonhap]", "(© Reuters)".
	creditWords = lang.Concat(func(l *lang.Lexicon) []string { return l.Furniture.Credits })
	// boilerLines are whole lines, lower-cased and with counts removed,
	// that carry no article content.
	boilerLines = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Furniture.Lines })
	// boilerPrefixes start lines that link elsewhere or credit a picture.
	boilerPrefixes  = lang.Concat(func(l *lang.Lexicon) []string { return l.Furniture.Prefixes })
	cookieWords     = newCueSet(lang.Concat(func(l *lang.Lexicon) []string { return l.Furniture.Cookies })...)
	cookieCues      = newCueSet(lang.Concat(func(l *lang.Lexicon) []string { return l.Furniture.CookieCues })...)
	newsletterWords = newCueSet(lang.Concat(func(l *lang.Lexicon) []string { return l.Furniture.Letters })...)
	newsletterCues  = newCueSet(lang.Concat(func(l *lang.Lexicon) []string { return l.Furniture.LetterCues })...)
)

// removeCredits deletes the bracketed credits of a line; a line with
// none is returned as it is.
func removeCredits(line string) string {
	var b strings.Builder
	kept, from := 0, 0 // line[kept:] is not written yet; line[from:] not read
	for {
		i := indexEither(line[from:], '(', '[')
		if i < 0 {
			break
		}
		i += from
		j := indexEither(line[i+1:], ')', ']')
		if j < 0 {
			break
		}
		end := i + 1 + j + 1
		if isCredit(line[i+1 : end-1]) {
			b.WriteString(line[kept:i])
			kept = end
		}
		from = end
	}
	if kept == 0 {
		return line
	}
	b.WriteString(line[kept:])
	return b.String()
}

// indexEither is strings.IndexAny(s, string(a)+string(b)) for two ASCII
// bytes, found with IndexByte, which reads many bytes at a time.
func indexEither(s string, a, b byte) int {
	i := strings.IndexByte(s, a)
	before := s
	if i >= 0 {
		before = s[:i]
	}
	if j := strings.IndexByte(before, b); j >= 0 {
		return j
	}
	return i
}

// isCredit reports whether bracketed text opens with a credit word.
func isCredit(inner string) bool {
	inner = lowerText(strings.TrimSpace(inner))
	for _, w := range creditWords {
		if !strings.HasPrefix(inner, w) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(inner[len(w):])
		if w == "©" || len(inner) == len(w) || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// widgetRe matches the text of share buttons, players and newsletter
// sign-up boxes that scraping leaves inside paragraphs.
var widgetRe = regexp.MustCompile(`(?i)\(opens in new window\)|click to share on \w+|share on (?:facebook|twitter|whatsapp|linkedin)|\bskip ad\b|\bad loading\.*|\binvalid email\b|\bget (?:\w+ )?updates directly to your inbox\b|\+ ?subscribe\b|\bthank you for subscribing\b!?|\bcould not subscribe, try again later\b|\bview photos\b|\b(?:afp/|ap/)?getty images\b|\bap photo\b|\b(?:image|media) (?:caption|copyright)\b`)

// widgetCues are the words widgetRe cannot match without.
var widgetCues = newCueSet("opens in new", "click to share", "share on", "skip ad", "ad loading",
	"invalid email", "subscrib", "to your inbox", "view photos", "getty", "ap photo", "caption", "copyright")

// widgetMarks are longer words widgetRe cannot match without, one or more
// for each kind of widget: a line with "copyright" in it seldom holds
// "image copyright". A long s ("ſ") matches an "s" of widgetRe but stays
// itself in lower case, so a line that has one is matched without them.
var widgetMarks = newCueSet("(opens in new window)", "click to share on ", "share on facebook",
	"share on twitter", "share on whatsapp", "share on linkedin", "skip ad", "ad loading",
	"invalid email", "updates directly to your inbox", "+subscribe", "+ subscribe",
	"thank you for subscribing", "could not subscribe, try again later", "view photos",
	"getty images", "ap photo", "image caption", "image copyright", "media caption", "media copyright")

// mayHoldWidget reports whether widgetRe may match the line whose lower
// case is low and holds the groups cues of lineCues.
func mayHoldWidget(low string, cues lineCueGroups) bool {
	return cues&cueWidget != 0 && (widgetMarks.in(low) || strings.Contains(low, "ſ"))
}

// stripCredits is line without its credits and widget text, and that in
// lower case, with the groups of lineCues the lower case holds; low is the
// line in lower case, when lowered is set.
func stripCredits(line, low string, lowered bool) (stripped, lowStripped string, cues lineCueGroups) {
	if indexEither(line, '(', '[') >= 0 {
		if cut := removeCredits(line); cut != line {
			line, lowered = cut, false
		}
	}
	if !lowered {
		low = lowerText(line)
	}
	cues = lineCues.which(low)
	if mayHoldWidget(low, cues) {
		if cut := dropCaptions(line); cut != line {
			line, low = cut, lowerText(cut)
		}
		line = widgetRe.ReplaceAllString(line, "")
		low = lowerText(line)
		cues = lineCues.which(low)
	}
	return line, low, cues
}

// trimCounts removes a count at either end of a line: "Comments (4)",
// "12 Share".
func trimCounts(s string) string {
	return trimCountAt(trimCountAt(s, true), false)
}

// trimCountAt removes spaces and parentheses around digits at the start
// (or the end) of s, when digits are there.
func trimCountAt(s string, start bool) string {
	isPad := func(b byte) bool { return b == ' ' || b == '\t' || b == '(' || b == ')' }
	i, n := 0, len(s)
	at := func(k int) byte {
		if start {
			return s[k]
		}
		return s[n-1-k]
	}
	for i < n && isPad(at(i)) {
		i++
	}
	d := i
	for i < n && at(i) >= '0' && at(i) <= '9' {
		i++
	}
	if i == d {
		return s
	}
	for i < n && isPad(at(i)) {
		i++
	}
	if start {
		return s[i:]
	}
	return s[:n-i]
}

// isBoilerplate reports whether a whole (trimmed) line is page furniture;
// low is the line in lower case, holding the groups cues of lineCues.
func isBoilerplate(line, low string, cues lineCueGroups) bool {
	if isCaption(line) || !hasLetter(line) {
		return true
	}
	if len(line) > 160 {
		return isPrompt(low, cues)
	}
	bare := strings.TrimSpace(strings.Trim(trimCounts(low), " :.!|·•–—-"))
	if boilerLines[strings.ReplaceAll(bare, "’", "'")] {
		return true
	}
	for _, p := range boilerPrefixes {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return isPrompt(low, cues)
}

// isCaption reports whether the line is a picture caption set between bars.
func isCaption(line string) bool {
	return len(line) >= 2 && strings.HasPrefix(line, "|") && strings.HasSuffix(line, "|")
}

// isPrompt reports whether a short line asks the reader about cookies or a
// newsletter; cues are the groups of lineCues low holds.
func isPrompt(low string, cues lineCueGroups) bool {
	if len(low) > 400 {
		return false
	}
	if cues&cueCookie != 0 {
		return cookieCues.in(low)
	}
	if cues&cueNewsletter != 0 {
		return newsletterCues.in(low)
	}
	return false
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
