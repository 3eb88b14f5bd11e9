package briefbot

import "testing"

func TestLangCode(t *testing.T) {
	for in, want := range map[string]string{
		"fr-FR": "fr", "EN_us": "en", " de ": "de", "fil": "fil", "": "", "x": "",
		"english": "", "f1": "", "zh-Hant-TW": "zh", "é": "",
	} {
		if got := LangCode(in); got != want {
			t.Errorf("LangCode(%q) = %q, want %q", in, got, want)
		}
	}
}
