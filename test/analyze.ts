/** Runs the analysis steps of the pipeline (names to keywords) on a short text, as the tests read them. */
import { analyzeText } from '../src/nlp/doc.js';
import { type Analysis, analyzeDocument } from '../src/pipeline.js';

/** The analysis of `text` (plain text, as a body), with the article's `title` when given. */
export function analyze(text: string, title: string | null = null): Analysis {
  return analyzeDocument(analyzeText(text), { title, sentences: 5, ratio: null });
}
