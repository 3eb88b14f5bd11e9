package ask

import "strings"

// The words that tell the type of an answer, in English and French,
// folded. They belong with each language's question words in its
// lexicon (lang.Questions); they are here until the lexicons hold them.

// typeNouns name the kind of answer a "which …?" or "quel …?" question
// asks for: "which judge", "quel magazine", "what share".
var typeNouns = map[string]map[string]answerType{
	"en": nounTypes(map[answerType]string{
		{kind: kindWho, want: wantPerson}: `journalist reporter judge senator minister president leader player
			coach manager man woman person actor actress singer official candidate spokesman spokeswoman
			author editor director chairman chief executive ceo mayor governor king queen athlete driver
			pilot lawyer prosecutor scientist researcher doctor footballer captain premier chancellor
			secretary commander boss founder winner victim suspect rival successor predecessor striker
			goalkeeper musician artist writer`,
		{kind: kindWho, want: wantOrg}: `company firm group magazine newspaper paper party team club agency
			organisation organization band airline union bank channel network court ministry department
			carmaker website broadcaster broadcasters publisher airline manufacturer`,
		{kind: kindWhere}: `country city town region state province village airport island islands capital
			area district county stadium venue`,
		{kind: kindWhen}:                      `year day month date week decade`,
		{kind: kindNumber, unit: unitPercent}: `share percentage percent proportion turnout`,
		{kind: kindNumber, unit: unitMoney}:   `price cost amount sum fee fine salary budget value worth`,
		{kind: kindNumber, unit: unitRank}:    `position rank ranking`,
		{kind: kindNumber}:                    `time score rate speed height temperature age toll total number figure magnitude`,
	}),
	"fr": nounTypes(map[answerType]string{
		{kind: kindWho, want: wantPerson}: `journaliste juge senateur ministre president presidente dirigeant
			dirigeante joueur joueuse entraineur selectionneur homme femme personne acteur actrice chanteur
			chanteuse responsable candidat candidate auteur directeur directrice maire gouverneur roi reine
			athlete pilote avocat avocate procureur chercheur chercheuse medecin capitaine chancelier
			secretaire general patron patronne fondateur vainqueur victime suspect rival successeur
			musicien artiste ecrivain`,
		{kind: kindWho, want: wantOrg}: `entreprise societe groupe magazine journal quotidien hebdomadaire
			parti equipe club agence organisation organisme compagnie syndicat banque chaine reseau
			tribunal cour ministere site constructeur editeur`,
		{kind: kindWhere}:                     `pays ville region etat province village aeroport ile iles capitale zone departement stade commune`,
		{kind: kindWhen}:                      `annee an jour mois date semaine`,
		{kind: kindNumber, unit: unitPercent}: `part pourcentage proportion participation`,
		{kind: kindNumber, unit: unitMoney}:   `prix cout montant somme amende salaire budget valeur`,
		{kind: kindNumber, unit: unitRank}:    `place position rang classement`,
		{kind: kindNumber}:                    `temps score taux vitesse hauteur temperature age bilan total nombre chiffre magnitude`,
	}),
}

// measureNouns name what a figure measures, not what unit it has: a
// sentence must name the measure beside its figure ("the magnitude").
var measureNouns = set(`score rate speed height temperature age magnitude taux vitesse hauteur temperature`)

// moneyNouns are what a sum of money measures: "what were its sales".
var moneyNouns = set(`sales revenue revenues turnover profit profits earnings income budget cost costs price
	prices debt spending investment salary salaries ventes recettes benefice benefices revenu revenus
	dette depenses investissement salaire salaires`)

// howPhrases are the question phrases of two or three words that ask for
// a type of answer: "how long", "combien de temps".
var howPhrases = map[string]answerType{
	"how many":         {kind: kindNumber, unit: unitCount},
	"how much":         {kind: kindNumber, unit: unitAmount},
	"how long":         {kind: kindNumber, unit: unitDuration},
	"how old":          {kind: kindNumber},
	"how far":          {kind: kindNumber},
	"what time":        {kind: kindNumber},
	"combien de temps": {kind: kindNumber, unit: unitDuration},
	"combien coute":    {kind: kindNumber, unit: unitAmount},
	"combien de":       {kind: kindNumber, unit: unitCount},
	"combien d":        {kind: kindNumber, unit: unitCount},
}

// amountVerbs make a count a sum of money: "how much did it cost",
// "combien a-t-il payé".
var amountVerbs = set(`cost costs pay paid pays spend spent spends earn earned earns coute coutent coutera
	paye payer payera depense depenser depensera gagne gagnent gagner`)

// figureVerbs are verbs of a price or an index, after which a question
// ending on "at" or "to" asks for a figure: "what did Brent crude close at?".
var figureVerbs = set(`close closed closes end ended ends rise rose risen fall fell fallen drop dropped
	climb climbed reach reached trade traded`)

// quoteVerbs ask for someone's words: "what did he say?", "qu'a dit le juge ?".
var quoteVerbs = set(`say said says tell told call called describe described claim claimed think thought
	dit dire declare declarer qualifie qualifier affirme affirmer repondu repond`)

// Units of figures in a sentence.
var (
	currencyWords = set(`dollar dollars euro euros pound pounds sterling rupee rupees real reals yen yuan
		won franc francs peso pesos rouble roubles ruble rubles dinar dinars usd eur gbp`)
	magnitudeWords = set(`million millions billion billions bn m k trillion milliard milliards thousand mille`)
	percentWords   = set(`percent pourcent pct`)
	durationWords  = set(`second seconds minute minutes hour hours day days week weeks month months year
		years decade decades seconde secondes heure heures jour jours semaine semaines mois an ans annee annees`)
	ordinalMarks = set(`e eme er ere th st nd rd`)
)

// countNouns are what a count counts when it counts people: "how many
// people died" asks how many died.
var countNouns = set(`people persons person individuals personnes personne gens individus`)

// durationVerbs are how a question asks how long something lasts: "how
// long will it last?", "combien de temps dure …".
var durationVerbs = set(`last lasts lasted take takes took taken dure durent durera dureront durer dure`)

// lightVerbs carry no meaning of their own in a question: "quelle place
// a obtenue X", "what did X get".
var lightVerbs = set(`get gets got gotten obtain obtains obtained make makes made give gives gave given
	obtenu obtenue obtenus obtenues obtient obtenir obtiennent pris prise prendre fait faire eu va vont
	allait going lieu`)

// prepositions end the verb of a count question: "how many flights were
// cancelled at Toulouse".
var prepositions = set(`in at on over from to by with for during after before since into across de du des
	d a au aux en dans sur pour par avec depuis pendant apres avant lors chez`)

// aboutWords introduce what someone's words are about: "what did he say
// about the judge?".
var aboutWords = set(`about concerning regarding sur propos sujet concernant`)

// inAll are the ways of saying "in all": a total.
var inAll = []string{"in all", "in total", "altogether", "au total", "en tout", "total"}

// pronouns stand for the person a brief's story is about: "what did he
// say?", "il a annoncé".
var pronouns = set(`he she him il elle lui`)

// emphatics add nothing to a name: "Trump himself".
var emphatics = set(`himself herself itself themselves meme`)

// set builds a set of words from a space-separated list.
func set(words string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(words) {
		out[w] = true
	}
	return out
}

// nounTypes reads a table of answer types to their nouns.
func nounTypes(table map[answerType]string) map[string]answerType {
	out := map[string]answerType{}
	for t, words := range table {
		for _, w := range strings.Fields(words) {
			out[w] = t
		}
	}
	return out
}
