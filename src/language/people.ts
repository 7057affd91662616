/**
 * Words about people: the titles written before a name, the role nouns that describe a person,
 * the gender some of them carry, and the nouns for people who speak for someone else.
 *
 * Source: written for precis by its authors from general knowledge of English news style (no
 * list was copied from another project or derived from evaluation data). Licence: MIT, with precis.
 * Every list is lower case; abbreviations are listed with and without their period.
 */

/**
 * Titles written before a person's name ("President", "Gen.", "spokeswoman"). The names stage
 * keeps them out of the name (they go to `mentions[].title`); the coreference stage reads them
 * as the person's roles. Changing this list changes the entity tagger's features: retrain.
 */
export const TITLES: readonly string[] = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mister', 'madam', 'madame', 'mme', 'mme.', 'monsieur', 'm.', 'herr', 'frau', 'senor', 'señor', 'senora',
  'dr', 'dr.', 'doctor', 'prof', 'prof.', 'professor', 'sir', 'dame', 'lord', 'lady', 'baroness', 'baron', 'count', 'countess', 'duke', 'duchess', 'earl',
  'president', 'vice-president', 'president-elect', 'premier', 'chancellor', 'minister', 'secretary', 'senator', 'sen', 'sen.', 'rep', 'rep.',
  'representative', 'congressman', 'congresswoman', 'del.', 'assemblyman', 'assemblywoman', 'assemblymember', 'councillor', 'councilman', 'councilwoman', 'alderman', 'gov', 'gov.', 'governor', 'mayor', 'judge',
  'justice', 'magistrate', 'prosecutor', 'attorney', 'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sultan', 'emir', 'sheikh', 'sheik', 'crown',
  'pope', 'cardinal', 'archbishop', 'bishop', 'rev', 'rev.', 'reverend', 'father', 'fr.', 'brother', 'sister', 'rabbi', 'imam', 'ayatollah', 'mullah',
  'patriarch', 'saint', 'st.', 'gen', 'gen.', 'general', 'col', 'col.', 'colonel', 'lt', 'lt.', 'lieut.', 'lieutenant', 'maj', 'maj.', 'major', 'capt',
  'capt.', 'captain', 'cpt.', 'sgt', 'sgt.', 'sergeant', 'cpl', 'cpl.', 'corporal', 'pvt', 'pvt.', 'private', 'adm', 'adm.', 'admiral', 'cmdr', 'cmdr.',
  'commander', 'cdr.', 'marshal', 'brig', 'brig.', 'brigadier', 'commodore', 'field', 'ensign', 'officer', 'constable', 'detective', 'det.', 'inspector',
  'superintendent', 'sheriff', 'deputy', 'chairman', 'chairwoman', 'chairperson', 'chair', 'ceo', 'coach', 'manager', 'striker', 'midfielder', 'defender',
  'goalkeeper', 'skipper', 'ambassador', 'envoy', 'consul', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chief', 'leader', 'speaker', 'delegate',
  'economist', 'analyst', 'dealer', 'trader', 'broker', 'official', 'aide', 'adviser', 'advisor', 'lawyer', 'counsel', 'author', 'writer', 'novelist', 'actor',
  'actress', 'singer', 'player', 'champion', 'rider', 'driver', 'veteran', 'rookie', 'newcomer', 'challenger', 'incumbent', 'candidate', 'nominee', 'jr.',
  'sr.',
];

/**
 * Players' positions as the sports pages write them before a name, in capitals ("QB Baker Mayfield",
 * "Browns DL Sheldon Richardson"): a title, not part of the name. Kept out of {@link TITLES}, whose
 * words are features of the entity tagger; read by the names stage's rules only.
 */
export const PLAYER_POSITIONS: readonly string[] = ['QB', 'RB', 'WR', 'TE', 'OL', 'DL', 'LB', 'CB', 'DB', 'FB', 'OT', 'OG', 'DT', 'LHP', 'RHP'];

/**
 * Titles that are surely a person's when they stand right before a capitalized word (the others
 * can also open an organization's name: "Minister", "Secretary", "Chief").
 */
export const HONORIFICS: readonly string[] = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mme', 'mme.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'sen.', 'rep.', 'gov.', 'gen.', 'col.', 'lt.',
  'maj.', 'capt.', 'sgt.', 'adm.', 'cmdr.', 'brig.', 'rev.', 'det.', 'president', 'senator', 'governor', 'mayor', 'judge', 'pope', 'ayatollah', 'sheikh',
  'coach', 'spokesman', 'spokeswoman', 'spokesperson', 'striker', 'midfielder', 'defender', 'goalkeeper', 'skipper', 'general', 'colonel', 'lieutenant',
  'sergeant', 'admiral', 'commander', 'chancellor', 'premier', 'congressman', 'congresswoman', 'ambassador', 'envoy', 'king', 'queen', 'prince', 'princess',
  'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'economist', 'analyst', 'lawyer', 'actor', 'actress', 'singer',
];

/**
 * Honorifics that only a person's name follows, never an organization's ("Mr Smith", "Dr.
 * Jones"). "Miss" is left out: it also opens pageants' names ("Miss World").
 */
export const PERSONAL_HONORIFICS: readonly string[] = ['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'mme', 'mme.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'messrs', 'messrs.'];

/**
 * Nouns for what a leader heads, written after the leader's surname: "the Halvorsen administration",
 * "the Marov regime". A lone capitalized word before one is a person's name.
 */
export const LEADER_BODY_NOUNS: readonly string[] = ['administration', 'regime', 'presidency', 'premiership', 'dynasty', 'cabinet'];

/** Plural nouns for people whose possessive opens an organization's name ("People's Liberation Front", "Workers' Party"). */
export const PEOPLE_PLURALS: readonly string[] = ['people', 'peoples', 'children', 'women', 'men', 'workers', 'farmers', 'citizens', 'veterans', 'soldiers', 'teachers', 'students', 'writers', 'artists', 'journalists', 'nations'];

/** Gender a title or role noun carries. */
export const GENDERED_ROLE_NOUNS: Readonly<Record<string, 'm' | 'f'>> = {
  mr: 'm', 'mr.': 'm', sir: 'm', lord: 'm', king: 'm', prince: 'm', duke: 'm', emperor: 'm', sultan: 'm',
  sheikh: 'm', father: 'm', brother: 'm', son: 'm', husband: 'm', boyfriend: 'm', uncle: 'm', nephew: 'm',
  grandfather: 'm', man: 'm', boy: 'm', gentleman: 'm', spokesman: 'm', chairman: 'm', congressman: 'm',
  businessman: 'm', policeman: 'm', councilman: 'm', alderman: 'm', assemblyman: 'm', actor: 'm',
  headmaster: 'm', monk: 'm', pope: 'm', cardinal: 'm', rabbi: 'm', imam: 'm', dad: 'm', widower: 'm',
  mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f', miss: 'f', dame: 'f', lady: 'f', queen: 'f', princess: 'f',
  duchess: 'f', empress: 'f', mother: 'f', sister: 'f', daughter: 'f', wife: 'f', girlfriend: 'f', aunt: 'f',
  niece: 'f', grandmother: 'f', woman: 'f', girl: 'f', spokeswoman: 'f', chairwoman: 'f',
  congresswoman: 'f', businesswoman: 'f', policewoman: 'f', councilwoman: 'f', assemblywoman: 'f',
  actress: 'f', headmistress: 'f', nun: 'f', mom: 'f', mum: 'f', widow: 'f', waitress: 'f', heiress: 'f',
};

/** Role nouns for people that are not titles ("witness", "analyst", "lawmaker"); see {@link ROLE_NOUNS}. */
const OTHER_ROLE_NOUNS: readonly string[] = [
  'guitarist', 'drummer', 'bassist', 'pianist', 'violinist', 'vocalist', 'frontman', 'frontwoman', 'songwriter', 'bandleader', 'dancer', 'model',
  'hon', 'hon.', 'st', 'vice', 'prime', 'reps', 'reps.', 'sens', 'sens.', 'lawmaker', 'legislator', 'cfo', 'coo', 'cto', 'executive', 'diplomat', 'commandant', 'quarterback',
  'pitcher', 'forward', 'guard', 'physician', 'surgeon', 'nurse', 'assistant', 'researcher', 'scientist', 'poet', 'editor', 'reporter', 'journalist',
  'correspondent', 'columnist', 'founder', 'co-founder', 'cofounder', 'owner', 'pastor', 'priest', 'councilor', 'commissioner', 'trustee', 'treasurer',
  'clerk', 'whip', 'strategist', 'pollster', 'consultant', 'activist', 'organizer', 'organiser', 'campaigner', 'member', 'head', 'boss', 'star', 'rapper',
  'artist', 'musician', 'producer', 'filmmaker', 'comedian', 'host', 'anchor', 'witness', 'victim', 'resident', 'neighbor', 'neighbour', 'student', 'teacher',
  'principal', 'parent', 'expert', 'specialist', 'engineer', 'pilot', 'soldier', 'agent', 'investigator', 'auditor', 'regulator', 'banker', 'investor',
  'entrepreneur', 'billionaire', 'millionaire', 'politician', 'republican', 'democrat', 'conservative', 'liberal', 'progressive', 'independent', 'rival',
  'opponent', 'critic', 'supporter', 'defendant', 'plaintiff', 'suspect', 'accuser', 'survivor', 'patient', 'farmer', 'worker', 'employee', 'staffer', 'staff',
  'intern', 'volunteer', 'fan', 'winner', 'runner-up', 'athlete', 'batsman', 'bowler', 'cyclist', 'boxer', 'fighter', 'wrestler', 'golfer', 'sprinter',
  'swimmer', 'gymnast', 'referee', 'umpire', 'administrator', 'dean', 'provost', 'rector', 'vicar', 'cleric', 'mp', 'mep', 'senior', 'junior', 'former',
  'acting', 'interim', 'first', 'attorney-general', 'secretary-general', 'director-general', 'major-general', 'lieutenant-general', 'surgeon-general',
  'solicitor', 'barrister', 'ombudsman', 'mediator', 'negotiator', 'emissary', 'chef', 'designer', 'architect', 'photographer', 'historian', 'philosopher',
  'psychologist', 'psychiatrist', 'epidemiologist', 'virologist', 'biologist', 'physicist', 'chemist', 'astronomer', 'geologist', 'meteorologist',
  'forecaster', 'mathematician', 'programmer', 'developer', 'publicist',
];

/**
 * Nouns that say only that someone is a person, of a gender or an age ("the man", "the
 * 46-year-old" as its head word "old"): any person can be one, whatever roles the story gave them.
 */
export const GENERIC_PERSON_NOUNS: ReadonlySet<string> = new Set(['man', 'woman', 'boy', 'girl', 'gentleman', 'lady', 'person', 'guy', 'old']);

/** Every word that names a person's role: the titles, the gendered role nouns and the other role nouns. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([...TITLES, ...Object.keys(GENDERED_ROLE_NOUNS), ...OTHER_ROLE_NOUNS]);

/**
 * Role nouns that only a person can be (unlike "producer", "member" or "leader", which a
 * company or a country can also be): an appositive with one of them makes a name a person.
 */
export const HUMAN_ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...Object.keys(GENDERED_ROLE_NOUNS),
  'analyst', 'economist', 'professor', 'lecturer', 'director', 'spokesperson', 'lawyer', 'attorney', 'prosecutor', 'judge', 'senator', 'representative',
  'governor', 'mayor', 'minister', 'secretary', 'ambassador', 'envoy', 'diplomat', 'general', 'colonel', 'lieutenant', 'captain', 'sergeant', 'admiral',
  'officer', 'executive', 'ceo', 'cfo', 'chairperson', 'founder', 'co-founder', 'cofounder', 'author', 'writer', 'novelist', 'poet', 'editor', 'reporter',
  'journalist', 'columnist', 'correspondent', 'researcher', 'scientist', 'historian', 'expert', 'adviser', 'advisor', 'aide', 'strategist', 'pollster',
  'consultant', 'activist', 'campaigner', 'doctor', 'physician', 'surgeon', 'nurse', 'teacher', 'student', 'coach', 'manager', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'quarterback', 'pitcher', 'athlete', 'singer', 'rapper', 'musician', 'comedian', 'host', 'anchor', 'veteran', 'resident',
  'neighbor', 'neighbour', 'detective', 'sheriff', 'inspector', 'superintendent', 'pastor', 'priest', 'bishop', 'cleric', 'engineer', 'pilot', 'soldier',
  'farmer', 'worker', 'employee', 'staffer', 'intern', 'volunteer', 'candidate', 'nominee', 'lawmaker', 'legislator', 'politician', 'republican', 'democrat',
  'psychologist', 'psychiatrist', 'epidemiologist', 'virologist', 'biologist', 'physicist', 'chemist',
]);

/**
 * Roles a job at an organization gives: right after one, "of", "at" or "for" names the
 * employer ("chief executive of Acme", "an analyst at Borel Partners", "spokeswoman for Acme").
 * Roles over a place ("governor of Texas", "mayor of Leeds"), kinship ("son of") and words a
 * place has too ("the head of the lake") are not here.
 */
export const EMPLOYEE_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'chairman', 'chairwoman', 'chairperson', 'chair', 'ceo', 'cfo', 'coo', 'cto', 'executive', 'officer', 'director',
  'founder', 'co-founder', 'cofounder', 'owner', 'manager', 'partner', 'analyst', 'economist', 'strategist', 'trader', 'researcher', 'scientist', 'engineer',
  'professor', 'lecturer', 'teacher', 'student', 'employee', 'worker', 'staffer', 'spokesman', 'spokeswoman', 'spokesperson', 'editor', 'reporter',
  'correspondent', 'columnist', 'journalist', 'dean', 'physician', 'surgeon', 'nurse', 'developer', 'designer', 'consultant', 'fellow', 'intern',
]);

/** Abbreviated titles in their long form, so that "Gen. X" is found again as "the general". */
export const TITLE_EXPANSIONS: Readonly<Record<string, string>> = {
  'gen.': 'general', gen: 'general', 'sen.': 'senator', sen: 'senator', 'rep.': 'representative', rep: 'representative',
  'gov.': 'governor', gov: 'governor', 'lt.': 'lieutenant', lt: 'lieutenant', 'col.': 'colonel', col: 'colonel',
  'maj.': 'major', maj: 'major', 'capt.': 'captain', capt: 'captain', 'sgt.': 'sergeant', sgt: 'sergeant',
  'adm.': 'admiral', adm: 'admiral', 'cmdr.': 'commander', cmdr: 'commander', 'dr.': 'doctor', dr: 'doctor',
  'prof.': 'professor', prof: 'professor', 'rev.': 'reverend', rev: 'reverend', 'supt.': 'superintendent',
  'det.': 'detective', 'insp.': 'inspector', 'sec.': 'secretary', 'amb.': 'ambassador', 'pres.': 'president',
};

/** Abbreviations that wink may split from their period ("Rev" "."): the titles' and a few place words' ("Mt.", "Ft."). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...[...TITLES, ...Object.keys(TITLE_EXPANSIONS)].filter((t) => t.endsWith('.')).map((t) => t.slice(0, -1)),
  'st', 'mt', 'ft', 'jr', 'sr', 'hon', 'amb', 'pres', 'insp', 'supt',
]);

/** Words that may stand before a title without being part of a name ("former", "acting", "Deputy", "top"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'then', 'acting', 'interim', 'deputy', 'senior', 'first', 'second', 'chief', 'top', 'new', 'federal', 'national', 'state',
  'north', 'south', 'northern', 'southern', 'western', 'eastern', 'latin',
]);

/**
 * Nouns for people, alone or in groups, who can be a source ("protesters chanted", "a witness
 * said"), in their singular lower-case form; every role noun is one too.
 */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  ...ROLE_NOUNS,
  'people', 'person', 'protester', 'protestor', 'demonstrator', 'crowd', 'citizen', 'voter', 'authority', 'authorities', 'observer', 'family', 'relative',
  'friend', 'colleague', 'source', 'insider', 'troops', 'crew', 'jury', 'juror', 'panel', 'audience', 'participant', 'attendee', 'respondent', 'shopper',
  'consumer', 'customer', 'user', 'viewer', 'listener', 'reader', 'miner', 'passenger', 'advocate', 'officials', 'police', 'someone', 'somebody', 'child',
  'children', 'kid', 'teen', 'teenager', 'community', 'landlord', 'tenant', 'homeowner', 'caller', 'narrator', 'announcer', 'commentator', 'pundit', 'blogger',
  'tweeter', 'group', 'questioner', 'interviewer', 'moderator',
]);

/** Nouns for people who speak for someone else: their words are their principal's ("a spokesman for X"). */
export const SPOKESPERSON_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen', 'representative',
  'representatives', 'rep', 'mouthpiece',
]);

/** Nouns for unnamed sources whose organization, when given, is the speaker ("a Pentagon official"). */
export const AFFILIATED_NOUNS: ReadonlySet<string> = new Set([
  ...SPOKESPERSON_NOUNS, 'official', 'officials', 'source', 'sources', 'aide', 'aides', 'staffer', 'staffers',
]);

/** Suffixes that end a person's name without being its surname. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
