/**
 * Named entities: people, organizations, places and groups, found by a trained tagger over
 * wink's tokens, corrected by news-style rules (titles, datelines, capitals lines, sports
 * tables), made consistent across the document and merged into entities with aliases.
 */
import type { Entity, EntityMention, EntityType } from '../../summary.js';
import { type NlpDoc, textSpan } from '../../nlp/doc.js';
import { docContext } from './features.js';
import { tagSequence } from './tagger.js';
import { type Mention, findMentions } from './mentions.js';
import { groupEntities, propagate } from './group.js';
import { applyRules } from './rules.js';

export type { Mention } from './mentions.js';

/**
 * The named entities of `doc`, most salient first, with ids e1, e2, …
 * `title` is the article's title when known: names in it weigh more.
 */
export function findEntities(doc: NlpDoc, title?: string | null): Entity[] {
  const ctx = docContext(doc);
  const tagged = ctx.sequences.map((seq) => tagSequence(doc, ctx, seq));
  const mentions: Mention[] = applyRules(doc, ctx, propagate(doc, ctx, findMentions(doc, ctx, tagged)));
  return groupEntities(doc, mentions, title ?? null);
}

/** The public shape of one mention (offsets into the body, optional title). */
export function mentionSpan(doc: NlpDoc, m: Mention): EntityMention {
  const span = textSpan(doc.text, m.start, m.end);
  return m.title ? { ...span, title: m.title } : span;
}

export type { EntityType };
