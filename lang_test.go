package briefbot

import (
	"testing"

	"briefbot/lang"
)

func TestLangCode(t *testing.T) {
	for _, in := range []string{"fr-FR", "EN_us", " de ", "fil", "", "x", "english", "zh-Hant-TW", "é"} {
		if got, want := LangCode(in), lang.Code(in); got != want {
			t.Errorf("LangCode(%q) = %q, want lang.Code's %q", in, got, want)
		}
	}
}
