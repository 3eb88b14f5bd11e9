package summarize

import (
	"testing"
	"time"
)

func TestScanDatesResolve(t *testing.T) {
	pub := time.Date(2023, 9, 23, 10, 0, 0, 0, time.UTC) // a Saturday
	tests := []struct {
		name, text, lang string
		wantText         string
		want             string // YYYY-MM-DD, "" when unresolved
	}{
		{"french day month", "Il a été reçu le 22 septembre à Paris.", "fr", "le 22 septembre", "2023-09-22"},
		{"french first of month", "Depuis le 1er mars, rien.", "fr", "le 1er mars", "2023-03-01"},
		{"french weekday", "Il est arrivé mardi soir.", "fr", "mardi soir", "2023-09-19"},
		{"french yesterday", "Hier, la police a bouclé le quartier.", "fr", "Hier", "2023-09-22"},
		{"french last week", "La semaine dernière, les prix ont baissé.", "fr", "La semaine dernière", "2023-09-16"},
		{"french weekday with date", "Le vote a eu lieu mardi 19 septembre 2023.", "fr", "mardi 19 septembre 2023", "2023-09-19"},
		{"english abbreviated month", "They met on Sept. 22 in Rome.", "en", "Sept. 22", "2023-09-22"},
		{"english full date", "It opened on September 22, 2023.", "en", "September 22, 2023", "2023-09-22"},
		{"english weekday", "The vote took place on Tuesday.", "en", "Tuesday", "2023-09-19"},
		{"english late weekday", "The blast came late on Thursday.", "en", "late on Thursday", "2023-09-21"},
		{"english yesterday", "Shares fell yesterday afternoon.", "en", "yesterday afternoon", "2023-09-22"},
		{"english last week", "The plant closed last week.", "en", "last week", "2023-09-16"},
		{"english next weekday", "Talks resume next Monday.", "en", "next Monday", "2023-09-25"},
		{"english days ago", "The quake struck two days ago.", "en", "two days ago", "2023-09-21"},
		{"english earlier this month", "The plan was approved earlier this month.", "en", "earlier this month", "2023-09-16"},
		{"english last month", "Prices rose last month.", "en", "last month", "2023-08-24"},
		{"french days ago", "Ils ont été secourus il y a trois jours.", "fr", "il y a trois jours", "2023-09-20"},
		{"french earlier this month", "Plus tôt ce mois-ci, il a tenu un sommet.", "fr", "Plus tôt ce mois-ci", "2023-09-16"},
		{"french weeks ago", "La grève a commencé il y a 2 semaines.", "fr", "il y a 2 semaines", "2023-09-09"},
		{"numeric day first", "Signé le 22/09/2023.", "fr", "le 22/09/2023", "2023-09-22"},
		{"iso", "Published 2023-09-22 by the agency.", "en", "2023-09-22", "2023-09-22"},
		{"day month before publication tolerance", "Le sommet du 24 septembre.", "fr", "24 septembre", "2023-09-24"},
		{"day month soon after publication is a day to come", "Le sommet du 30 septembre.", "fr", "30 septembre", "2023-09-30"},
		{"day month months after publication goes back a year", "Le sommet du 30 décembre.", "fr", "30 décembre", "2022-12-30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := scanDates(tt.text, tt.lang)
			if len(ms) != 1 {
				t.Fatalf("scanDates(%q) found %d mentions, want 1: %+v", tt.text, len(ms), ms)
			}
			if ms[0].text != tt.wantText {
				t.Errorf("text = %q, want %q", ms[0].text, tt.wantText)
			}
			got := ""
			if d, ok := ms[0].resolve(pub); ok {
				got = d.Format(time.DateOnly)
			}
			if got != tt.want {
				t.Errorf("resolve = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestScanDatesWithoutPublication(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"Il est arrivé mardi.", ""},
		{"Il est arrivé hier.", ""},
		{"Il est arrivé le 22 septembre.", ""},
		{"Il est arrivé le 22 septembre 2021.", "2021-09-22"},
		{"It happened on March 3, 2020.", "2020-03-03"},
	}
	for _, tt := range tests {
		ms := scanDates(tt.text, "")
		if len(ms) != 1 {
			t.Fatalf("scanDates(%q) found %d mentions, want 1", tt.text, len(ms))
		}
		got := ""
		if d, ok := ms[0].resolve(time.Time{}); ok {
			got = d.Format(time.DateOnly)
		}
		if got != tt.want {
			t.Errorf("%q resolves to %q, want %q (no year may be invented)", tt.text, got, tt.want)
		}
	}
}

func TestScanDatesIgnoresNonDates(t *testing.T) {
	for _, text := range []string{
		"Sept personnes ont été blessées.",
		"They may 3D-print parts.",
		"The Mars 2 rover landed.",
		"Il a gagné 22 matchs.",
		"The score was 6.10 at halftime.",
		"Invalid 31/02/2023 and 2023-13-01.",
		"USA TODAY reported it.",
	} {
		if ms := scanDates(text, "en"); len(ms) != 0 {
			t.Errorf("scanDates(%q) = %+v, want none", text, ms)
		}
	}
}
