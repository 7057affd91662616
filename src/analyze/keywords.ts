/**
 * Keywords: the article's key phrases, for `meta.keywords`-style use and the text output.
 *
 * Candidates are noun phrases read off wink-nlp's part-of-speech tags (adjectives and nouns
 * ending in a noun: "war crimes", "International Criminal Court"). A phrase's salience is how
 * often the article uses it, how early, how specific it is (more words) and how salient the
 * entity it names is. Phrases inside figures and dates ("Wednesday", "11 months") are left to
 * the figures, and a phrase that is part of a higher-ranked one is dropped.
 */
import type { Entity, Keyword } from '../summary.js';
import type { NlpDoc, Token } from '../nlp/doc.js';
import { furnitureSentences } from './keySentences/cues.js';
import { datelineLength } from '../language/layout.js';
import { hasWordCharacter } from './keySentences/words.js';

/** Keywords returned: enough for a `meta keywords` tag, few enough to scan. */
const MAX_KEYWORDS = 10;
/** Longest phrase, in tokens; longer runs are usually lists of names, not one phrase. */
const MAX_PHRASE_TOKENS = 4;
/** Longest name joined by small words ("Department of Children and Families"). */
const MAX_NAME_TOKENS = 6;
/** Small words that join the parts of one name when capitalized words stand on both sides. */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'de', 'du', 'la', 'von', 'van', 'al']);
/**
 * Extra weight of a use in the opening sentence (halving with each later sentence). The news
 * comes first, so a phrase used early is more likely to be what the story is about.
 */
const LEAD_WEIGHT = 1;
/** Gain per extra word: "nuclear deal" names the topic better than "deal". */
const SPECIFICITY_WEIGHT = 0.5;
/** Gain for naming an entity, times its salience: the main actors are key phrases. */
const ENTITY_WEIGHT = 1;
/** A phrase used once, outside the opening sentences, is incidental: it must be used this many times. */
const MIN_USES = 2;
/** Sentences at the top whose phrases count even when used once (the lead). */
const LEAD_SENTENCES = 2;

/** wink entity types that figures cover. */
const FIGURE_TYPES = new Set(['DATE', 'TIME', 'DURATION', 'MONEY', 'PERCENT', 'CARDINAL', 'ORDINAL', 'MEASURE', 'FRACTION']);

interface Candidate {
  key: string;
  words: string[];
  surfaces: Map<string, number>;
  uses: number;
  weight: number;
  firstSentence: number;
}

/**
 * The names the entity stage found, by token: the token after each name's last, at its first
 * token (0 elsewhere), and which tokens lie inside a name. A phrase never cuts a name, and a
 * name is never glued to the words around it ("Army Valery Gerasimov", "Syria and Iraq").
 */
function nameSpans(doc: NlpDoc, entities: readonly Entity[]): { endAt: Int32Array; inside: Uint8Array; title: Uint8Array } {
  const endAt = new Int32Array(doc.tokens.length);
  const inside = new Uint8Array(doc.tokens.length);
  const title = new Uint8Array(doc.tokens.length);
  const mentions = entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start);
  let t = 0;
  for (const mention of mentions) {
    while (t < doc.tokens.length && doc.tokens[t]!.end <= mention.start) t++;
    let end = t;
    while (end < doc.tokens.length && doc.tokens[end]!.start < mention.end) end++;
    if (end > t && doc.tokens[t]!.start >= mention.start) {
      endAt[t] = end;
      inside.fill(1, t, end);
      // The title written before the name ("General of the Army Valery Gerasimov") is the person's, not a topic.
      const before = mention.title ? doc.text.slice(0, mention.start).trimEnd() : '';
      if (mention.title && before.endsWith(mention.title)) {
        const from = before.length - mention.title.length;
        for (let k = t - 1; k >= 0 && doc.tokens[k]!.start >= from; k--) title[k] = 1;
      }
    }
  }
  return { endAt, inside, title };
}

/** The key phrases of `doc`, most salient first. `entities` raise the phrases that name them. */
export function findKeywords(doc: NlpDoc, entities: readonly Entity[] = []): Keyword[] {
  const inFigure = new Uint8Array(doc.tokens.length);
  for (const entity of doc.winkEntities) if (FIGURE_TYPES.has(entity.type)) inFigure.fill(1, entity.tokenStart, entity.tokenEnd);
  const names = nameSpans(doc, entities);
  const candidates = new Map<string, Candidate>();
  const furniture = furnitureSentences(doc);
  doc.sentences.forEach((sentence, index) => {
    if (furniture[index] === 1) return;
    // A dateline ("WASHINGTON (Reuters) -") names the wire, not the story.
    const bodyStart = sentence.start + datelineLength(sentence.text);
    let t = sentence.tokenStart;
    while (t < sentence.tokenEnd && doc.tokens[t]!.start < bodyStart) t++;
    while (t < sentence.tokenEnd) {
      if (!startsPhrase(doc.tokens[t]!) || inFigure[t] || names.title[t]) {
        t++;
        continue;
      }
      // A name is a phrase of its own, as the entity stage bounds it.
      if (names.endAt[t]! > t) {
        const last = Math.min(names.endAt[t]!, sentence.tokenEnd) - 1;
        if (last - t + 1 <= MAX_NAME_TOKENS && isNoun(doc.tokens[last]!)) add(candidates, doc, t, last, index);
        t = last + 1;
        continue;
      }
      let end = t;
      let name = doc.tokens[t]!.pos === 'PROPN';
      while (end < sentence.tokenEnd && !inFigure[end] && !names.title[end] && !(end > t && names.inside[end])) {
        const token = doc.tokens[end]!;
        if (inPhrase(token, end > t)) {
          end++;
          continue;
        }
        // "Bank of England": a joiner between two capitalized words keeps the name going.
        const next = doc.tokens[end + 1];
        if (name && end > t && NAME_JOINERS.has(token.normal) && next && next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text) && end + 1 < sentence.tokenEnd && !inFigure[end + 1]) {
          end += 2;
          continue;
        }
        break;
      }
      // Trim to the last noun.
      let last = end - 1;
      while (last >= t && !isNoun(doc.tokens[last]!)) last--;
      name = name && doc.tokens[last]?.pos === 'PROPN';
      if (last >= t && last - t + 1 <= (name ? MAX_NAME_TOKENS : MAX_PHRASE_TOKENS)) {
        add(candidates, doc, t, last, index);
        // "new safety checks" is also a use of "safety checks": the nouns without the adjectives before them.
        let core = t;
        while (core < last && doc.tokens[core]!.pos === 'ADJ') core++;
        if (core > t) add(candidates, doc, core, last, index);
      }
      t = Math.max(end, t + 1);
    }
  });

  const entitySalience = new Map<string, number>();
  for (const entity of entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const key = name.toLowerCase();
      entitySalience.set(key, Math.max(entitySalience.get(key) ?? 0, entity.salience));
    }
  }

  const scored = [...candidates.values()]
    .filter((candidate) => candidate.uses >= MIN_USES || candidate.firstSentence < LEAD_SENTENCES)
    .map((candidate) => {
      const surface = bestSurface(candidate);
      let score = candidate.weight * (1 + SPECIFICITY_WEIGHT * (candidate.words.length - 1));
      score *= 1 + ENTITY_WEIGHT * (entitySalience.get(surface.toLowerCase()) ?? 0);
      return { candidate, surface, score };
    })
    .sort((a, b) => b.score - a.score || a.candidate.firstSentence - b.candidate.firstSentence);

  const kept: typeof scored = [];
  for (const entry of scored) {
    if (kept.length >= MAX_KEYWORDS) break;
    if (kept.some((other) => containsWords(other.candidate.words, entry.candidate.words) || containsWords(entry.candidate.words, other.candidate.words))) continue;
    kept.push(entry);
  }
  const top = kept[0]?.score ?? 1;
  return kept.map(({ candidate, surface, score }) => ({ text: surface, count: candidate.uses, score: Math.round((score / top) * 1000) / 1000 }));
}

function isNoun(token: Token): boolean {
  return (token.pos === 'NOUN' || token.pos === 'PROPN') && hasWordCharacter(token.text);
}

function startsPhrase(token: Token): boolean {
  return (isNoun(token) || token.pos === 'ADJ') && !token.stop;
}

function inPhrase(token: Token, notFirst: boolean): boolean {
  if (notFirst && token.before.includes('\n')) return false;
  return (isNoun(token) || token.pos === 'ADJ') && !token.stop;
}

/** Records tokens `first..last` (inclusive) of sentence `sentence` as a use of a phrase. */
function add(candidates: Map<string, Candidate>, doc: NlpDoc, first: number, last: number, sentence: number): void {
  const words: string[] = [];
  for (let t = first; t <= last; t++) words.push(t === last ? doc.tokens[t]!.lemma.toLowerCase() : doc.tokens[t]!.normal);
  const key = words.join(' ');
  let candidate = candidates.get(key);
  if (!candidate) {
    candidate = { key, words, surfaces: new Map(), uses: 0, weight: 0, firstSentence: sentence };
    candidates.set(key, candidate);
  }
  candidate.uses++;
  candidate.weight += 1 + LEAD_WEIGHT * Math.pow(0.5, sentence);
  let surface = doc.text.slice(doc.tokens[first]!.start, doc.tokens[last]!.end);
  // A common noun capitalized only because it opens the sentence is written in lower case.
  if (first === doc.sentences[sentence]!.tokenStart && doc.tokens[first]!.pos !== 'PROPN') surface = surface.charAt(0).toLowerCase() + surface.slice(1);
  candidate.surfaces.set(surface, (candidate.surfaces.get(surface) ?? 0) + 1);
}

/** The phrase as the article writes it most often. */
function bestSurface(candidate: Candidate): string {
  let best = '';
  let bestCount = -1;
  for (const [surface, count] of candidate.surfaces) {
    if (count > bestCount) {
      best = surface;
      bestCount = count;
    }
  }
  return best.replace(/\s+/g, ' ');
}

/** Whether `inner` is a run of consecutive words of `outer`. */
function containsWords(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) {
    let match = true;
    for (let j = 0; j < inner.length && match; j++) if (outer[i + j] !== inner[j]) match = false;
    if (match) return true;
  }
  return false;
}
