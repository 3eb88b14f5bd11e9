package summarize

import (
	"context"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"briefbot"
)

const seedPath = "../../shared/seeds/000_1eee83dda02d9031.txt"

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 9, 30, 0, 0, time.UTC) }

// TestSeedArticle checks the acceptance example: a French report of a
// meeting in New York, with a photo caption and page furniture.
func TestSeedArticle(t *testing.T) {
	text, err := os.ReadFile(seedPath)
	if os.IsNotExist(err) {
		t.Skipf("no seed article at %s", seedPath)
	}
	if err != nil {
		t.Fatal(err)
	}
	s := MustSummarize(t, briefbot.Document{Text: string(text), Published: day(2023, 9, 23)})

	if want := []string{"Park Jin", "Antony Blinken", "Yoko Kamikawa"}; !slices.Equal(s.Who, want) {
		t.Errorf("Who = %q, want %q (the ministry only announces the meeting)", s.Who, want)
	}
	if len(s.Where) == 0 || s.Where[0] != "New York" {
		t.Errorf("Where = %q, want New York first", s.Where)
	}
	if len(s.Where) > 1 && s.Where[1] != "États-Unis" && s.Where[1] != "United States" {
		t.Errorf("Where = %q, want the United States second", s.Where)
	}
	if s.When != "2023-09-22" || !strings.Contains(s.WhenText, "22 septembre") {
		t.Errorf("When = %q (%q), want 2023-09-22 (le 22 septembre), the day of the meeting", s.When, s.WhenText)
	}
	if !strings.Contains(s.What, "mis d'accord") || strings.Contains(s.What, "annoncé") || wordCount(s.What) > maxWhatWords {
		t.Errorf("What = %q, want the agreement in at most %d words, not the announcement", s.What, maxWhatWords)
	}
	if s.Lang != "fr" {
		t.Errorf("Lang = %q, want fr", s.Lang)
	}
	if !strings.HasPrefix(s.Summary, "Le ministère sud-coréen") {
		t.Errorf("Summary = %q, want the lead sentence", s.Summary)
	}
	assertValid(t, s)
	assertNoBoilerplate(t, s, "extrême droite", "Yonhap", "Source", "Comment")
}

func TestSummarizeArticles(t *testing.T) {
	tests := []struct {
		name      string
		doc       briefbot.Document
		who       []string // expected at the start of Who
		where     []string // expected at the start of Where
		when      string
		whenText  string // a substring of WhenText
		whatHas   string // a substring of What
		lang      string
		forbidden []string // boilerplate that no field may hold
	}{
		{
			name: "english dateline, yesterday, organisation",
			doc: briefbot.Document{
				Title: "Health agency approves new malaria vaccine",
				Text: "GENEVA — The World Health Organization approved a new malaria vaccine yesterday, its director general Tedros Adhanom said on Thursday.\n" +
					"Tedros said the vaccine, developed by researchers at Oxford University, would reach clinics in Ghana and Kenya within a year.\n" +
					"Share\nRead more\nComments (12)",
				Published: day(2024, 3, 14),
			},
			who: []string{"Tedros Adhanom", "World Health Organization"}, where: []string{"Geneva", "Switzerland"},
			when: "2024-03-13", whenText: "yesterday", whatHas: "approves new malaria vaccine", lang: "en",
			forbidden: []string{"Share", "Read more", "Comments"},
		},
		{
			name: "english weekday and merged surname",
			doc: briefbot.Document{
				Text: "Police in Lyon arrested two men on Tuesday after a robbery at a jewellery shop, the city prosecutor Claire Dubois told reporters.\n" +
					"| Police officers outside the shop in Marseille on Monday. |\n" +
					"Dubois said the suspects, aged 24 and 31, were caught near the main station.\n(Photo: AFP)",
				Published: day(2024, 5, 9),
			},
			// the lead's subject acts, the prosecutor reports
			who: []string{"Police", "Claire Dubois"}, where: []string{"Lyon", "France"},
			when: "2024-05-07", whenText: "Tuesday", whatHas: "arrested two men", lang: "en",
			forbidden: []string{"Marseille", "Monday", "AFP", "Photo"},
		},
		{
			name: "french dated dateline with a finer place, and a page-update banner",
			doc: briefbot.Document{
				Title: "Pérou : un sentier inca découvert",
				Text: "Page actualisée : 9 août 2016 — « Pérou : le sentier inca ouvert aux visiteurs »\n" +
					"4 août 2016, Pérou, vallée de Lares . –\n" +
					"Une équipe d'archéologues dirigée par Ana Quispe a découvert le 12 juin 2016 un sentier inca long de 12 kilomètres.",
				Published: day(2016, 8, 4),
			},
			who: []string{"Ana Quispe"}, where: []string{"Pérou"}, when: "2016-06-12", whenText: "12 juin 2016",
			whatHas: "sentier inca", lang: "fr", forbidden: []string{"actualisée", "visiteurs"},
		},
		{
			name: "english last week",
			doc: briefbot.Document{
				Text: "Delta Motors recalled 40,000 electric vans last week because of a braking fault, the company said.\n" +
					"Chief executive Maria Santos apologised to customers in Toronto on Wednesday.",
				Published: day(2024, 10, 18),
			},
			who: []string{"Delta Motors"}, when: "2024-10-11", whenText: "last week",
			whatHas: "recalled 40,000 electric vans", lang: "en",
		},
		{
			name: "english absolute date",
			doc: briefbot.Document{
				Text:      "The Danube flood barrier in Vienna was completed on September 22, 2023, after six years of work, city officials said.",
				Published: day(2023, 10, 2),
			},
			where: []string{"Vienna", "Austria"}, when: "2023-09-22", whenText: "September 22, 2023", lang: "en",
		},
		{
			name: "french dateline with day month, hier",
			doc: briefbot.Document{
				Text: "Séoul, 3 mars — Le président de l'Assemblée nationale, Kim Min-soo, a rencontré hier à Séoul le Premier ministre japonais Taro Yamada.\n" +
					"Lire aussi : nos archives sur la péninsule\nPartager\n" +
					"M. Kim a salué une « nouvelle étape ».",
				Lang:      "fr-FR",
				Published: day(2024, 3, 3),
			},
			who: []string{"Kim Min-soo", "Taro Yamada"}, where: []string{"Séoul", "Corée du Sud"},
			when: "2024-03-02", whenText: "hier", whatHas: "a rencontré", lang: "fr",
			forbidden: []string{"Lire aussi", "archives", "Partager", "M. Kim"},
		},
		{
			name: "french weekday, lower-case ministry and caption",
			doc: briefbot.Document{
				Text: "Le ministère de l'Intérieur a indiqué jeudi que la ministre Claire Martin s'était rendue mardi à Marseille pour inaugurer un commissariat.\n" +
					"| La ministre à Marseille, le 12 juin. (Photo : AFP) |\n" +
					"Claire Martin a promis 200 policiers supplémentaires d'ici la fin de l'année.\nComment (0)",
				Published: day(2025, 6, 13),
			},
			who: []string{"Claire Martin"}, where: []string{"Marseille", "France"},
			when: "2025-06-10", whenText: "mardi", lang: "fr",
			forbidden: []string{"12 juin", "Photo", "Comment"},
		},
		{
			name: "french first of month, numeric date",
			doc: briefbot.Document{
				Text: "La nouvelle ligne de tramway de Bordeaux a été mise en service le 1er mars, a annoncé la métropole le 04/03/2024.\n" +
					"Elle relie la gare au campus en vingt minutes.",
				Published: day(2024, 3, 5),
			},
			where: []string{"Bordeaux", "France"}, when: "2024-03-01", whenText: "1er mars", lang: "fr",
		},
		{
			name: "no publication date keeps the words but invents no year",
			doc: briefbot.Document{
				Text: "PARIS — La maire de Paris, Anne Hidalgo, a inauguré mardi une nouvelle passerelle sur la Seine, a annoncé la mairie le 22 septembre.",
			},
			who: []string{"Anne Hidalgo"}, where: []string{"Paris", "France"},
			when: "", whenText: "mardi", whatHas: "inauguré", lang: "fr",
		},
		{
			name: "no publication date but a full date",
			doc: briefbot.Document{
				Text: "Le 3 mars 2022, des milliers de manifestants ont défilé à Bruxelles contre la guerre.",
			},
			where: []string{"Bruxelles", "Belgique"}, when: "2022-03-03", whenText: "3 mars 2022", lang: "fr",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := MustSummarize(t, tt.doc)
			if len(s.Who) < len(tt.who) || !slices.Equal(s.Who[:len(tt.who)], tt.who) {
				t.Errorf("Who = %q, want it to start with %q", s.Who, tt.who)
			}
			if len(s.Where) < len(tt.where) || !slices.Equal(s.Where[:len(tt.where)], tt.where) {
				t.Errorf("Where = %q, want it to start with %q", s.Where, tt.where)
			}
			if s.When != tt.when || !strings.Contains(s.WhenText, tt.whenText) {
				t.Errorf("When = %q (%q), want %q (%q)", s.When, s.WhenText, tt.when, tt.whenText)
			}
			if !strings.Contains(s.What, tt.whatHas) {
				t.Errorf("What = %q, want it to hold %q", s.What, tt.whatHas)
			}
			if s.Lang != tt.lang {
				t.Errorf("Lang = %q, want %q", s.Lang, tt.lang)
			}
			assertValid(t, s)
			assertNoBoilerplate(t, s, tt.forbidden...)
		})
	}
}

func TestSummarizeLongLead(t *testing.T) {
	lead := strings.Repeat("The committee reviewed the long list of proposals submitted by residents of the eastern districts, ", 4) + "and it approved none."
	s := MustSummarize(t, briefbot.Document{Text: lead})
	if n := len([]rune(s.Summary)); n > maxSummary || !strings.HasSuffix(s.Summary, "…") {
		t.Errorf("Summary has %d characters and ends %q, want at most %d cut with …", n, s.Summary[len(s.Summary)-5:], maxSummary)
	}
	assertValid(t, s)
}

func TestSummarizeEmpty(t *testing.T) {
	_, err := New().Summarize(context.Background(), briefbot.Document{Text: "Share\n\nComment (0)\n"})
	if briefbot.ErrorCode(err) != briefbot.EInvalid {
		t.Errorf("Summarize(boilerplate only) error = %v, want code %s", err, briefbot.EInvalid)
	}
}

func TestSummarizeCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New().Summarize(ctx, briefbot.Document{Text: "Rain fell on Paris."})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Summarize(canceled) error = %v, want context.Canceled", err)
	}
}

func TestSummarizeLangFromDocument(t *testing.T) {
	s := MustSummarize(t, briefbot.Document{Text: "The council met.", Lang: "fr-CA"})
	if s.Lang != "fr" {
		t.Errorf("Lang = %q, want the document's fr", s.Lang)
	}
	s = MustSummarize(t, briefbot.Document{Text: "Kyiv. Lviv. Odesa."})
	if s.Lang != "" {
		t.Errorf("Lang = %q, want none without evidence", s.Lang)
	}
}

// assertValid checks the limits every summary keeps.
func assertValid(tb testing.TB, s briefbot.Summary) {
	tb.Helper()
	if n := len([]rune(s.Summary)); n > maxSummary {
		tb.Errorf("Summary has %d characters, want at most %d", n, maxSummary)
	}
	if len(s.Who) > maxWho {
		tb.Errorf("Who has %d entries, want at most %d", len(s.Who), maxWho)
	}
	if wordCount(s.What) > maxWhatWords {
		tb.Errorf("What has %d words, want at most %d", wordCount(s.What), maxWhatWords)
	}
	if s.When != "" {
		if _, err := time.Parse(time.DateOnly, s.When); err != nil {
			tb.Errorf("When = %q, want YYYY-MM-DD", s.When)
		}
	}
}

// assertNoBoilerplate checks that no field holds any of the strings.
func assertNoBoilerplate(tb testing.TB, s briefbot.Summary, forbidden ...string) {
	tb.Helper()
	fields := append([]string{s.What, s.WhenText, s.Summary}, append(s.Who, s.Where...)...)
	for _, f := range fields {
		for _, bad := range forbidden {
			if strings.Contains(f, bad) {
				tb.Errorf("field %q holds boilerplate %q", f, bad)
			}
		}
	}
}
