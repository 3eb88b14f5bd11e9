package lang

import "time"

// french is the lexicon of French.
var french = Lexicon{
	Code: "fr",
	Text: Text{
		FunctionWords: set(`le la les de des du et est un une en dans pour que qui sur au aux par pas
			ne se sont ont été il elle ils avec selon mais cette ces son sa leurs lors a été plus`),
		Stopwords: set(`le la les l un une des du de d au aux en dans par pour sur sous avec sans chez
			vers entre et ou mais donc or ni car que qu qui quoi dont où ce cet cette ces se s son sa
			ses leur leurs il elle ils elles on nous vous je tu lui y ne pas plus moins très aussi
			encore déjà tout tous toute toutes selon lors depuis pendant avant après contre comme si
			est sont été être avoir a ont avait avaient était étaient sera seront fait ainsi alors
			cependant toutefois notamment puis enfin auparavant désormais hier aujourd'hui demain
			pourtant ensuite quand lorsque malgré voici voilà plusieurs certains certaines chaque
			aucun aucune deux trois quatre cinq premier première dernier dernière`),
		Abbreviations: set(`m mm mme mlle me av bd janv févr fév avr juil sept oct nov déc etc cf env
			p pp no vol`),
		SentenceStarters: set(`le la les il elle ils elles on mais et ce cette ces un une des du selon
			après avant en dans pour lors depuis`),
		Elisions: set(`l d qu s n j m c t jusqu lorsqu puisqu quelqu`),
	},
	Dates:     frenchDates,
	Names:     frenchNames,
	Clauses:   frenchClauses,
	Groups:    frenchGroups,
	Furniture: frenchFurniture,
	Questions: frenchQuestions,
	Topics:    frenchTopics,
	Concepts:  frenchConcepts,
}

var frenchDates = Dates{
	Months: map[string]time.Month{
		"janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "mars": 3,
		"avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
		"septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12, "déc": 12,
	},
	Weekdays: map[string]time.Weekday{
		"dimanche": time.Sunday, "lundi": time.Monday, "mardi": time.Tuesday, "mercredi": time.Wednesday,
		"jeudi": time.Thursday, "vendredi": time.Friday, "samedi": time.Saturday,
	},
	Ordinals:    set(`er re`),
	DayArticles: set(`le ce`),
	Relatives: map[string]int{
		"aujourd'hui": 0, "ce matin": 0, "cet après-midi": 0, "ce soir": 0, "cette nuit": 0,
		"hier": -1, "avant-hier": -2, "demain": 1, "après-demain": 2, "la semaine dernière": -7,
		"la semaine passée": -7, "plus tôt cette semaine": -2, "en début de semaine": -2,
		"plus tôt ce mois-ci": -7, "au début du mois": -7, "le mois dernier": -30,
		"le mois passé": -30, "il y a quelques jours": -3, "il y a un jour": -1,
		"il y a une semaine": -7,
	},
	Counts: map[string]int{
		"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
	},
	DaysAgo:    "il y a N jours",
	WeeksAgo:   "il y a N semaines",
	Vague:      []string{"semaine", "mois", "quelques"},
	PartsOfDay: set(`matin soir après-midi midi nuit soirée matinée`),
	Nights:     set(`nuit matinée soirée`),
	NightOf:    set(`de du`),
	NightTo:    set(`à au`),
	This:       set(`ce dès`),
	LastAfter:  set(`dernier passé`),
	NextAfter:  set(`prochain prochaine`),
	Future: set(`va vont sera seront aura auront prévu prévue prévus prévues doit doivent devrait
		devraient`),
	FutureEnds: []string{"ra", "ront"},
	Pluperfect: set(`avait avaient`),
}

var frenchNames = Names{
	Sovereigns: set(`pape roi reine prince princesse empereur impératrice`),
	Titles: set(`m mme mlle me président présidente vice-président premier ministre secrétaire
		chancelier chancelière roi reine prince princesse pape cardinal évêque général colonel
		lieutenant capitaine commandant amiral gouverneur sénateur sénatrice député députée maire
		juge procureur dirigeant dirigeante chef pdg directeur directrice porte-parole ambassadeur
		ambassadrice émissaire émir cheikh imam père soeur coach entraîneur manager patron patronne
		fondateur fondatrice homologue homologues commissaire inspecteur ministres présidents
		dirigeants chefs secrétaires ambassadeurs sénateurs maires juges`),
	Portfolios: set(`affaires finance finances justice commerce agriculture transport transports
		culture intérieur étrangères armées santé économie économique éducation travail défense
		environnement énergie sports relations nationale publique européennes outre-mer industrie
		budget numérique état etat république`),
	Joiners:         set(`de du des d' la l'`),
	Articles:        set(`le la les l' un une`),
	Indefinites:     set(`un une`),
	ArticlesInNames: true,
	NonNames:        set(`le la les un une`),
	OrgWords: set(`ministère ministere département conseil commission comité comite agence bureau
		banque fonds parti union association fédération ligue organisation organisme institut
		université école collège hôpital cour tribunal parlement assemblée sénat congrès gouvernement
		fondation académie
		armée force forces police gendarmerie brigade service services groupe compagnie société presse
		afp télévision radio nations unies alliance coalition front mouvement église autorité
		secrétariat croix-rouge élysée matignon européenne otan onu parquet préfecture mairie
		syndicat`),
	OrgHeads: set(`agence société entreprise groupe syndicat constructeur compagnie opérateur banque
		parti fabricant`),
	PhraseHeads: set(`ministère`),
	// not "cabinet", also a firm's: "le cabinet Deloitte"
	LedBodies:     set(`gouvernement administration régime`),
	OrgAdjectives: set(`unies unis suprême démocrate démocrates conservateur conservatrice vert verts`),
	GroupColours:  set(`bleus jaunes rouges verts blancs noirs bleues vertes blanches noires`),
	AdjectiveEnds: []string{"al", "ale", "aux", "ales", "ique", "iques", "ien", "ienne", "éen", "éenne",
		"ais", "aise", "ois", "oise", "el", "elle", "aire", "aires", "if", "ive", "ain", "aine", "ier",
		"ière", "iste", "istes", "unies", "unis", "suprême"},
	Facilities: set(`château palais place stade aéroport gare rue boulevard pont cathédrale église
		ambassade consulat hôtel tour jardin jardins parc quai allée route lac mont rivière fleuve île
		avenue prison circuit station patinoire salle`),
	EventWords: set(`prix festival marathon match coupe championnat jeux élection élections sommet
		guerre conférence tournoi saison semaine journée mondial constitution traité charte eurovision`),
	Events: setOf("six nations", "ligue des champions", "ligue europa", "grand chelem"),
	EventHeads: set(`jeux tour concours coupe coupes championnat championnats festival salon grand noël nouvel pâques open
		trophée internationaux cérémonie rallye ouverture clôture résultats`),
	PlaceTitles: set(`maire préfet gouverneur`),
	PlaceHeads: set(`boulevard rue avenue place jardin jardins parc quai allée route lac mont île comté
		province région gare aéroport stade pont port cap état états rivière fleuve grotte calanques
		val vallée wilaya massif plateau forêt col baie golfe plage`),
	PlaceNouns: set(`province provinces district districts village villages région régions département
		ville villes comté commune quartier préfecture préfectures canton cantons île`),
	Features: set(`rivière fleuve lac montagne montagnes mer baie détroit vallée canal océan péninsule
		golfe désert volcan`),
	CompassPoints: set(`nord sud est ouest nord-est nord-ouest sud-est sud-ouest`),
	NearWords:     set(`près proximité environs banlieue centre nord sud est ouest`),
	NotActors: set(`pdg pib terre lune soleil univers saturne jupiter vénus neptune uranus noël nouvel pâques nations
		adn arn vih sida smic tva avc`),
	Languages: set(`mandarin cantonais hindi ourdou swahili arabe hébreu latin espéranto gaélique
		tagalog farsi pachto yiddish`),
	Employers: set(`chez`),
	Media: set(`internet web wikipédia youtube facebook twitter instagram tiktok snapchat whatsapp
		telegram netflix spotify google linkedin nature science cell lancet`),
	Descriptors: set(`chanteur chanteuse acteur actrice joueur joueuse entraîneur patron coureur
		avocat`),
	Locatives:    set(`à au aux en dans près devant depuis sur`),
	Here:         set(`ici`),
	Attributives: set(`de des du d`),
	OfWords:      set(`de du des d'`),
	SourceCues:   set(`selon`),
	Posted:       set(`sur`),
}

var frenchClauses = Clauses{
	ReportingVerbs: set(`annoncé annonce annoncent déclaré déclare déclarent indiqué indique indiquent
		affirmé affirme affirment précisé précise expliqué explique rapporté rapporte confirmé
		confirme souligné souligne ajouté ajoute estimé estime assuré assure communiqué dit selon
		publié publie révélé révèle fait savoir`),
	InfinitiveEnds: []string{"er", "ir"},
	NounEnds:       []string{"ier"},
	Statements: set(`accuse accusent dénonce dénoncent appelle appellent exhorte critique critiquent
		salue saluent réclame réclament menace menacent promet promettent`),
	That:          set(`que qu'`),
	Ands:          set(`et`),
	Subordinators: set(`alors tandis après malgré lorsque vers pendant durant`),
	CauseBreaks:   set(`après alors tandis lorsque car parce malgré avant depuis`),
	SubjectBreaks: set(`de des du à en dans pour avec sur`),
	ClauseBreaks: set(`pour afin alors tandis après avant lors lorsque qui où dont car parce malgré
		entre avec sans depuis selon`),
	Auxiliaries: set(`a ont est sont était étaient avait avaient sera seront serait seraient aura
		auront aurait auraient va vont fut furent doit doivent devrait devraient peut peuvent
		pourrait pourraient vient viennent`),
	VerbMarks: set(`se s' n'`),
	Causatives: set(`conduit conduisent amené amène amènent poussé pousse poussent contraint
		contraignent obligé oblige obligent forcé forcent incité incite incitent`), // not "force", a noun
	Background: []string{"auparavant", "plus tôt", "précédemment", "l'an dernier", "l'année dernière",
		"dans le passé", "avant cela", "en 19", "en 20", "depuis"},
	SourceOpeners: []string{"selon", "d'après", "d’après"},
	SourceEnders: []string{"a déclaré", "a indiqué", "a annoncé", "a affirmé", "a précisé", "ont déclaré",
		"ont indiqué", "selon"},
	HeadlineVerbs: []string{"affirme", "déclare"},
	HeadlineFrom:  []string{"selon"},
	LightVerbs:    []string{"prendre des mesures afin de", "prendre des mesures pour"},
}

var frenchGroups = Groups{
	Quantifiers: []string{"au moins", "plus de", "près de", "environ", "quelque"},
	Counts: set(`plusieurs dizaines centaines milliers onze douze quinze vingt trente cinquante
		cent`),
	Of: set(`de`),
	Nouns: set(`personnes passagers enfants élèves soldats civils policiers ouvriers victimes migrants
		manifestants habitants touristes mineurs supporters`),
	Casualties: set(`tués morts blessés disparus secourus arrêtés évacués bloqués`),
	Roles:      set(`conducteur tireur kamikaze assaillant suspect pilote`),
	Agents: set(`homme hommes femme femmes enfant fille filles garçon parents père mère famille
		couple équipe police gendarmes gouvernement syndicats maire juge député députée élu élus
		ministre président présidente patron patronne médecin chef groupe armée autorités
		population forces troupes collectif parlement`),
	Vehicles: set(`avion avions appareil hélicoptère train trains tramway tram autocar autocars bus
		camion camions voiture voitures bateau bateaux navire navires ferry`),
	AgentEnds: []string{"eur", "eurs", "euse", "euses", "iste", "istes", "ien", "iens", "ienne",
		"iennes", "aire", "aires", "ier", "iers", "ière", "ières", "ant", "ants", "ante", "antes"},
	NotAgents: set(`premier premiers première premières dernier derniers dernière dernières entier
		entiers entière entières particulier particuliers particulière particulières
		janvier février devant pendant durant cependant pourtant autant maintenant auparavant
		ailleurs derrière arrière ancien anciens ancienne anciennes meilleur meilleurs meilleure
		intérieur extérieur supérieur inférieur majeur mineure important importante importants
		importantes puissant puissante puissants puissantes suivant suivante suivants suivantes
		précédent courant courante restant restante vivant vivante sortant sortante indépendant
		indépendante insuffisant insuffisante constant constante affaire affaires anniversaire
		salaire salaires dossier dossiers quartier quartiers chantier chantiers papier papiers
		courrier soutien maintien entretien lien liens bien biens quotidien quotidienne
		quotidiens frontière frontières lumière lumières manière manières matière matières
		carrière carrières barrière barrières rivière rivières poussière montant montants
		instant instants carburant carburants restaurant restaurants secteur secteurs valeur
		valeurs faveur hauteur profondeur longueur ampleur chaleur vigueur honneur erreur
		erreurs rumeur rumeurs douleur moteur moteurs vapeur nucléaire nucléaires primaire
		primaires populaire populaires judiciaire judiciaires solaire solaires similaire
		similaires nécessaire nécessaires supplémentaire supplémentaires ferroviaire scolaire
		scolaires lunaire aviaire hebdomadaire contraire originaire originaires financier
		financiers financière financières routier routière routiers routières pétrolier
		aérien aérienne aériens aériennes liste listes piste pistes schiste
		comptant concernant visant permettant faisant prenant tenant portant ajoutant affirmant
		comprenant appartenant laissant menant estimant allant pouvant venant voulant précisant
		donnant appelant annonçant causant bloquant blessant touchant utilisant réclamant
		soutenant reprenant remontant reliant évoquant expliquant dénonçant interdisant proposant
		montrant refusant tentant trouvant établissant réussissant travaillant transportant
		provenant datant entraînant mettant disant réalisant remportant qualifiant attendant`),
	Determiners: set(`des du de d' d’ quelques plusieurs divers diverses certains certaines nombreux
		nombreuses`),
	Pronouns: set(`autres ceux celles`),
	People:   "personnes",
}

var frenchFurniture = Furniture{
	Credits: []string{"photos", "photo", "sources", "source", "crédits", "crédit", "copyright", "image",
		"illustration", "vidéo"},
	Lines: setOf("source", "sources", "commentaire", "commentaires", "partager", "partagez",
		"partager cet article", "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "publicité",
		"imprimer", "email", "e-mail", "facebook", "twitter", "suivez-nous", "s'abonner", "abonnez-vous",
		"newsletter", "photo", "vidéo", "menu", "retour en haut", "j'aime", "répondre"),
	Prefixes: []string{"lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "photo :", "photos :",
		"crédit photo", "crédit :", "crédits :", "source :", "sources :", "(photo", "(source",
		"partager sur", "inscrivez-vous", "page actualisée :", "vous pouvez également consulter"},
	Buttons:    set(`partager partagez imprimer répondre`),
	Cookies:    []string{"cookie"},
	CookieCues: []string{"utilis", "nous utilisons", "paramètr", "confidentialité"},
	Letters:    []string{"newsletter", "lettre d'information"},
	LetterCues: []string{"inscri", "abonne", "recevez", "recevoir"},
	Teasers: []string{"sur le même sujet", "articles liés", "à lire aussi", "a lire aussi", "lire aussi",
		"à lire également", "lire également", "voir aussi", "dans la même rubrique", "les plus lus"},
	TeaserRuns: []string{"sur le même sujet", "articles liés", "à lire aussi", "a lire aussi", "lire aussi",
		"à lire également", "lire également"},
}

var frenchQuestions = Questions{
	Courtesies: set(`merci beaucoup bien ok d accord daccord parfait super genial top cool bravo
		excellent oui ouais entendu compris note bon tres mdr`),
	Words: map[string]string{
		"qui": "who", "où": "where", "quand": "when", "combien": "number", "pourquoi": "why",
		"quoi": "what", "que": "what", "qu": "what", "quel": "what", "quelle": "what", "quels": "what",
		"quelles": "what",
	},
	Stopwords: set(`qui que quoi qu ou quand combien pourquoi quel quelle quels quelles est sont etait
		ont a ai as avait avaient fait le la les l un une des du de d en au aux et sur dans par pour
		avec ce cet cette ces il elle ils elles on se s leur leurs son sa ses y t-il t-elle est-ce ce
		que c n ne pas passe passee arrive`),
	Verbs: []Sense{
		{"say", []string{"dit", "dire", "declar*", "affirm*", "soulign*", "annonc*", "indiqu*", "precis*", "expliqu*"}},
		{"meet", []string{"rencontr*", "reunion*", "reuni*", "sommet", "entretien*"}},
		{"agree", []string{"accord*", "entente"}},
		{"deny", []string{"dement*", "nie", "nient", "nier", "refut*", "aucun*"}},
		{"want", []string{"souhait*", "veut", "veulent", "voul*", "cherch*"}},
		{"rise", []string{"hausse", "augment*", "releve", "relev*", "grimp*"}},
		{"fall", []string{"baisse", "recul*"}},
		{"open", []string{"ouvr*", "inaugur*"}},
		{"extend", []string{"prolong*", "etend*"}},
		{"decide", []string{"decid*", "decis*"}},
		{"issue", []string{"deliv*"}},
		{"hit", []string{"secou*", "frapp*"}},
		{"warn", []string{"avert*", "mis en garde"}},
		{"announce", []string{"annonc*"}},
	},
	Nouns:      frenchNouns,
	Causes:     []string{"parce que", "parce qu", "car", "en raison", "a cause", "grace a", "afin de", "pour", "apres", "suite a", "faute de"},
	Numbers:    set(`deux trois quatre cinq six sept huit neuf dix onze douze vingt trente quarante cinquante cent cents mille million millions milliard milliards dizaine dizaines centaine centaines`),
	DateWords:  set(`lundi mardi mercredi jeudi vendredi samedi dimanche aujourd hier demain matin semaine mois annee janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre`),
	ActorWords: set(`ministere ministre president gouvernement porte parole police responsables entreprise agence conseil comite banque syndicat`),
}

var frenchNouns = []Sense{
	{"attack", []string{"frappe*", "attaqu*"}},
	{"weapon", []string{"armement*", "arme", "armes"}},
	{"missile", []string{"missile*"}},
	{"launch", []string{"lanc*", "tir*"}},
	{"kill", []string{"tue*", "mort*", "victime*"}},
	{"win", []string{"remport*", "gagn*", "victoire"}},
	{"rate", []string{"taux"}},
	{"price", []string{"prix"}},
	{"minister", []string{"ministre*"}},
	{"ministry", []string{"ministere"}},
	{"foreign", []string{"etranger*", "etrangere*"}},
	{"president", []string{"president*"}},
	{"government", []string{"gouvernement*"}},
	{"law", []string{"loi", "projet de loi"}},
	{"vote", []string{"scrutin", "adopt*"}},
	{"election", []string{"scrutin"}},
	{"visit", []string{"visite*"}},
	{"cooperate", []string{"cooper*"}},
	{"military", []string{"militaire*"}},
	{"security", []string{"securite"}},
	{"nuclear", []string{"nucleaire*"}},
	{"earthquake", []string{"seisme*", "tremblement de terre"}},
	{"record", []string{"record*"}},
	{"inflation", []string{"inflation"}},
	{"visa", []string{"visa*"}},
	{"researcher", []string{"chercheur*"}},
	{"harvest", []string{"recolte*"}},
	{"tourist", []string{"touris*", "visiteur*"}},
	{"bank", []string{"banque*"}},
	{"strong", []string{"puissan*", "fort", "forte"}},
	{"putin", []string{"poutine"}},
	{"zelensky", []string{"zelenski*"}},
	{"country", []string{"pays"}},
	{"train", []string{"ferroviaire*"}},
	{"school", []string{"ecole*"}},
	{"study", []string{"etude*"}},
	{"united nations", []string{"onu", "nations unies"}},
}

var frenchTopics = Topics{
	Stopwords: set(`le la les de du des sur en et actualite actualites`),
	Aliases: map[string][]string{
		"europe":   {"union europeenne", "bruxelles"},
		"climate":  {"climat*", "rechauffement"},
		"ai":       {"intelligence artificielle", "ia"},
		"economy":  {"economie", "croissance", "pib"},
		"election": {"scrutin"},
		"football": {"ligue 1"},
		"health":   {"sante", "hopita*"},
	},
}
