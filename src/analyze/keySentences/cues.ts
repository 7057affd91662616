/**
 * What a sentence's surface says about its fitness as a key sentence, apart from its content:
 * page furniture (bylines, credits, calls to action), questions, direct speech, a pronoun that
 * points back to a sentence the reader may not get, and length.
 *
 * The patterns are written from general knowledge of how news pages are built; none is taken
 * from any data set.
 */
import type { Quote } from '../../summary.js';
import type { NlpDoc, Sentence } from '../../nlp/doc.js';
import { hasWordCharacter } from './words.js';

/** Surface facts about one sentence. */
export interface SentenceCues {
  /** Tokens with a letter or a digit. */
  words: number;
  /** Page furniture rather than reporting: never a key sentence. */
  boilerplate: boolean;
  /**
   * Not prose: a fragment of one or two words, a heading (a short line of its own without
   * closing punctuation) or a table row (mostly numbers). A key sentence only when the text has
   * nothing else.
   */
  notProse: boolean;
  /** Ends with a question mark: a question informs less than the answer does. */
  question: boolean;
  /**
   * How much of the sentence is the words of a source rather than of the reporter, 0..1: the
   * share inside quotation marks, or 1 when it opens with a quotation mark or talks in the first
   * or second person (which news prose only does inside speech).
   */
  speech: number;
  /** The speech is the article's main actor's own (their key claim), not a bystander's. */
  mainActorSpeech: boolean;
  /** Opens with a pronoun ("He added that …") whose antecedent sits in an earlier sentence. */
  anaphoric: boolean;
  /** First sentence of a paragraph, in a body that has more than one paragraph. */
  opensParagraph: boolean;
}

/**
 * Page furniture, as whole-sentence patterns. Each is anchored or specific enough that reporting
 * prose does not match it: a sentence that merely mentions a photo or a newsletter is kept.
 */
const BOILERPLATE: readonly RegExp[] = [
  // Calls to action and navigation.
  /\b(?:click|tap|press) (?:here|the link|below|through)\b/i,
  /^(?:more|further|additional) (?:information|info|details|reading)\s*:/i,
  /^for (?:more|further) (?:information|details)\b.{0,80}\b(?:visit|see|call|contact|go to|click|email)\b/i,
  /^(?:get|want|enjoy|like)\b.{0,60}\bnewsletters?\b/i,
  /^(?:read|see|watch|listen to|find out) more\b/i,
  /\bread more\s*:/i,
  /\bscroll (?:down|up)\b/i,
  /^(?:related|more on this|see also|also read|recommended|trending|advertisement|sponsored(?: content)?|top stories|most read|watch|video|listen)\s*[:.!]?\s*$/i,
  /\b(?:sign up|subscribe)\b.{0,60}\b(?:newsletter|alerts|updates|inbox|podcast|free)\b/i,
  /\bfollow (?:us|@\w+|\w+ on (?:twitter|x|facebook|instagram|tiktok))\b/i,
  /\b(?:like|find) us on facebook\b/i,
  /^share (?:this|on)\b/i,
  // Bylines, datelines and stamps.
  /^[Bb][Yy]\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’.-]*){0,5}\s*[.,|]?$/u,
  /^(?:published|updated|posted|last (?:updated|modified))(?:\s*:|\s+(?:on\s+|at\s+)?\d)/i,
  /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|gmt|bst|utc|[ecmp][sd]t)?\s*[.,]?$/i,
  // Re-publication notes: "This article originally appeared on …", "A version of this story was first published in …".
  /^(?:a version of )?(?:this|the above) (?:article|story|post|piece|report|column|essay|interview)\b.{0,30}\b(?:originally|first|previously) (?:appeared|published|ran)\b/i,
  /^(?:[Aa] version of t|T)his (?:article|story|post|piece|report|column) (?:appeared|was published|ran) (?:on|in) (?:[Tt]he )?\p{Lu}/u,
  /^(?:this|the) (?:article|story|post|piece) is (?:republished|reproduced|reprinted)\b/i,
  /^(?:originally|first) (?:published|appeared) (?:on|in|at|by)\b/i,
  // Credits and rights.
  /^(?:photo|photograph|picture|image|video|graphic|illustration)s?(?: credit)?\s*:/i,
  /\((?:photo|picture|image)s?\b[^)]*\)\s*\.?$/i,
  /\/\s*(?:getty images|ap|reuters|afp|epa|shutterstock|alamy)\s*\)?\s*\.?$/i,
  /\bcontributed to (?:this|the) (?:report|story|article)\b/i,
  /^(?:additional )?(?:reporting|writing|editing) by\b/i,
  /©|\bcopyright\b|\ball rights reserved\b/i,
  /^(?:contact|e-?mail|write to)\b.{0,80}@/i,
];

/** Fewer words than this is a fragment ("It.", "Cmdr."), usually a sentence split in the wrong place. */
const FRAGMENT_WORDS = 3;
/** A heading has at most this many words: longer unpunctuated lines are prose that lost its full stop. */
const HEADING_MAX_WORDS = 10;
/** A line whose words are more than this share numbers is a table row ("2 Martin Truex Jr. 5035 7 0 15 24"). */
const TABLE_NUMBER_SHARE = 0.5;

/** First- and second-person pronouns: news prose uses them only inside speech. */
const SPEAKER_PRONOUNS = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', 'you', 'your', 'yours', 'yourself', 'yourselves']);

/** Pronouns that open a sentence by pointing back to someone or something named before. */
const BACK_POINTING = new Set(['he', 'she', 'they', 'it', 'his', 'her', 'their', 'its', 'him', 'them']);

/** Demonstratives that point back when they stand alone ("This was …", not "This year …"). */
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);

const OPENING_QUOTES = /^['"“‘«„]/;

/** Whether `text` (one sentence) is page furniture. */
export function isBoilerplate(text: string): boolean {
  const trimmed = text.trim();
  return BOILERPLATE.some((pattern) => pattern.test(trimmed));
}

/** Per document, which sentences are page furniture (1) — read by key sentences and keywords alike. */
const furnitureByDoc = new WeakMap<NlpDoc, Uint8Array>();

/**
 * For each sentence of `doc`, 1 when it is page furniture. Computed once per document: the
 * patterns are the costliest test of a sentence, and two stages ask it.
 */
export function furnitureSentences(doc: NlpDoc): Uint8Array {
  let flags = furnitureByDoc.get(doc);
  if (flags === undefined) {
    flags = new Uint8Array(doc.sentences.length);
    doc.sentences.forEach((sentence, index) => {
      if (isBoilerplate(sentence.text)) flags![index] = 1;
    });
    furnitureByDoc.set(doc, flags);
  }
  return flags;
}

/**
 * The cues of every sentence of `doc`. `quotes` are the article's direct quotes (any order);
 * `mainActorId` is the id of the most salient person or organization, if any.
 */
export function sentenceCues(doc: NlpDoc, quotes: readonly Quote[], mainActorId: string | null): SentenceCues[] {
  const multiParagraph = doc.paragraphs.length > 1;
  const quoted = quotedCharacters(doc, quotes, mainActorId);
  const furniture = furnitureSentences(doc);
  return doc.sentences.map((sentence, index) => {
    let words = 0;
    let numbers = 0;
    let speakerPronoun = false;
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      const token = doc.tokens[t]!;
      if (token.pos === 'SPACE' || token.pos === 'PUNCT' || !hasWordCharacter(token.text)) continue;
      words++;
      if (token.pos === 'NUM' || /^[\d.,:%+-]+$/.test(token.text)) numbers++;
      if (token.pos === 'PRON' && SPEAKER_PRONOUNS.has(token.normal)) speakerPronoun = true;
    }
    const length = Math.max(1, sentence.end - sentence.start);
    const share = Math.min(1, (quoted.chars[index] ?? 0) / length);
    const speech = speakerPronoun || OPENING_QUOTES.test(sentence.text) ? 1 : share;
    return {
      words,
      boilerplate: words === 0 || furniture[index] === 1,
      notProse: words < FRAGMENT_WORDS || (words <= HEADING_MAX_WORDS && standsAlone(doc, index) && !/[.!?…]['"”’)\]]*$/.test(sentence.text)) || numbers > words * TABLE_NUMBER_SHARE,
      question: /\?[\s'"”’)\]]*$/.test(sentence.text),
      speech,
      mainActorSpeech: quoted.mainActor[index] ?? false,
      anaphoric: opensWithBackReference(doc, sentence),
      opensParagraph: multiParagraph && doc.paragraphs[sentence.paragraph]?.sentenceStart === index,
    };
  });
}

/** Whether sentence `index` is a line of its own: alone in its paragraph, or with line breaks on both sides. */
function standsAlone(doc: NlpDoc, index: number): boolean {
  const sentence = doc.sentences[index]!;
  const paragraph = doc.paragraphs[sentence.paragraph];
  if (paragraph && paragraph.sentenceEnd - paragraph.sentenceStart === 1 && doc.paragraphs.length > 1) return true;
  const before = doc.text.slice(Math.max(0, sentence.start - 1), sentence.start);
  const after = doc.text.slice(sentence.end, sentence.end + 1);
  return (sentence.start === 0 || before === '\n') && (sentence.end === doc.text.length || after === '\n') && doc.text.includes('\n');
}

function opensWithBackReference(doc: NlpDoc, sentence: Sentence): boolean {
  let t = sentence.tokenStart;
  while (t < sentence.tokenEnd && !hasWordCharacter(doc.tokens[t]!.text)) t++;
  const first = doc.tokens[t];
  if (!first) return false;
  if (BACK_POINTING.has(first.normal)) return first.pos === 'PRON' || first.pos === 'DET';
  if (DEMONSTRATIVES.has(first.normal)) {
    const next = doc.tokens[t + 1];
    return !!next && (next.pos === 'VERB' || next.pos === 'AUX');
  }
  return false;
}

/** Characters inside quotes per sentence, and whether the main actor speaks in it. */
function quotedCharacters(doc: NlpDoc, quotes: readonly Quote[], mainActorId: string | null): { chars: number[]; mainActor: boolean[] } {
  const chars = new Array<number>(doc.sentences.length).fill(0);
  const mainActor = new Array<boolean>(doc.sentences.length).fill(false);
  if (quotes.length === 0 || doc.sentences.length === 0) return { chars, mainActor };
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  let s = 0;
  for (const quote of sorted) {
    while (s < doc.sentences.length && doc.sentences[s]!.end <= quote.start) s++;
    for (let i = s; i < doc.sentences.length && doc.sentences[i]!.start < quote.end; i++) {
      const sentence = doc.sentences[i]!;
      const overlap = Math.min(sentence.end, quote.end) - Math.max(sentence.start, quote.start);
      if (overlap <= 0) continue;
      chars[i]! += overlap;
      if (mainActorId !== null && quote.speakerId === mainActorId) mainActor[i] = true;
    }
  }
  return { chars, mainActor };
}
