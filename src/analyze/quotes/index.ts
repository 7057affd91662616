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
import { type QuoteContext, buildContext } from './context.js';
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
  const ahead = new SpeakerAhead(spans, own, classes);
  const opensParagraph = paragraphOpeners(ctx);
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
        const nextOwn = ahead.inParagraph(span.paragraph, i + 1);
        if (nextOwn) a = inherited(nextOwn);
        else a = attributor.introducer(i);
        if (!a && opensParagraph(i) && span.paragraph > 0) {
          const p = span.paragraph - 1;
          if (attributor.endsWithColon(p)) a = attributor.colonSubject(p);
          if (!a && prevAttr?.speaker && prev && prev.paragraph >= p - 1 && !cls.heading) a = inherited(prevAttr);
          if (!a && !cls.heading) a = attributor.lastReporter(p);
        }
        if (!a && cls.heading) {
          const next = ahead.inParagraph(span.paragraph + 1, i + 1);
          if (next) a = inherited(next);
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

/**
 * Whether quote `q` opens its paragraph: no word outside quotation marks comes before it there.
 * Each paragraph's first such word is found once, on first use, so a paragraph of many quotes
 * is not read back to its start for each of them.
 */
function paragraphOpeners(ctx: QuoteContext): (q: number) => boolean {
  /** Per paragraph, the first token outside quotation marks holding a letter (the paragraph's end when none); -1 until read. */
  const firstWord = new Int32Array(ctx.paragraphTokens.length).fill(-1);
  return (q) => {
    const p = ctx.spans[q]!.paragraph;
    if (firstWord[p]! < 0) {
      const [lo, hi] = ctx.paragraphTokens[p]!;
      let t = lo;
      while (t < hi && !(ctx.quoteOfToken[t]! < 0 && /[\p{L}]/u.test(ctx.tokens[t]!.text))) t++;
      firstWord[p] = t;
    }
    return firstWord[p]! >= ctx.spanTokens[q]![0];
  };
}

type Classes = ReturnType<typeof classify>[];

/**
 * The quotes that are speech with a speaker of their own cue, looked up ahead of a quote within a
 * paragraph. The next such quote of each quote's paragraph is found in one sweep from the end,
 * so quotes with no cue do not each read on through the rest of their paragraph.
 */
class SpeakerAhead {
  /** For each quote, the next quote of the same paragraph that has an own speaker, or -1. */
  private readonly next: Int32Array;

  constructor(
    private readonly spans: readonly QuoteSpan[],
    private readonly own: ReadonlyArray<Attribution | null>,
    private readonly classes: Classes,
  ) {
    this.next = new Int32Array(spans.length).fill(-1);
    for (let j = spans.length - 2; j >= 0; j--) {
      if (spans[j + 1]!.paragraph !== spans[j]!.paragraph) continue;
      this.next[j] = this.speaks(j + 1) ? j + 1 : this.next[j + 1]!;
    }
  }

  /** The own attribution of the first quote from index `from` on that lies in `paragraph` and has a speaker, or null. */
  inParagraph(paragraph: number, from: number): Attribution | null {
    // Quotes are in paragraph order: the first one in `paragraph` from `from` on, by binary search.
    let lo = from;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.paragraph < paragraph) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= this.spans.length || this.spans[lo]!.paragraph !== paragraph) return null;
    const j = this.speaks(lo) ? lo : this.next[lo]!;
    return j >= 0 ? this.own[j]! : null;
  }

  private speaks(j: number): boolean {
    return this.classes[j]!.speech && Boolean(this.own[j]?.speaker);
  }
}
