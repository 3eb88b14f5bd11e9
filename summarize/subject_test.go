package summarize

import (
	"slices"
	"testing"
	"time"

	"briefbot"
)

// TestHeadlineSubject checks that the subject of the headline's verb leads
// Who: a country (with the article French gives it), a name, a described
// actor; and that a venue is no actor.
func TestHeadlineSubject(t *testing.T) {
	pub := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, title, text, lang string
		first                   string // Who[0]; "" for no matter
		absent                  string // a name Who must not hold
	}{
		{"country", "Japan enters recession", "The economy shrank by 0.4% in the third quarter, the second fall in a row, economist Masamichi Adachi said on Monday.", "en", "Japan", ""},
		{"a counted actor", "France : mort de deux skieurs hors-piste",
			"Deux skieurs hors-piste ont perdu la vie en Savoie ce vendredi.", "fr", "Deux skieurs hors-piste", ""},
		{"a lead that opens on the hour", "De nombreux morts dans un accident de tramway à Londres",
			"Vers 6 h 10 ce mercredi 9 novembre, un tramway est sorti de ses rails à Croydon, au sud de Londres.", "fr", "Un tramway", ""},
		{"a nationality before its noun is no actor", "Banks merge",
			"Two Nigerian banks have agreed to merge, the central bank said on Monday.", "en", "", "Two Nigerian"},
		{"a headline in title case", "Tram Derails in Croydon, Near London, Killing at Least 7",
			"At least seven people were killed when a tram derailed near London on Wednesday, the police said. The tram was carrying commuters, said Andy Sloan of the London Ambulance Service.", "en",
			"Tram", "Derails"},
		{"a name in a headline in title case", "Jolene Hart Wins Ohio Mayoral Race",
			"The former teacher Jolene Hart beat two rivals on Tuesday with 54% of the vote, officials said.", "en", "Jolene Hart", "Wins"},
		{"name after a title", "Lady Gaga protests outside Trump Tower", "The singer Lady Gaga joined protesters outside Trump Tower in New York on Wednesday, holding a sign.", "en", "Lady Gaga", "Trump Tower"},
		{"an honorific before one name", "Lady Marmalade opens a bakery in Leeds", "The singer Lady Marmalade opened a bakery in Leeds on Saturday, with Paul Hollis, her manager.", "en", "Lady Marmalade", "Marmalade"},
		{"no honorific before a full name", "Sir Keir Starmer visits Leeds", "Sir Keir Starmer visited a hospital in Leeds on Friday, with the health secretary Wes Streeting.", "en", "Keir Starmer", ""},
		{"described actor", "Un automobiliste fonce sur des piétons à Lyon", "Un automobiliste a foncé mercredi sur des piétons dans le centre de Lyon, blessant trois personnes, a indiqué la police.", "fr", "Un automobiliste", ""},
		{"label then country", "Corée : la Corée du Nord tire un missile", "La Corée du Nord a tiré mardi un missile balistique en mer du Japon, a indiqué l'armée de Séoul.", "fr", "Corée du Nord", ""},
		{"the lead's subject when the headline has none", "France : grave accident sur l'A8",
			"Ce samedi vers 9 heures, une femme d'une quarantaine d'années est décédée sur l'autoroute A8, après un choc avec un camion.", "fr",
			"Une femme d'une quarantaine d'années", ""},
		{"noun completed by a name", "La grève de la SNCF paralyse le pays", "Aucun train ne circulait jeudi entre Paris et Lyon, a indiqué la direction.", "fr", "La grève de la SNCF", ""},
		{"described group with its institute", "Physique : une mesure inédite du proton",
			"Des physiciens du CERN ont mesuré le rayon du proton avec une précision jamais atteinte, selon un article publié mardi.", "fr",
			"Des physiciens du CERN", "CERN"},
		{"an ordinal is no actor", "Chômage : une hausse inattendue",
			"Les dernières données montrent une hausse du chômage au troisième trimestre, a expliqué l'économiste Marie Dupont.", "fr", "Marie Dupont", "Les dernières"},
		{"the lead's country after phrases of circumstance", "Économie : une récession record en 2023",
			"Après trois années de croissance, avec un taux de 5 % par an, le Malawi voit son économie reculer de 4 % en 2023, selon le FMI.", "fr",
			"Malawi", ""},
		{"described actors joined by and", "Retraites : mobilisation contre la réforme",
			"Plusieurs syndicats et partis politiques défilaient jeudi à Paris contre la réforme des retraites.", "fr",
			"Plusieurs syndicats et partis politiques", ""},
		{"the lead's subject before a description", "Industrie : démission du directeur choisi par Paul Verdier",
			"Jean Morel, le directeur de l'usine nommé par Paul Verdier, a démissionné lundi.\nPaul Verdier, le président du groupe, a salué son travail. Paul Verdier a nommé un successeur.", "fr",
			"Jean Morel", ""},
		{"the lead describes the headline's actor more fully", "Coupe d'Europe : une équipe de Lyon triomphe à Budapest",
			"L'équipe de Lyon de handball a remporté dimanche la coupe d'Europe face à Győr, devant 8 000 spectateurs.", "fr",
			"L'équipe de Lyon de handball", ""},
		{"a name only the headline gives", "Jolene Hart wins Ohio mayoral race",
			"The former teacher beat two rivals on Tuesday with 54% of the vote, officials said.", "en", "Jolene Hart", ""},
		{"un nom que seul le titre donne", "Pierre Durand aurait été payé par un fonds secret",
			"Selon le journal, l'ancien ministre a reçu 200 000 euros entre 2012 et 2014. La justice a ouvert une enquête mardi.", "fr", "Pierre Durand", ""},
		{"the headline's other way of writing a body name", "Faultless Federer storms into Dubai final",
			"Roger Federer beat Ivan Ljubicic in straight sets on Friday to reach the final of the Dubai Open.", "en", "Roger Federer", "Faultless Federer"},
		{"a count of described actors where they are", "Mine rescue: race to reach trapped workers",
			"Dozens of rescuers in Chile are trying to reach four miners trapped deep in a flooded shaft. Lucia Ortega, a local resident, wrote online that she prayed for them.", "en",
			"Dozens of rescuers", ""},
		{"des dizaines d'acteurs décrits", "Québec : grève des chauffeurs",
			"Des milliers de chauffeurs de taxi du Québec ont fait grève lundi contre Uber.", "fr",
			"Des milliers de chauffeurs de taxi du Québec", ""},
		{"a described actor with its nationality", "Le gouvernement écossais réclame un référendum",
			"Le gouvernement écossais a réclamé lundi un nouveau référendum d'indépendance, selon un communiqué.", "fr",
			"Le gouvernement écossais", ""},
		{"a noun with an agent's ending that names no one", "Disaster claims 'less than $10bn'",
			"Insurers will pay less than $10bn for the floods, the broker Hanover Re said on Monday.", "en",
			"Insurers", "Disaster"},
		{"lead names the actor", "Le Sénégal élit un nouveau président", "Bassirou Diomaye Faye a prêté serment mardi à Dakar, devenant le plus jeune président du Sénégal.", "fr", "Bassirou Diomaye Faye", "Sénégal"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := MustSummarize(t, briefbot.Document{Title: tt.title, Text: tt.text, Lang: tt.lang, Published: pub})
			if tt.first != "" && (len(s.Who) == 0 || s.Who[0] != tt.first) {
				t.Errorf("Who = %q, want %q first", s.Who, tt.first)
			}
			if tt.absent != "" && slices.Contains(s.Who, tt.absent) {
				t.Errorf("Who = %q holds %q", s.Who, tt.absent)
			}
		})
	}
}
