package summarize

import (
	"slices"
	"testing"

	"briefbot"
)

// runTexts lists the name runs the scanner finds in one sentence.
func runTexts(text, lang string) []string {
	a := read(briefbot.Document{Text: text, Lang: lang})
	var out []string
	for _, r := range a.body[0].runs {
		out = append(out, a.body[0].span(r))
	}
	return out
}

func TestNameRuns(t *testing.T) {
	tests := []struct {
		name, text, lang string
		want             []string
	}{
		{"french title phrase", "Le ministre sud-coréen des Affaires étrangères, Park Jin, a rencontré Antony Blinken à New York.", "fr",
			[]string{"Park Jin", "Antony Blinken", "New York"}},
		{"french ministry", "Le ministère de l'Intérieur a indiqué jeudi que Claire Martin viendra.", "fr",
			[]string{"ministère de l'Intérieur", "Claire Martin"}},
		{"french organisation with lower-case words", "Le texte viole les résolutions du Conseil de sécurité de l'ONU, selon Paris.", "fr",
			[]string{"Conseil de sécurité de l'ONU", "Paris"}},
		{"french nouns joined in turn", "Le pays a rompu avec le Conseil des droits de l'homme des Nations unies, selon Genève.", "fr",
			[]string{"Conseil des droits de l'homme des Nations unies", "Genève"}},
		{"french adjective ends the name", "Le candidat du Parti démocrate Claire Martin a gagné.", "fr",
			[]string{"Parti démocrate", "Claire Martin"}},
		{"arabic particles joined by a hyphen", "Bachar al-Assad a visité Deir ez-Zor mardi avec l'armée.", "fr",
			[]string{"Bachar al-Assad", "Deir ez-Zor"}},
		{"a group named by a colour", "Des Gilets jaunes ont bloqué l'autoroute, avec des Casques bleus de l'ONU.", "fr",
			[]string{"Gilets jaunes", "Casques bleus", "ONU"}},
		{"a surname named like a city after a middle initial", "The stars Samuel L Jackson and Ben Stiller signed up.", "en",
			[]string{"Samuel L Jackson", "Ben Stiller"}},
		{"an article with no de joins no place to a name", "Le corridor relie l'Irak la Syrie et le Liban, selon Debout la France.", "fr",
			[]string{"Irak", "Syrie", "Liban", "Debout la France"}},
		{"a french sovereign's title in lower case", "Le pape François a reçu la reine Elizabeth, selon le Vatican.", "fr",
			[]string{"pape François", "reine Elizabeth", "Vatican"}},
		{"a month before a name", "In September Spears cancelled the tour, and Tankan figures fell.", "en",
			[]string{"Spears", "Tankan"}},
		{"a person of a place", "The suit names Mark Trotter of California and the Bank of England.", "en",
			[]string{"Mark Trotter", "California", "Bank of England"}},
		{"a place named with of stays whole", "Aid reached the Democratic Republic of Congo on Monday.", "en",
			[]string{"Democratic Republic of Congo"}},
		{"two fields joined before their body", "The Securities and Exchange Commission and the Food and Drug Administration met Arsenal and Manchester United officials.", "en",
			[]string{"Securities and Exchange Commission", "Food and Drug Administration", "Arsenal", "Manchester United"}},
		{"english field of an organisation", "The Office for National Statistics and the Department of the Environment, Food and Rural Affairs said so.", "en",
			[]string{"Office for National Statistics", "Department of the Environment, Food and Rural Affairs"}},
		{"english titles", "Secretary of State Antony Blinken met FBI Director James Comey and President Obama.", "en",
			[]string{"Antony Blinken", "FBI", "James Comey", "Obama"}},
		{"places split from names", "The photo shows London Sadiq Khan at the station.", "en",
			[]string{"London", "Sadiq Khan"}},
		{"sentence start and articles", "Several officials of The Guardian met Marine Le Pen in the U.S.", "en",
			[]string{"The Guardian", "Marine Le Pen", "U.S."}},
		{"no weekday or month", "On Tuesday, March 3, Angela Merkel spoke.", "en",
			[]string{"Angela Merkel"}},
		{"french name in 's", "Selon le cabinet Hartwell's, la chaîne Bagel's Corner rouvrira.", "fr",
			[]string{"Hartwell's", "Bagel's Corner"}},
		{"french body named by its leader", "Le gouvernement Lemarchand a relevé le salaire minimum, selon Paul Lemarchand.", "fr",
			[]string{"Le gouvernement Lemarchand", "Paul Lemarchand"}},
		{"english body named by its leader", "The Hartley administration said Tom Hartley would sign.", "en",
			[]string{"The Hartley administration", "Tom Hartley"}},
		{"english possessive", "Analysts at Hartwell's said the chain would reopen.", "en",
			[]string{"Hartwell"}},
		{"first name opening a sentence", "Nicholas Negroponte, chairman of Media Labs, says the laptop is ready.", "en",
			[]string{"Nicholas Negroponte", "Media Labs"}},
		{"first name alone opening a sentence", "Glenn said the laptop is ready, Negroponte added.", "en",
			[]string{"Negroponte"}},
		{"sovereign before a first name", "Pope Francis met King Charles, and the band played Queen Phoenix.", "en",
			[]string{"Pope Francis", "King Charles", "Phoenix"}},
		{"ampersand", "Marks & Spencer and Procter & Gamble met AT&T.", "en",
			[]string{"Marks & Spencer", "Procter & Gamble", "AT", "T"}},
		{"acronym and organisation word", "Speaking to BBC News, the US Senate leader said HSBC Bank would pay.", "en",
			[]string{"BBC News", "US", "Senate", "HSBC Bank"}},
		{"member of parliament", "Tory MP Boris Johnson and Labour MEP Mary Honeyball spoke.", "en",
			[]string{"Tory", "Boris Johnson", "Labour", "Mary Honeyball"}},
		{"common word opening a sentence before a name", "Bar a slight dip at the New Year, the JSE had risen.", "en",
			[]string{"New Year", "JSE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := runTexts(tt.text, tt.lang); !slices.Equal(got, tt.want) {
				t.Errorf("runs = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestActorsMergeAndRank(t *testing.T) {
	doc := briefbot.Document{Text: "Health Minister Anna Kowalska opened a cancer clinic in Warsaw on Monday, the Health Ministry said.\n" +
		"Kowalska said the clinic would treat 5,000 patients a year.\n" +
		"Mrs Kowalska thanked the European Commission for its support."}
	s := MustSummarize(t, doc)
	if want := []string{"Anna Kowalska", "Health Ministry"}; len(s.Who) < 2 || !slices.Equal(s.Who[:2], want) {
		t.Errorf("Who = %q, want %q first: one person for every mention, people first", s.Who, want)
	}
}

// A first name the lexicon lacks, opening both the headline and the lead
// (so never written mid-sentence), stays in the person's name.
func TestOpeningFirstName(t *testing.T) {
	tests := []struct {
		name, title, text, lang, want string
	}{
		{"french", "Ginette Lavallée aurait reçu des fonds d'une société écran",
			"Ginette Lavallée aurait reçu pendant deux ans des fonds d'une société installée à Nantes, affirme un quotidien régional.", "fr", "Ginette Lavallée"},
		{"french, elected", "Ginette Lavallée élue à la tête du conseil",
			"Ginette Lavallée a été élue dimanche à la tête du conseil départemental.", "fr", "Ginette Lavallée"},
		{"english", "Wilbur Thornbury was paid by a shell company",
			"Wilbur Thornbury was paid for two years by a firm based in Leeds, a local paper reported.", "en", "Wilbur Thornbury"},
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

// A capitalised word that opens a sentence before a name of one word is
// its first name where a verb follows the two, not where none does:
// "Affaire Dupuis :".
func TestOpeningWordBeforeName(t *testing.T) {
	if got, want := runTexts("Affaire Dupuis : la mairie conteste les faits.", "fr"), []string{"Dupuis"}; !slices.Equal(got, want) {
		t.Errorf("runs = %q, want %q", got, want)
	}
	if got, want := runTexts("Jolene Smith was paid by a firm.", "en"), []string{"Jolene Smith"}; !slices.Equal(got, want) {
		t.Errorf("runs = %q, want %q", got, want)
	}
}
