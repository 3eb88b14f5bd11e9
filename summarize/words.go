package summarize

import "strings"

// Word lists shared by the extractors, English and French together. All
// entries are lower case.

// stopwords are function words and other common words that carry no
// content; a capitalised stopword at the start of a sentence is no name.
var stopwords = func() map[string]bool {
	m := setOf(`a an the of to in on at for and or but by with from into about over after before
		during since until than then as is are was were be been being has have had do does did will
		would can could should may might must shall not no nor so if while when where which who whom
		whose what this that these those there here it its he she they we you i his her their our
		your my me him them us also just only even more most some any all each every both other such
		very still yet already up down out off again against among between through under per via
		le la les l un une des du de d au aux en dans par pour sur sous avec sans chez vers entre et
		ou mais donc or ni car que qu qui quoi dont où ce cet cette ces se s son sa ses leur leurs
		il elle ils elles on nous vous je tu lui y ne pas plus moins très aussi encore déjà tout
		tous toute toutes selon lors depuis pendant avant après contre comme si est sont été être
		avoir a ont avait avaient était étaient sera seront fait ainsi alors cependant toutefois
		notamment puis enfin auparavant désormais hier aujourd'hui demain
		although though however meanwhile moreover furthermore nevertheless instead otherwise
		besides overall finally firstly secondly later soon now once because despite unlike like
		indeed perhaps maybe thus hence why how whether above below across along around behind
		beyond inside outside throughout toward towards upon within without speaking asked hi
		hello yes dozens hundreds thousands millions several many few none one two three four
		five six seven eight nine ten first second third last next another former top
		breaking live update updated watch read click share photo video pictured image getty
		cependant pourtant ainsi ensuite quand lorsque malgré voici voilà plusieurs certains
		certaines chaque aucun aucune deux trois quatre cinq premier première dernier dernière`)
	for _, p := range profiles {
		for w := range p {
			m[w] = true
		}
	}
	return m
}()

// titleWords come before a person's name: "President Obama", "le ministre
// Park Jin", "M. Macron".
var titleWords = setOf(`mr mrs ms miss dr prof sir dame lord lady m mme mlle me president
	président présidente presidente vice-president vice-président prime premier minister ministre
	secretary secrétaire chancellor chancelier chancelière king roi queen reine prince princess
	princesse pope pape cardinal bishop évêque archbishop general général gen colonel col
	lieutenant lt captain capitaine commander commandant admiral amiral sergeant sgt governor gov
	gouverneur senator sen sénateur sénatrice representative rep congressman congresswoman député
	députée mayor maire judge juge justice attorney procureur prosecutor leader dirigeant dirigeante
	chef chief ceo pdg chairman chairwoman chair director directeur directrice spokesman spokeswoman
	spokesperson porte-parole ambassador ambassadeur ambassadrice envoy émissaire emir émir sheikh
	cheikh ayatollah rabbi imam father père sister soeur coach entraîneur manager boss patron
	patronne founder fondateur fondatrice head official rev homologue homologues counterpart
	counterparts commissioner commissaire superintendent inspector inspecteur detective officer
	constable ministers ministres presidents présidents leaders dirigeants chefs secretaries
	secrétaires ambassadors ambassadeurs senators sénateurs mayors maires judges juges spokesmen`)

// portfolioWords name a minister's field; after a title they belong to
// the title ("Secretary of State", "ministre des Affaires étrangères").
var portfolioWords = setOf(`state foreign affairs affaires interior home finance finances health justice
	education trade commerce economy economic treasury energy environment agriculture transport
	transports labour labor culture defense defence armed forces homeland security intérieur
	étrangères armées santé économie économique éducation travail défense environnement énergie
	sports relations nationale publique européennes outre-mer industry industrie budget digital
	numérique office exchequer general état etat république republic`)

// orgWords mark a name as an organisation.
var orgWords = setOf(`ministry ministère ministere department département council conseil
	commission committee comité comite agency agence office bureau bank banque fund fonds
	party parti union association federation fédération league ligue organisation organization
	organisme institute institut university université school école college collège hospital
	hôpital court cour tribunal parliament parlement assembly assemblée senate sénat congress
	congrès government gouvernement army armée navy force forces police gendarmerie
	brigade service services group groupe company compagnie société corporation corp inc ltd llc
	plc co foundation fondation club fc academy académie times post news journal tribune
	herald guardian telegraph press presse reuters afp bloomberg television télévision radio
	network airlines airline airways motors industries international nations unies united
	alliance coalition front movement mouvement church église authority autorité board
	secretariat secrétariat red cross croix-rouge sénat kremlin pentagon élysée matignon
	commission européenne nato otan onu fbi cia nasa parquet préfecture mairie syndicat prosecutor
	prosecutors`)

// facilityWords end the names of buildings and sites an event may take
// place at: "the White House", "Sandilands Station".
var facilityWords = setOf(`house palace square stadium airport station street road avenue
	hospital park bridge circuit church cathedral prison embassy consulate hotel tower centre
	center hall arena building château palais place stade aéroport gare rue boulevard pont
	cathédrale église ambassade consulat hôtel tour jardin jardins parc quai allée route lac
	lake mont mount river rivière fleuve île island`)

// demonyms are English nationality words; written with a capital, they
// name no actor and no place.
var demonyms = setOf(`american americans british briton britons english french german germans
	russian russians chinese japanese korean koreans ukrainian ukrainians israeli israelis
	palestinian palestinians iranian iranians iraqi iraqis syrian syrians afghan afghans pakistani
	pakistanis indian indians turkish italian italians spanish canadian canadians mexican mexicans
	brazilian brazilians australian australians european europeans african africans asian asians
	arab arabs egyptian egyptians saudi saudis lebanese polish dutch belgian swiss swedish
	norwegian danish irish scottish welsh greek greeks nigerian nigerians kenyan ethiopian cuban
	venezuelan colombian argentine argentinian chilean peruvian vietnamese thai filipino
	indonesian malaysian taiwanese belarusian georgian armenian serbian croatian hungarian
	romanian bulgarian czech slovak austrian finnish portuguese kurdish kurds soviet western
	eastern northern southern latin muslim muslims christian christians jewish catholic sunni
	shia shiite islamic democrat democrats republican republicans conservative conservatives
	north south east west central`)

// eventWords end the names of events, which are neither actors nor places:
// "World Series", "Election Day", "Brazilian Grand Prix".
var eventWords = setOf(`series cup championship championships prix games olympics day festival
	awards award election elections summit war conference tournament trophy final finals
	marathon season week game match show coupe championnat jeux élection élections sommet
	guerre conférence tournoi saison semaine journée`)

// reportingVerbs introduce what someone said: the date next to one is the
// date of the report, not of the event.
var reportingVerbs = setOf(`said says say saying announced announces announce stated states told
	tells reported reports declared declares confirmed confirms added adds explained noted
	revealed claimed claims insisted wrote tweeted according annoncé annonce annoncent déclaré
	déclare déclarent indiqué indique indiquent affirmé affirme affirment précisé précise
	expliqué explique rapporté rapporte confirmé confirme souligné souligne ajouté ajoute estimé
	estime assuré assure communiqué dit selon publié publie révélé révèle fait savoir`)

// locatives are the prepositions that put an event in a place.
var locatives = setOf(`in at near outside inside across throughout around à au aux en dans
	près devant depuis sur within`)

// attributives are the prepositions after which a place describes a thing
// or a person rather than where the event happened.
var attributives = setOf(`of de des du d from`)

// nameJoiners may stand between the capitalised words of one name.
var nameJoiners = setOf(`of de du des d' la l' van von der den bin ben al el da di del dos y`)

// backgroundCues open sentences that tell of earlier events.
var backgroundCues = []string{"auparavant", "plus tôt", "précédemment", "earlier", "previously",
	"last year", "l'an dernier", "l'année dernière", "in the past", "dans le passé",
	"avant cela", "before that", "en 19", "en 20", "in 19", "in 20", "since", "depuis"}

// isBackground reports whether a sentence opens on a cue for earlier events.
func isBackground(text string) bool {
	low := strings.ToLower(strings.ReplaceAll(text, "’", "'"))
	for _, c := range backgroundCues {
		if strings.HasPrefix(low, c) {
			return true
		}
	}
	return false
}

// englishArticles may open a name run without being part of the name.
var englishArticles = setOf(`the a an`)

// articleWords are the articles and pronouns that end no name.
var articleWords = setOf(`the a an i le la les un une`)
