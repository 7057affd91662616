/**
 * Hand-written word lists for the entity stage: titles, organization words, nationalities,
 * regions, reporting verbs. Written by the precis team from general knowledge of English news
 * style (no outside source), released with precis under its MIT licence.
 * Every list is lower-case; a trailing period is part of the abbreviated forms.
 */

/** Titles and honorifics written before a person's name; they are kept out of the name. */
export const PERSON_TITLES: readonly string[] = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mister', 'madam', 'madame', 'mme', 'mme.', 'monsieur', 'm.', 'herr', 'frau', 'senor', 'señor', 'senora',
  'dr', 'dr.', 'doctor', 'prof', 'prof.', 'professor', 'sir', 'dame', 'lord', 'lady', 'baroness', 'baron', 'count', 'countess', 'duke', 'duchess', 'earl',
  'president', 'vice-president', 'president-elect', 'premier', 'chancellor', 'minister', 'secretary', 'senator', 'sen', 'sen.', 'rep', 'rep.', 'representative',
  'congressman', 'congresswoman', 'councillor', 'councilman', 'councilwoman', 'alderman', 'gov', 'gov.', 'governor', 'mayor', 'judge', 'justice',
  'magistrate', 'prosecutor', 'attorney', 'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sultan', 'emir', 'sheikh', 'sheik', 'crown',
  'pope', 'cardinal', 'archbishop', 'bishop', 'rev', 'rev.', 'reverend', 'father', 'fr.', 'brother', 'sister', 'rabbi', 'imam', 'ayatollah', 'mullah', 'patriarch', 'saint', 'st.',
  'gen', 'gen.', 'general', 'col', 'col.', 'colonel', 'lt', 'lt.', 'lieut.', 'lieutenant', 'maj', 'maj.', 'major', 'capt', 'capt.', 'captain', 'cpt.',
  'sgt', 'sgt.', 'sergeant', 'cpl', 'cpl.', 'corporal', 'pvt', 'pvt.', 'private', 'adm', 'adm.', 'admiral', 'cmdr', 'cmdr.', 'commander', 'cdr.', 'marshal',
  'brig', 'brig.', 'brigadier', 'commodore', 'field', 'ensign', 'officer', 'constable', 'detective', 'det.', 'inspector', 'superintendent', 'sheriff', 'deputy',
  'chairman', 'chairwoman', 'chairperson', 'chair', 'ceo', 'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'skipper', 'captain',
  'ambassador', 'envoy', 'consul', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chief', 'leader', 'speaker', 'delegate',
  'economist', 'analyst', 'dealer', 'trader', 'broker', 'official', 'aide', 'adviser', 'advisor', 'lawyer', 'counsel', 'author', 'writer', 'novelist',
  'actor', 'actress', 'singer', 'player', 'champion', 'rider', 'driver', 'veteran', 'rookie', 'newcomer', 'challenger', 'incumbent', 'candidate', 'nominee',
  'jr.', 'sr.',
];

/**
 * Titles that are surely a person's when they stand right before a capitalized word
 * (the others above can also head an organization: "Minister", "Secretary", "Chief").
 */
export const HONORIFICS: readonly string[] = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mme', 'mme.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'sen.', 'rep.', 'gov.', 'gen.', 'col.', 'lt.', 'maj.',
  'capt.', 'sgt.', 'adm.', 'cmdr.', 'brig.', 'rev.', 'det.', 'president', 'senator', 'governor', 'mayor', 'judge', 'pope', 'ayatollah', 'sheikh', 'coach',
  'spokesman', 'spokeswoman', 'spokesperson', 'striker', 'midfielder', 'defender', 'goalkeeper', 'skipper', 'general', 'colonel', 'lieutenant', 'sergeant',
  'admiral', 'commander', 'chancellor', 'premier', 'congressman', 'congresswoman', 'ambassador', 'envoy', 'king', 'queen', 'prince', 'princess', 'bishop',
  'archbishop', 'cardinal', 'rabbi', 'imam', 'economist', 'analyst', 'lawyer', 'actor', 'actress', 'singer',
];

/**
 * Last words that make a name an organization ("Defence Ministry", "Acme Inc.", "Labour Party").
 * Some also end place names ("Union" in "Soviet Union"), so they are evidence, not proof.
 */
export const ORG_HEADS: readonly string[] = [
  'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'sa', 's.a.', 'nv', 'n.v.', 'bv', 'gmbh', 'spa', 'lp', 'llp', 'pty', 'ab', 'oyj', 'asa',
  'corporation', 'company', 'companies', 'incorporated', 'limited', 'holdings', 'holding', 'group', 'industries', 'enterprises', 'partners', 'associates',
  'bank', 'bancorp', 'securities', 'capital', 'investments', 'fund', 'trust', 'insurance', 'assurance', 'exchange', 'motors', 'airlines', 'airways', 'air',
  'systems', 'technologies', 'technology', 'software', 'electronics', 'communications', 'telecom', 'pharmaceuticals', 'petroleum', 'oil', 'energy', 'mining',
  'steel', 'chemicals', 'foods', 'stores', 'brands', 'media', 'entertainment', 'studios', 'records', 'pictures', 'publishing', 'press', 'times', 'post',
  'news', 'journal', 'herald', 'tribune', 'gazette', 'telegraph', 'guardian', 'magazine', 'television', 'tv', 'radio', 'network', 'broadcasting',
  'ministry', 'department', 'agency', 'office', 'bureau', 'service', 'services', 'administration', 'authority', 'commission', 'committee', 'council',
  'board', 'assembly', 'parliament', 'congress', 'senate', 'cabinet', 'court', 'tribunal', 'police', 'army', 'navy', 'forces', 'force', 'guard', 'corps',
  'brigade', 'brigades', 'regiment', 'battalion', 'militia', 'party', 'front', 'movement', 'alliance', 'coalition', 'league', 'union', 'federation',
  'confederation', 'association', 'society', 'organization', 'organisation', 'foundation', 'institute', 'institution', 'university', 'college', 'school',
  'academy', 'hospital', 'clinic', 'church', 'mosque', 'synod', 'club', 'fc', 'cf', 'afc', 'rovers', 'wanderers', 'athletic', 'albion', 'hotspur',
  'team', 'orchestra', 'band', 'centre', 'center', 'laboratory', 'laboratories', 'labs', 'reserve', 'secretariat', 'directorate', 'inspectorate',
  'chamber', 'consortium', 'cooperative', 'syndicate', 'cartel', 'group', 'unit', 'command', 'caucus', 'mission', 'delegation', 'bloc', 'junta',
  'newsroom', 'newsdesk',
];

/** First words that open an organization's name ("Bank of England", "Ministry of Defence"). */
export const ORG_OPENERS: readonly string[] = [
  'bank', 'ministry', 'department', 'university', 'institute', 'college', 'school', 'academy', 'office', 'bureau', 'council', 'committee', 'commission',
  'court', 'house', 'board', 'league', 'union', 'federation', 'association', 'society', 'organization', 'organisation', 'party', 'church', 'army',
  'museum', 'fund', 'agency', 'assembly', 'congress', 'parliament', 'order', 'friends', 'doctors', 'reporters', 'people',
];

/**
 * Nationalities, peoples, religions and political groups: NORP in precis, MISC in CoNLL.
 * Singular adjectives; plural forms are made by `nationalityForms`.
 */
export const NATIONALITIES: readonly string[] = [
  'afghan', 'albanian', 'algerian', 'american', 'andorran', 'angolan', 'argentine', 'argentinian', 'armenian', 'australian', 'austrian', 'azerbaijani', 'azeri',
  'bahamian', 'bahraini', 'bangladeshi', 'barbadian', 'belarusian', 'belarussian', 'belgian', 'belizean', 'beninese', 'bhutanese', 'bolivian', 'bosnian',
  'botswanan', 'brazilian', 'british', 'bruneian', 'bulgarian', 'burkinabe', 'burmese', 'burundian', 'cambodian', 'cameroonian', 'canadian', 'chadian',
  'chilean', 'chinese', 'colombian', 'congolese', 'costa rican', 'croat', 'croatian', 'cuban', 'cypriot', 'czech', 'danish', 'djiboutian', 'dominican',
  'dutch', 'ecuadorean', 'ecuadorian', 'egyptian', 'emirati', 'english', 'eritrean', 'estonian', 'ethiopian', 'fijian', 'filipino', 'finnish', 'french',
  'gabonese', 'gambian', 'georgian', 'german', 'ghanaian', 'greek', 'grenadian', 'guatemalan', 'guinean', 'guyanese', 'haitian', 'honduran', 'hungarian',
  'icelandic', 'indian', 'indonesian', 'iranian', 'iraqi', 'irish', 'israeli', 'italian', 'ivorian', 'jamaican', 'japanese', 'jordanian', 'kazakh',
  'kenyan', 'korean', 'kosovar', 'kuwaiti', 'kyrgyz', 'lao', 'laotian', 'latvian', 'lebanese', 'liberian', 'libyan', 'liechtensteiner', 'lithuanian',
  'luxembourgish', 'macedonian', 'malagasy', 'malawian', 'malaysian', 'maldivian', 'malian', 'maltese', 'mauritanian', 'mauritian', 'mexican', 'moldovan',
  'monegasque', 'mongolian', 'montenegrin', 'moroccan', 'mozambican', 'namibian', 'nepalese', 'nepali', 'new zealander', 'nicaraguan', 'nigerian', 'nigerien',
  'norwegian', 'omani', 'pakistani', 'palestinian', 'panamanian', 'paraguayan', 'persian', 'peruvian', 'polish', 'portuguese', 'qatari', 'romanian',
  'russian', 'rwandan', 'salvadoran', 'samoan', 'saudi', 'scottish', 'senegalese', 'serb', 'serbian', 'sierra leonean', 'singaporean', 'slovak', 'slovakian',
  'slovene', 'slovenian', 'somali', 'south african', 'south korean', 'north korean', 'spanish', 'sri lankan', 'sudanese', 'surinamese', 'swazi', 'swedish',
  'swiss', 'syrian', 'taiwanese', 'tajik', 'tanzanian', 'thai', 'tibetan', 'togolese', 'tongan', 'trinidadian', 'tunisian', 'turkish', 'turkmen',
  'ugandan', 'ukrainian', 'uruguayan', 'uzbek', 'venezuelan', 'vietnamese', 'welsh', 'yemeni', 'yugoslav', 'zambian', 'zimbabwean', 'soviet', 'czechoslovak',
  'british', 'briton', 'scot', 'scots', 'brit', 'dane', 'finn', 'swede', 'pole', 'turk', 'arab', 'arabian', 'kurd', 'kurdish', 'pashtun', 'tamil', 'sikh',
  'hindu', 'muslim', 'moslem', 'islamic', 'islamist', 'christian', 'catholic', 'protestant', 'orthodox', 'jewish', 'jew', 'buddhist', 'shi\'ite', 'shiite',
  'shia', 'sunni', 'alawite', 'druze', 'maronite', 'coptic', 'copt', 'evangelical', 'lutheran', 'anglican', 'methodist', 'baptist', 'mormon',
  'european', 'african', 'asian', 'latin american', 'latino', 'hispanic', 'caribbean', 'scandinavian', 'nordic', 'balkan', 'baltic', 'arabic', 'slavic',
  'west indian', 'west german', 'east german', 'gulf', 'western', 'eastern', 'anglo', 'franco', 'basque', 'catalan', 'corsican', 'flemish', 'walloon',
  'hutu', 'tutsi', 'zulu', 'maori', 'aboriginal', 'inuit', 'cherokee', 'chechen', 'ingush', 'ossetian', 'abkhaz', 'tatar', 'uighur', 'uyghur', 'roma', 'bedouin',
  'democrat', 'republican', 'labour', 'conservative', 'tory', 'liberal', 'socialist', 'communist', 'marxist', 'leninist', 'maoist', 'nationalist', 'unionist',
  'loyalist', 'green', 'gaullist', 'christian democrat', 'social democrat', 'zionist', 'sandinista', 'zapatista', 'bolshevik',
  'nato', 'sino', 'euro', 'afro', 'pan-african', 'pro-western',
];

/** Plural and group forms of the nationality words ("Iraqis", "Democrats", "the French"). */
export function nationalityForms(word: string): string[] {
  const forms = [word];
  if (/(?:ese|ish|ch|ss|swiss|i)$/.test(word) && !/(?:i)$/.test(word)) return forms;
  forms.push(word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`);
  return forms;
}

/**
 * Places that are not cities or countries: continents, regions, US states, provinces, seas.
 * Multi-word entries are matched token by token.
 */
export const REGIONS: readonly string[] = [
  'africa', 'asia', 'europe', 'north america', 'south america', 'latin america', 'central america', 'oceania', 'antarctica', 'arctic', 'antarctic',
  'middle east', 'near east', 'far east', 'east asia', 'southeast asia', 'south asia', 'central asia', 'west africa', 'east africa', 'north africa',
  'southern africa', 'central africa', 'horn of africa', 'sahara', 'sahel', 'balkans', 'caucasus', 'north caucasus', 'baltics', 'scandinavia',
  'eastern europe', 'western europe', 'central europe', 'mediterranean', 'gulf', 'persian gulf', 'the gulf', 'west bank', 'gaza', 'gaza strip', 'golan heights',
  'sinai', 'kashmir', 'tibet', 'siberia', 'crimea', 'donbas', 'chechnya', 'kurdistan', 'transylvania', 'bavaria', 'catalonia', 'andalusia', 'lombardy',
  'tuscany', 'sicily', 'sardinia', 'corsica', 'brittany', 'normandy', 'provence', 'flanders', 'wallonia', 'ulster', 'northern ireland', 'scotland', 'wales',
  'england', 'great britain', 'britain', 'yorkshire', 'lancashire', 'kent', 'essex', 'surrey', 'sussex', 'cornwall', 'devon', 'quebec', 'ontario',
  'british columbia', 'alberta', 'manitoba', 'saskatchewan', 'nova scotia', 'new brunswick', 'newfoundland', 'queensland', 'new south wales', 'victoria',
  'tasmania', 'punjab', 'bengal', 'kerala', 'tamil nadu', 'gujarat', 'assam', 'mindanao', 'borneo', 'sumatra', 'java', 'bali', 'hokkaido', 'okinawa',
  'patagonia', 'amazon', 'atlantic', 'pacific', 'indian ocean', 'north sea', 'baltic sea', 'black sea', 'red sea', 'caspian', 'caspian sea', 'aegean',
  'adriatic', 'caribbean', 'south china sea', 'east china sea', 'yellow sea', 'sea of japan', 'english channel', 'rhine', 'danube', 'nile', 'thames',
  'volga', 'yangtze', 'mekong', 'euphrates', 'tigris', 'jordan river', 'mississippi', 'alps', 'andes', 'himalayas', 'urals', 'rockies', 'pyrenees',
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia', 'hawaii', 'idaho', 'illinois',
  'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana',
  'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon',
  'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington', 'west virginia',
  'wisconsin', 'wyoming', 'district of columbia', 'puerto rico', 'guam', 'silicon valley', 'wall street', 'midwest', 'new england', 'west coast', 'east coast',
  'hong kong', 'macau', 'macao', 'taiwan', 'kosovo', 'bosnia', 'herzegovina', 'montenegro', 'serbia', 'slovenia', 'croatia', 'abkhazia', 'ossetia', 'dagestan',
];

/** Short forms that stand for countries in wire copy. */
export const COUNTRY_ABBREVIATIONS: readonly string[] = ['u.s.', 'us', 'usa', 'u.s.a.', 'uk', 'u.k.', 'uae', 'u.a.e.', 'ussr', 'prc', 'drc'];

/** Countries by names the country list lacks: constituent nations, old and informal names. */
export const EXTRA_COUNTRIES: readonly string[] = [
  'britain', 'great britain', 'england', 'scotland', 'wales', 'northern ireland', 'holland', 'soviet union', 'czechoslovakia', 'yugoslavia', 'burma',
  'zaire', 'ivory coast', 'west germany', 'east germany',
];

/** Reporting verbs (lemmas): their subject is a person or an organization. */
export const SPEECH_VERBS: readonly string[] = [
  'say', 'tell', 'add', 'state', 'announce', 'declare', 'claim', 'insist', 'argue', 'warn', 'explain', 'note', 'report', 'confirm', 'deny', 'admit',
  'acknowledge', 'stress', 'urge', 'write', 'ask', 'reply', 'respond', 'comment', 'predict', 'estimate', 'suggest', 'believe', 'think', 'recall', 'quote',
];

/** Words whose presence marks a sports story when the headline has no sports slug. */
export const SPORTS_WORDS: readonly string[] = [
  'innings', 'wicket', 'wickets', 'batsman', 'bowler', 'striker', 'midfielder', 'goalkeeper', 'defender', 'semifinal', 'semi-final', 'quarterfinal',
  'quarter-final', 'halftime', 'half-time', 'inning', 'homer', 'touchdown', 'penalty', 'goals', 'seeded', 'tiebreak', 'lap', 'laps', 'podium',
  'league', 'cup', 'championship', 'tournament', 'match', 'beat', 'draw', 'drew', 'scored', 'coach', 'season', 'playoff', 'playoffs', 'standings',
];

/** Words that open a sports desk headline ("SOCCER - ...", "TENNIS - ..."). */
export const SPORTS_SLUGS: readonly string[] = [
  'soccer', 'football', 'cricket', 'tennis', 'golf', 'rugby', 'rugby union', 'rugby league', 'athletics', 'cycling', 'boxing', 'baseball', 'basketball',
  'ice hockey', 'hockey', 'nhl ice hockey', 'nba basketball', 'nfl football', 'american football', 'motor racing', 'motorcycling', 'formula one', 'rallying',
  'horse racing', 'racing', 'sailing', 'rowing', 'swimming', 'skiing', 'alpine skiing', 'volleyball', 'handball', 'badminton', 'squash', 'snooker',
  'darts', 'judo', 'wrestling', 'weightlifting', 'fencing', 'gymnastics', 'triathlon', 'olympics', 'chess', 'sport', 'sports',
];

/** Words that never begin a name when capitalized at the start of a sentence or line. */
export const SENTENCE_OPENERS: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your',
  'in', 'on', 'at', 'for', 'from', 'to', 'with', 'by', 'after', 'before', 'during', 'since', 'until', 'when', 'while', 'if', 'as', 'but', 'and', 'or',
  'so', 'yet', 'also', 'however', 'meanwhile', 'earlier', 'later', 'now', 'then', 'there', 'here', 'what', 'who', 'which', 'where', 'why', 'how',
  'some', 'many', 'most', 'all', 'both', 'each', 'every', 'no', 'not', 'one', 'two', 'three', 'other', 'another', 'such', 'several', 'few',
  'under', 'over', 'about', 'against', 'between', 'among', 'through', 'despite', 'although', 'though', 'because', 'instead', 'still', 'even',
  'only', 'just', 'last', 'next', 'first', 'second', 'third', 'final', 'new', 'former', 'asked', 'says', 'said', 'according',
];

/**
 * Organizations so often named in the news, often by a bare name or acronym, that they are
 * listed: international bodies, news agencies, central banks, exchanges, leagues' governing bodies.
 */
export const KNOWN_ORGS: readonly string[] = [
  'united nations', 'un', 'u.n.', 'nato', 'european union', 'eu', 'e.u.', 'european commission', 'european parliament', 'council of europe',
  'world bank', 'imf', 'international monetary fund', 'wto', 'world trade organization', 'world health organization', 'who', 'unesco', 'unicef', 'unhcr',
  'opec', 'oecd', 'asean', 'african union', 'arab league', 'osce', 'interpol', 'europol', 'red cross', 'red crescent', 'amnesty international',
  'human rights watch', 'greenpeace', 'iaea', 'g7', 'g8', 'g20', 'mercosur', 'nafta', 'gatt', 'ecb', 'european central bank', 'bundesbank', 'federal reserve',
  'fed', 'bank of england', 'bank of japan', 'treasury', 'pentagon', 'kremlin', 'white house', 'congress', 'senate', 'state department', 'fbi', 'cia',
  'nsa', 'nasa', 'sec', 'fda', 'epa', 'irs', 'doj', 'justice department', 'supreme court', 'knesset', 'duma', 'bundestag', 'politburo',
  'reuters', 'associated press', 'ap', 'afp', 'agence france-presse', 'bloomberg', 'xinhua', 'itar-tass', 'tass', 'interfax', 'ria novosti',
  'kyodo', 'yonhap', 'ansa', 'dpa', 'efe', 'anatolia', 'mena', 'irna', 'bbc', 'cnn', 'abc', 'cbs', 'nbc', 'fox news', 'al jazeera', 'new york times',
  'washington post', 'wall street journal', 'financial times',
  'nyse', 'new york stock exchange', 'nasdaq', 'london stock exchange', 'fifa', 'uefa', 'ioc', 'international olympic committee', 'icc', 'nba', 'nfl',
  'nhl', 'mlb', 'atp', 'wta', 'pga', 'hamas', 'hezbollah', 'hizbollah', 'plo', 'ira', 'eta', 'taliban', 'al qaeda', 'al-qaeda', 'isis', 'islamic state',
  'ministry of defence', 'ministry of defense', 'foreign ministry', 'defence ministry', 'defense ministry', 'finance ministry', 'interior ministry',
];

/**
 * Common nouns that name a kind of organization. Written right before or after a name, in
 * lower case, they say what the name is ("the news agency Tanjug", "Le Matin newspaper").
 */
export const ORG_NOUNS: readonly string[] = [
  'newspaper', 'newspapers', 'daily', 'weekly', 'magazine', 'tabloid', 'paper', 'agency', 'broadcaster', 'network', 'channel', 'station', 'publisher',
  'company', 'firm', 'group', 'conglomerate', 'corporation', 'subsidiary', 'unit', 'maker', 'manufacturer', 'producer', 'supplier', 'retailer', 'distributor',
  'chain', 'brewer', 'carmaker', 'automaker', 'airline', 'carrier', 'operator', 'insurer', 'lender', 'bank', 'broker', 'brokerage', 'bookmaker', 'miner',
  'developer', 'builder', 'exporter', 'importer', 'trader', 'utility', 'refiner', 'shipper', 'consortium', 'club', 'party', 'union', 'movement', 'faction',
  'organisation', 'organization', 'association', 'federation', 'foundation', 'charity', 'institute', 'university', 'ministry', 'department', 'regulator',
];

/** Words after a market name that make it an index or a market, not an organization ("the Dow Jones industrial average"). */
export const INDEX_NOUNS: readonly string[] = ['index', 'indices', 'indexes', 'average', 'averages', 'composite', 'industrials'];

/** Last words of place names built on a common noun ("Grace Road", "Ellis Park", "Heathrow Airport"). */
export const PLACE_HEADS: readonly string[] = [
  'road', 'street', 'st', 'avenue', 'ave', 'boulevard', 'lane', 'square', 'bridge', 'park', 'stadium', 'airport', 'station', 'hill', 'hills', 'lake',
  'river', 'mountain', 'mountains', 'mount', 'island', 'islands', 'bay', 'valley', 'beach', 'harbour', 'harbor', 'port', 'gate', 'field', 'fields',
  'ground', 'arena', 'palace', 'hall', 'castle', 'tower', 'heights', 'coast', 'peninsula', 'desert', 'forest', 'canal', 'strait', 'straits', 'sea',
  'ocean', 'province', 'county', 'district', 'region', 'city', 'town', 'village', 'state', 'republic', 'kingdom', 'territory', 'camp', 'base',
];

/** Lower-case words after a name on the sports pages that make it a side ("Deportivo chairman", "Eagles owner", "Rotor fans"). */
export const TEAM_ROLE_NOUNS: readonly string[] = [
  'coach', 'manager', 'chairman', 'president', 'owner', 'owners', 'players', 'player', 'fans', 'supporters', 'striker', 'midfielder', 'defender',
  'goalkeeper', "'keeper", 'keeper', 'captain', 'skipper', 'side', 'squad', 'team', 'bowler', 'batsman', 'quarterback', 'pitcher', 'outfielder',
  'rider', 'riders', 'teammate', 'teammates', 'debut', 'spokesman', 'official', 'officials',
];

/** Last words of sports teams' names ("Sheffield United", "Bristol City", "Bradford Bulls"). */
export const TEAM_HEADS: readonly string[] = ['united', 'city', 'town', 'county', 'rovers', 'wanderers', 'athletic', 'albion', 'hotspur', 'fc', 'cf', 'sc'];

/** Legal-form suffixes of company names ("Inc.", "SpA"): the name before them is the company's short name. */
export const CORPORATE_SUFFIXES: readonly string[] = [
  'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'sa', 's.a.', 'nv', 'n.v.', 'bv', 'b.v.', 'gmbh', 'spa', 's.p.a.', 'lp', 'llp',
  'pty', 'ab', 'oyj', 'asa', 'as', 'a/s', 'kk', 'k.k.', 'bhd', 'berhad', 'tbk', 'srl', 'sarl', 'sas', 'se', 'corporation', 'incorporated', 'limited', 'group', 'holdings',
];

/** Capitalized abbreviations that are not names: time zones and units. */
export const NOT_NAMES: readonly string[] = ['gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'bst', 'cet', 'cest', 'am', 'pm', 'a.m.', 'p.m.'];
