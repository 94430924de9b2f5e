package extract

import "strings"

// The word lists the entity recogniser reads, in one place. Each list is a
// "|"-separated string turned into a set once; multi-word entries are
// matched against a whole name.

// words turns a "|"-separated list into a set.
func words(list string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Split(list, "|") {
		if w = strings.TrimSpace(w); w != "" {
			set[w] = true
		}
	}
	return set
}

// places are countries, capitals, large cities, regions and continents:
// names that are places whatever their sentence says.
var places = words(`Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahrain|Bangladesh|Belarus|Belgium|Bolivia|Bosnia|Botswana|Brazil|Bulgaria|Cambodia|Cameroon|Canada|Chad|Chile|
China|Colombia|Congo|Croatia|Cuba|Cyprus|Czechia|Denmark|Ecuador|Egypt|Eritrea|Estonia|Ethiopia|Finland|France|
Gabon|Georgia|Germany|Ghana|Greece|Guatemala|Guinea|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|
Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Libya|
Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Mali|Malta|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|
Mozambique|Myanmar|Namibia|Nepal|Netherlands|Nicaragua|Niger|Nigeria|Norway|Oman|Pakistan|Palestine|Panama|
Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Senegal|Serbia|Singapore|Slovakia|
Slovenia|Somalia|Spain|Sudan|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Tunisia|Turkey|
Turkmenistan|Uganda|Ukraine|Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Gaza|Crimea|Donbas|
Korea|America|Britain|England|Scotland|Wales|Europe|Asia|Africa|Arctic|Antarctica|Caucasus|Balkans|Siberia|
United States|United Kingdom|South Africa|New Zealand|Saudi Arabia|Sri Lanka|Costa Rica|Ivory Coast|
Abu Dhabi|Addis Ababa|Almaty|Amsterdam|Ankara|Astana|Athens|Baghdad|Baku|Bangkok|Beijing|Beirut|Belgrade|
Berlin|Bern|Bishkek|Bogota|Brussels|Bucharest|Budapest|Buenos Aires|Cairo|Caracas|Chicago|Damascus|Delhi|
Dhaka|Doha|Dubai|Dublin|Dushanbe|Frankfurt|Geneva|Hanoi|Havana|Helsinki|Hong Kong|Istanbul|Jakarta|Jerusalem|
Kabul|Karachi|Kazan|Kharkiv|Khartoum|Kyiv|Kiev|Lagos|Lima|Lisbon|London|Los Angeles|Lviv|Madrid|Manila|
Minsk|Moscow|Mumbai|Munich|Nairobi|New York|Odesa|Oslo|Ottawa|Paris|Prague|Pyongyang|Riga|Riyadh|Rome|
Santiago|Seoul|Shanghai|Sofia|Stockholm|Sydney|Tallinn|Tashkent|Tbilisi|Tehran|Tokyo|Toronto|Tripoli|Vienna|
Vilnius|Warsaw|Washington|Yerevan|Zagreb|Zurich|Tokyo|Strasbourg|Davos|Kherson|Donetsk|Luhansk|Zaporizhzhia|
Dnipro|Rio de Janeiro|Sao Paulo|Mariupol|Bakhmut|Kursk|Bryansk|Belgorod|Sevastopol|Minneapolis|Boston|Seattle|Texas|California|
Florida|Bavaria|Normandy|Kashmir|Tibet|Xinjiang|Sahel|Sinai|Balkhash|Aktobe|Shymkent|Karaganda|Atyrau|Aktau|
Pretoria|Johannesburg|Cape Town|Durban|Accra|Abuja|Kano|Dakar|Abidjan|Bamako|Niamey|Ouagadougou|
Conakry|Freetown|Monrovia|Kinshasa|Goma|Kampala|Kigali|Juba|Mogadishu|Dar es Salaam|Dodoma|Lusaka|Harare|Maputo|
Luanda|Windhoek|Gaborone|Antananarivo|Tunis|Algiers|Rabat|Casablanca|Benghazi|Asmara|Djibouti|Montevideo|Quito|
Guayaquil|La Paz|Asuncion|Brasilia|Mexico City|Monterrey|Guadalajara|Medellin|Cartagena|Santo Domingo|Managua|
Tegucigalpa|San Salvador|Panama City|Valparaiso|Islamabad|Lahore|Rawalpindi|Peshawar|Quetta|Colombo|Kathmandu|
Thimphu|Chittagong|Kolkata|Chennai|Bengaluru|Bangalore|Hyderabad|Ahmedabad|Pune|Lucknow|Srinagar|Yangon|Naypyidaw|
Phnom Penh|Vientiane|Kuala Lumpur|Penang|Surabaya|Bali|Cebu|Davao|Taipei|Ulaanbaatar|Osaka|Kyoto|Hiroshima|
Nagasaki|Okinawa|Fukushima|Busan|Incheon|Guangzhou|Shenzhen|Wuhan|Chongqing|Chengdu|Hangzhou|Tianjin|Macau|
Ho Chi Minh City|Da Nang|The Hague|Rotterdam|Antwerp|Milan|Naples|Seville|Valencia|Marseille|Lyon|Hamburg|Cologne|
Birmingham|Glasgow|Edinburgh|Belfast|Cardiff|Gdansk|Krakow|Eswatini|Lesotho|Burundi|Benin|Togo|Sierra Leone|
Liberia|Gambia|Mauritania|Burkina Faso|Guinea-Bissau|South Sudan|Comoros|Mauritius|Seychelles|Cape Verde|
El Salvador|Belize|Trinidad|Barbados|Bahamas|Suriname|Guyana|Bhutan|Maldives|Brunei|Timor-Leste|East Timor|
Papua New Guinea|Fiji|Samoa|Tonga|North Macedonia|Bahia|Minas Gerais|Para|Amazonas|Amazon|Patagonia|Punjab|Sindh|
Balochistan|Bengal|Kerala|Tamil Nadu|Maharashtra|Bihar|Assam|Manipur|Mindanao|Sumatra|Java|Borneo|Hokkaido|
Darfur|Tigray|Amhara|Oromia|Kivu|Cabo Delgado|KwaZulu-Natal|Gauteng`)

// organisations are bodies known by one name, which no suffix gives away.
var organisations = words(`Kremlin|Pentagon|Rosatom|Gazprom|Rosneft|Interpol|Europol|Frontex|Hamas|Hezbollah|
Taliban|EU|Reuters|Bloomberg|Eurostat|Nasa|Google|Apple|Microsoft|Amazon|Meta|Tesla|Airbus|Boeing|Siemens|
United Nations|UN|Unesco|Unicef|Opec|Wagner|Kazatomprom|Samruk|Twitter|Telegram|Congress|Bundestag|Duma|Knesset|
Red Cross|Red Crescent|Amnesty International|Human Rights Watch|Goldman Sachs|Morgan Stanley|JPMorgan|Citigroup|
Greenpeace|Oxfam|Euroclear|Eurocontrol|Aeroflot|Lufthansa|Ryanair|Samsung|Huawei|Toyota|Volkswagen|Shell|
Chevron|ExxonMobil|Glencore|ArcelorMittal|Kazmunaygas|Nato|Saudi Aramco|Aramco|Nestle|Novartis|Roche|Sinopec|
PetroChina|Lukoil|Novatek|Sberbank|VTB|Alibaba|Tencent|Baidu|Nvidia|Intel|Sony|Nokia|Ericsson|Equinor|
Asean|Ecowas|Sadc|Mercosur|Apec|Brics|Isro|Jaxa|Esa|Roscosmos|Fifa|Uefa|Concacaf|Conmebol|Unhcr|
Unrwa|Unctad|Undp|Cosatu|Numsa|Denosa|Morena|Fidesz|Likud|Syriza|Podemos|Kuomintang|Komeito|Sinn Fein|Fine Gael|
Fianna Fail|Infosys|Wipro|Adani|Mahindra|Petrobras|Pemex|Vale|Embraer|Bradesco|Itau|Itau Unibanco|Ambev|
MercadoLibre|Codelco|Ecopetrol|Cemex|Safaricom|Sasol|Eskom|Transnet|Naspers|Shoprite|Xiaomi|Geely|
Lenovo|ByteDance|TikTok|Foxconn|Hynix|Honda|Nissan|Hyundai|Kia|Mitsubishi|Hitachi|Panasonic|Toshiba|SoftBank|
Rakuten|Nintendo|Petronas|Pertamina|Flipkart|Unilever|Nike|Adidas|Pfizer|Moderna|AstraZeneca|Sanofi|Bayer|
Maersk|Volvo|Ikea|Spotify|Netflix|Uber|Airbnb|OpenAI|SpaceX|Starlink|Walmart|Carrefour|Danone|Heineken|
Barclays|Santander|BNP Paribas|Allianz|Mastercard|PayPal|BlackRock|Berkshire Hathaway|Rio Tinto|De Beers|
Al Jazeera|Xinhua|Tass|Interfax|Kyodo|Yonhap|Bernama|Anadolu|Arsenal|Chelsea|Juventus|Bayern|Ajax|Benfica|
Celtic|Flamengo|Palmeiras|Corinthians|Boca Juniors|River Plate|Al Ahly|Zamalek|Kaizer Chiefs|Orlando Pirates|
Mamelodi Sundowns|Al Hilal|Galatasaray|Fenerbahce|Tottenham|Tottenham Hotspur|Everton|Harvard|Yale|Stanford|
Princeton|Sorbonne|Caltech|Tsinghua|Mitsui|Marubeni|Itochu|Sumitomo|Frelimo|Renamo|Swapo|Zanu-PF|Cruzeiro|Gremio|Fluminense|Botafogo|Penarol|Sebi|Ofcom|Ofgem|
Bafin|Finma|Nikkei|Asahi|Yomiuri|Clarin|Folha|Globo|Televisa|Vinfast`)

// staffNouns are the people whose employer a name after "at" gives:
// "economists at Deutsche Bank".
var staffNouns = words(`analysts|economists|workers|engineers|officials|researchers|staff|executives|traders|
employees|scientists|doctors|experts|strategists|lawyers|managers|sources|investors|bankers|nurses|students|
teachers|pilots|professors|astronomers|physicists|medics|surgeons|coaches|players|miners`)

// notNames are capitalised words that are neither people, organisations
// nor places: weekdays, months, pronouns and the words that open sentences,
// and acronyms that name things rather than bodies.
var notNames = words(`A|An|The|In|On|At|By|For|Of|To|From|With|Without|It|He|She|They|We|I|You|His|Her|Its|Their|
Our|My|This|That|These|Those|But|And|Or|Nor|So|Yet|As|After|Before|Since|When|While|Where|Why|How|What|Who|If|
Although|Though|Because|Last|Next|Earlier|Later|Days|Weeks|Months|Years|Both|Each|Every|All|Some|Many|Most|
No|Not|Also|Then|There|Here|Now|Today|Yesterday|Tomorrow|Tonight|Meanwhile|However|Still|Even|Only|Such|
Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|
September|October|November|December|Christmas|Easter|Ramadan|Mr|Mrs|Ms|Dr|
ATACMS|HIMARS|IRBM|ICBM|GDP|CEO|CFO|AI|TV|PDF|HTML|OK|AM|PM|UTC|GMT|BST|EST|MW|GW|km|COVID|Covid|
Section|Chapter|Update|Updated|Published|Photo|Video|Opinion|Analysis|Editorial|
Note|Notes|Read|More|See|Watch|Share|Comment|Comments|Tags|Tag|Filed|Sources|Source`)

// demonyms describe people of a place ("Russian", "Kazakh"): they start
// names ("Russian Federation") but are not names alone.
var demonyms = words(`Afghan|African|Albanian|Algerian|American|Anglo|Arab|Argentine|Armenian|Asian|Australian|
Austrian|Azerbaijani|Belarusian|Belgian|Brazilian|British|Bulgarian|Canadian|Chinese|Croatian|Cuban|Czech|
Danish|Dutch|Egyptian|English|Estonian|European|Finnish|French|Georgian|German|Greek|Hungarian|Indian|
Iranian|Iraqi|Irish|Israeli|Italian|Japanese|Kazakh|Kazakhstani|Korean|Kurdish|Kyrgyz|Latvian|Lebanese|
Libyan|Lithuanian|Mexican|Moldovan|Mongolian|Nigerian|Norwegian|Pakistani|Palestinian|Polish|Portuguese|
Romanian|Russian|Saudi|Scottish|Serbian|Slovak|Soviet|Spanish|Swedish|Swiss|Syrian|Tajik|Turkish|Turkmen|
Ukrainian|Uzbek|Welsh|Western|Eastern|Northern|Southern|Central|Islamic|Christian|Muslim|Jewish|Catholic|
Orthodox|Sunni|Shia|Atlantic|Pacific|Caspian|Baltic|Nordic|Arctic|Allied|Republican|Democratic|Democrat|
Conservative|Liberal|Labour|Communist|Socialist`)

// titles are the words before a person's name that say what the person is
// ("President", "Prime Minister"); a name after one is a person's.
var titles = words(`President|Vice|Prime|Minister|Chancellor|Secretary|Senator|Sen|Governor|Gov|Mayor|King|Queen|
Prince|Princess|Crown|Pope|Patriarch|Ayatollah|Sheikh|Emir|General|Gen|Colonel|Col|Admiral|Commander|Captain|Lt|Sgt|
Chief|Justice|Judge|Ambassador|Envoy|Commissioner|Chairman|Chairwoman|Chair|Director|Spokesman|Spokeswoman|
Spokesperson|Speaker|Deputy|Foreign|Defence|Defense|Finance|Interior|Economy|Energy|Trade|Health|Premier|
Representative|Rep|Leader|Chief|Executive|Mr|Mrs|Ms|Dr|Professor|Prof|Sir|Lady|Lord|Dame|Rev|Pastor|
Archbishop|Bishop|Coach|Governor-General|Attorney|Economist|Analyst|Inspector|Midfielder|Striker|Defender|
Goalkeeper|Winger`)

// roleNouns are lower-case nouns for a person's job; "its press
// secretary, Berik Uali," and "the central bank's governor Ana Ruiz" name
// a person.
var roleNouns = words(`secretary|spokesman|spokeswoman|spokesperson|minister|president|chancellor|governor|
ambassador|envoy|commissioner|chairman|chairwoman|director|head|chief|leader|mayor|adviser|advisor|aide|
economist|analyst|official|commander|general|lawyer|judge|prosecutor|founder|executive|manager|
negotiator|representative|correspondent|reporter|editor|professor|researcher|captain|coach|deputy|
diplomat|activist|journalist|writer|author|novelist|poet|artist|painter|composer|singer|speaker|actor|actress|director|striker|player|
goalkeeper|businessman|businesswoman|billionaire|lawmaker|politician|candidate|dissident|banker|
investor|scientist|doctor|surgeon|soldier|pilot|priest|bishop|rapper|champion|winner|founder|ceo|owner|
midfielder|defender|winger|runner|athlete|boxer|cyclist|swimmer|sprinter|chairperson|physicist|astronomer|nurse|
teacher|student`)

// orgEnds are the last words of organisations' names.
var orgEnds = words(`Organization|Organisation|Union|Bank|Commission|Ministry|Council|Committee|Party|Group|
Corporation|Corp|Company|Co|Agency|Court|Parliament|Assembly|Fund|Office|Forces|Force|Army|Navy|Guard|
Institute|University|College|School|Association|Alliance|Authority|Board|Service|Services|Reserve|Times|News|
Post|Journal|Press|Inc|Ltd|Plc|AG|SA|Airlines|Airways|Bloc|Front|Movement|Federation|Foundation|League|
Department|Treasury|Exchange|Network|Society|Centre|Center|Club|Cabinet|Senate|Secretariat|Programme|
Program|Partnership|Coalition|Parliament|Media|Holdings|Industries|Energy|Motors|Systems|Pharma|Labs|
Organisation|Conference|Mission|Tribunal|Police|Directorate|Bureau|Railways|Post|Herald|Tribune|Gazette|
Hospital|Clinic|Refinery|United|FC|CF|Juniors|Rovers|Wanderers|Athletic|Albion|Telecom|Petroleum|Mining|Steel|
Insurance|Partners|Electric|Chemicals|Foods|Pharmaceuticals|Motor|Brewery|Academy|Polytechnic|Mines|Minerals|
Metals|Resources|Hospitals|Brands|Solutions|Technologies|Enterprises|Investments|Logistics|Communications|
Entertainment|Studios|Properties|Cement|Textiles|Telecommunications|Standard|Observer|Guardian|Telegraph|Express|
Mirror|Monitor|Chronicle|Courier|Inquirer|Dispatch`)

// placeEnds are the last words of places' names ("Caspian Sea"), and
// placeStarts their first words ("Lake Balkhash").
var (
	placeEnds = words(`Sea|Ocean|River|Lake|Mountains|Mountain|Hills|Valley|Island|Islands|Peninsula|Bay|Gulf|
Strait|Desert|Plain|Plains|Coast|Region|Oblast|Province|Krai|Republic|State|States|County|District|City|Square|
Street|Avenue|Road|Bridge|Airport|Port|Harbour|Harbor|Basin|Canal|Forest|Park|Heights|Territory|Emirates|Kingdom|Federation|
Stadium|Arena`)
	placeStarts = words(`Lake|Mount|Cape|Gulf|Strait|Port|Fort|Saint|St|San|Santa|Isle|Bay|Sea|North|South|East|West|
Upper|Lower`)
)

// placeNouns are lower-case nouns that say the capitalised word beside
// them is a place: "the city of Dnipro", "the Bryansk region".
var placeNouns = words(`city|town|village|region|province|oblast|district|capital|port|area|republic|state|county|
border|island|peninsula|river|lake|valley|settlement|suburb|neighbourhood|neighborhood|coast|shore|outskirts|
desert|mountains|hills|forest|plateau|delta|highlands|steppe|jungle|basin|canyon|glacier|volcano|
north|south|east|west|centre|center`)

// bodyNouns are lower-case nouns that say the capitalised word beside
// them names a body: "the Freedom Front party", "the carmaker Renault",
// "its rival, Unity".
var bodyNouns = words(`party|group|company|firm|bank|agency|ministry|union|club|alliance|bloc|coalition|
carmaker|automaker|maker|chipmaker|drugmaker|airline|broadcaster|newspaper|retailer|lender|insurer|miner|producer|manufacturer|
startup|conglomerate|watchdog|regulator|movement|organisation|organization|charity|network|operator`)

// placePrepositions before a capitalised word mid-sentence make it a place
// when nothing else names it ("at Semipalatinsk", "in Kazan").
var placePrepositions = words(`in|at|near|outside|inside|across|around|towards|toward|through|via|visit|visited|
visiting|toured`)

// sayVerbs after a name make it a person's when nothing else names it
// ("Uali said").
var sayVerbs = words(`said|says|told|added|argued|warned|wrote|stated|insisted|noted|explained|declared|announced|
recalled|replied|urged|asked|promised|claimed|admitted|denied|stressed|acknowledged|tweeted|posted|believes|thinks`)

// nameJoins may stand inside an organisation's or place's name between
// capitalised words ("Bank of England", "Organization for Security and
// Co-operation in Europe").
var nameJoins = words(`of|for|on`)

// particles stand inside or before a person's surname: "Charles de
// Gaulle", "Ursula von der Leyen".
var particles = words(`de|da|dos|das|do|du|la|le|del|della|der|den|von|van|ter|bin|ibn|al|el|zu`)

// givenNames are first names common enough in the news that a capitalised
// word after one is a surname: "Joe Biden", "Olaf Scholz".
var givenNames = words(`Aaron|Adam|Ahmed|Alan|Alejandro|Aleksandr|Alex|Alexander|Alexei|Ali|Alice|Alina|Amy|
Ana|Andrew|Andrzej|Angela|Anna|Anne|Annalena|Antonio|Ariel|Arman|Asel|Benjamin|Bernard|Boris|Bruno|Carlos|
Catherine|Charles|Chris|Christian|Christine|Claire|Claudia|Dan|Daniel|David|Dmitry|Donald|Ebrahim|Elena|
Elizabeth|Emmanuel|Emma|Enrique|Eric|Fatima|Francesca|Francis|Frank|Friedrich|Gabriel|George|Giorgia|
Hakan|Hans|Helen|Henry|Hillary|Hugo|Ibrahim|Igor|Ilham|Irina|Isabel|Jacinda|Jack|Jake|James|Jan|Jane|Janet|
Javier|Jean|Jens|Jerome|Jessica|Jim|Joe|Johan|John|Jonathan|Jose|Joseph|Julia|Justin|Kamala|Karin|Karl|Kate|
Keir|Kim|Klaus|Kristalina|Lars|Laura|Li|Linda|Lisa|Liz|Luis|Luiz|Maria|Marco|Marek|Maria|Marie|Mario|Mark|Marta|
Martin|Mary|Matteo|Michael|Michel|Mikhail|Mohammed|Muhammad|Nancy|Naftali|Narendra|Natalia|Nicolas|Nikol|Nikolai|
Nils|Nina|Olaf|Olena|Oleksandr|Olga|Oliver|Pedro|Peter|Petr|Pierre|Rachel|Rishi|Robert|Roman|Ron|Rosa|Ruth|
Sam|Samuel|Sara|Sarah|Sergei|Sergey|Shavkat|Simon|Sofia|Sophie|Stefan|Steve|Susan|Thomas|Tim|Tom|Ursula|
Valentina|Viktor|Vladimir|Volodymyr|Wang|Werner|William|Xi|Yulia|Yuri|Zhanna|Berik|Kassym|Nursultan|Sadyr|
Emomali|Alexander|Recep|Mette|Ulf|Kaja|Gitanas|Edgars|Petteri|Alar|Magdalena|Mateusz|
Paul|Winston|Richard|Edward|Margaret|Theresa|Tony|Gordon|Harold|Ronald|Barack|Bill|Jimmy|Gerald|Lyndon|
Abiy|Abdullah|Hassan|Hussein|Omar|Khalid|Youssef|Mustafa|Kemal|Anwar|Joko|Ferdinand|Rodrigo|Jair|Gustavo|
Javier|Alberto|Fernando|Manuel|Miguel|Ricardo|Sebastian|Felipe|Juan|Andrei|Ivan|Pavel|Yevgeny|Maxim|Nikita|
Svetlana|Tatiana|Oleg|Vitali|Vitaly|Arseniy|Petro|Leonid|Nursultan|Kassym-Jomart|Serik|Askar|Timur|Rustam|
Cyril|Jacob|Thabo|Nelson|Julius|Uhuru|Raila|Yoweri|Samia|Hakainde|Emmerson|Felix|Faith|Patrice|Bola|
Muhammadu|Goodluck|Olusegun|Ngozi|Nana|Mahamadou|Macky|Alassane|Denis|Kwame|Kofi|Ama|Abena|Kwabena|Yaw|Chinua|
Wole|Aliko|Tedros|Mamadi|Assimi|Mohamed|Abdel|Kais|Aziz|Moussa|Fatou|Amina|Aminata|Lazarus|Mokgweetsi|Sipho|
Themba|Zanele|Naledi|Lindiwe|Bongani|Claudia|Andres|Marcelo|Dilma|Flavio|Eduardo|Sergio|Cristina|Mauricio|
Patricia|Gabriela|Michelle|Xiomara|Nayib|Bernardo|Rafael|Guillermo|Lenin|Evo|Gonzalo|Keiko|Ollanta|Dina|Diosdado|
Delcy|Edmundo|Yamandu|Luisa|Veronica|Ximena|Diego|Mateo|Lucia|Camila|Valeria|Fernanda|Paula|Joao|Roberto|
Hector|Ramon|Raul|Arturo|Enzo|Lionel|Rahul|Sonia|Amit|Rajnath|Nirmala|Arvind|Mamata|Shashi|Mukesh|Gautam|
Ratan|Sundar|Satya|Salil|Sanjay|Virat|Rohit|Sachin|Imran|Shehbaz|Nawaz|Asif|Bilawal|Maryam|Benazir|Khaleda|
Tarique|Ranil|Anura|Gotabaya|Mahinda|Sajith|Arjun|Priya|Anil|Sunil|Vijay|Ravi|Deepak|Anand|Kiran|Lakshmi|Indira|
Shinzo|Fumio|Shigeru|Yoshihide|Sanae|Taro|Makoto|Akio|Masayoshi|Yuki|Haruki|Hiroshi|Kenji|Leni|Prabowo|Gibran|
Megawati|Mahathir|Najib|Lawrence|Lee|Hun|Thaksin|Paetongtarn|Srettha|Prayuth|Anutin|Aung|Tsai|Zhang|Liu|Chen|
Yang|Zhao|Huang|Zhou|Wu|Hu|Guo|Ding|Cai|Lei|Declan|Mikel|Ange|Jurgen|Pep|Carlo|Axel|Harry|Erling|Kylian|
Cristiano|Novak|Roger|Serena|Coco|Iga|Aryna|Jannik|Lewis|Max|Usain|Marcus|Bukayo|Jude|Virgil|Luka|Jasmine|Rory|
LeBron|Stephen|Kevin|Patrick|Marine|Jordan|Nigel|Kemi|Yvette|Ed|Markus|Elly|Pete|Tulsi|Elon|Jeff|Warren|Jamie|
Larry|Jensen|Israel|Martha|Koji|Takeshi|Kazuo|Ichiro|Shohei|Naoki|Daisuke|Yusuke|Kenta|Akira|Hideki|Tomoko|
Yoko|Aiko|Kirsty|Kirsten|Dorival|Lesetja|Tito|Pravin|Enoch|Blade|Fikile|Gwede|Wavel|Precious|
Grace|Joyce|Esther|Ruth|Mercy|Blessing|Chipo|Tendai|Tatenda|Farai|Nkosazana|Hage|Sahle|Alpha|Ousmane|Amadou|Idriss|
Mahamat|Mamadou|Boubacar|Cheikh|Abdoulaye|Ibrahima|Adama|Seydou|Ismail|Yahya|Kassim|Salim|Omari|Juma|Baraka|Wanjiru|
Wangari|Eliud|Brigid|Hellen|Beatrice|Agnes|Rose|Nasreddine|Abdelaziz|Abdelkader|Rachid|Karim|Nabil|Samir|
Walid|Hakim|Mehdi|Sofiane|Riyad|Achraf`)

// corporateAbbreviations end companies' names with a dot that is part of
// the name: "Alphabet Inc.".
var corporateAbbreviations = words(`Inc|Corp|Co|Ltd|Plc|Bros`)

// nameSuffixes end people's names with a dot that is part of the name:
// "Ferdinand Marcos Jr.".
var nameSuffixes = words(`Jr|Sr`)

// personSuffixes end people's names: "Dorival Junior", "Marcos Jr.".
var personSuffixes = words(`Jr|Sr|Junior|Filho|Neto|II|III`)

// namePrefixes start surnames that carry a capital inside ("McDonald",
// "DeSantis"), which the company-shape rule must not take for bodies.
var namePrefixes = words(`Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|Al|El|Ab|Bin|Ben`)

// bodyEndings end one-word names of companies, in small letters after a
// stem: "Vingroup", "Rosenergoatom", "Safaricom", "Sberbank".
var bodyEndings = [...]string{"group", "bank", "energo", "atom", "prom", "neft", "gaz", "oil", "com", "soft",
	"tech", "corp", "pharm", "pharma", "media", "mart", "bras"}

// bodyOwned are the words after a name that make it a company's: "Vingroup
// shares fell", "Tesla's profits".
var bodyOwned = words(`shares|stock|stocks|bonds|profit|profits|revenue|revenues|earnings|subscribers|shareholders`)

// employerVerbs before a name make it a body's: "who runs Nissan".
var employerVerbs = words(`runs|founded|owns|chairs|joined|acquired|bought|quit|leads|heads|led|coaches|coached|
manages|managed|captains|captained`)

// followerNouns are the people whose club, party or company a name after
// "of" gives: "fans of Real Madrid".
var followerNouns = words(`fans|supporters|members|shareholders|customers|owners|founders`)

// personVerbs after a name make it a person's when nothing else names it,
// as sayVerbs do: what people, not places, do in the news ("Zhao Leji
// visited").
var personVerbs = words(`met|visited|arrived|flew|travelled|traveled|resigned|chaired|thanked|praised|vowed|
pledged|spoke|phoned|greeted|married|died|testified|became|accused|appointed|named|ordered|rejected`)

// determiners open an apposition that may give a person's role: "Nabih
// Berri, the speaker of parliament".
var determiners = words(`the|a|an|its|his|her|their|our`)

// subjectOpeners may stand just before a name that is a clause's subject:
// "The Bank of Korea cut its rate", "but Xiaomi raised its prices".
var subjectOpeners = words(`The|the|and|but|while|as|that|when|after|before|since|because|if|Meanwhile|Rival|rival`)

// coordinators join names of one kind: "Deutsche Telekom AG and Orange".
var coordinators = words(`and|or`)

// innerPossessives are the possessives that stand inside bodies' names:
// "People's Party", "Workers' Union".
var innerPossessives = words(`People|Workers|Women|Children|Veterans|Farmers|Citizens`)

// orgStarts are the first words of bodies' names: "Air Astana", "World
// Athletics", "Banco Central do Brasil" (whose "do" is no surname's).
var orgStarts = words(`Air|Radio|World|International|National|Royal|Federal|Banco|Banca|Banque|Universidad|
Universidade|Instituto|Partido|Grupo|Daily`)

// personOwned are the words after a possessive that make it a person's:
// "Kadyrov's office".
var personOwned = words(`office|aide|aides|wife|husband|son|daughter|brother|sister|mother|father|family|lawyer|
lawyers|spokesman|spokeswoman|spokesperson|campaign|adviser|advisers|administration`)
