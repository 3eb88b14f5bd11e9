package summarize

import (
	"sort"
	"strings"
)

// relativeAt reads "hier", "yesterday morning", "la semaine dernière",
// "earlier this month", "late last night", "il y a trois jours".
func relativeAt(toks []token, i int) (dateMention, int, bool) {
	if m, end, ok := relativeFrom(toks, i); ok {
		return m, end, true
	}
	if i < len(toks) && toks[i].in(inTimeHints) {
		return relativeFrom(toks, i+1)
	}
	return dateMention{}, 0, false
}

// relativeFrom reads the longest relative expression at j.
func relativeFrom(toks []token, j int) (dateMention, int, bool) {
	if j >= len(toks) || !toks[j].in(inRelativeStarts) || isAllCaps(toks[j].text) {
		return dateMention{}, 0, false
	}
	for _, rel := range relativesByFirst[toks[j].low] {
		if !matchWords(toks, j, rel.words) {
			continue
		}
		n, off := len(rel.words), rel.offset
		end := j + n
		if end < len(toks) && partsOfDay[toks[end].low] {
			end++
		}
		return dateMention{kind: kindRelative, offset: off, vague: vagueSpan(toks[j : j+n])}, end, true
	}
	return dateMention{}, 0, false
}

// vagueSpan reports whether a relative expression names a stretch of time.
func vagueSpan(toks []token) bool {
	for k := range toks {
		t := &toks[k]
		for _, w := range vagueRelatives {
			if strings.HasPrefix(t.low, w) {
				return true
			}
		}
	}
	return false
}

// relative is one relative day expression, split into words.
type relative struct {
	words  []string
	offset int
}

// indexRelatives fills relativesByFirst and relativeStarts from relatives.
func indexRelatives() {
	for k, off := range relatives {
		words := strings.Fields(k)
		relativesByFirst[words[0]] = append(relativesByFirst[words[0]], relative{words, off})
		relativeStarts[words[0]] = true
	}
	for _, list := range relativesByFirst {
		sort.Slice(list, func(i, j int) bool {
			if len(list[i].words) != len(list[j].words) {
				return len(list[i].words) > len(list[j].words)
			}
			return strings.Join(list[i].words, " ") < strings.Join(list[j].words, " ")
		})
	}
}

// relativesByFirst indexes the relative expressions by their first word,
// longest first; relativeStarts holds those first words.
var (
	relativesByFirst = map[string][]relative{}
	relativeStarts   = map[string]bool{}
)
