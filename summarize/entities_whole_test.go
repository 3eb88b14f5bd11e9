package summarize

import (
	"slices"
	"strings"
	"testing"
	"time"

	"briefbot"
)

// TestWholeEntities checks that Who holds whole, real actors: no currency
// code, numeral or "-based" word alone, an acronym joined to its
// expansion, a venue left to Where.
func TestWholeEntities(t *testing.T) {
	pub := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, title, text string
		want              string   // Who must hold it
		absent            []string // Who must hold none of these
	}{
		{"acronym joined", "Carmaker cuts jobs",
			"General Motors said on Tuesday it would cut 2,000 jobs in Ohio. GM blamed weak demand, and GM shares fell 3%.",
			"General Motors", []string{"GM"}},
		{"based word trimmed", "Miner bids for rival",
			"London-based Xstrata made a bid of 2 billion USD for its rival on Monday, Xstrata said in a statement. The USD offer was rejected.",
			"Xstrata", []string{"London-based Xstrata", "USD"}},
		{"numeral", "Rocky IV returns to cinemas",
			"On Monday, Sylvester Stallone said that Rocky IV would return to cinemas in June. IV was the most successful film of the series, IV fans say.",
			"Sylvester Stallone", []string{"IV"}},
		{"venue is a place", "Fans queue at Carioca Arena",
			"Thousands of fans queued at the Carioca Arena on Sunday to see Simone Biles, the organisers said. The Carioca Arena holds 16,000 people.",
			"Simone Biles", []string{"Carioca Arena"}},
		{"name run into a neighbour", "Chocolate maker shrinks its bars",
			"Nordvik has cut the weight of its bars in Britain, Nordvik said on Monday. Shoppers criticised Nordvik online. In a statement on the Nordvik Facebook page, the firm blamed rising costs.",
			"Nordvik", []string{"Nordvik Facebook"}},
		{"a first name that is also a word of faith", "Team boss Christian Larsen hails his driver",
			"Christian Larsen, the team principal, praised his driver on Sunday. \"It was amazing,\" a jubilant Larsen said.",
			"Christian Larsen", []string{"Larsen"}},
		{"name with its field", "Jobless total rises",
			"The number of people out of work rose by 10,000 in May, the Office for National Statistics said on Tuesday. The ONS blamed weaker demand.",
			"Office for National Statistics", []string{"National Statistics", "ONS"}},
		{"fields listed", "Factory output falls",
			"Output fell 2% in April, the Ministry of Science, Technology and Future Planning said on Friday. The Department for Work and Pensions disagreed.",
			"Ministry of Science, Technology and Future Planning", []string{"Ministry of Science", "Future Planning"}},
		{"field that is another body", "Researchers test a cap",
			"The research team, from Riverside Department of Health and State University of Ohio, said on Monday the cap read brain waves.",
			"Riverside Department of Health", []string{"Riverside Department of Health and State University of Ohio"}},
		{"no month as a field", "Deficit widens",
			"The trade deficit widened to $60bn, the Commerce Department for November said on Friday, citing imports.",
			"Commerce Department", []string{"Commerce Department for November"}},
		{"newsletter box inside a paragraph", "Team boss hails his driver",
			"Get daily updates directly to your inbox + Subscribe Thank you for subscribing! Could not subscribe, try again later Invalid Email Christian Larsen, the team principal, praised his driver on Sunday.",
			"Christian Larsen", []string{"Invalid Email Christian Larsen", "Subscribe Thank"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := MustSummarize(t, briefbot.Document{Title: tt.title, Text: tt.text, Lang: "en", Published: pub})
			if !slices.Contains(s.Who, tt.want) {
				t.Errorf("Who = %q, want it to hold %q", s.Who, tt.want)
			}
			for _, a := range tt.absent {
				if slices.Contains(s.Who, a) {
					t.Errorf("Who = %q holds %q", s.Who, a)
				}
			}
		})
	}
}

// TestWhatLeavesPlaceToWhere checks that What does not repeat the place
// Where gives, and keeps a place Where does not give.
func TestWhatLeavesPlaceToWhere(t *testing.T) {
	pub := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	s := MustSummarize(t, briefbot.Document{Title: "Taliban attacks German consulate in Mazar-i-Sharif with truck bomb",
		Text: "A Taliban suicide bomber rammed a truck into the German consulate in Mazar-i-Sharif on Thursday night, killing two people.",
		Lang: "en", Published: pub})
	if !strings.HasSuffix(s.What, "attacks German consulate") || len(s.Where) == 0 || s.Where[0] != "Mazar-i-Sharif" {
		t.Errorf("What = %q, Where = %q; want \"attacks German consulate\" and Mazar-i-Sharif", s.What, s.Where)
	}
	s = MustSummarize(t, briefbot.Document{Title: "Lawmakers debate budget in the Bundestag",
		Text: "German lawmakers debated the budget on Thursday, the finance minister said.", Lang: "en", Published: pub})
	if s.What != "Lawmakers debate budget in the Bundestag" {
		t.Errorf("What = %q, want the place kept when Where (%q) does not give it", s.What, s.Where)
	}
}

// TestWholeFrenchEntities checks French names: a nationality before a
// name is no part of it, a first name set off by a comma opens it, a
// mayor's town and a venue are places, a person's name does not run on
// into the organisation after it, in text that sets an elided article
// apart from its noun too.
func TestWholeFrenchEntities(t *testing.T) {
	pub := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, title, text string
		want              string
		absent            []string
	}{
		{"nationality", "Triathlon : l'or pour Gwen Jorgensen",
			"L'épreuve a sacré championne olympique l'Américaine Gwen Jorgensen, devant la Suissesse Nicola Spirig.",
			"Gwen Jorgensen", []string{"Américaine Gwen Jorgensen"}},
		{"first name before a comma", "L'auteur de l'attentat est toujours en fuite",
			"Chérif Chekatt, l'auteur présumé de l'attentat de mardi soir, est toujours en fuite, selon la police.",
			"Chérif Chekatt", []string{"Chekatt"}},
		{"mayor's town", "Des parents écrivent au maire de Sevran",
			"Thierry et Véronique Roy ont adressé lundi une lettre ouverte au maire de Sevran, Stéphane Gatignon.",
			"Thierry et Véronique Roy", []string{"Sevran", "Véronique Roy"}},
		{"venue", "Patinage : les championnats de Grande-Bretagne",
			"Les championnats ont lieu à la patinoire IceSheffield de Sheffield. Le titre messieurs a été remporté par Graham Newberry.",
			"Graham Newberry", []string{"IceSheffield", "IceSheffield de Sheffield"}},
		{"person then organisation", "Démission à la tête de l'Académie des sciences",
			"Le président Paul Lemoine de l'Académie des sciences a démissionné lundi, a annoncé l'institution.",
			"Paul Lemoine", []string{"Paul Lemoine de l'Académie des sciences"}},
		{"elided article set apart from its noun", "Démission à la tête de l'Académie des sciences",
			"Le président Paul Lemoine de l' Académie des sciences a démissionné lundi , a annoncé l' institution .",
			"Paul Lemoine", []string{"Paul Lemoine de l' Académie des sciences", "Lemoine de l"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := MustSummarize(t, briefbot.Document{Title: tt.title, Text: tt.text, Lang: "fr", Published: pub})
			if !slices.Contains(s.Who, tt.want) {
				t.Errorf("Who = %q, want it to hold %q", s.Who, tt.want)
			}
			for _, a := range tt.absent {
				if slices.Contains(s.Who, a) {
					t.Errorf("Who = %q holds %q", s.Who, a)
				}
			}
		})
	}
}

// TestCaptionWordsOffNames checks that a word a caption runs into a name
// is no part of it, while a name's own common words stay.
func TestCaptionWordsOffNames(t *testing.T) {
	pub := time.Date(2016, 11, 10, 0, 0, 0, 0, time.UTC)
	s := MustSummarize(t, briefbot.Document{Title: "Clinton aide blames FBI",
		Text: "Did Hillary Clinton lose because of the FBI? Hillary Clinton's aide said the FBI letter did damage, speaking at the White House. The aide did not say more.",
		Lang: "en", Published: pub})
	if slices.Contains(s.Who, "Did Hillary Clinton") || !slices.Contains(s.Who, "Hillary Clinton") {
		t.Errorf("Who = %q, want Hillary Clinton without the caption's Did", s.Who)
	}
	if !slices.Contains(s.Where, "White House") && len(s.Where) > 0 && s.Where[0] == "House" {
		t.Errorf("Where = %q cut the White House", s.Where)
	}
}

// TestNameAfterAFunctionWordKeepsItsWords checks that a name inside a
// sentence, after a function word, keeps a first word the article also
// writes in lower case, unless that word ends an event's name another
// name follows.
func TestNameAfterAFunctionWordKeepsItsWords(t *testing.T) {
	pub := time.Date(2016, 1, 18, 0, 0, 0, 0, time.UTC)
	s := MustSummarize(t, briefbot.Document{Title: "Tennis : soupçons de matchs truqués",
		Text: "Seize joueurs ont été signalés à la Tennis Integrity Unit, selon la BBC. Le tennis mondial est sous le choc.",
		Lang: "fr", Published: pub})
	if !slices.Contains(s.Who, "Tennis Integrity Unit") {
		t.Errorf("Who = %q, want the Tennis Integrity Unit whole", s.Who)
	}
	s = MustSummarize(t, briefbot.Document{Title: "Baseball's long wait ends",
		Text: "Fans cheered the World Series Chicago Cubs on Thursday. The world series went to seven games.",
		Lang: "en", Published: pub})
	if slices.Contains(s.Who, "World Series Chicago Cubs") || !slices.Contains(s.Who, "Chicago Cubs") {
		t.Errorf("Who = %q, want the Chicago Cubs without the World Series", s.Who)
	}
}

// TestAgencyIsNoActor checks that a news agency, which reports the story,
// is no actor of it, nor part of the place a photo's credit names before
// it.
func TestAgencyIsNoActor(t *testing.T) {
	pub := time.Date(2016, 11, 13, 0, 0, 0, 0, time.UTC)
	s := MustSummarize(t, briefbot.Document{Title: "Veterans remember the fallen",
		Text: "Thousands gathered at the Cenotaph on Sunday, Reuters reported. Veterans at the ceremony in central London Reuters 14/19 Veterans wait on Horse Guards Parade. Reuters said the crowd was the largest in years.",
		Lang: "en", Published: pub})
	for _, w := range s.Who {
		if strings.Contains(w, "Reuters") {
			t.Errorf("Who = %q names the agency", s.Who)
		}
	}
}

// TestPossessedNameKeepsItsWords checks that a name after a possessive
// keeps a first word the article also writes in lower case: no caption or
// sentence start runs into it.
func TestPossessedNameKeepsItsWords(t *testing.T) {
	pub := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	s := MustSummarize(t, briefbot.Document{Title: "Missile test off the east coast",
		Text: "A missile was fired off the east coast on Tuesday, Norway's Joint Fleet Command said. The launch came a day after joint naval drills ended.",
		Lang: "en", Published: pub})
	if !slices.Contains(s.Who, "Joint Fleet Command") {
		t.Errorf("Who = %q, want Joint Fleet Command whole", s.Who)
	}
}

// TestCompassWordsOfPlaces checks that a compass word that is part of a
// place's name stays in it, where it opens the sentence and where it
// follows "in": North Korea is not (South) Korea. And that in English a
// capitalised French article ends a name: "Kim Jong Un".
func TestCompassWordsOfPlaces(t *testing.T) {
	pub := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct{ text, who, where string }{
		{"North Korea fired a missile into the sea on Tuesday, officials said.", "North Korea", "North Korea"},
		{"Lawmakers in North Dakota passed a water bill on Tuesday, the governor said.", "", "North Dakota"},
		{"South Africa's president met Kim Jong Un in Pretoria on Tuesday.", "Kim Jong Un", "South Africa"},
	}
	for _, tt := range tests {
		s := MustSummarize(t, briefbot.Document{Title: "News in brief", Text: tt.text, Lang: "en", Published: pub})
		if tt.who != "" && !slices.Contains(s.Who, tt.who) {
			t.Errorf("%q: Who = %q, want %q", tt.text, s.Who, tt.who)
		}
		if !slices.Contains(s.Where, tt.where) {
			t.Errorf("%q: Where = %q, want %q", tt.text, s.Where, tt.where)
		}
	}
}

// TestWhatDropsTheWholeActor: What leaves out the whole organisation that
// opens the headline, "of" and all.
func TestWhatDropsTheWholeActor(t *testing.T) {
	pub := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ title, text, want string }{
		{"Ministry of Defence buys drones", "The Ministry of Defence bought 40 drones on Thursday, officials said.", "buys drones"},
		{"Bank of Ostrava raises rates", "The Bank of Ostrava raised its key rate on Thursday, its governor said.", "raises rates"},
	} {
		s := MustSummarize(t, briefbot.Document{Title: tc.title, Text: tc.text, Lang: "en", Published: pub})
		if s.What != tc.want {
			t.Errorf("%q: What = %q, want %q", tc.title, s.What, tc.want)
		}
	}
}

// TestWhatKeepsALabelBeforeADate: a headline whose text after its label
// is a date alone keeps the label, which tells the event.
func TestWhatKeepsALabelBeforeADate(t *testing.T) {
	pub := time.Date(2018, 12, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ lang, title, text, want string }{
		{"fr", "Gilets jaunes : samedi 1er décembre 2018", "Des milliers de manifestants ont défilé samedi à Paris.",
			"Gilets jaunes : samedi 1er décembre 2018"},
		{"en", "Budget talks: Monday 3 December", "Ministers met on Monday to agree the budget.",
			"Budget talks: Monday 3 December"},
		{"fr", "Japon : Nintendo va mieux", "Nintendo a annoncé des ventes en hausse mardi.", "Nintendo va mieux"},
	} {
		s := MustSummarize(t, briefbot.Document{Title: tc.title, Text: tc.text, Lang: tc.lang, Published: pub})
		if s.What != tc.want {
			t.Errorf("%q: What = %q, want %q", tc.title, s.What, tc.want)
		}
	}
}
