/**
 * Notable figures: the money, percentages, counts, durations and dates of a story, each with
 * the sentence it sits in and the noun it counts ("90 percent of the city", "300 soldiers",
 * "nearly 11 months"), de-duplicated and ordered by salience.
 *
 * wink-nlp finds the numbers; this stage mends what it misses (currencies other than the dollar,
 * "some 15,000"), drops numbers that are not figures of the story ("one of them", "first"),
 * finds the counted noun from the part-of-speech tags, and ranks.
 */
import type { Figure, FigureType, KeySentence, TextSpan } from '../summary.js';
import { type NlpDoc, type Token, textSpan, trimSpan } from '../nlp/doc.js';

/**
 * How much each type of figure tells a reader: money and shares carry a story's stakes,
 * measures and durations its scale, counts its size, dates its timeline. There is no gold data
 * for figures, so these are an editor's ordering, not measured values.
 */
const TYPE_WEIGHT: Readonly<Record<FigureType, number>> = {
  MONEY: 3,
  PERCENT: 3,
  MEASURE: 2,
  DURATION: 2,
  FRACTION: 1.5,
  CARDINAL: 1.5,
  DATE: 1,
  TIME: 0.5,
  ORDINAL: 0.5,
};

/** Gain of a figure stated in a key sentence: the summary's own numbers come first. */
const KEY_SENTENCE_BONUS = 2;
/** Gain of a figure in the first sentence over one in the last (linear in between). */
const POSITION_WEIGHT = 1;
/** Gain per doubling of the number of times the article states the figure. */
const REPEAT_WEIGHT = 0.7;
/** Gain of a count whose noun is known: "300 soldiers" tells more than a bare "300". */
const COUNTED_NOUN_BONUS = 0.5;
/** Cost of a count below ten: "two people" is rarely the number of a story. */
const SMALL_COUNT_COST = 1.5;
/** Longest counted noun phrase, in tokens ("the historic city centre"). */
const MAX_NOUN_TOKENS = 5;
/**
 * Longest sentence given whole with a figure, in characters; a longer one is given as this much
 * of it around the figure. The longest sentence with a figure in the dev sets has 1,382
 * characters; text with no sentence ends (numbers or a table run together) would otherwise be
 * repeated whole with every figure in it, and the output would grow with the square of the input.
 */
const MAX_FIGURE_SENTENCE_CHARS = 2000;

const FIGURE_TYPES = new Set<string>(Object.keys(TYPE_WEIGHT));

/** Words that state a number in English (general knowledge), for figures written out in words. */
const NUMBER_WORDS = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy',
  'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions',
  'trillion', 'trillions', 'dozen', 'dozens', 'half', 'quarter', 'third', 'thirds',
]);
/** Number words below ten: small counts. */
const SMALL_NUMBER_WORDS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'both', 'single', 'couple']);

/** Words that hedge a number and belong to the figure ("nearly 11 months", "some 15,000"). */
const APPROXIMATORS = new Set(['about', 'around', 'some', 'nearly', 'almost', 'roughly', 'approximately', 'over', 'under', 'only', 'just', 'up', 'at', 'more', 'less', 'fewer', 'than', 'least', 'most', 'to', 'upwards', 'of', 'an', 'estimated']);
/** Two-word hedges whose first word alone would not be one. */
const APPROXIMATOR_PHRASES = /^(?:more than|less than|fewer than|up to|at least|at most|upwards of|an estimated)$/i;
const SINGLE_APPROXIMATORS = new Set(['about', 'around', 'some', 'nearly', 'almost', 'roughly', 'approximately', 'over', 'under', 'just', 'estimated']);

/** Currency signs wink-nlp reads as plain numbers. */
const CURRENCY_SIGNS = /^[£€¥₹₩₽₺₪฿₦]$/;
/** Magnitude suffixes written after a money amount ("£6.5m", "€2bn"). */
const MAGNITUDE_SUFFIXES = new Set(['m', 'bn', 'b', 'k', 'mn', 'tn']);

/** Prepositions that introduce what a share or an amount is of ("90 percent of the city", "$5 million in assets"). */
const OF_WORDS: Readonly<Partial<Record<FigureType, ReadonlySet<string>>>> = {
  PERCENT: new Set(['of']),
  FRACTION: new Set(['of']),
  MONEY: new Set(['in', 'for', 'of']),
  CARDINAL: new Set(['of']),
};

interface Found {
  figure: Figure;
  key: string;
  score: number;
  order: number;
}

/**
 * The notable figures of `doc`, most salient first, each stated once (with its first or best
 * occurrence). `keySentences`, when given, raise the figures they contain.
 */
export function findFigures(doc: NlpDoc, keySentences: readonly KeySentence[] = []): Figure[] {
  const keyStarts = new Set(keySentences.map((sentence) => sentence.start));
  const sentenceCount = Math.max(1, doc.sentences.length);
  const found: Found[] = [];
  const clocks = clockTimes(doc.text);
  let nextClock = 0;
  doc.winkEntities.forEach((entity, order) => {
    if (!FIGURE_TYPES.has(entity.type)) return;
    let type = entity.type as FigureType;
    let first = entity.tokenStart;
    let last = entity.tokenEnd - 1;
    // A clock time wink cut in two ("6" "15am" of 6.15am) or took with its preposition
    // ("until 8pm." as a duration) is one time, stated once, without the sentence's full stop.
    // wink's entities come in text order, as the clock times do: one pass over both.
    while (nextClock < clocks.length && clocks[nextClock]!.end <= entity.start) nextClock++;
    const candidate = clocks[nextClock];
    const clock = candidate && candidate.start < entity.end ? candidate : undefined;
    if (clock) {
      if (clock.taken) return;
      clock.taken = true;
      type = 'TIME';
      while (first > 0 && doc.tokens[first]!.start > clock.start) first--;
      while (doc.tokens[first]!.end <= clock.start) first++;
      while (last + 1 < doc.tokens.length && doc.tokens[last + 1]!.start < clock.end) last++;
      while (last > first && doc.tokens[last]!.start >= clock.end) last--;
    } else if (type === 'TIME' && UNIT_OF_TIME.test(entity.text)) {
      // "12 minutes before" is how long, not what time: the relative word goes.
      type = 'DURATION';
      while (last > first && RELATIVE_WORDS.has(doc.tokens[last]!.normal)) last--;
    }
    // A currency sign right before a plain number makes it money; a magnitude suffix belongs to it.
    const before = doc.tokens[first - 1];
    if (type === 'CARDINAL' && before && CURRENCY_SIGNS.test(before.text) && before.end === doc.tokens[first]!.start) {
      type = 'MONEY';
      first--;
      const after = doc.tokens[last + 1];
      if (after && MAGNITUDE_SUFFIXES.has(after.normal) && after.start === doc.tokens[last]!.end) last++;
    }
    if (!clock) first = widenLeft(doc, first);
    const start = clock ? clock.start : doc.tokens[first]!.start;
    const end = clock ? clock.end : doc.tokens[last]!.end;
    const text = doc.text.slice(start, end);
    if (!isNotable(type, text)) return;
    const sentenceIndex = doc.tokens[entity.tokenStart]!.sentence;
    const sentence = doc.sentences[sentenceIndex];
    if (!sentence) return;
    const counts = countedNoun(doc, type, first, last, sentence.tokenEnd);
    const phraseEnd = counts && counts.end > end ? counts.end : end;
    const figure: Figure = {
      ...textSpan(doc.text, start, end),
      type,
      counts,
      phrase: textSpan(doc.text, start, phraseEnd),
      sentence: figureSentence(doc.text, sentence, start, phraseEnd),
    };
    let score = TYPE_WEIGHT[type] + POSITION_WEIGHT * (1 - sentenceIndex / sentenceCount);
    if (keyStarts.has(sentence.start)) score += KEY_SENTENCE_BONUS;
    if (counts) score += COUNTED_NOUN_BONUS;
    if (type === 'CARDINAL' && isSmallCount(text)) score -= SMALL_COUNT_COST;
    found.push({ figure, key: `${type}:${figureKey(text)}`, score, order });
  });
  return rankFound(found);
}

/** A unit of time in what wink calls a time ("12 minutes before"): a duration, not a time of day. */
const UNIT_OF_TIME = /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/i;
/** Words after a duration that place it relative to something else. */
const RELATIVE_WORDS = new Set(['before', 'after', 'ago', 'later', 'earlier', 'since']);

/** A clock time as news writes it: 6.15am, 10:30 p.m., 8pm, 11 am. */
const CLOCK_TIME = /\b\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.m\.|[ap]m\b)/gi;

/** The clock times of `text`, as character ranges. */
function clockTimes(text: string): Array<{ start: number; end: number; taken: boolean }> {
  const ranges: Array<{ start: number; end: number; taken: boolean }> = [];
  for (const match of text.matchAll(CLOCK_TIME)) ranges.push({ start: match.index, end: match.index + match[0].length, taken: false });
  return ranges;
}

/**
 * The sentence `[sentence.start, sentence.end)` of a figure at `[start, end)`: whole, or when
 * longer than MAX_FIGURE_SENTENCE_CHARS, that much of it around the figure, cut at spaces.
 */
function figureSentence(text: string, sentence: { start: number; end: number }, start: number, end: number): TextSpan {
  if (sentence.end - sentence.start <= MAX_FIGURE_SENTENCE_CHARS) return textSpan(text, sentence.start, sentence.end);
  const room = Math.max(0, MAX_FIGURE_SENTENCE_CHARS - (end - start));
  let from = Math.max(sentence.start, start - Math.floor(room / 2));
  let to = Math.min(sentence.end, Math.max(end, from + MAX_FIGURE_SENTENCE_CHARS));
  // Near the sentence's end, the room left after the figure goes before it.
  if (to - from < MAX_FIGURE_SENTENCE_CHARS) from = Math.max(sentence.start, Math.min(start, to - MAX_FIGURE_SENTENCE_CHARS));
  // Whole words only: from the first space after the cut, to the last space before it.
  if (from > sentence.start) {
    const space = text.slice(from, start).search(/\s/u);
    if (space >= 0) from += space + 1;
  }
  if (to < sentence.end) {
    const tail = text.slice(end, to);
    const space = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'), tail.lastIndexOf('\t'));
    if (space >= 0) to = end + space;
  }
  // Never half a surrogate pair.
  if (from > sentence.start && isLowSurrogate(text.charCodeAt(from))) from++;
  if (to < sentence.end && isLowSurrogate(text.charCodeAt(to))) to--;
  return trimSpan(text, from, to);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** One entry per distinct figure: the best-scored occurrence, raised by how often the figure recurs. */
function rankFound(found: readonly Found[]): Figure[] {
  const groups = new Map<string, { best: Found; mentions: number }>();
  for (const entry of found) {
    const group = groups.get(entry.key);
    if (!group) groups.set(entry.key, { best: entry, mentions: 1 });
    else {
      group.mentions++;
      if (entry.score > group.best.score) group.best = entry;
    }
  }
  return [...groups.values()]
    .map(({ best, mentions }) => ({ ...best, score: best.score + REPEAT_WEIGHT * Math.log2(mentions) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((entry) => entry.figure);
}

/** Takes in the hedge before a number ("some", "more than", "up to"). */
function widenLeft(doc: NlpDoc, first: number): number {
  const one = doc.tokens[first - 1];
  const two = doc.tokens[first - 2];
  if (one && two && APPROXIMATORS.has(one.normal) && APPROXIMATOR_PHRASES.test(`${two.normal} ${one.normal}`) && sameLine(two, doc.tokens[first]!)) return first - 2;
  if (one && SINGLE_APPROXIMATORS.has(one.normal) && sameLine(one, doc.tokens[first]!)) return first - 1;
  return first;
}

function sameLine(a: Token, b: Token): boolean {
  return !b.before.includes('\n') && a.end <= b.start;
}

/** Whether a number is a figure of the story rather than a word that happens to be numeric. */
function isNotable(type: FigureType, text: string): boolean {
  const hasDigit = /\d/.test(text);
  if (type === 'ORDINAL' || type === 'DATE' || type === 'TIME') return hasDigit;
  if (hasDigit) return true;
  const words = text.toLowerCase().split(/[\s-]+/);
  if (type === 'CARDINAL' && words.every((word) => SMALL_NUMBER_WORDS.has(word) || SINGLE_APPROXIMATORS.has(word))) {
    // "one", "a", "both": not a figure; "two", "five": a small count, kept but ranked low.
    return words.some((word) => NUMBER_WORDS.has(word));
  }
  return words.some((word) => NUMBER_WORDS.has(word));
}

/** Whether a cardinal is below ten. */
function isSmallCount(text: string): boolean {
  const core = text.toLowerCase().replace(/[^a-z0-9.\s-]/g, '').trim().split(/\s+/).filter((word) => !SINGLE_APPROXIMATORS.has(word));
  if (core.length !== 1) return false;
  const word = core[0]!;
  if (/^\d+(?:\.\d+)?$/.test(word)) return Number(word) < 10;
  return SMALL_NUMBER_WORDS.has(word);
}

/** The figure's value without hedges, case or thousands separators, to spot repeats. */
function figureKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .split(/\s+/)
    .filter((word) => word.length > 0 && !APPROXIMATORS.has(word))
    .join(' ');
}

/**
 * What the figure counts: the unit noun inside it ("nearly 11 *months*", "90 *percent*" is not
 * one), else the noun phrase after it ("300 *soldiers*", "90 percent *of the city*",
 * "$5 million *in assets*"). Null when the figure stands alone ("rose 3.5%").
 */
function countedNoun(doc: NlpDoc, type: FigureType, first: number, last: number, sentenceEnd: number): TextSpan | null {
  const tokens = doc.tokens;
  if (type === 'DATE' || type === 'TIME' || type === 'ORDINAL') return null;
  const t = last + 1;
  const next = tokens[t];
  // "90 percent of the city": the phrase after "of".
  const ofWords = OF_WORDS[type];
  if (next && t < sentenceEnd && ofWords?.has(next.normal)) {
    const phrase = nounPhrase(doc, t + 1, sentenceEnd, true);
    if (phrase) return phrase;
  }
  if (type === 'CARDINAL') {
    const phrase = nounPhrase(doc, t, sentenceEnd, false);
    if (phrase) return phrase;
  }
  // "nearly 11 months", "150 pounds": the unit is the figure's last word.
  const unit = tokens[last]!;
  if (last > first && (unit.pos === 'NOUN' || unit.pos === 'PROPN') && type !== 'PERCENT') return textSpan(doc.text, unit.start, unit.end);
  return null;
}

/**
 * A noun phrase starting at token `from`: optional determiner (when `allowDeterminer`), then
 * adjectives and nouns, ending at the last noun before anything else. Null when there is none.
 */
function nounPhrase(doc: NlpDoc, from: number, sentenceEnd: number, allowDeterminer: boolean): TextSpan | null {
  const tokens = doc.tokens;
  let t = from;
  const start = tokens[t];
  if (!start || t >= sentenceEnd || start.before.includes('\n')) return null;
  if (allowDeterminer && (start.pos === 'DET' || start.pos === 'PRON') && /^(?:the|a|an|this|that|these|those|its|their|his|her|our|all|each|every)$/.test(start.normal)) t++;
  let lastNoun = -1;
  for (let taken = 0; t < sentenceEnd && taken < MAX_NOUN_TOKENS; t++, taken++) {
    const token = tokens[t]!;
    if (token.before.includes('\n')) break;
    if (token.pos === 'NOUN' || token.pos === 'PROPN') lastNoun = t;
    else if (token.pos === 'ADJ') {
      // An adjective after the noun starts a new phrase ("2,000 people dead").
      if (lastNoun >= 0) break;
    } else break;
  }
  if (lastNoun < 0) return null;
  return textSpan(doc.text, tokens[from]!.start, tokens[lastNoun]!.end);
}
