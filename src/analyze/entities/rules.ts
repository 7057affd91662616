/**
 * Corrections to the tagger from knowledge it cannot learn from encyclopedic text: dates are
 * not names, a country's name is a place, capitalized common words open sentences, and on
 * the sports pages a town's name usually stands for its team.
 */
import type { NlpDoc } from '../../nlp/doc.js';
import type { DocContext } from './features.js';
import type { Mention } from './mentions.js';
import { COMMON_WORDS, COUNTRIES, FIRST_NAMES, GAZETTEERS, REGION_SET, SPORTS_SLUG_SET } from './lexicon.js';

/** Words whose presence marks a sports story when the headline has no sports slug. */
const SPORTS_WORDS = new Set([
  'innings', 'wicket', 'wickets', 'batsman', 'bowler', 'striker', 'midfielder', 'goalkeeper', 'defender', 'semifinal', 'semi-final', 'quarterfinal',
  'quarter-final', 'halftime', 'half-time', 'inning', 'innings', 'homer', 'touchdown', 'penalty', 'goals', 'seeded', 'tiebreak', 'lap', 'laps', 'podium',
  'league', 'cup', 'championship', 'tournament', 'match', 'beat', 'draw', 'drew', 'scored', 'coach', 'season', 'playoff', 'playoffs', 'standings',
]);
/** Distinct sports words needed to call a story sports without a slug. */
const SPORTS_MIN_WORDS = 4;

/** Prepositions after which a town is a place even in a sports story ("at Lord's", "in Leeds"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'across', 'around', 'into', 'of', 'throughout', 'via', 'toward', 'towards']);

/** True when the story is from the sports pages: a sports slug opens it, or its words say so. */
export function isSportsStory(doc: NlpDoc, ctx: DocContext): boolean {
  const first = ctx.sequences[0];
  if (first) {
    const words = first.tokens.map((t) => doc.tokens[t]!.normal);
    const n = SPORTS_SLUG_SET.matchAt(words, 0);
    if (n > 0 && /^[-–—:]/.test(words[n] ?? '')) return true;
  }
  const seen = new Set<string>();
  for (const token of doc.tokens) if (SPORTS_WORDS.has(token.normal)) seen.add(token.normal);
  return seen.size >= SPORTS_MIN_WORDS;
}

function fullMatch(doc: NlpDoc, m: Mention, set: { matchAt(words: readonly string[], at: number): number }): boolean {
  const words: string[] = [];
  for (let t = m.first; t <= m.last; t++) if (doc.tokens[t]!.pos !== 'SPACE') words.push(doc.tokens[t]!.normal);
  return set.matchAt(words, 0) === words.length;
}

/** Applies the corrections in place and returns the mentions that remain. */
export function applyRules(doc: NlpDoc, ctx: DocContext, mentions: Mention[]): Mention[] {
  const dateTokens = new Uint8Array(doc.tokens.length);
  for (const e of doc.winkEntities) {
    if (e.type === 'DATE' || e.type === 'TIME' || e.type === 'DURATION') for (let t = e.tokenStart; t < e.tokenEnd; t++) dateTokens[t] = 1;
  }
  const seqStarts = new Set(ctx.sequences.map((s) => s.tokens[0]!));
  const sports = isSportsStory(doc, ctx);
  const out: Mention[] = [];
  for (const m of mentions) {
    // Months and weekdays are dates, not names ("July", "Monday").
    let allDate = true;
    for (let t = m.first; t <= m.last; t++) if (doc.tokens[t]!.pos !== 'SPACE' && !dateTokens[t]) allDate = false;
    if (allDate && m.source !== 'rule') continue;
    // A capitalized common word opening a sentence is not a name unless the text capitalizes it elsewhere.
    if (m.first === m.last && m.source === 'tagger' && openerPosition(doc, seqStarts, m.first)) {
      const word = doc.tokens[m.first]!.normal;
      if (COMMON_WORDS.has(word) && !ctx.caseVotes.get(word)?.[0] && !GAZETTEERS.some(([, set]) => set.has(word)) && !FIRST_NAMES.has(word)) continue;
    }
    // A country's or region's name is a place, whatever the tagger guessed.
    if (m.type !== 'PLACE' && (m.type === 'PERSON' || m.type === 'MISC' || m.capsLine) && (fullMatch(doc, m, COUNTRIES) || (m.type === 'PERSON' && fullMatch(doc, m, REGION_SET)))) {
      m.type = 'PLACE';
    }
    out.push(m);
  }
  if (sports) for (const m of out) if (isTeamMention(doc, m, out)) m.role = 'team';
  for (const m of out) if (m.role === 'team') m.type = 'ORG';
  return out;
}

function openerPosition(doc: NlpDoc, seqStarts: Set<number>, t: number): boolean {
  if (seqStarts.has(t)) return true;
  const prev = doc.tokens[t - 1];
  return prev !== undefined && /^["“‘'(\-–—:]$/.test(prev.text) && seqStarts.has(t - 1);
}

/** In a sports story, a town or region named as a side (not as where something happens) is a team. */
function isTeamMention(doc: NlpDoc, m: Mention, all: Mention[]): boolean {
  if (m.type !== 'PLACE' || m.source === 'rule') return false;
  if (fullMatch(doc, m, COUNTRIES)) return false;
  const prev = previousWord(doc, m.first);
  if (prev && PLACE_PREPOSITIONS.has(prev.normal)) return false;
  // "Leeds" in "at Headingley, Leeds" and "Wigan, England": a place apposed to a place.
  if (prev && prev.text === ',') {
    const before = all.find((o) => o !== m && o.last < m.first && o.last >= m.first - 3 && o.type === 'PLACE');
    if (before) return false;
  }
  const next = nextWord(doc, m.last);
  if (next && next.text === ',') {
    const after = all.find((o) => o !== m && o.first > m.last && o.first <= m.last + 3 && o.type === 'PLACE' && fullMatch(doc, o, COUNTRIES));
    if (after) return false;
  }
  // "Tunbridge Wells: Kent 108-3": a venue heading the line.
  if (next && next.text === ':' && (!prev || prev.text.includes('\n') || prev.pos === 'SPACE')) return false;
  return true;
}

function previousWord(doc: NlpDoc, t: number): { text: string; normal: string; pos: string } | undefined {
  for (let k = t - 1; k >= 0; k--) {
    const tok = doc.tokens[k]!;
    if (tok.pos === 'SPACE') return tok.text.includes('\n') ? tok : undefined;
    return tok;
  }
  return undefined;
}

function nextWord(doc: NlpDoc, t: number): { text: string; normal: string } | undefined {
  for (let k = t + 1; k < doc.tokens.length; k++) {
    const tok = doc.tokens[k]!;
    if (tok.pos === 'SPACE') return undefined;
    return tok;
  }
  return undefined;
}
