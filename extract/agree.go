package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// agree combines the paragraphs of the two readers. Readability's
// paragraphs stay, in its order, when the noise filter also kept their
// text; the lead, a full sentence that the noise filter puts just before
// the first of them, comes first. When the readers disagree on most of the
// text, each took a different part of the page, and readability's choice
// stands.
func agree(chosen, filtered string) string {
	// The noise filter's text is tidied as readability's was, so that a
	// soft hyphen or a zero-width space does not make one paragraph two.
	filtered = paragraphs(filtered)
	switch {
	case chosen == "":
		return dropLabels(filtered)
	case filtered == "":
		// The noise filter found only menus and links: readability's text
		// counts when it holds a sentence.
		if !hasSentence(chosen) {
			return ""
		}
		return dropLabels(chosen)
	}
	kept := alsoKept(chosen, filtered)
	keptChars := 0
	for _, p := range kept {
		keptChars += len(p)
	}
	if len(kept) == 0 || keptChars*2 < len(chosen)-strings.Count(chosen, "\n") {
		return dropLabels(chosen)
	}
	if lead := leadBefore(kept[0], filtered, kept); lead != "" {
		kept = append([]string{lead}, kept...)
	}
	return dropLabels(strings.Join(kept, "\n"))
}

// alsoKept lists, in order, the paragraphs of chosen whose text filtered
// also has: as one of its paragraphs, the common case, which a lookup
// finds, or as words within them, which a search of the whole text finds.
func alsoKept(chosen, filtered string) []string {
	paras := map[string]bool{}
	for _, p := range strings.Split(filtered, "\n") {
		paras[p] = true
	}
	flat := " " + strings.ReplaceAll(filtered, "\n", " ") + " "
	var kept []string
	for _, p := range strings.Split(chosen, "\n") {
		if paras[p] || strings.Contains(flat, " "+p+" ") {
			kept = append(kept, p)
		}
	}
	return kept
}

// leadBefore returns the paragraph that the noise filter puts just before
// first when it reads as a lead: a sentence of ten words or more. A
// byline or a dateline is not one, nor a paragraph that readability
// already kept, as on a page that says the same thing twice.
func leadBefore(first, filtered string, kept []string) string {
	paras := strings.Split(filtered, "\n")
	i := slices.Index(paras, first)
	if i <= 0 || !isSentence(paras[i-1]) || slices.Contains(kept, paras[i-1]) {
		return ""
	}
	return paras[i-1]
}

func hasSentence(text string) bool {
	for _, p := range strings.Split(text, "\n") {
		if isSentence(p) {
			return true
		}
	}
	return false
}

func isSentence(p string) bool {
	if len(strings.Fields(p)) < 10 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(p, " \u00a0"))
	return strings.ContainsRune(".!?…»”\"", last)
}

// adLabels are the words that mark an advertising slot.
var adLabels = map[string]bool{
	"advertisement": true, "advertising": true, "sponsored": true, "sponsored content": true,
	"publicité": true, "pub": true, "annonce": true, "contenu sponsorisé": true,
	"anzeige": true, "publicidad": true, "pubblicità": true,
}

// dropLabels removes the lines that only label an ad slot.
func dropLabels(text string) string {
	lines := strings.Split(text, "\n")
	out := lines[:0]
	for _, l := range lines {
		if !adLabels[strings.ToLower(strings.Trim(l, " -–—:"))] {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
