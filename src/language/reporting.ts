/**
 * The language of attribution: the verbs that report speech ("said", "told", "went on"), the
 * phrases that name a source after them ("according to"), the nouns for documents and works
 * that speak for their authors or are quoted by title, and the words that mark a quoted span as
 * a term or a name.
 *
 * Source: written for precis by its authors from general knowledge of English news style (no
 * list was copied from another project or derived from evaluation data). Licence: MIT, with precis.
 */

/** Verbs that attribute words to a source ("said", "told", "tweeted"), as base forms (see `cues.ts` for their forms). */
export const REPORTING_VERBS: readonly string[] = [
  'order', 'command', 'instruct', 'implore', 'exhort', 'bark', 'holler', 'gasp', 'stammer', 'whine', 'coo', 'enthuse', 'marvel', 'rail', 'fume', 'rage',
  'seethe', 'bristle', 'snipe', 'sneer', 'gripe', 'chide', 'scold', 'rebuke', 'lambaste', 'tease', 'taunt',
  'say', 'tell', 'add', 'state', 'write', 'ask', 'explain', 'argue', 'claim', 'note', 'warn', 'insist', 'declare', 'announce', 'acknowledge', 'admit',
  'concede', 'contend', 'maintain', 'suggest', 'recall', 'remark', 'observe', 'comment', 'tweet', 'retweet', 'post', 'testify', 'urge', 'plead', 'beg', 'deny',
  'confirm', 'predict', 'promise', 'vow', 'pledge', 'boast', 'brag', 'complain', 'lament', 'quip', 'joke', 'shout', 'yell', 'scream', 'whisper', 'mutter',
  'murmur', 'chant', 'continue', 'conclude', 'emphasize', 'emphasise', 'stress', 'reiterate', 'repeat', 'assert', 'allege', 'caution', 'advise', 'counter',
  'retort', 'reply', 'respond', 'answer', 'agree', 'disagree', 'wonder', 'muse', 'opine', 'proclaim', 'recount', 'reveal', 'report', 'exclaim', 'cry', 'sigh',
  'laugh', 'groan', 'grumble', 'snap', 'inform', 'assure', 'remind', 'demand', 'threaten', 'mention', 'concur', 'object', 'protest', 'thunder', 'blast',
  'slam', 'charge', 'accuse', 'criticize', 'criticise', 'praise', 'hail', 'mock', 'scoff', 'gush', 'rave', 'text', 'email', 'message', 'blog', 'read', 'speak',
  'recommend', 'propose', 'signal', 'estimate', 'forecast', 'guarantee', 'swear', 'sing', 'preach', 'lecture', 'tout', 'query', 'question', 'interject',
  'interrupt', 'summarize', 'summarise', 'clarify', 'elaborate', 'specify', 'indicate', 'insinuate', 'hint', 'imply', 'affirm', 'reaffirm', 'attest',
  'certify', 'disclose', 'divulge', 'confide', 'confess', 'apologize', 'apologise', 'thank', 'congratulate', 'describe', 'call', 'dub', 'label', 'term',
  'brand', 'characterize', 'characterise', 'cite', 'quote', 'scrawl', 'rule', 'liken', 'remember', 'dismiss', 'denounce', 'condemn', 'decry', 'reject',
  'welcome', 'deride', 'offer', 'volunteer',
];

/** Verbs of belief whose subject, like a reporting verb's, is a person or an organization ("X believes"). */
export const BELIEF_VERBS: readonly string[] = ['believe', 'think'];

/**
 * Reporting verbs that name or describe rather than report ("called it a disgrace", "dubbed it
 * …"): they attribute a short quote to their subject, but the same words also introduce
 * nicknames and titles ("a group called …"), so they count only with a subject that speaks.
 */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  'call', 'dub', 'label', 'term', 'brand', 'describe', 'characterize', 'characterise', 'name', 'nickname', 'dismiss', 'denounce', 'condemn', 'decry', 'reject',
  'welcome', 'deride', 'liken',
]);

/** Irregular inflections of reporting verbs, each mapped to its base form. */
export const IRREGULAR_VERB_FORMS: Readonly<Record<string, string>> = {
  said: 'say', says: 'say', saying: 'say',
  told: 'tell',
  wrote: 'write', written: 'write', writing: 'write',
  spoke: 'speak', spoken: 'speak',
  swore: 'swear', sworn: 'swear',
  sang: 'sing', sung: 'sing',
  began: 'begin', begun: 'begin',
  read: 'read',
  found: 'find',
  shot: 'shoot',
  went: 'go', gone: 'go',
  put: 'put',
  hit: 'hit',
  fought: 'fight',
  bit: 'bite',
  pled: 'plead',
  cried: 'cry', cries: 'cry',
  replied: 'reply', replies: 'reply',
  testified: 'testify', testifies: 'testify',
  denied: 'deny', denies: 'deny',
  queried: 'query', queries: 'query',
  clarified: 'clarify', clarifies: 'clarify',
  specified: 'specify', specifies: 'specify',
  certified: 'certify', certifies: 'certify',
  implied: 'imply', implies: 'imply',
};

/** Phrasal reporting verbs (verb + particle): the particle must follow the verb. Keys are base forms. */
export const PHRASAL_CUES: Readonly<Record<string, readonly string[]>> = {
  go: ['on'],
  point: ['out'],
  fire: ['back'],
  hit: ['back', 'out'],
  shoot: ['back'],
  chime: ['in'],
  weigh: ['in'],
  spell: ['out'],
  lash: ['out'],
  put: ['it'],
  fight: ['back'],
  bite: ['back'],
  sum: ['up'],
  open: ['up'],
};

/** Multi-word cues whose source follows them: "according to X". */
export const SOURCE_AFTER_PHRASES: readonly (readonly string[])[] = [['according', 'to'], ['as', 'quoted', 'by'], ['quoted', 'by'], ['in', 'the', 'words', 'of']];

/**
 * Reporting verbs that cannot take their subject after them: in "…," told X or "…," accused X,
 * X is the listener or the target, not the speaker.
 */
export const NO_INVERSION_VERBS: ReadonlySet<string> = new Set([
  'tell', 'inform', 'assure', 'remind', 'urge', 'beg', 'accuse', 'praise', 'criticize', 'criticise', 'slam', 'blast', 'mock', 'hail', 'thank', 'congratulate',
  'quote', 'cite', 'call', 'describe', 'dub', 'label', 'brand', 'term', 'charge', 'demand', 'threaten', 'question', 'characterize', 'characterise', 'signal',
  'estimate', 'forecast', 'recommend', 'propose', 'speak', 'rule', 'message', 'email', 'text',
]);

/**
 * Nouns for documents and messages: "the statement said", "a letter from X read", "in a
 * statement". A document is not a speaker; its author is.
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'report', 'letter', 'release', 'memo', 'memorandum', 'tweet', 'post', 'filing', 'document', 'complaint', 'lawsuit', 'suit', 'email', 'e-mail',
  'message', 'note', 'text', 'transcript', 'ad', 'advertisement', 'video', 'interview', 'speech', 'remarks', 'testimony', 'ruling', 'decision', 'opinion',
  'order', 'indictment', 'affidavit', 'motion', 'petition', 'brief', 'notice', 'announcement', 'communique', 'communiqué', 'editorial', 'column', 'op-ed',
  'essay', 'article', 'story', 'book', 'memoir', 'study', 'survey', 'poll', 'analysis', 'review', 'guidance', 'policy', 'rule', 'law', 'bill', 'resolution',
  'website', 'site', 'page', 'blog', 'podcast', 'broadcast', 'show', 'program', 'programme', 'headline', 'caption', 'sign', 'banner', 'placard', 'slogan',
  'verdict', 'finding', 'findings', 'conference', 'briefing', 'clip', 'spot', 'footage', 'piece', 'commercial', 'promo', 'trailer', 'segment', 'chart',
  'graphic', 'film', 'documentary', 'bulletin', 'newsletter', 'manifesto', 'platform', 'pledge', 'proposal', 'plan', 'agreement', 'treaty', 'contract',
  'warning', 'alert', 'guideline', 'guidelines', 'directive', 'decree',
]);

/** Document and message nouns whose author is an organization when none is named ("the statement said"). */
export const ISSUED_DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'release', 'letter', 'email', 'e-mail', 'memo', 'memorandum', 'tweet', 'post', 'message', 'notice', 'announcement', 'communique', 'communiqué',
  'briefing',
]);

/** Nouns for works whose titles are set in quotation marks ("the song …"). */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'song', 'single', 'track', 'album', 'record', 'ep', 'film', 'movie', 'documentary', 'book', 'novel', 'memoir', 'biography', 'series', 'show', 'sitcom',
  'programme', 'program', 'podcast', 'episode', 'season', 'play', 'musical', 'opera', 'ballet', 'poem', 'painting', 'sculpture', 'exhibition', 'exhibit',
  'game', 'video', 'column', 'article', 'essay', 'headline', 'story', 'chapter', 'hymn', 'anthem', 'tune', 'ballad', 'title', 'titled', 'entitled', 'hit',
  'sequel', 'franchise', 'segment', 'sketch', 'blog', 'newsletter', 'magazine', 'ad', 'advert', 'advertisement', 'lecture', 'operation',
]);

/** Words that mark the next quoted span as a name, nickname or mentioned term. */
export const TERM_MARKERS: ReadonlySet<string> = new Set([
  'term', 'terms', 'word', 'words', 'phrase', 'phrases', 'slogan', 'slogans', 'hashtag', 'label', 'labels', 'motto', 'catchphrase', 'expression', 'name',
  'names', 'nickname', 'nicknames', 'moniker', 'so-called', 'dubbed', 'nicknamed', 'named', 'titled', 'entitled', 'known', 'branded', 'labeled', 'labelled',
  'termed', 'coined', 'handle', 'username', 'acronym', 'byword', 'buzzword', 'mantra', 'refrain', 'tagline', 'watchword', 'password', 'code', 'codenamed',
  'code-named', 'called', 'billed', 'styled', 'self-styled', 'self-described', 'self-proclaimed', 'trademark', 'trademarked',
]);
