package ask

// answerKind is the kind of answer a question asks for.
type answerKind int

// The kinds of answer.
const (
	kindWhat   answerKind = iota // an event or a statement
	kindWho                      // a person or an organisation
	kindWhere                    // a place
	kindWhen                     // a date
	kindNumber                   // a quantity
	kindWhy                      // a cause
)

// questionWords name the kind of answer; keys are folded (see fold). "où"
// is read before folding, as its folded form is the French "or".
var questionWords = map[string]answerKind{
	"who": kindWho, "whom": kindWho, "whose": kindWho, "qui": kindWho,
	"where": kindWhere,
	"when":  kindWhen, "quand": kindWhen,
	"combien": kindNumber,
	"why":     kindWhy, "pourquoi": kindWhy,
	"what": kindWhat, "which": kindWhat, "quoi": kindWhat, "que": kindWhat, "qu": kindWhat,
	"quel": kindWhat, "quelle": kindWhat, "quels": kindWhat, "quelles": kindWhat, "how": kindWhat,
}

// questionStopwords carry no content in a question.
var questionStopwords = wordSet(`who whom whose what which where when why how many much
	did do does done is are was were be been being has have had will would can could
	should may might shall the a an of to in on at for from by with about into over as
	and or but not no this that these those there here it its they them their he him his
	she her we us our you your i me my any some
	qui que quoi qu ou quand combien pourquoi quel quelle quels quelles est sont etait
	ont a ai as avait avaient fait le la les l un une des du de d en au aux et sur dans
	par pour avec ce cet cette ces il elle ils elles on se s leur leurs son sa ses y
	t-il t-elle est-ce ce que c n ne pas happen happened happens passe passee arrive`)

// verbSynonyms relate common news verbs across English and French; every
// word of a row stands for the others. Entries are folded; "*" marks a
// prefix. A verb narrows an answer but is not what a question is about.
var verbSynonyms = [][]string{
	{"say", "says", "said", "saying", "tell", "told", "state*", "dit", "dire", "declar*", "affirm*", "soulign*", "annonc*", "announc*", "indiqu*", "precis*", "expliqu*"},
	{"meet", "meets", "met", "meeting*", "talks", "summit", "rencontr*", "reunion*", "reuni*", "sommet", "entretien*"},
	{"agree", "agreed", "agreement*", "deal", "accord*", "entente", "pact"},
	{"deny", "denies", "denied", "denial", "dement*", "nie", "nient", "nier", "refut*", "aucun*"},
	{"want", "wants", "wanted", "seek*", "sought", "souhait*", "veut", "veulent", "voul*", "cherch*"},
	{"sign", "signs", "signed", "signing", "sign*"},
	{"rise", "rose", "rises", "climb*", "gain*", "increase*", "hausse", "augment*", "releve", "relev*", "grimp*"},
	{"fall", "fell", "falls", "drop*", "decline*", "baisse", "recul*"},
	{"open", "opens", "opened", "ouvr*", "inaugur*"},
	{"extend", "extends", "extended", "prolong*", "etend*"},
	{"decide", "decides", "decided", "decision*", "decid*", "decis*"},
	{"issue", "issued", "issues", "grant*", "deliv*"},
	{"hit", "hits", "struck", "shook", "shake*", "secou*", "frapp*"},
	{"warn", "warns", "warned", "warning*", "avert*", "mis en garde"},
	{"announce", "announced", "annonc*", "announc*"},
}

// nounSynonyms relate common news nouns and the verbs that name an event
// across English and French, like verbSynonyms.
var nounSynonyms = [][]string{
	{"attack*", "strike*", "frappe*", "attaqu*"},
	{"weapon*", "arms", "armement*", "arme", "armes"},
	{"missile*", "missile*"},
	{"launch*", "fire", "fired", "fires", "lanc*", "tir*"},
	{"kill*", "dead", "death*", "tue*", "mort*", "victime*"},
	{"win", "won", "wins", "victory", "remport*", "gagn*", "victoire"},
	{"rate*", "taux"},
	{"price*", "prix"},
	{"minister*", "ministre*"},
	{"ministry", "ministere"},
	{"foreign", "etranger*", "etrangere*"},
	{"president*", "president*"},
	{"government*", "gouvernement*"},
	{"law", "bill", "loi", "projet de loi"},
	{"vote*", "voted", "scrutin", "adopt*"},
	{"election*", "elect*", "scrutin"},
	{"visit*", "visite*"},
	{"cooperat*", "cooper*"},
	{"military", "militaire*", "defence", "defense"},
	{"security", "securite"},
	{"nuclear", "nucleaire*"},
	{"earthquake*", "quake", "seisme*", "tremblement de terre"},
	{"record*", "record*"},
	{"inflation", "inflation"},
	{"visa*", "visa*"},
	{"researcher*", "scientist*", "chercheur*"},
	{"harvest*", "crop*", "recolte*"},
	{"tourist*", "touris*", "visitor*", "visiteur*"},
	{"bank", "banks", "banque*"},
	{"strong*", "powerful", "magnitude", "puissan*", "fort", "forte"},
	{"putin", "poutine"},
	{"zelensky*", "zelenski*"},
	{"country", "countries", "pays", "nation", "nations"},
	{"train*", "rail*", "ferroviaire*"},
	{"school*", "ecole*"},
	{"study", "studies", "etude*"},
	{"united nations", "un", "onu", "nations unies"},
}

// causeCues introduce a cause, in English and French (folded).
var causeCues = []string{"because", "due to", "owing to", "as a result", "after", "since",
	"so that", "to help", "in order to", "in a bid to", "aimed at", "to carry", "to attract",
	"to reduce", "to cut", "to boost", "to ease", "to avoid", "to protect", "parce que", "parce qu", "car", "en raison",
	"a cause", "grace a", "afin de", "pour", "apres", "suite a", "faute de"}

// numberWords are quantities written out (folded).
var numberWords = wordSet(`two three four five six seven eight nine ten eleven twelve twenty
	thirty forty fifty hundred hundreds thousand thousands million millions billion
	billions dozen dozens deux trois quatre cinq six sept huit neuf dix onze douze vingt
	trente quarante cinquante cent cents mille million millions milliard milliards
	dizaine dizaines centaine centaines`)

// dateWords mark a date expression (folded).
var dateWords = wordSet(`monday tuesday wednesday thursday friday saturday sunday today
	yesterday tomorrow tonight morning week month year january february march april may
	june july august september october november december jan feb sept oct nov dec
	lundi mardi mercredi jeudi vendredi samedi dimanche aujourd hier demain matin semaine
	mois annee janvier fevrier mars avril mai juin juillet aout septembre octobre novembre
	decembre`)

// actorWords name organisations and roles (folded).
var actorWords = wordSet(`ministry minister president government spokesman spokeswoman
	spokesperson police officials official company agency council committee kremlin
	bank union ministere ministre president gouvernement porte parole police responsables
	entreprise agence conseil comite banque syndicat`)

// wordSet is the set of the folded words of s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range foldWords(s) {
		m[w] = true
	}
	return m
}
