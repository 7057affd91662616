/**
 * Direct quotes with their speakers.
 *
 * 1. `spans.ts` pairs quotation marks paragraph by paragraph (mixed mark styles, double and
 *    single marks told from apostrophes, quotes running over several paragraphs); the pipeline
 *    finds them before coreference.
 * 2. `attribution.ts` finds each quote's own cue and speaker ("…," he said), reading the
 *    names, descriptions and pronouns the coreference stage linked to the story's referents.
 * 3. `classify.ts` sets titles, nicknames, terms and scare quotes aside, and tells full
 *    quotes from partial ones.
 * 4. Quotes with no cue of their own take the speaker of the quote they continue, of the
 *    sentence or colon that introduces them, or of the paragraph before.
 */
import type { Quote, QuotedTerm } from '../../summary.js';
import { type NlpDoc, textSpan } from '../../nlp/doc.js';
import type { Coreference } from '../coref/index.js';
import type { QuoteMarks, QuoteSpan } from './spans.js';
import { buildContext } from './context.js';
import { type Attribution, Attributor, inherited } from './attribution.js';
import { type CueStrength, classify } from './classify.js';
import { NAMING_VERBS } from '../../language/reporting.js';
import { verbBaseOf } from '../../language/lemma.js';

export interface QuoteAnalysis {
  quotes: Quote[];
  quotedTerms: QuotedTerm[];
}

/** Quotes of `doc` in document order, attributed to the referents of `coref`, and the quoted spans judged not to be speech. */
export function analyzeQuotes(doc: NlpDoc, marks: QuoteMarks, coref: Coreference): QuoteAnalysis {
  const text = doc.text;
  const spans = marks.spans;
  if (spans.length === 0) return { quotes: [], quotedTerms: [] };
  const ctx = buildContext(doc, marks);
  const attributor = new Attributor(ctx, coref);

  // Pass 1: each quote's own cue, in document order.
  const own: Array<Attribution | null> = spans.map((_, i) => attributor.ownCue(i));

  // Pass 2: speech or not.
  const classes = spans.map((_, i) => {
    const a = own[i];
    const naming = a?.cue ? namingBase(a.cue) : null;
    return classify(ctx, i, strengthOf(a ?? null), naming);
  });

  // Pass 3: quotes without a cue of their own inherit a speaker; titles and terms read as narrative.
  attributor.readAsNarrative(classes.map((c) => !c.speech));
  const final: Array<Attribution | null> = new Array(spans.length).fill(null);
  let previous = -1;
  for (let i = 0; i < spans.length; i++) {
    const cls = classes[i]!;
    if (!cls.speech) continue;
    const span = spans[i]!;
    let a = own[i] ?? null;
    if (!a || a.speaker === null) a = attributor.trailer(i) ?? a;
    if (!a || (a.speaker === null && a.source !== 'unnamed')) {
      const prev = previous >= 0 ? spans[previous]! : null;
      const prevAttr = previous >= 0 ? final[previous] : null;
      if (span.continues && prev && previous === i - 1 && prevAttr) a = inherited(prevAttr);
      else if (prev && prev.paragraph === span.paragraph && prevAttr?.speaker) a = inherited(prevAttr);
      else {
        const nextOwn = nextInParagraph(spans, own, classes, i);
        if (nextOwn) a = inherited(nextOwn);
        else a = attributor.introducer(i);
        if (!a && startsParagraph(ctx, i) && span.paragraph > 0) {
          const p = span.paragraph - 1;
          if (attributor.endsWithColon(p)) a = attributor.colonSubject(p);
          if (!a && prevAttr?.speaker && prev && prev.paragraph >= p - 1 && !cls.heading) a = inherited(prevAttr);
          if (!a && !cls.heading) a = attributor.lastReporter(p);
        }
        if (!a && cls.heading) {
          const ahead = firstInParagraph(spans, own, classes, span.paragraph + 1, i + 1);
          if (ahead) a = inherited(ahead);
        }
      }
    }
    final[i] = a;
    previous = i;
  }

  const quotes: Quote[] = [];
  const quotedTerms: QuotedTerm[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const cls = classes[i]!;
    const body = textSpan(text, span.start, span.end);
    if (!cls.speech) {
      quotedTerms.push({ start: body.start, end: body.end, text: body.text, kind: cls.kind });
      continue;
    }
    const a = final[i];
    quotes.push({
      start: body.start,
      end: body.end,
      text: body.text,
      kind: cls.kind,
      speaker: a?.speaker ?? null,
      speakerId: a?.referent?.entityId ?? null,
      speakerMention: a?.mention ? textSpan(text, a.mention.start, a.mention.end) : null,
      cue: own[i]?.cue ?? null,
    });
  }
  return { quotes, quotedTerms };
}

/** Cue-to-quote distance (in words) within which a cue vouches that a short quote is speech. */
const STRONG_CUE_DISTANCE = 4;

function strengthOf(a: Attribution | null): CueStrength {
  if (!a || (a.speaker === null && a.cue === null)) return 'none';
  // A cue right next to the quote still shows speech when its pronoun found no referent ("…," he said).
  if (a.speaker === null) return a.distance <= STRONG_CUE_DISTANCE ? 'weak' : 'none';
  return a.distance <= STRONG_CUE_DISTANCE ? 'strong' : 'weak';
}

function namingBase(cue: string): string | null {
  const word = cue.split(/\s+/)[0]!.toLowerCase();
  const base = verbBaseOf(word);
  return base !== undefined && NAMING_VERBS.has(base) ? base : null;
}

function startsParagraph(ctx: ReturnType<typeof buildContext>, q: number): boolean {
  const [qs] = ctx.spanTokens[q]!;
  const [lo] = ctx.paragraphTokens[ctx.spans[q]!.paragraph]!;
  for (let t = qs - 1; t >= lo; t--) if (ctx.quoteOfToken[t]! < 0 && /[\p{L}]/u.test(ctx.tokens[t]!.text)) return false;
  return true;
}

type Classes = ReturnType<typeof classify>[];

function nextInParagraph(spans: readonly QuoteSpan[], own: Array<Attribution | null>, classes: Classes, i: number): Attribution | null {
  for (let j = i + 1; j < spans.length && spans[j]!.paragraph === spans[i]!.paragraph; j++) {
    if (!classes[j]!.speech) continue;
    if (own[j]?.speaker) return own[j]!;
  }
  return null;
}

function firstInParagraph(spans: readonly QuoteSpan[], own: Array<Attribution | null>, classes: Classes, paragraph: number, from: number): Attribution | null {
  for (let j = from; j < spans.length; j++) {
    if (spans[j]!.paragraph < paragraph) continue;
    if (spans[j]!.paragraph > paragraph) break;
    if (classes[j]!.speech && own[j]?.speaker) return own[j]!;
  }
  return null;
}
