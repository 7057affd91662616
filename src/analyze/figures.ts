/**
 * Notable figures: the dates, times, durations, money, percentages and counts wink-nlp finds,
 * each with the sentence it sits in, de-duplicated and ordered by salience.
 */
import type { Figure, FigureType } from '../summary.js';
import { type NlpDoc, textSpan } from '../nlp/doc.js';

/** How much each type of figure tells a reader; money and shares carry a story's stakes. */
const TYPE_WEIGHT: Readonly<Record<FigureType, number>> = {
  MONEY: 3,
  PERCENT: 3,
  MEASURE: 2,
  DURATION: 2,
  DATE: 1.5,
  CARDINAL: 1,
  FRACTION: 1,
  TIME: 0.5,
  ORDINAL: 0.25,
};

/** Weight of position: a figure in the first sentence gains this much over one in the last. */
const POSITION_WEIGHT = 1;

/** Cardinals written as small words ("one", "two") are rarely the figures of a story. */
const SMALL_NUMBER_WORDS = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|both|single|dozen|half)$/i;

const FIGURE_TYPES = new Set<string>(Object.keys(TYPE_WEIGHT));

function isNotable(type: FigureType, text: string): boolean {
  if (type === 'CARDINAL') {
    if (SMALL_NUMBER_WORDS.test(text.trim())) return false;
    // A bare one-digit count ("3") says little on its own.
    if (/^\d$/.test(text.trim())) return false;
  }
  return true;
}

/** The figures of `doc`, most salient first, each figure text once. */
export function findFigures(doc: NlpDoc): Figure[] {
  const seen = new Set<string>();
  const scored: Array<{ figure: Figure; score: number; order: number }> = [];
  const sentenceCount = Math.max(1, doc.sentences.length);
  doc.winkEntities.forEach((entity, order) => {
    if (!FIGURE_TYPES.has(entity.type)) return;
    const type = entity.type as FigureType;
    if (!isNotable(type, entity.text)) return;
    const key = `${type}:${entity.text.toLowerCase().replace(/\s+/g, ' ')}`;
    if (seen.has(key)) return;
    seen.add(key);
    const sentenceIndex = doc.tokens[entity.tokenStart]?.sentence ?? -1;
    const sentence = doc.sentences[sentenceIndex];
    if (!sentence) return;
    const position = 1 - sentenceIndex / sentenceCount;
    scored.push({
      figure: { ...textSpan(doc.text, entity.start, entity.end), type, sentence: textSpan(doc.text, sentence.start, sentence.end) },
      score: TYPE_WEIGHT[type] + POSITION_WEIGHT * position,
      order,
    });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map((entry) => entry.figure);
}
