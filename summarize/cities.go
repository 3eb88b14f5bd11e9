package summarize

// cityData lists cities and regions as "English|French|country|variants;…".
const cityData = `New York|New York|United States|New York City;NYC;New-York
Washington|Washington|United States|Washington DC;Washington, D.C.
Los Angeles|Los Angeles|United States
Chicago|Chicago|United States
San Francisco|San Francisco|United States
Seattle|Seattle|United States
Boston|Boston|United States
Miami|Miami|United States
Houston|Houston|United States
Atlanta|Atlanta|United States
Las Vegas|Las Vegas|United States
Philadelphia|Philadelphie|United States
New Orleans|La Nouvelle-Orléans|United States|Nouvelle-Orléans
California|Californie|United States
Texas|Texas|United States
Florida|Floride|United States
Toronto|Toronto|Canada
Montreal|Montréal|Canada
Ottawa|Ottawa|Canada
Vancouver|Vancouver|Canada
Quebec|Québec|Canada
Havana|La Havane|Cuba|Havane
Bogotá|Bogota|Colombia
Lima|Lima|Peru
Buenos Aires|Buenos Aires|Argentina
São Paulo|São Paulo|Brazil
Rio de Janeiro|Rio de Janeiro|Brazil
Brasília|Brasilia|Brazil
Caracas|Caracas|Venezuela
Port-au-Prince|Port-au-Prince|Haiti
London|Londres|United Kingdom
Manchester|Manchester|United Kingdom
Liverpool|Liverpool|United Kingdom
Birmingham|Birmingham|United Kingdom
Glasgow|Glasgow|United Kingdom
Edinburgh|Édimbourg|United Kingdom
England|Angleterre|United Kingdom
Scotland|Écosse|United Kingdom
Wales|pays de Galles|United Kingdom
Northern Ireland|Irlande du Nord|United Kingdom
Dublin|Dublin|Ireland
Paris|Paris|France
Marseille|Marseille|France|Marseilles
Lyon|Lyon|France|Lyons
Toulouse|Toulouse|France
Bordeaux|Bordeaux|France
Lille|Lille|France
Strasbourg|Strasbourg|France
Nantes|Nantes|France
Corsica|Corse|France
Berlin|Berlin|Germany
Munich|Munich|Germany|München
Frankfurt|Francfort|Germany
Hamburg|Hambourg|Germany
Madrid|Madrid|Spain
Barcelona|Barcelone|Spain
Rome|Rome|Italy|Roma
Milan|Milan|Italy|Milano
Naples|Naples|Italy
Lisbon|Lisbonne|Portugal
Brussels|Bruxelles|Belgium
Amsterdam|Amsterdam|Netherlands
The Hague|La Haye|Netherlands|Hague;Haye
Geneva|Genève|Switzerland
Zurich|Zurich|Switzerland|Zürich
Bern|Berne|Switzerland
Vienna|Vienne|Austria
Prague|Prague|Czech Republic
Warsaw|Varsovie|Poland
Budapest|Budapest|Hungary
Athens|Athènes|Greece
Stockholm|Stockholm|Sweden
Oslo|Oslo|Norway
Copenhagen|Copenhague|Denmark
Helsinki|Helsinki|Finland
Kyiv|Kiev|Ukraine|Kyïv;Kiev
Kharkiv|Kharkiv|Ukraine|Kharkov
Odesa|Odessa|Ukraine|Odessa
Crimea|Crimée|Ukraine
Moscow|Moscou|Russia
Saint Petersburg|Saint-Pétersbourg|Russia|St Petersburg;St. Petersburg
Minsk|Minsk|Belarus
Istanbul|Istanbul|Turkey
Ankara|Ankara|Turkey
Belgrade|Belgrade|Serbia
Bucharest|Bucarest|Romania
Jerusalem|Jérusalem|Israel
Tel Aviv|Tel-Aviv|Israel|Tel Aviv
Gaza Strip|bande de Gaza|Palestine|Gaza
West Bank|Cisjordanie|Palestine
Beirut|Beyrouth|Lebanon
Damascus|Damas|Syria
Baghdad|Bagdad|Iraq
Tehran|Téhéran|Iran|Teheran
Riyadh|Riyad|Saudi Arabia
Dubai|Dubaï|United Arab Emirates
Abu Dhabi|Abou Dhabi|United Arab Emirates
Doha|Doha|Qatar
Amman|Amman|Jordan
Cairo|Le Caire|Egypt|Caire
Kabul|Kaboul|Afghanistan
Islamabad|Islamabad|Pakistan
Karachi|Karachi|Pakistan
Beijing|Pékin|China|Peking;Beijing
Shanghai|Shanghai|China|Shanghaï
Hong Kong|Hong Kong|China
Wuhan|Wuhan|China
Tokyo|Tokyo|Japan
Osaka|Osaka|Japan
Seoul|Séoul|South Korea
Pyongyang|Pyongyang|North Korea
Taipei|Taipei|Taiwan
Bangkok|Bangkok|Thailand
Hanoi|Hanoï|Vietnam
Manila|Manille|Philippines
Jakarta|Jakarta|Indonesia
Kuala Lumpur|Kuala Lumpur|Malaysia
New Delhi|New Delhi|India|Delhi
Mumbai|Bombay|India|Mumbai
Kolkata|Calcutta|India|Kolkata
Dhaka|Dacca|Bangladesh|Dhaka
Kathmandu|Katmandou|Nepal
Sydney|Sydney|Australia
Melbourne|Melbourne|Australia
Canberra|Canberra|Australia
Auckland|Auckland|New Zealand
Lagos|Lagos|Nigeria
Abuja|Abuja|Nigeria
Nairobi|Nairobi|Kenya
Addis Ababa|Addis-Abeba|Ethiopia
Johannesburg|Johannesburg|South Africa
Cape Town|Le Cap|South Africa
Kinshasa|Kinshasa|Democratic Republic of the Congo
Dakar|Dakar|Senegal
Abidjan|Abidjan|Ivory Coast
Algiers|Alger|Algeria
Tunis|Tunis|Tunisia
Rabat|Rabat|Morocco
Casablanca|Casablanca|Morocco
Tripoli|Tripoli|Libya
Khartoum|Khartoum|Sudan
Bamako|Bamako|Mali
Ouagadougou|Ouagadougou|Burkina Faso
Niamey|Niamey|Niger
Cotonou|Cotonou|Benin
Kigali|Kigali|Rwanda
Kampala|Kampala|Uganda
Mogadishu|Mogadiscio|Somalia
Yaoundé|Yaoundé|Cameroon
Antananarivo|Antananarivo|Madagascar`
