/**
 * The names stage: people, organizations, places and groups, found by a trained tagger over
 * wink's tokens, found again where the document repeats them, and corrected by news-style
 * rules (titles, datelines, capitals lines, sports tables). It is the one place names are
 * found: coreference links them into referents, and entities are built from those.
 */
import type { EntityType } from '../../summary.js';
import type { NlpDoc } from '../../nlp/doc.js';
import { docContext } from './features.js';
import { tagSequence } from './tagger.js';
import { type Mention, findMentions } from './mentions.js';
import { propagate } from './propagate.js';
import { applyRules } from './rules.js';

export type { Mention } from './mentions.js';
export { buildEntities } from './build.js';

/** The name mentions of `doc`, in document order, each with its token range and type. */
export function findNames(doc: NlpDoc): Mention[] {
  const ctx = docContext(doc);
  const tagged = ctx.sequences.map((seq) => tagSequence(doc, ctx, seq));
  return applyRules(doc, ctx, propagate(doc, ctx, findMentions(doc, ctx, tagged))).sort((a, b) => a.start - b.start);
}

export type { EntityType };
