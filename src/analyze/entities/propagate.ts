/**
 * Names the tagger missed where the document names them elsewhere: a name the document already
 * uses is found again in capitals headlines, at the start of a sentence, or where the tagger
 * lost confidence.
 */
import type { NlpDoc } from '../../nlp/doc.js';
import type { EntityType } from '../../summary.js';
import type { Mention } from './mentions.js';
import type { DocContext } from './features.js';
import type { NormInfo } from './words.js';

/** Minimum length of a name copied to places where the tagger missed it. */
const PROPAGATE_MIN_CHARS = 3;

/**
 * Adds mentions where a name the document already uses appears untagged: in capitals
 * headlines, at the start of a sentence, or where the tagger lost confidence.
 */
export function propagate(doc: NlpDoc, ctx: DocContext, found: Mention[]): Mention[] {
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of found) for (let t = m.first; t <= m.last; t++) covered[t] = 1;
  // Names by their first word's record: a token is a candidate when its word starts a name.
  const names = new Map<NormInfo, Array<{ words: NormInfo[]; type: EntityType }>>();
  for (const m of found) {
    if (m.capsLine || m.end - m.start < PROPAGATE_MIN_CHARS) continue;
    const words: NormInfo[] = [];
    for (let t = m.first; t <= m.last; t++) {
      const w = ctx.words[t];
      if (w) words.push(w.norm);
    }
    if (words.length === 0) continue;
    const list = names.get(words[0]!) ?? [];
    if (!list.some((n) => n.words.length === words.length && n.words.every((w, k) => w === words[k]))) list.push({ words, type: m.type });
    names.set(words[0]!, list);
  }
  const out = [...found];
  if (names.size === 0) return out;
  const tokens = doc.tokens;
  for (let t = 0; t < tokens.length; t++) {
    if (covered[t]) continue;
    const w = ctx.words[t];
    // In running text a name keeps its capital; a lower-case homonym is not the name.
    if (!w || !w.upper) continue;
    const candidates = names.get(w.norm);
    if (!candidates) continue;
    let best: { words: NormInfo[]; type: EntityType } | null = null;
    let bestEnd = -1;
    for (const c of candidates) {
      let k = t;
      let ok = true;
      for (const norm of c.words) {
        while (k < tokens.length && tokens[k]!.pos === 'SPACE' && !tokens[k]!.text.includes('\n')) k++;
        if (k >= tokens.length || covered[k] || ctx.words[k]?.norm !== norm) {
          ok = false;
          break;
        }
        k++;
      }
      if (ok && (!best || c.words.length > best.words.length)) {
        best = c;
        bestEnd = k - 1;
      }
    }
    if (!best) continue;
    const first = tokens[t]!;
    const last = tokens[bestEnd]!;
    const caps = isCapsSpan(doc, first.start, last.end);
    out.push({ start: first.start, end: last.end, first: t, last: bestEnd, type: best.type, capsLine: caps, seq: -1, source: 'propagated', title: undefined, role: undefined });
    for (let k = t; k <= bestEnd; k++) covered[k] = 1;
    t = bestEnd;
  }
  return out;
}

function isCapsSpan(doc: NlpDoc, start: number, end: number): boolean {
  const s = doc.text.slice(start, end);
  return s === s.toUpperCase() && /\p{Lu}{2}/u.test(s);
}
