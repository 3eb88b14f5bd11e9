package summarize

import (
	"strings"
	"testing"
)

// fullDetect is detectLang reading all of its maxLangWords words, with no
// early answer.
func fullDetect(texts ...string) string {
	counts := make([]int, len(detected))
	words := 0
	for _, text := range texts {
		for start := -1; words < maxLangWords; words++ {
			w, next := nextLetterWord(text, start)
			if w == "" {
				break
			}
			start = next
			for i, bits := 0, functionWordBits(w); i < len(counts); i++ {
				if bits&(1<<i) != 0 {
					counts[i]++
				}
			}
		}
	}
	return leader(counts)
}

// TestDetectLangSettlesEarly: the detector's early answer, once no other
// language can catch up, is the one it gives reading every word.
func TestDetectLangSettlesEarly(t *testing.T) {
	fr := "Le président de la République a reçu mardi à l'Élysée les chefs des partis. "
	en := "The mayor of the city said on Monday that the trams would run late. "
	es := "El presidente del Gobierno dijo el lunes que los trenes llegarían tarde. "
	for name, texts := range map[string][]string{
		"french":              {strings.Repeat(fr, 40)},
		"english":             {"Title", strings.Repeat(en, 40)},
		"english then french": {strings.Repeat(en, 12) + strings.Repeat(fr, 30)},
		"french then english": {strings.Repeat(fr, 14), strings.Repeat(en, 30)},
		"balanced":            {strings.Repeat(en+fr, 20)},
		"spanish":             {strings.Repeat(es+en, 3) + strings.Repeat(es, 30)},
		"short":               {fr},
		"none":                {strings.Repeat("Xyz qwv ", 300)},
	} {
		if got, want := detectLang(texts...), fullDetect(texts...); got != want {
			t.Errorf("%s: detectLang = %q, reading every word %q", name, got, want)
		}
	}
}
