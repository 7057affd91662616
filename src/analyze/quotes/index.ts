/**
 * Direct quotes (first version): text between double quotation marks, attributed to a name
 * next to a reporting verb in the same sentence.
 */
import type { Entity, Quote } from '../../summary.js';
import { type NlpDoc, textSpan } from '../../nlp/doc.js';

const OPENING = new Set(['"', '“', '„']);
const CLOSING = new Set(['"', '”', '‟']);
const CUE_VERBS = new Set(['say', 'tell', 'add', 'state', 'write', 'ask', 'explain', 'argue', 'claim', 'note', 'warn']);

/** Quotes of `doc`, in document order. */
export function findQuotes(doc: NlpDoc, entities: Entity[]): Quote[] {
  const quotes: Quote[] = [];
  const body = doc.text;
  let open = -1;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (open < 0 && OPENING.has(ch)) open = i;
    else if (open >= 0 && (CLOSING.has(ch) || ch === '\n')) {
      if (ch !== '\n' && i - open > 1) quotes.push(makeQuote(doc, entities, open + 1, i));
      open = ch === '\n' ? -1 : -1;
    }
  }
  return quotes;
}

function makeQuote(doc: NlpDoc, entities: Entity[], start: number, end: number): Quote {
  const span = textSpan(doc.text, start, end);
  const words = span.text.trim().split(/\s+/).length;
  const sentence = doc.sentences.find((s) => s.start <= start && s.end >= end) ?? null;
  let speaker: Entity | null = null;
  let cue: string | null = null;
  let mention: Quote['speakerMention'] = null;
  if (sentence) {
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      const token = doc.tokens[t]!;
      if (token.start >= start && token.end <= end) continue;
      if (!CUE_VERBS.has(token.lemma)) continue;
      cue = token.text;
      const near = entities
        .filter((e) => e.type === 'PERSON' || e.type === 'ORG')
        .flatMap((e) => e.mentions.map((m) => ({ e, m })))
        .filter(({ m }) => m.start >= sentence.start && m.end <= sentence.end && (m.end <= start || m.start >= end))
        .sort((a, b) => Math.abs(a.m.start - token.start) - Math.abs(b.m.start - token.start))[0];
      if (near) {
        speaker = near.e;
        mention = textSpan(doc.text, near.m.start, near.m.end);
      }
      break;
    }
  }
  return { ...span, kind: words >= 6 ? 'full' : 'partial', speaker: speaker?.name ?? null, speakerId: speaker?.id ?? null, speakerMention: mention, cue };
}
