package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// place is one entry of the gazetteer: a country, or a city or region with
// the country it lies in.
type place struct {
	en, fr  string
	country *place // nil for a country
}

// name gives the place's name in the article's language.
func (p *place) name(lang string) string {
	if lang == "fr" {
		return p.fr
	}
	return p.en
}

// countryData lists countries as "English|French|variants;…".
const countryData = `Afghanistan|Afghanistan
Albania|Albanie
Algeria|Algérie
Andorra|Andorre
Angola|Angola
Antigua and Barbuda|Antigua-et-Barbuda
Argentina|Argentine
Armenia|Arménie
Australia|Australie
Austria|Autriche
Azerbaijan|Azerbaïdjan
Bahamas|Bahamas
Bahrain|Bahreïn
Bangladesh|Bangladesh
Barbados|Barbade
Belarus|Biélorussie|Bélarus
Belgium|Belgique
Belize|Belize
Benin|Bénin
Bhutan|Bhoutan
Bolivia|Bolivie
Bosnia and Herzegovina|Bosnie-Herzégovine|Bosnia
Botswana|Botswana
Brazil|Brésil
Brunei|Brunei
Bulgaria|Bulgarie
Burkina Faso|Burkina Faso
Burundi|Burundi
Cambodia|Cambodge
Cameroon|Cameroun
Canada|Canada
Cape Verde|Cap-Vert|Cabo Verde
Central African Republic|Centrafrique|République centrafricaine
Chad|Tchad
Chile|Chili
China|Chine|People's Republic of China
Colombia|Colombie
Comoros|Comores
Congo|Congo|Republic of the Congo;République du Congo;Congo-Brazzaville
Democratic Republic of the Congo|République démocratique du Congo|DR Congo;DRC;RDC;RD Congo
Costa Rica|Costa Rica
Ivory Coast|Côte d'Ivoire
Croatia|Croatie
Cuba|Cuba
Cyprus|Chypre
Czech Republic|Tchéquie|Czechia;République tchèque
Denmark|Danemark
Djibouti|Djibouti
Dominican Republic|République dominicaine
Ecuador|Équateur
Egypt|Égypte
El Salvador|Salvador
Equatorial Guinea|Guinée équatoriale
Eritrea|Érythrée
Estonia|Estonie
Eswatini|Eswatini|Swaziland
Ethiopia|Éthiopie
Fiji|Fidji
Finland|Finlande
France|France
Gabon|Gabon
Gambia|Gambie
Georgia|Géorgie
Germany|Allemagne
Ghana|Ghana
Greece|Grèce
Guatemala|Guatemala
Guinea|Guinée|Guinea-Conakry
Guinea-Bissau|Guinée-Bissau
Guyana|Guyana
Haiti|Haïti
Honduras|Honduras
Hungary|Hongrie
Iceland|Islande
India|Inde
Indonesia|Indonésie
Iran|Iran
Iraq|Irak
Ireland|Irlande|Republic of Ireland
Israel|Israël
Italy|Italie
Jamaica|Jamaïque
Japan|Japon
Jordan|Jordanie
Kazakhstan|Kazakhstan
Kenya|Kenya
Kosovo|Kosovo
Kuwait|Koweït
Kyrgyzstan|Kirghizistan
Laos|Laos
Latvia|Lettonie
Lebanon|Liban
Lesotho|Lesotho
Liberia|Liberia
Libya|Libye
Liechtenstein|Liechtenstein
Lithuania|Lituanie
Luxembourg|Luxembourg
Madagascar|Madagascar
Malawi|Malawi
Malaysia|Malaisie
Maldives|Maldives
Mali|Mali
Malta|Malte
Mauritania|Mauritanie
Mauritius|île Maurice
Mexico|Mexique
Moldova|Moldavie
Monaco|Monaco
Mongolia|Mongolie
Montenegro|Monténégro
Morocco|Maroc
Mozambique|Mozambique
Myanmar|Birmanie|Burma;Myanmar
Namibia|Namibie
Nepal|Népal
Netherlands|Pays-Bas|Holland
New Zealand|Nouvelle-Zélande
Nicaragua|Nicaragua
Niger|Niger
Nigeria|Nigeria|Nigéria
North Korea|Corée du Nord|DPRK
North Macedonia|Macédoine du Nord|Macedonia
Norway|Norvège
Oman|Oman
Pakistan|Pakistan
Palestine|Palestine|Palestinian territories;territoires palestiniens
Panama|Panama
Papua New Guinea|Papouasie-Nouvelle-Guinée
Paraguay|Paraguay
Peru|Pérou
Philippines|Philippines
Poland|Pologne
Portugal|Portugal
Qatar|Qatar
Romania|Roumanie
Russia|Russie|Russian Federation;Fédération de Russie
Rwanda|Rwanda
San Marino|Saint-Marin
Saudi Arabia|Arabie saoudite
Senegal|Sénégal
Serbia|Serbie
Sierra Leone|Sierra Leone
Singapore|Singapour
Slovakia|Slovaquie
Slovenia|Slovénie
Somalia|Somalie
South Africa|Afrique du Sud
South Korea|Corée du Sud|Republic of Korea;Korea
South Sudan|Soudan du Sud
Spain|Espagne
Sri Lanka|Sri Lanka
Sudan|Soudan
Suriname|Suriname
Sweden|Suède
Switzerland|Suisse
Syria|Syrie
Taiwan|Taïwan
Tajikistan|Tadjikistan
Tanzania|Tanzanie
Thailand|Thaïlande
Togo|Togo
Trinidad and Tobago|Trinité-et-Tobago
Tunisia|Tunisie
Turkey|Turquie|Türkiye
Turkmenistan|Turkménistan
Uganda|Ouganda
Ukraine|Ukraine
United Arab Emirates|Émirats arabes unis|UAE;EAU
United Kingdom|Royaume-Uni|UK;U.K.;Britain;Great Britain;Grande-Bretagne
United States|États-Unis|US;U.S.;USA;U.S.A.;United States of America;America
Uruguay|Uruguay
Uzbekistan|Ouzbékistan
Vatican|Vatican|Vatican City;Holy See;Saint-Siège
Venezuela|Venezuela
Vietnam|Viêt Nam|Viet Nam
Yemen|Yémen
Zambia|Zambie
Zimbabwe|Zimbabwe`

// gazetteer indexes places by lower-cased, accent-folded name.
var gazetteer = buildGazetteer()

func buildGazetteer() map[string]*place {
	g := map[string]*place{}
	byName := map[string]*place{}
	for _, line := range strings.Split(countryData, "\n") {
		f := strings.Split(line, "|")
		p := &place{en: f[0], fr: f[1]}
		byName[p.en] = p
		addPlace(g, p, f[2:])
	}
	for _, line := range strings.Split(cityData, "\n") {
		f := strings.Split(line, "|")
		p := &place{en: f[0], fr: f[1], country: byName[f[2]]}
		addPlace(g, p, f[3:])
	}
	return g
}

func addPlace(g map[string]*place, p *place, rest []string) {
	names := []string{p.en, p.fr}
	if len(rest) > 0 {
		names = append(names, strings.Split(rest[0], ";")...)
	}
	for _, n := range names {
		for _, k := range []string{placeKey(n), fold(placeKey(n))} {
			if _, taken := g[k]; !taken {
				g[k] = p
			}
		}
	}
}

// placeKey normalises a place name for lookup: lower case, one space,
// ASCII apostrophes; an all-capitals name such as "US" keeps its case so
// that it only matches as written.
func placeKey(s string) string {
	s = strings.Join(strings.Fields(strings.ReplaceAll(s, "’", "'")), " ")
	if isAllCaps(s) && len(s) <= 6 {
		return s
	}
	return strings.ToLower(s)
}

// lookupPlace finds a place by its name as written.
func lookupPlace(s string) *place {
	k := placeKey(s)
	if p := gazetteer[k]; p != nil {
		return p
	}
	if p := gazetteer[strings.ToLower(k)]; p != nil && !isAllCaps(p.en) {
		return p
	}
	return gazetteer[fold(strings.ToLower(k))]
}

var foldMap = map[rune]rune{
	'à': 'a', 'â': 'a', 'ä': 'a', 'á': 'a', 'ã': 'a', 'ç': 'c', 'é': 'e', 'è': 'e', 'ê': 'e',
	'ë': 'e', 'î': 'i', 'ï': 'i', 'í': 'i', 'ô': 'o', 'ö': 'o', 'ó': 'o', 'õ': 'o', 'ù': 'u',
	'û': 'u', 'ü': 'u', 'ú': 'u', 'ÿ': 'y', 'ñ': 'n',
}

// fold removes the accents of common Latin letters.
func fold(s string) string {
	return strings.Map(func(r rune) rune {
		if r < utf8.RuneSelf {
			return r
		}
		if f, ok := foldMap[unicode.ToLower(r)]; ok {
			return f
		}
		return r
	}, s)
}
