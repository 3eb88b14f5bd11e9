package summarize

import (
	"testing"

	"briefbot"
)

func TestCausedActor(t *testing.T) {
	tests := []struct {
		name, title, text, lang, want string
	}{
		{"french cause before its object",
			"Industrie : le point sur les fermetures d'usines",
			"Les récentes décisions de Paul Garnier, en particulier la hausse des taxes sur l'acier, ont poussé le groupe Velmar à fermer deux usines.\n" +
				"Paul Garnier recevra les syndicats lundi.",
			"fr", "Velmar"},
		{"english cause before its object",
			"Steel: what the new tariffs mean",
			"Tariffs set by Mark Ellery on imported steel forced Halvorsen Industries to close two plants in Ohio.\n" +
				"Mark Ellery will meet the unions.",
			"en", "Halvorsen Industries"},
		{"a named subject keeps its place",
			"Industrie : le point sur les fermetures d'usines",
			"Paul Garnier a poussé le groupe Velmar à fermer deux usines.\nPaul Garnier recevra les syndicats lundi.",
			"fr", "Paul Garnier"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := MustSummarize(t, briefbot.Document{Title: tt.title, Text: tt.text, Lang: tt.lang})
			if len(s.Who) == 0 || s.Who[0] != tt.want {
				t.Errorf("Who = %q, want %q first", s.Who, tt.want)
			}
		})
	}
}
