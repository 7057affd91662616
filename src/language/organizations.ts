/**
 * Words about organizations: the words that end or open an organization's name ("Defence
 * Ministry", "Bank of England"), the common nouns for kinds of organizations ("the company",
 * "the news agency"), companies' legal forms, and the organizations so often named in the news
 * that they are listed.
 *
 * Source: written for precis by its authors from general knowledge of English news style (no
 * list was copied from another project or derived from evaluation data). Licence: MIT, with precis.
 */

/**
 * Last words that make a name an organization's ("Defence Ministry", "Acme Inc.", "Labour
 * Party"). Some also end place names ("Union" in "Soviet Union"), so they are evidence, not
 * proof. The entity tagger reads this list as a feature: retrain after changing it.
 */
export const ORG_HEADS: readonly string[] = [
  'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'sa', 's.a.', 'nv', 'n.v.', 'bv', 'gmbh', 'spa', 'lp', 'llp', 'pty', 'ab',
  'oyj', 'asa', 'corporation', 'company', 'companies', 'incorporated', 'limited', 'holdings', 'holding', 'group', 'industries', 'enterprises', 'partners',
  'associates', 'bank', 'bancorp', 'securities', 'capital', 'investments', 'fund', 'trust', 'insurance', 'assurance', 'exchange', 'motors', 'airlines',
  'airways', 'air', 'systems', 'technologies', 'technology', 'software', 'electronics', 'communications', 'telecom', 'pharmaceuticals', 'petroleum', 'oil',
  'energy', 'mining', 'steel', 'chemicals', 'foods', 'stores', 'brands', 'media', 'entertainment', 'studios', 'records', 'pictures', 'publishing', 'press',
  'times', 'post', 'news', 'journal', 'herald', 'tribune', 'gazette', 'telegraph', 'guardian', 'magazine', 'television', 'tv', 'radio', 'network',
  'broadcasting', 'ministry', 'department', 'agency', 'office', 'bureau', 'service', 'services', 'administration', 'authority', 'commission', 'committee',
  'council', 'board', 'assembly', 'parliament', 'congress', 'senate', 'cabinet', 'court', 'tribunal', 'police', 'army', 'navy', 'forces', 'force', 'guard',
  'corps', 'brigade', 'brigades', 'regiment', 'battalion', 'militia', 'party', 'front', 'movement', 'alliance', 'coalition', 'league', 'union', 'federation',
  'confederation', 'association', 'society', 'organization', 'organisation', 'foundation', 'institute', 'institution', 'university', 'college', 'school',
  'academy', 'hospital', 'clinic', 'church', 'mosque', 'synod', 'club', 'fc', 'cf', 'afc', 'rovers', 'wanderers', 'athletic', 'albion', 'hotspur', 'team',
  'orchestra', 'band', 'centre', 'center', 'laboratory', 'laboratories', 'labs', 'reserve', 'secretariat', 'directorate', 'inspectorate', 'chamber',
  'consortium', 'cooperative', 'syndicate', 'cartel', 'unit', 'command', 'caucus', 'mission', 'delegation', 'bloc', 'junta', 'newsroom', 'newsdesk', 'dept',
  'dept.', 'campaign', 'house', 'government', 'pentagon', 'kremlin', 'productions', 'studio', 'firm', 'conference', 'channel', 'daily', 'weekly', 'review',
  'observer', 'reuters', 'bloomberg', 'regime', 'embassy', 'consulate', 'watchdog', 'regulator', 'market', 'markets', 'ventures',
];

/** First words that open an organization's name ("Bank of England", "Ministry of Defence"). */
export const ORG_OPENERS: readonly string[] = [
  'bank', 'ministry', 'department', 'university', 'institute', 'college', 'school', 'academy', 'office', 'bureau', 'council', 'committee', 'commission',
  'court', 'house', 'board', 'league', 'union', 'federation', 'association', 'society', 'organization', 'organisation', 'party', 'church', 'army',
  'museum', 'fund', 'agency', 'assembly', 'congress', 'parliament', 'order', 'friends', 'doctors', 'reporters', 'people',
];

/**
 * Common nouns for kinds of organizations. Beside a name, in lower case, they say what the name
 * is ("the news agency Tanjug", "Le Matin newspaper"); with "the", they refer back to one ("the
 * company said").
 */
export const ORGANIZATION_NOUNS: readonly string[] = [
  'newspaper', 'newspapers', 'daily', 'weekly', 'magazine', 'tabloid', 'paper', 'agency', 'broadcaster', 'network', 'channel', 'station', 'publisher',
  'company', 'firm', 'group', 'conglomerate', 'corporation', 'subsidiary', 'unit', 'maker', 'manufacturer', 'producer', 'supplier', 'retailer', 'distributor',
  'chain', 'brewer', 'carmaker', 'automaker', 'airline', 'carrier', 'operator', 'insurer', 'lender', 'bank', 'broker', 'brokerage', 'bookmaker', 'miner',
  'developer', 'builder', 'exporter', 'importer', 'trader', 'utility', 'refiner', 'shipper', 'consortium', 'club', 'party', 'union', 'movement', 'faction',
  'organisation', 'organization', 'association', 'federation', 'foundation', 'charity', 'institute', 'university', 'ministry', 'department', 'regulator',
  'college', 'league', 'church', 'studio', 'business', 'provider', 'outlet', 'website', 'site', 'platform', 'startup', 'start-up', 'hospital',
  'watchdog', 'fund', 'trust', 'exchange', 'giant', 'label', 'nonprofit', 'non-profit', 'publication', 'chipmaker', 'planemaker', 'plane-maker',
];

/**
 * Nouns for what a company has and a person or a town seldom does. Right after a name, with or
 * without a possessive, they make it an organization's ("Acme's shareholders", "Acme shares
 * fell"). Words a town has too ("the Dearborn plant", "the city's revenue") are left out.
 */
export const CORPORATE_NOUNS: readonly string[] = [
  'shares', 'stock', 'shareholders', 'shareholder', 'stockholders', 'subsidiary', 'subsidiaries', 'ceo', 'cfo', 'coo', 'cto', 'earnings', 'profit',
  'profits', 'customers', 'subscribers', 'users', 'executives', 'dealers', 'dealerships', 'brand', 'brands', 'fleet', 'lineup',
];

/**
 * Nouns for what an online service has: right after a name without a possessive they make it
 * the service's name ("Chirpa users", "a Chirpa post"); after a possessive they may be a
 * person's ("her Chirpa account", "Smith's account"), so they are read only without one.
 */
export const PLATFORM_NOUNS: readonly string[] = ['account', 'accounts', 'app', 'apps', 'feed', 'post', 'posts', 'page', 'trends', 'trending', 'handle', 'livestream', 'algorithm'];

/**
 * Nouns after a name that make it a program's, a law's or an award's name (MISC), not the name of
 * whoever runs it: "the Kestrel program", "the Halden mission", "the Dodd Act". Products are left
 * out ("the Acme vaccine" names the maker), and so are plans and efforts a person can have.
 */
export const PROGRAM_NOUNS: readonly string[] = ['program', 'programme', 'initiative', 'mission', 'missions', 'act', 'bill', 'treaty', 'accord', 'award', 'awards', 'prize'];

/**
 * Last words of events' names ("Paris Air Show", "Kellford Open", "World Cup"): such a name is
 * the event's (MISC), not its organizer's or its town's.
 */
export const EVENT_HEADS: readonly string[] = [
  'show', 'expo', 'exposition', 'fair', 'festival', 'summit', 'games', 'cup', 'open', 'championship', 'championships', 'tournament', 'marathon',
  'awards', 'olympics', 'prix', 'classic', 'biennale', 'triennale', 'week',
];

/** Top-level domains: a name written with one ("Acme.com", "Veritas.info") is a website's, an organization. */
export const WEB_DOMAINS: readonly string[] = ['com', 'org', 'net', 'info', 'io', 'co', 'gov', 'edu', 'news', 'tv', 'uk', 'in', 'de', 'fr', 'ca', 'au', 'biz', 'us'];

/** The legal forms that a comma may set off from a company's name ("Acme, Inc."): the form is part of the name. */
export const COMMA_LEGAL_FORMS: readonly string[] = ['inc', 'inc.', 'llc', 'l.l.c.', 'ltd', 'ltd.', 'corp', 'corp.', 'plc', 'lp', 'llp', 'gmbh'];

/**
 * Nouns for bodies that a person or a place heads or has: "the Trump campaign", "the Obama
 * administration", "Moscow police". Written after a name they do not make it an organization's,
 * but with "the" they refer back to one ("the campaign said").
 */
export const BODY_NOUNS: readonly string[] = [
  'office', 'committee', 'commission', 'council', 'court', 'police', 'army', 'military', 'navy', 'force', 'service', 'administration', 'authority',
  'board', 'bureau', 'center', 'centre', 'campaign', 'team', 'government', 'cabinet', 'embassy', 'consulate', 'mission', 'delegation', 'prosecutor',
  'prosecutors', 'kremlin', 'pentagon', 'regime', 'coalition', 'alliance', 'school',
];

/** Nouns for places that act through their government ("the city said", "the state will appeal"). */
export const GOVERNED_PLACE_NOUNS: readonly string[] = ['state', 'city', 'county', 'town', 'country', 'nation', 'district', 'province', 'municipality'];

/** Legal-form suffixes of company names ("Inc.", "SpA"): the name before them is the company's short name. */
export const CORPORATE_SUFFIXES: readonly string[] = [
  'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'sa', 's.a.', 'nv', 'n.v.', 'bv', 'b.v.', 'gmbh', 'spa', 's.p.a.', 'lp', 'llp',
  'pty', 'ab', 'oyj', 'asa', 'as', 'a/s', 'kk', 'k.k.', 'bhd', 'berhad', 'tbk', 'srl', 'sarl', 'sas', 'se', 'corporation', 'incorporated', 'limited', 'group', 'holdings',
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
  'washington post', 'wall street journal', 'financial times', 'newsweek', 'politico', 'axios', 'usa today', 'los angeles times', 'chicago tribune',
  'boston globe', 'npr', 'pbs', 'msnbc', 'cnbc', 'sky news', 'buzzfeed', 'buzzfeed news', 'huffpost', 'huffington post', 'vice news', 'the economist',
  'der spiegel', 'le monde', 'al arabiya', 'deutsche welle', 'south china morning post',
  'nyse', 'new york stock exchange', 'nasdaq', 'london stock exchange', 'fifa', 'uefa', 'ioc', 'international olympic committee', 'icc', 'nba', 'nfl',
  'nhl', 'mlb', 'atp', 'wta', 'pga', 'hamas', 'hezbollah', 'hizbollah', 'plo', 'ira', 'eta', 'taliban', 'al qaeda', 'al-qaeda', 'isis', 'islamic state',
  'ministry of defence', 'ministry of defense', 'foreign ministry', 'defence ministry', 'defense ministry', 'finance ministry', 'interior ministry',
  // The companies the news names most, by a bare name that is no common word's (so not Amazon,
  // a river, nor Apple at a sentence's start): a subject of "said" is still the company.
  'google', 'alphabet', 'microsoft', 'facebook', 'twitter', 'instagram', 'youtube', 'tiktok', 'whatsapp', 'netflix', 'tesla', 'spacex', 'uber', 'airbnb',
  'openai', 'samsung', 'huawei', 'alibaba', 'tencent', 'nvidia', 'intel', 'ibm', 'boeing', 'airbus', 'toyota', 'volkswagen', 'walmart', 'exxonmobil', 'gazprom',
];

/**
 * Last words of institutions' names ("Kellford General Hospital", "Ashby High School"): such a
 * name is the institution's (an organization), not its building's or a person's.
 */
export const INSTITUTION_HEADS: readonly string[] = ['university', 'college', 'school', 'institute', 'hospital', 'academy', 'infirmary', 'clinic', 'polytechnic', 'seminary', 'conservatory'];

/**
 * Words after a market name, or in lower case right before it, that make it an index or a
 * market, not an organization ("the Dow Jones industrial average", "the benchmark Velnex").
 */
export const INDEX_NOUNS: readonly string[] = ['index', 'indices', 'indexes', 'average', 'averages', 'composite', 'industrials', 'benchmark', 'futures'];

/** Last words of sports teams' names ("Sheffield United", "Bristol City", "Bradford Bulls"). */
export const TEAM_HEADS: readonly string[] = ['united', 'city', 'town', 'county', 'rovers', 'wanderers', 'athletic', 'albion', 'hotspur', 'fc', 'cf', 'sc'];

/** Lower-case words after a name on the sports pages that make it a side ("Deportivo chairman", "Eagles owner", "Rotor fans"). */
export const TEAM_ROLE_NOUNS: readonly string[] = [
  'coach', 'manager', 'chairman', 'president', 'owner', 'owners', 'players', 'player', 'fans', 'supporters', 'striker', 'midfielder', 'defender',
  'goalkeeper', "'keeper", 'keeper', 'captain', 'skipper', 'side', 'squad', 'team', 'bowler', 'batsman', 'quarterback', 'pitcher', 'outfielder',
  'rider', 'riders', 'teammate', 'teammates', 'debut', 'spokesman', 'official', 'officials',
];

/**
 * News agencies whose copy other outlets carry: named as a page's publisher or byline, they are
 * the story's source, not the site's name (unless the page is on the agency's own site).
 */
export const NEWS_AGENCIES: readonly string[] = [
  'Associated Press', 'The Associated Press', 'AP', 'Reuters', 'Thomson Reuters', 'Agence France-Presse', 'Agence France Presse', 'AFP',
  'United Press International', 'UPI', 'Deutsche Presse-Agentur', 'dpa', 'EFE', 'Agencia EFE', 'ANSA', 'Xinhua', 'Xinhua News Agency',
  'Kyodo', 'Kyodo News', 'Yonhap', 'Press Trust of India', 'PTI', 'IANS', 'TASS', 'Anadolu Agency', 'The Canadian Press', 'Canadian Press',
  'Australian Associated Press', 'AAP', 'PA Media', 'Press Association', 'Bloomberg News', 'Tribune News Service', 'CNN Wire',
];
