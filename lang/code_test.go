package lang

import "testing"

func TestCode(t *testing.T) {
	for in, want := range map[string]string{
		"fr-FR": "fr", "EN_us": "en", " de ": "de", "fil": "fil", "": "", "x": "",
		"english": "", "f1": "", "zh-Hant-TW": "zh", "é": "",
	} {
		if got := Code(in); got != want {
			t.Errorf("Code(%q) = %q, want %q", in, got, want)
		}
	}
}
