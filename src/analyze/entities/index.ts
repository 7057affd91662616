/**
 * Named entities (first version): proper-noun runs from wink's tags, typed from local evidence,
 * merged by surface form and surname.
 */
import type { Entity, EntityMention, EntityType } from '../../summary.js';
import { type NlpDoc, textSpan } from '../../nlp/doc.js';

const TITLES = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'gen.', 'col.', 'sen.', 'rep.', 'gov.', 'president', 'minister', 'judge', 'mr', 'mrs', 'ms', 'dr']);
const ORG_HEADS = /\b(?:Inc|Corp|Co|Ltd|LLC|Company|Ministry|Department|Agency|Institute|University|College|Party|Council|Committee|Commission|Court|Bank|Association|Union|Forces|Army|Navy|Police|Group|Foundation|Organization|Organisation|Office)\b\.?$/;
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to']);
const SPEECH_VERBS = new Set(['say', 'tell', 'add', 'state', 'announce']);

interface Candidate {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  title?: string;
}

function isName(doc: NlpDoc, i: number): boolean {
  const token = doc.tokens[i];
  return !!token && token.pos === 'PROPN' && /^\p{Lu}/u.test(token.text);
}

function candidates(doc: NlpDoc): Candidate[] {
  const found: Candidate[] = [];
  const tokens = doc.tokens;
  const inWinkEntity = new Set<number>();
  for (const e of doc.winkEntities) for (let t = e.tokenStart; t < e.tokenEnd; t++) inWinkEntity.add(t);
  for (let i = 0; i < tokens.length; i++) {
    if (!isName(doc, i) || inWinkEntity.has(i)) continue;
    let j = i;
    while (j + 1 < tokens.length && isName(doc, j + 1) && !inWinkEntity.has(j + 1) && !tokens[j + 1]!.before.includes('\n')) j++;
    let first = i;
    let title: string | undefined;
    while (first < j && TITLES.has(tokens[first]!.normal)) {
      title = title ? `${title} ${tokens[first]!.text}` : tokens[first]!.text;
      first++;
    }
    if (!TITLES.has(tokens[first]!.normal)) {
      const candidate: Candidate = { start: tokens[first]!.start, end: tokens[j]!.end, firstToken: first, lastToken: j };
      if (title) candidate.title = title;
      else if (first > 0 && TITLES.has(tokens[first - 1]!.normal)) candidate.title = tokens[first - 1]!.text;
      found.push(candidate);
    }
    i = j;
  }
  return found;
}

function typeOf(doc: NlpDoc, candidate: Candidate): EntityType {
  const text = doc.text.slice(candidate.start, candidate.end);
  if (candidate.title) return 'PERSON';
  if (ORG_HEADS.test(text)) return 'ORG';
  const before = doc.tokens[candidate.firstToken - 1];
  if (before && PLACE_PREPOSITIONS.has(before.normal)) return 'PLACE';
  const after = doc.tokens[candidate.lastToken + 1];
  if (after && SPEECH_VERBS.has(after.lemma) && candidate.lastToken > candidate.firstToken) return 'PERSON';
  return 'MISC';
}

/** The named entities of `doc`, most salient first. */
export function findEntities(doc: NlpDoc): Entity[] {
  const groups = new Map<string, { type: EntityType; mentions: EntityMention[]; names: string[] }>();
  const bySurname = new Map<string, string>();
  for (const candidate of candidates(doc)) {
    const span = textSpan(doc.text, candidate.start, candidate.end);
    const mention: EntityMention = candidate.title ? { ...span, title: candidate.title } : span;
    const type = typeOf(doc, candidate);
    const words = span.text.split(/\s+/);
    const key = groups.has(span.text) ? span.text : (words.length === 1 ? bySurname.get(span.text) : undefined) ?? span.text;
    const group = groups.get(key) ?? { type, mentions: [], names: [] };
    if (group.type === 'MISC' && type !== 'MISC') group.type = type;
    group.mentions.push(mention);
    if (!group.names.includes(span.text)) group.names.push(span.text);
    groups.set(key, group);
    if (words.length > 1 && group.type === 'PERSON') bySurname.set(words[words.length - 1]!, key);
  }
  const sentenceCount = Math.max(1, doc.sentences.length);
  const entities = [...groups.values()].map((group) => {
    const name = group.names.reduce((a, b) => (b.length > a.length ? b : a));
    const firstSentence = doc.tokens.find((t) => t.start === group.mentions[0]!.start)?.sentence ?? 0;
    const salience = Math.min(1, 0.5 * Math.min(1, group.mentions.length / 5) + 0.5 * (1 - firstSentence / sentenceCount));
    return { name, type: group.type, mentions: group.mentions, aliases: group.names.filter((n) => n !== name), count: group.mentions.length, salience: Math.round(salience * 1000) / 1000 };
  });
  entities.sort((a, b) => b.salience - a.salience || a.mentions[0]!.start - b.mentions[0]!.start);
  return entities.map((entity, i) => ({ id: `e${i + 1}`, ...entity }));
}
