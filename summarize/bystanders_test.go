package summarize

import (
	"slices"
	"testing"

	"briefbot"
)

func TestBystandersAreNotActors(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"french source and complement",
			"Le ministère japonais de la Défense a annoncé lundi que Marie Dubois et Paul Lefèvre avaient signé l'accord à Lyon.\n" +
				"Selon le ministère, Marie Dubois a rencontré Paul Lefèvre à Lyon pour signer l'accord, qui respecte les résolutions du Conseil de l'Europe.\n" +
				"Marie Dubois a salué un accord historique.",
			[]string{"Marie Dubois", "Paul Lefèvre"}},
		{"english source",
			"The Acme Corporation said on Monday that John Carter and Mary Lane had signed the deal in Chicago.\n" +
				"According to the Acme Corporation, John Carter met Mary Lane in Chicago to sign the deal, which follows the rules of the Trade Commission.\n" +
				"John Carter called it a fair deal.",
			[]string{"John Carter", "Mary Lane"}},
		{"an organisation that acts stays",
			"Le Conseil de l'Europe a adopté lundi une résolution présentée par Marie Dubois à Strasbourg.\n" +
				"Marie Dubois a salué le vote du Conseil de l'Europe.",
			[]string{"Conseil de l'Europe", "Marie Dubois"}}, // the subject of the lead's verb first
		{"no holiday or month",
			"Sales fail to lift the High Street\n" +
				"The January sales failed to help the High Street recover from a poor Christmas, the Retail Consortium said.\n" +
				"Christmas trading had been weak, and January brought no relief, the Retail Consortium added.",
			[]string{"Retail Consortium"}},
		{"no tournament, adjective or pronoun",
			"Davenport beats young rival\n" +
				"Top seed Lindsay Davenport reached the last 16 of the Australian Open with a win over Nicole Vaidisova.\n" +
				"The Olympic champion said: \"I'm happy.\" Davenport plays at the Dubai Open next, and ID checks will be strict at the Open.",
			[]string{"Lindsay Davenport", "Nicole Vaidisova"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := MustSummarize(t, briefbot.Document{Text: tt.text, Published: day(2024, 3, 6)})
			if !slices.Equal(s.Who, tt.want) {
				t.Errorf("Who = %q, want %q", s.Who, tt.want)
			}
		})
	}
}

func TestCompletesNoun(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"les résolutions du Conseil de sécurité", true},
		{"the resolutions of the Security Council", true},
		{"le président du Conseil de sécurité", false},
		{"selon le Conseil de sécurité", false},
	}
	for _, tt := range tests {
		s := &sentence{text: tt.text, toks: tokenize(tt.text)}
		k := -1
		for i, tok := range s.toks {
			if tok.text == "Conseil" || tok.text == "Security" {
				k = i - 1
				break
			}
		}
		for k >= 0 && articles[s.toks[k].low] {
			k--
		}
		sc := runScanner{toks: s.toks}
		if got := sc.completesNoun(k); got != tt.want {
			t.Errorf("completesNoun before the name in %q = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestPlacesAreNotActors(t *testing.T) {
	tests := []struct {
		name, text string
		notWho     string
	}{
		{"compass point", "Le ministère japonais du Tourisme a relevé hier ses prévisions, porté par les liaisons aériennes avec l'Asie du Sud-Est.\nLes visiteurs de l'Asie du Sud-Est sont nombreux, a expliqué Watanabe Emi.", "Asie du Sud-Est"},
		{"compass point of a country", "Des groupes de parieurs basés dans le Nord de l'Italie proposaient de l'argent, selon la BBC.\nLes parieurs du Nord de l'Italie visaient des joueurs, a expliqué Chris Kermode.", "Nord de l'Italie"},
		{"kind of place", "Un séisme a secoué dimanche la préfecture de Miyagi, selon l'Agence météorologique japonaise.\nLa région de Miyagi reste marquée par le séisme de 2011.", "Miyagi"},
		{"natural feature", "Buses that cross the Han River will run later, said Han Ji-woo, a city official.\nThe Han River bridges are busy on weekends.", "Han River"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := MustSummarize(t, briefbot.Document{Text: tt.text, Published: day(2024, 3, 6)})
			if slices.Contains(s.Who, tt.notWho) || len(s.Who) == 0 {
				t.Errorf("Who = %q, want actors without the place %q", s.Who, tt.notWho)
			}
		})
	}
}

func TestHeadlinePlaceOutranksDateline(t *testing.T) {
	doc := briefbot.Document{
		Title: "Pyongyang vante une récolte record",
		Text: "SÉOUL — Les médias d'État nord-coréens ont annoncé hier une récolte de riz record.\n" +
			"À Séoul, le ministère de l'Unification a accueilli l'annonce avec prudence.\n" +
			"Selon l'agence officielle de Pyongyang, les provinces du Sud ont dépassé leurs objectifs.",
		Published: day(2024, 3, 6),
	}
	s := MustSummarize(t, doc)
	if len(s.Where) == 0 || s.Where[0] != "Pyongyang" {
		t.Errorf("Where = %q, want Pyongyang, the headline's place, first", s.Where)
	}
}

func TestMoleculesAreNotActors(t *testing.T) {
	tests := []struct {
		name, title, text, notWho string
	}{
		{"french", "Biologie : une protéine pour réparer l'ADN", "Selon des chercheurs de l'université de Nantes, une protéine d'un ver marin pourrait réparer l'ADN abîmé par les rayons X.", "ADN"},
		{"english", "A protein that repairs DNA", "A protein from a marine worm could repair DNA damaged by X-rays, researchers at the University of Leeds said.", "DNA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := MustSummarize(t, briefbot.Document{Title: tt.title, Text: tt.text, Published: day(2024, 3, 6)})
			if slices.Contains(s.Who, tt.notWho) {
				t.Errorf("Who = %q, want no %q", s.Who, tt.notWho)
			}
		})
	}
}
