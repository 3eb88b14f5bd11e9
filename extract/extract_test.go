package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefbot"
)

func mustRead(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

var gazetteBody = []string{
	"Dock workers in Southampton returned to work on Thursday after accepting a pay offer that ends the longest stoppage at the port in a decade.",
	"The strike, which began on Monday morning, halted the loading of more than forty container ships and left lorries queuing for miles along the M271.",
	"Members of the Unite union voted by a large majority to accept a revised offer of a 6% rise this year and a further 4% next year, the union said in a statement on Wednesday night.",
	`"Our members stood together and won a fair deal," said Sharon Graham, the union's regional officer. "Nobody wanted to strike, but the cost of living left them no choice."`,
	"The port operator, Associated British Ports, said it was pleased that an agreement had been reached and that normal operations would resume immediately.",
	"Shipping lines expect the backlog of containers to clear by the weekend, although some retailers warned that deliveries of Christmas stock could be delayed by several days.",
	"The Road Haulage Association estimated that the stoppage had cost hauliers about £2 million a day in lost time and fuel.",
	"Local councillors called for a review of how the port plans for industrial action, after traffic on the approach roads reached a standstill on Tuesday.",
}

var gazetteNoise = []string{
	"cookies", "Accept all", "Business", "Search the Gazette", "Advertisement", "Malaga",
	"Home", "Transport correspondent", "Share on", "Email this article", "Photo: Gazette staff",
	"Read more", "ferry timetable", "Morning Briefing", "Sign up", "Strikes", "Related stories",
	"Bus drivers", "Comments", "SotonDad", "nightmare", "parcel", "Promoted", "weird trick",
	"About us", "Privacy", "All rights reserved",
}

var courrierBody = []string{
	"Après trois jours d'arrêt total, les dockers du Havre ont repris le travail jeudi matin, au lendemain d'un accord salarial conclu dans la nuit avec les entreprises de manutention.",
	"Les portiques ont recommencé à tourner dès six heures du matin sur le terminal de France, où une vingtaine de porte-conteneurs attendaient d'être déchargés.",
	"L'accord prévoit une hausse des salaires de 6 % dès janvier, ainsi qu'une prime exceptionnelle de 800 euros versée avant la fin de l'année.",
	"« C'est une victoire pour tous les salariés du port », s'est félicité Thierry Lebrun, secrétaire du syndicat des dockers, devant les grilles du terminal.",
	"Du côté des entreprises, on se dit soulagé : selon l'Union maritime et portuaire, chaque journée de grève coûtait près de trois millions d'euros à l'économie locale.",
	"Les transporteurs routiers, dont les camions formaient une file de plusieurs kilomètres sur la route de l'estuaire, espèrent un retour à la normale d'ici samedi.",
	"La préfecture de Seine-Maritime a annoncé la levée des restrictions de circulation mises en place mardi aux abords de la zone portuaire.",
}

var courrierNoise = []string{
	"cookies", "Tout accepter", "Économie", "Météo", "Publicité", "Accueil", "Par Jeanne",
	"Publié le", "Partager", "courriel", "À lire aussi", "ferry", "newsletter", "Je m'inscris",
	"Les plus lus", "pont de Normandie", "Commentaires", "Marcel76", "Bravo aux collègues",
	"Mentions légales", "Abonnement", "droits réservés",
}

// courrierGaps is noise that extraction still keeps: the copy of a native
// ad in a French "pub" slot, which neither reader knows by its class.
var courrierGaps = []string{"Découvrez nos offres de crédit"}

func TestExtractNewsPages(t *testing.T) {
	tests := []struct {
		name, file, charset string
		title, author, lang string
		site                string
		published           time.Time
		canonical           string
		body, noise, gaps   []string
	}{
		{
			name: "english, utf-8", file: "gazette_en.html",
			title: "Port strike ends after three days", author: "Mary Okafor", lang: "en", site: "The Harbour Gazette",
			published: time.Date(2026, 11, 26, 8, 30, 0, 0, time.UTC),
			canonical: "https://gazette.example/news/2026/11/26/port-strike-ends",
			body:      gazetteBody, noise: gazetteNoise,
		},
		{
			name: "french, latin-1 by meta", file: "courrier_fr_latin1.html",
			title: "Grève au port du Havre : les dockers reprennent le travail", author: "Jeanne Martin", lang: "fr",
			published: time.Date(2026, 11, 26, 8, 15, 0, 0, time.UTC),
			canonical: "https://courrier.example/actu/2026/11/26/greve-port-havre",
			body:      courrierBody, noise: courrierNoise, gaps: courrierGaps,
		},
		{
			name: "french, latin-1 by HTTP header", file: "courrier_fr_nometa.html", charset: "ISO-8859-1",
			title: "Grève au port du Havre : les dockers reprennent le travail", author: "Jeanne Martin", lang: "fr",
			published: time.Date(2026, 11, 26, 8, 15, 0, 0, time.UTC),
			canonical: "https://courrier.example/actu/2026/11/26/greve-port-havre",
			body:      courrierBody, noise: courrierNoise, gaps: courrierGaps,
		},
		{
			name: "french, undeclared latin-1", file: "courrier_fr_nometa.html",
			title: "Grève au port du Havre : les dockers reprennent le travail", author: "Jeanne Martin", lang: "fr",
			published: time.Date(2026, 11, 26, 8, 15, 0, 0, time.UTC),
			canonical: "https://courrier.example/actu/2026/11/26/greve-port-havre",
			body:      courrierBody, noise: courrierNoise, gaps: courrierGaps,
		},
		{
			name: "utf-8 page that the server calls latin-1", file: "gazette_en.html", charset: "iso-8859-1",
			title: "Port strike ends after three days", author: "Mary Okafor", lang: "en", site: "The Harbour Gazette",
			published: time.Date(2026, 11, 26, 8, 30, 0, 0, time.UTC),
			canonical: "https://gazette.example/news/2026/11/26/port-strike-ends",
			body:      gazetteBody, noise: gazetteNoise,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			host := strings.Split(tt.canonical, "/")[2]
			a, err := Extract(mustRead(t, tt.file), "https://"+host+"/some/page", tt.charset)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || a.Author != tt.author || a.Lang != tt.lang || a.Canonical != tt.canonical || a.Site != tt.site {
				t.Errorf("got title %q author %q lang %q canonical %q site %q", a.Title, a.Author, a.Lang, a.Canonical, a.Site)
			}
			if !a.Published.Equal(tt.published) {
				t.Errorf("Published = %v, want %v", a.Published, tt.published)
			}
			checkText(t, a.Text, tt.body, tt.noise, tt.gaps)
		})
	}
}

// checkText wants every body paragraph, in order, and no noise at all
// besides the known gaps.
func checkText(tb testing.TB, text string, body, noise, gaps []string) {
	tb.Helper()
	var got []string
	for _, line := range strings.Split(text, "\n") {
		if !containsAny(line, gaps) {
			got = append(got, line)
		}
	}
	if strings.Join(got, "\n") != strings.Join(body, "\n") {
		tb.Errorf("text =\n%s\nwant the %d body paragraphs:\n%s", text, len(body), strings.Join(body, "\n"))
	}
	for _, n := range noise {
		if strings.Contains(text, n) {
			tb.Errorf("noise %q in the text", n)
		}
	}
	for _, g := range gaps {
		if strings.Contains(text, g) {
			tb.Logf("known gap: %q is still kept", g)
		}
	}
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func TestExtractNoArticle(t *testing.T) {
	page := `<html><head><title>Home</title></head><body><nav><a href="/a">News</a> <a href="/b">Sport</a></nav></body></html>`
	_, err := Extract([]byte(page), "https://example.com/", "")
	if briefbot.ErrorCode(err) != briefbot.EInvalid || briefbot.ErrorMessage(err) != "no article text found" {
		t.Errorf("error = %v, want EInvalid no article text found", err)
	}
}

func TestExtractShortPage(t *testing.T) {
	page := `<html lang="fr-CA"><head><title>Brève</title></head><body><h1>Brève</h1>` +
		`<p>Le traversier reprend ses départs lundi.</p></body></html>`
	a, err := Extract([]byte(page), "https://example.com/breve", "")
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != "Le traversier reprend ses départs lundi." || a.Lang != "fr" || a.Canonical != "" {
		t.Errorf("got %+v", a)
	}
}

// TestExtractFile reads a page as a file gives it: no address and no
// HTTP charset. An absolute canonical address stays, a relative one names
// no page.
func TestExtractFile(t *testing.T) {
	tests := []struct{ name, canonical, want string }{
		{"absolute canonical", "https://gazette.example/news/1", "https://gazette.example/news/1"},
		{"relative canonical", "/news/1", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><link rel="canonical" href="` + tt.canonical + `"><title>Ferry back</title></head>` +
				`<body><article><p>The ferry sailed again on Thursday, three weeks after the storm.</p></article></body></html>`
			a, err := Extract([]byte(page), "", "")
			if err != nil {
				t.Fatal(err)
			}
			if a.Canonical != tt.want || a.Title != "Ferry back" || a.Text != "The ferry sailed again on Thursday, three weeks after the storm." {
				t.Errorf("got %+v", a)
			}
		})
	}
	if _, err := Extract(mustRead(t, "gazette_en.html"), "", ""); err != nil {
		t.Errorf("a whole page without an address: %v", err)
	}
}
