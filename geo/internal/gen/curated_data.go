package main

// regionData: country (empty for a continent)|population|English|French|variants…
const regionData = `
US|39000000|California|Californie
US|30000000|Texas|Texas
US|22000000|Florida|Floride
US|13000000|Pennsylvania|Pennsylvanie
US|12700000|Illinois|Illinois
US|11800000|Ohio|Ohio
US|10900000|Georgia|Géorgie
US|10700000|North Carolina|Caroline du Nord
US|10000000|Michigan|Michigan
US|9300000|New Jersey|New Jersey
US|8700000|Virginia|Virginie
US|7800000|Washington State|État de Washington
US|7400000|Arizona|Arizona
US|7000000|Massachusetts|Massachusetts
US|6900000|Tennessee|Tennessee
US|6800000|Indiana|Indiana
US|6200000|Maryland|Maryland
US|6100000|Missouri|Missouri
US|5900000|Wisconsin|Wisconsin
US|5800000|Colorado|Colorado
US|5700000|Minnesota|Minnesota
US|5200000|South Carolina|Caroline du Sud
US|5000000|Alabama|Alabama
US|4600000|Louisiana|Louisiane
US|4500000|Kentucky|Kentucky
US|4200000|Oregon|Oregon
US|4000000|Oklahoma|Oklahoma
US|3600000|Connecticut|Connecticut
US|3300000|Utah|Utah
US|3200000|Iowa|Iowa
US|3100000|Nevada|Nevada
US|3000000|Arkansas|Arkansas
US|2900000|Mississippi|Mississippi
US|2900000|Kansas|Kansas
US|2100000|New Mexico|Nouveau-Mexique
US|1900000|Nebraska|Nebraska
US|1800000|Idaho|Idaho
US|1800000|West Virginia|Virginie-Occidentale
US|1400000|Hawaii|Hawaï
US|1400000|New Hampshire|New Hampshire
US|1300000|Maine|Maine
US|1100000|Montana|Montana
US|1100000|Rhode Island|Rhode Island
US|1000000|Delaware|Delaware
US|900000|South Dakota|Dakota du Sud
US|780000|North Dakota|Dakota du Nord
US|730000|Alaska|Alaska
US|640000|Vermont|Vermont
US|580000|Wyoming|Wyoming
US|19500000|New York State|État de New York
GB|56000000|England|Angleterre
GB|5400000|Scotland|Écosse
GB|3100000|Wales|pays de Galles|Pays de Galles
GB|1900000|Northern Ireland|Irlande du Nord
CA|14000000|Ontario|Ontario
CA|8500000|Quebec|Québec|Province of Quebec
CA|5000000|British Columbia|Colombie-Britannique
CA|4300000|Alberta|Alberta
CA|1100000|Manitoba|Manitoba
CA|1100000|Saskatchewan|Saskatchewan
CA|970000|Nova Scotia|Nouvelle-Écosse
CA|780000|New Brunswick|Nouveau-Brunswick
UA|2400000|Crimea|Crimée
UA|4100000|Donetsk Oblast|oblast de Donetsk|Donbas|Donbass
UA|2100000|Luhansk Oblast|oblast de Louhansk
PS|2100000|Gaza Strip|bande de Gaza|Gaza
PS|2900000|West Bank|Cisjordanie
IN|12000000|Kashmir|Cachemire
ES|7700000|Catalonia|Catalogne|Catalunya
ES|2200000|Basque Country|Pays basque
FR|340000|Corsica|Corse
FR|3300000|Brittany|Bretagne
FR|3300000|Normandy|Normandie
FR|12000000|Île-de-France|Île-de-France
FR|5000000|Provence|Provence
FR|2800000|Alsace|Alsace
FR|1200000|Guadeloupe|Guadeloupe
FR|860000|Réunion|La Réunion
DE|13000000|Bavaria|Bavière|Bayern
DE|18000000|North Rhine-Westphalia|Rhénanie-du-Nord-Westphalie
IT|5000000|Sicily|Sicile|Sicilia
IT|1600000|Sardinia|Sardaigne
RU|34000000|Siberia|Sibérie
CN|3600000|Tibet|Tibet
CN|26000000|Xinjiang|Xinjiang
AU|8100000|New South Wales|Nouvelle-Galles du Sud
AU|6600000|Victoria|Victoria
AU|5200000|Queensland|Queensland
ZA|6700000|Cape Province|Province du Cap
|750000000|Europe|Europe
|4700000000|Asia|Asie
|1400000000|Africa|Afrique
|580000000|North America|Amérique du Nord
|430000000|South America|Amérique du Sud
|650000000|Latin America|Amérique latine
|45000000|Oceania|Océanie
|0|Antarctica|Antarctique
|400000000|Middle East|Moyen-Orient|Proche-Orient|Near East
|44000000|Caribbean|Caraïbes|Antilles
|55000000|Balkans|Balkans
|4000000|Arctic|Arctique
`

// demonymData: country|English adjectives and demonyms|French masculine
// singular adjectives.
const demonymData = `
AF|Afghan|afghan
DZ|Algerian|algérien
AR|Argentine;Argentinian|argentin
AM|Armenian|arménien
AU|Australian|australien
AT|Austrian|autrichien
AZ|Azerbaijani;Azeri|azerbaïdjanais
BD|Bangladeshi|bangladais
BY|Belarusian|biélorusse
BE|Belgian|belge
BO|Bolivian|bolivien
BA|Bosnian|bosnien
BR|Brazilian|brésilien
BG|Bulgarian|bulgare
KH|Cambodian|cambodgien
CM|Cameroonian|camerounais
CA|Canadian|canadien
CL|Chilean|chilien
CN|Chinese|chinois
CO|Colombian|colombien
HR|Croatian|croate
CU|Cuban|cubain
CY|Cypriot|chypriote
CZ|Czech|tchèque
DK|Danish|danois
EG|Egyptian|égyptien
EE|Estonian|estonien
ET|Ethiopian|éthiopien
FI|Finnish|finlandais
FR|French|français
GE|Georgian|géorgien
DE|German|allemand
GH|Ghanaian|ghanéen
GR|Greek|grec;grecque;grecs;grecques
HT|Haitian|haïtien
HU|Hungarian|hongrois
IS|Icelandic|islandais
IN|Indian|indien
ID|Indonesian|indonésien
IR|Iranian|iranien
IQ|Iraqi|irakien
IE|Irish|irlandais
IL|Israeli|israélien
IT|Italian|italien
CI|Ivorian|ivoirien
JP|Japanese|japonais;nippon
JO|Jordanian|jordanien
KZ|Kazakh|kazakh
KE|Kenyan|kényan
KR|Korean;South Korean|coréen;sud-coréen
KP|North Korean|nord-coréen
KW|Kuwaiti|koweïtien
LV|Latvian|letton
LB|Lebanese|libanais
LY|Libyan|libyen
LT|Lithuanian|lituanien
LU|Luxembourgish|luxembourgeois
MY|Malaysian|malaisien
ML|Malian|malien
MX|Mexican|mexicain
MD|Moldovan|moldave
MA|Moroccan|marocain
NP|Nepalese|népalais
NL|Dutch|néerlandais;hollandais
NZ|New Zealander;New Zealand|néo-zélandais
NG|Nigerian|nigérian
NE|Nigerien|nigérien
NO|Norwegian|norvégien
PK|Pakistani|pakistanais
PS|Palestinian|palestinien
PE|Peruvian|péruvien
PH|Filipino;Philippine|philippin
PL|Polish|polonais
PT|Portuguese|portugais
QA|Qatari|qatari
RO|Romanian|roumain
RU|Russian|russe
SA|Saudi;Saudi Arabian|saoudien
SN|Senegalese|sénégalais
RS|Serbian|serbe
SG|Singaporean|singapourien
SK|Slovak|slovaque
SI|Slovenian|slovène
SO|Somali|somalien
ZA|South African|sud-africain
ES|Spanish|espagnol
LK|Sri Lankan|sri-lankais
SD|Sudanese|soudanais
SE|Swedish|suédois
CH|Swiss|suisse
SY|Syrian|syrien
TW|Taiwanese|taïwanais
TH|Thai|thaïlandais
TN|Tunisian|tunisien
TR|Turkish|turc;turque;turcs;turques
UA|Ukrainian|ukrainien
AE|Emirati|émirati
GB|British;Brit;Briton;English;Scottish;Welsh|britannique;anglais;écossais;gallois
US|American|américain;états-unien
UY|Uruguayan|uruguayen
UZ|Uzbek|ouzbek
VE|Venezuelan|vénézuélien
VN|Vietnamese|vietnamien
YE|Yemeni|yéménite
ZW|Zimbabwean|zimbabwéen
`

// usStates names the GeoNames admin1 codes of the United States, so that
// a city's state can follow its name ("Cleveland, Ohio").
var usStates = map[string]string{
	"AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
	"CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
	"HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
	"KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
	"MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
	"NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
	"NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
	"OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
	"SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
	"VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
	"DC": "District of Columbia",
}
