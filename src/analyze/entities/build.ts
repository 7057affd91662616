/**
 * Entities, one per referent of the story with a name: its fullest name, its type, every
 * mention and other surface form, and a salience score. Ids e1, e2, … follow salience.
 */
import type { Entity, EntityMention, EntityReference } from '../../summary.js';
import { type NlpDoc, textSpan } from '../../nlp/doc.js';
import type { Coreference, Referent } from '../coref/index.js';
import { nameKey } from '../../language/names.js';
import type { Mention } from './mentions.js';
import { SPEECH_VERB_LEMMAS } from './lexicon.js';

/** Salience weights (they sum to 1): frequency, early first mention, title, lead, speaker. */
const SALIENCE_FREQUENCY = 0.35;
const SALIENCE_POSITION = 0.2;
const SALIENCE_TITLE = 0.15;
const SALIENCE_LEAD = 0.15;
const SALIENCE_SPEAKER = 0.15;
/** Sentences counted as the lead. */
const LEAD_SENTENCES = 3;
/** Entities mentioned this many times get the full frequency score. */
const FREQUENCY_SATURATION = 5;

/**
 * The entities of the story, most salient first, with ids e1, e2, …; each referent learns the
 * id of its entity. `title` is the article's title when known: names in it weigh more.
 */
export function buildEntities(doc: NlpDoc, coref: Coreference, title: string | null): Entity[] {
  const where: TitleInfo = title !== null ? { title: title.toLowerCase().replace(/\./g, ''), headline: 0 } : { title: null, headline: headlineEnd(doc) };
  const built = coref.referents.filter((r) => r.names.length > 0).map((r) => ({ referent: r, entity: toEntity(doc, r, where) }));
  built.sort((a, b) => b.entity.salience - a.entity.salience || a.entity.mentions[0]!.start - b.entity.mentions[0]!.start);
  built.forEach(({ referent, entity }, i) => {
    entity.id = `e${i + 1}`;
    referent.entityId = entity.id;
  });
  return built.map((b) => b.entity);
}

function toEntity(doc: NlpDoc, r: Referent, where: TitleInfo): Entity {
  // The other forms, fullest first; a capitals form of the name itself is not one.
  const name = r.name;
  const aliases = r.forms.slice(1).filter((s) => s.toLowerCase() !== name.toLowerCase() || s !== s.toUpperCase());
  // Objects written out field by field (a spread copy costs more than the whole entity).
  const mentions: EntityMention[] = r.names.map((m) => {
    const { start, end, text } = textSpan(doc.text, m.start, m.end);
    const span: EntityMention = { start, end, text, kind: 'name' };
    if (m.title) span.title = m.title;
    return span;
  });
  const references: EntityReference[] = [];
  for (const ref of r.references) {
    if (ref.kind === 'name') continue;
    const { start, end, text } = textSpan(doc.text, ref.start, ref.end);
    references.push({ start, end, text, kind: ref.kind });
  }
  // The id is set once entities are ranked; it stays the last field, as the output has always had it.
  return { name, type: r.type, mentions, references, aliases, count: mentions.length, salience: salience(doc, r.names, references.length, where), id: '' };
}

/** The article's title (lower case, periods dropped) or, without one, where the body's own headline ends. */
interface TitleInfo {
  title: string | null;
  headline: number;
}

function salience(doc: NlpDoc, names: readonly Mention[], references: number, where: TitleInfo): number {
  const sentences = Math.max(1, doc.sentences.length);
  const firstToken = doc.tokens[names[0]!.first]!;
  const firstSentence = Math.max(0, firstToken.sentence);
  // Descriptions and pronouns count too: a person the story calls "she" ten times is central to it.
  const frequency = Math.min(1, (names.length + references) / FREQUENCY_SATURATION);
  const position = 1 - firstSentence / sentences;
  const { title, headline } = where;
  const inTitle = title !== null ? names.some((m) => {
    const key = nameKey(doc.text.slice(m.start, m.end));
    return key.length > 2 && title.includes(key);
  }) : names.some((m) => m.end <= headline);
  const inLead = names.some((m) => doc.tokens[m.first]!.sentence >= 0 && doc.tokens[m.first]!.sentence < LEAD_SENTENCES);
  const speaker = names.some((m) => isSpeaker(doc, m));
  const score =
    SALIENCE_FREQUENCY * frequency +
    SALIENCE_POSITION * position +
    (inTitle ? SALIENCE_TITLE : 0) +
    (inLead ? SALIENCE_LEAD : 0) +
    (speaker ? SALIENCE_SPEAKER : 0);
  return Math.round(Math.min(1, score) * 1000) / 1000;
}

/** A first line longer than this is a paragraph, not a headline. */
const HEADLINE_MAX_CHARS = 160;

/** Where the body's own headline ends (a short first line without a final period), or 0. */
function headlineEnd(doc: NlpDoc): number {
  const end = doc.text.indexOf('\n');
  if (end <= 0 || end > HEADLINE_MAX_CHARS) return 0;
  return /[.!?]["”’]?\s*$/.test(doc.text.slice(0, end)) && !/^[^a-z]*$/.test(doc.text.slice(0, end)) ? 0 : end;
}

/** Words looked at on each side of a name for a reporting verb ("X said", "said X"). */
const SPEAKER_WINDOW = 2;

function isSpeaker(doc: NlpDoc, m: Mention): boolean {
  for (let k = 1, t = m.last + 1; k <= SPEAKER_WINDOW && t < doc.tokens.length; t++) {
    const tok = doc.tokens[t]!;
    if (tok.pos === 'SPACE') continue;
    if (tok.pos === 'VERB' && SPEECH_VERB_LEMMAS.has(tok.lemma)) return true;
    k++;
  }
  for (let k = 1, t = m.first - 1; k <= SPEAKER_WINDOW && t >= 0; t--) {
    const tok = doc.tokens[t]!;
    if (tok.pos === 'SPACE') continue;
    if (tok.pos === 'VERB' && SPEECH_VERB_LEMMAS.has(tok.lemma)) return true;
    k++;
  }
  return false;
}
