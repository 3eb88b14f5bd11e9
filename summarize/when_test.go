package summarize

import (
	"testing"
	"time"

	"briefbot"
)

// TestWhenEvent checks that the event's date beats the publication date
// given in the dateline, and that no date after publication is taken
// unless the text says the event is to come.
func TestWhenEvent(t *testing.T) {
	pub := time.Date(2016, 3, 8, 9, 0, 0, 0, time.UTC) // a Tuesday
	tests := []struct {
		name, title, text, lang string
		when, whenText          string
	}{
		{"weekday over the dateline's date", "Les parents d'un jihadiste écrivent au maire",
			"8 mars 2016 . – Les parents ont adressé lundi dernier une lettre ouverte au maire de Sevran, dénonçant son immobilisme.", "fr",
			"2016-03-07", "lundi dernier"},
		{"the dateline's date when the text gives none", "Le maire répond aux parents",
			"8 mars 2016 . – Le maire de Sevran a répondu aux parents dans une lettre publiée sur le site de la ville.", "fr",
			"2016-03-08", "8 mars 2016"},
		{"no future date without will", "Tram services resume in Croydon",
			"Tram services resumed in Croydon on Monday after repairs to the track, and the inquiry into the crash opens next Thursday.", "en",
			"2016-03-07", "Monday"},
		{"a future date the text announces", "Inquiry to open in Croydon",
			"An inquiry into the Croydon tram crash will open on 20 March, the transport minister said.", "en",
			"2016-03-20", "20 March"},
		{"a day to come with no year is this year's, not last year's", "Fillon convoqué par les juges",
			"François Fillon a été convoqué devant le juge le 22 mars, a-t-il annoncé lors d'une conférence de presse.", "fr",
			"2016-03-08", ""},
		{"a day to come marked by prochain", "Journée du vélo d'hiver",
			"Le 12 mars prochain se tiendra la journée internationale du vélo d'hiver, une compétition entre villes.", "fr",
			"2016-03-12", "Le 12 mars"},
		{"a date after a pluperfect is background", "La réforme adoptée par les députés",
			"8 mars 2016 . – Les députés ont adopté la réforme, dont le précédent texte avait été retiré à la dernière minute le vendredi 4 mars face à l'opposition.", "fr",
			"2016-03-08", "8 mars 2016"},
		{"a day with no year months ahead is last year's", "Le verdict contesté",
			"L'accusé conteste le verdict rendu le 6 décembre par la cour, a indiqué son avocat.", "fr",
			"2015-12-06", "le 6 décembre"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := MustSummarize(t, briefbot.Document{Title: tt.title, Text: tt.text, Lang: tt.lang, Published: pub})
			if s.When != tt.when || s.WhenText != tt.whenText {
				t.Errorf("When = %q (%q), want %q (%q)", s.When, s.WhenText, tt.when, tt.whenText)
			}
		})
	}
}
