/**
 * Words about places that the gazetteers (countries, cities) do not hold: regions, US states,
 * seas and rivers, other names and short forms of countries, and the words that make a name a
 * place ("Quay Street", "Port Dunmore", "in Wuxi").
 *
 * Source: written for precis by its authors from general knowledge (no list was copied from
 * another project or derived from evaluation data). Licence: MIT, with precis.
 */

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

/** Short and long names of the same country (or union of countries): one referent. */
export const COUNTRY_ALIASES: ReadonlyArray<readonly string[]> = [
  ['united states', 'us', 'usa', 'united states of america', 'america'],
  ['united kingdom', 'uk', 'britain', 'great britain'],
  ['united arab emirates', 'uae'],
  ['soviet union', 'ussr'],
  ['european union', 'eu'],
  ['united nations', 'un'],
];

/** Last words of place names built on a common noun ("Grace Road", "Ellis Park", "Heathrow Airport"). */
export const PLACE_HEADS: readonly string[] = [
  'road', 'street', 'st', 'avenue', 'ave', 'boulevard', 'lane', 'square', 'bridge', 'park', 'stadium', 'airport', 'station', 'hill', 'hills', 'lake',
  'river', 'mountain', 'mountains', 'mount', 'island', 'islands', 'bay', 'valley', 'beach', 'harbour', 'harbor', 'port', 'gate', 'field', 'fields',
  'ground', 'arena', 'palace', 'hall', 'castle', 'tower', 'heights', 'coast', 'peninsula', 'desert', 'forest', 'canal', 'strait', 'straits', 'sea',
  'ocean', 'province', 'county', 'district', 'region', 'city', 'town', 'village', 'state', 'republic', 'kingdom', 'territory', 'camp', 'base',
];

/** Last words that make a name a street or a square ("Quay Street"). */
export const STREET_WORDS: readonly string[] = ['street', 'road', 'avenue', 'boulevard', 'lane', 'square', 'drive', 'highway', 'parkway'];

/** Words for states that, first or last, make a name a country's ("Republic of Chad", "Ottoman Empire", "Kingdom of Fife"). */
export const POLITY_WORDS: readonly string[] = ['republic', 'kingdom', 'empire', 'emirate', 'sultanate', 'caliphate', 'principality', 'duchy', 'khanate'];

/** First words that make a name a place ("Port Said", "Mount Kenya", "Lake Geneva", "Fort Worth"). */
export const PLACE_OPENERS: readonly string[] = ['port', 'mount', 'lake', 'fort', 'cape', 'isle'];

/** Prepositions after which a name is a place ("in Wuxi", "near Leeds", "from Markham"). */
export const PLACE_PREPOSITIONS: readonly string[] = ['in', 'at', 'near', 'outside', 'across', 'around', 'into', 'throughout', 'via', 'toward', 'towards', 'from', 'to'];

/**
 * Lower-case nouns for kinds of places that, right before a name, say it is one ("the moon
 * Tavros", "the village Ashby"). Nouns that also stand before organizations' names ("state",
 * "county") are not here.
 */
export const PLACE_KIND_NOUNS: readonly string[] = ['moon', 'planet', 'island', 'town', 'village', 'city', 'hamlet', 'suburb', 'province'];

/**
 * What a place has and a person or an organization does not: after a name and a possessive
 * they make it a place's ("Kellford's residents", "Tavros's surface", "Chad's capital").
 */
export const PLACE_ATTRIBUTE_NOUNS: readonly string[] = [
  'residents', 'inhabitants', 'population', 'capital', 'outskirts', 'suburbs', 'countryside', 'coast', 'coastline', 'shores', 'border', 'borders',
  'mainland', 'territory', 'surface', 'atmosphere', 'moon', 'moons', 'equator', 'climate',
];
