package ask

import (
	"strings"
	"testing"
	"time"

	"briefbot"
)

// testStory is a short article of the answer tests, with the summary the
// summarizer would give it.
func testStory(id int64, title, lang string, who []string, text ...string) briefbot.Article {
	return briefbot.Article{
		ID: id, Source: "Test Wire", Title: title, Lang: lang, Text: strings.Join(text, "\n"),
		Published: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC),
		Summary:   briefbot.Summary{Who: who, Lang: lang},
	}
}

// answer answers a question from arts as the chat's last brief.
func answer(question string, arts ...briefbot.Article) []Quote {
	q := parseQuestion(question).aboutStory(arts)
	x := newTermIndex(q.concepts, q.own)
	return bestQuotes(q, readStories(arts, true, x, len(q.concepts)))
}

var (
	vote = testStory(1, "Lena Holm wins the Estonia election", "en", []string{"Lena Holm"},
		"Lena Holm won the presidential election in Estonia on Sunday with 54 % of the vote.",
		"Her closest rival, Marc Dubois, won 31 % of the vote.",
		"Holm, who lost the 2012 election, is a lawyer of 52.",
		`She said the result was "a victory for the north".`,
		"Holm will succeed Piet Larsen, who served two terms.")
	rugby = testStory(2, "Bell called up for England", "en", []string{"Andy Robinson"},
		"England coach Andy Robinson has called up prop Duncan Bell after Phil Vickery broke his arm.",
		"With Vickery sidelined for at least six weeks and Julian White out with a neck injury, Bell could make his debut.")
	bridge = testStory(3, "A new bridge for Ostrava", "en", nil,
		"The council of the Moravian city opened the crossing on Friday.",
		"The council paid $40 million for the bridge, designed by Atelier Nord.")
	acme = testStory(5, "Acme profits jump", "en", []string{"Acme"},
		"Acme reported a 12% rise in net profit for the year.",
		"Acme's chief executive, Jane Roe, said the company would hire 300 people.")
	jobs = testStory(7, "Airbus to cut 10,000 jobs", "en", []string{"Airbus"},
		"Airbus said it expects to cut about 4,300 jobs in France, 3,700 in Germany and 400 in Spain.")
	airline = testStory(6, "Airline chaos over Christmas", "en", nil,
		"Airways cancelled 100 flights on Christmas Day, stranding passengers in 119 airports.",
		"Computer failures left 30,000 passengers stranded and 10,000 bags undelivered.")
	depots = testStory(8, "Bus drivers strike in Lyon", "en", nil,
		"Lyon, 2 December 2026 - About 300 buses stayed in their depots on Wednesday as drivers walked out over pay.",
		"The strike is set to last three days.",
		"Some 45 drivers joined a picket outside the main depot.")
	grange = testStory(9, "Un incendie détruit une grange", "fr", nil,
		"Un incendie a détruit une grange dans la nuit de lundi à Saint-Aubin-des-Saules, a indiqué la préfecture.")
	victoire = testStory(10, "Manifestation à Bordeaux", "fr", nil,
		"Une centaine de manifestants, menés par Paul Marais, ont investi la place de la Victoire samedi.",
		"Les étudiants de Jeanne Roux ont défilé jusqu'à l'Arc de Triomphe.",
		"Une armoire électrique a été incendiée rue Remusat.")
	pertes = testStory(11, "Les commerçants comptent leurs pertes", "fr", nil,
		"Selon la fédération, Nadia Lemaire a chiffré les manques à gagner des commerçants à 2 milliards d'euros.",
		"Le maire, Louis Garnier, a demandé une aide de l'État.")
	jeune = testStory(12, "Prisoner ends protest", "en", nil,
		"Activist Omar Haddad ended a hunger strike on Monday after 40 days, his lawyer Sara Lind said.",
		"Doctors said Haddad had a hand tremor and would stay in hospital.")
	port = testStory(13, "Port strike talks stall", "en", nil,
		"Dockers in Gdynia kept up their strike for a fourth day.",
		"The port authority said on Monday that no ship would be loaded before the talks resume.")
	mairie = testStory(14, "Lignes de bus : la mairie refuse", "fr", nil,
		"Les chauffeurs de bus de Nantes ont manifesté devant la mairie.",
		"La mairie a déclaré mardi à la presse qu'aucune ligne ne serait supprimée cette année.")
	seisme = testStory(4, "Séisme en Italie : le bilan monte à 281 morts", "fr", nil,
		"Le tremblement de terre, qui a détruit plusieurs bourgs du centre de l'Italie, a tué au moins 281 personnes.",
		"Une journée de deuil national a été décrétée ce samedi.")
)

func TestAnswerSpans(t *testing.T) {
	for _, tc := range []struct {
		question string
		arts     []briefbot.Article
		span     string // "" for no answer
		sentence string // held by the first quote
	}{
		{"What share of the vote did Lena Holm win?", []briefbot.Article{vote}, "54 %", "Sunday"},
		{"Who will Lena Holm succeed?", []briefbot.Article{vote}, "Piet Larsen", "two terms"},
		{"Where did Lena Holm win the election?", []briefbot.Article{vote}, "Estonia", "Sunday"},
		{"When did Lena Holm win the election?", []briefbot.Article{vote}, "Sunday", "54 %"},
		{"Who was called up after Phil Vickery broke his arm?", []briefbot.Article{rugby}, "Duncan Bell", "prop"},
		{"How long will Vickery be out?", []briefbot.Article{rugby}, "six weeks", "sidelined"},
		{"How much did the bridge in Ostrava cost?", []briefbot.Article{bridge}, "$40 million", "Atelier"},
		{"Who is Acme's chief executive?", []briefbot.Article{acme}, "Jane Roe", "hire"},
		{"How many passengers were stranded over Christmas?", []briefbot.Article{airline}, "30,000 passengers", "Computer"},
		{"How many jobs will Airbus cut in Germany?", []briefbot.Article{jobs}, "3,700", "Spain"},
		{"How many people were killed in the earthquake in Italy?", []briefbot.Article{seisme}, "281", "tremblement"},
		{"How many people died in the earthquake in Italy?", []briefbot.Article{seisme}, "281", "tremblement"},
		{"Combien de personnes le séisme a-t-il tuées ?", []briefbot.Article{seisme}, "281", "tremblement"},
		{"How many buses stayed in their depots?", []briefbot.Article{depots}, "300 buses", "walked out"},
		{"How many people joined the picket?", []briefbot.Article{depots}, "45", "picket"},
		{"How many days will the strike last?", []briefbot.Article{depots}, "three days", "set to last"},
		{"What did the port authority say?", []briefbot.Article{port}, "no ship would be loaded before the talks resume", "on Monday"},
		{"Qu'a dit la mairie ?", []briefbot.Article{mairie}, "aucune ligne ne serait supprimée cette année", "mardi"},
	} {
		t.Run(tc.question, func(t *testing.T) {
			qs := answer(tc.question, tc.arts...)
			if len(qs) == 0 {
				t.Fatalf("no answer; want %q", tc.span)
			}
			if qs[0].Span != tc.span || !strings.Contains(qs[0].Sentence, tc.sentence) {
				t.Errorf("answer %q in %q; want %q in a sentence with %q", qs[0].Span, qs[0].Sentence, tc.span, tc.sentence)
			}
		})
	}
}

// TestNearMissesAreRefused: what the stories do not say is not answered
// with what they say of another person, another year or another thing.
func TestNearMissesAreRefused(t *testing.T) {
	for _, tc := range []struct {
		name, question string
		arts           []briefbot.Article
	}{
		{"another person's figure", "How long will Julian White be out?", []briefbot.Article{rugby}},
		{"another year", "What share of the vote did Lena Holm win in 2012?", []briefbot.Article{vote}},
		{"the question's own name", "Who did Marc Dubois succeed?", []briefbot.Article{vote}},
		{"another person's words", "What did Marc Dubois say?", []briefbot.Article{vote}},
		{"a name the story lacks", "How much did the bridge in Brno cost?", []briefbot.Article{bridge}},
		{"a measure the story lacks", "What was the magnitude of the earthquake in Italy?", []briefbot.Article{seisme}},
		{"another thing", "How many people were hurt by the storm?", []briefbot.Article{seisme}},
		{"another measure", "What were Acme's total sales?", []briefbot.Article{acme}},
		{"a role the story lacks", "Who is Brightline's chief executive?", []briefbot.Article{acme}},
		{"another place's figure", "How many jobs will Airbus cut in Italy?", []briefbot.Article{jobs}},
		{"a figure counting something else", "How many nurses joined the picket?", []briefbot.Article{depots}},
		{"a count the story lacks", "How many trains stayed in their depots?", []briefbot.Article{depots}},
		{"a place the gazetteer lacks", "Qui a annoncé l'incendie ?", []briefbot.Article{grange}},
		{"a translation inside a name", "Who won?", []briefbot.Article{victoire}},
		{"a prefix of another word", "Who won the election?", []briefbot.Article{victoire}},
		{"a word of a phrase that means another thing", "Who won?", []briefbot.Article{pertes}},
		{"a strike of another kind", "Who called the strike?", []briefbot.Article{jeune}},
		{"a tremor of another kind", "How strong was the earthquake?", []briefbot.Article{jeune}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if qs := answer(tc.question, tc.arts...); len(qs) > 0 {
				t.Errorf("%q answered %q (%q); want no answer", tc.question, qs[0].Span, qs[0].Sentence)
			}
		})
	}
}

// TestPronounsStandForTheStory: "he" and "she" are the main actor of the
// brief's story, in the question and in the sentences.
func TestPronounsStandForTheStory(t *testing.T) {
	qs := answer("What did she say?", vote)
	if len(qs) == 0 || qs[0].Span != "a victory for the north" {
		t.Fatalf("What did she say? = %+v; want Lena Holm's words", qs)
	}
	if qs := answer("What did Lena Holm say?", vote); len(qs) == 0 || qs[0].Span != "a victory for the north" {
		t.Errorf("What did Lena Holm say? = %+v; want her words, said as she", qs)
	}
}

// TestFigureFitsItsQuestion checks which figures answer which kind of
// number: "how many" is answered by a count, never by a sum of money, a
// share or a stretch of time.
func TestFigureFitsItsQuestion(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		unit     unitKind
		want     bool
	}{
		{"The trains will cost about 1.8 billion won.", unitCount, false},
		{"Turnout rose to 63%.", unitCount, false},
		{"The strike lasted six weeks.", unitCount, false},
		{"Four hundred people were evacuated.", unitCount, true},
		{"The trains will cost about 1.8 billion won.", unitMoney, true},
		{"The strike lasted six weeks.", unitDuration, true},
	} {
		toks := tokenize(tc.sentence)
		got := false
		for _, f := range figures(tc.sentence, toks) {
			got = got || fits(tc.unit, f)
		}
		if got != tc.want {
			t.Errorf("%q for unit %d: a figure fits = %v, want %v", tc.sentence, tc.unit, got, tc.want)
		}
	}
}
