/**
 * The pipeline: the one place that lists precis's stages, in order. Every stage is a typed
 * function with no I/O; this file only passes values from one to the next.
 */
import { InputError } from './errors.js';
import { type Options, needsAnalysis, onlyBody, resolveOptions } from './options.js';
import { type ArticleMeta, type Entity, type Figure, type InputKind, type KeySentence, type Keyword, type Quote, type QuotedTerm, GENERATOR, SCHEMA_VERSION, type Stats, type Summary } from './summary.js';
import { assertText, charsetFromContentType, decodeBytes } from './input/decode.js';
import { detectFormat } from './input/detect.js';
import { type Article, extractHtml, extractText } from './extract/index.js';
import { MAX_ANALYZED_CHARS, type NlpDoc, analyzableLength, analyzeText } from './nlp/doc.js';
import { buildEntities, findNames } from './analyze/entities/index.js';
import { findQuoteMarks } from './analyze/quotes/spans.js';
import { type Coreference, resolveCoreference } from './analyze/coref/index.js';
import { analyzeQuotes } from './analyze/quotes/index.js';
import { findFigures } from './analyze/figures.js';
import { keySentenceCount, rankKeySentences } from './analyze/keySentences/index.js';
import { findKeywords } from './analyze/keywords.js';
import { displayUrl, redactUrls } from './url.js';
import { type LanguageDecision, declaredLanguage, detectLanguage, languageName } from './language/detect.js';

/** One document to summarize, as the input layer hands it over. */
export interface PipelineInput {
  /** Raw bytes (files, stdin, URLs) or text that is already decoded (NDJSON records, library strings). */
  content: Uint8Array | string;
  /** `html` or `text` when the caller knows; `auto` to sniff. */
  format: 'auto' | 'html' | 'text';
  kind: InputKind;
  /** The file path, `-`, the URL or the record id, as named in messages. */
  name: string;
  /** The NDJSON record id, echoed in the summary. */
  id?: string | null;
  /** The page's address, if known. */
  url?: string | null;
  /** The HTTP Content-Type header of a fetched page. */
  contentType?: string | null;
  /** When the input was captured (a WARC record's date). */
  date?: string | null;
}

/** Words a minute of an adult reading news on a screen. */
const READING_WORDS_PER_MINUTE = 230;

/** Runs every stage on one input and returns its summary. Throws `InputError` for unusable input. */
export function summarizeInput(input: PipelineInput, partialOptions: Partial<Options> = {}): Summary {
  const options = resolveOptions(partialOptions);
  // Credentials in the address (`http://user:password@host/`) never reach the summary, nor the
  // addresses resolved against it.
  const given = input.url ?? options.url ?? null;
  const url = given === null ? null : displayUrl(given);

  // 1. Decode: bytes to text, by the charset cascade (an NDJSON record or a string is text already).
  let text: string;
  let encoding = 'utf-16';
  let encodingSource = 'string';
  let decodeWarnings: string[] = [];
  let bytes: number;
  if (typeof input.content === 'string') {
    text = input.content;
    bytes = Buffer.byteLength(text, 'utf8');
  } else {
    // An explicit --encoding is obeyed: UTF-16 or UTF-32 named there may hold NUL bytes.
    assertText(input.content, input.name, options.encoding);
    const decoded = decodeBytes(input.content, { override: options.encoding, httpCharset: charsetFromContentType(input.contentType) });
    ({ text, encoding } = decoded);
    decodeWarnings = decoded.warnings;
    encodingSource = decoded.source;
    bytes = input.content.byteLength;
  }
  if (text.trim().length === 0) throw new InputError('empty', `${input.name} is empty.`);

  // 2. Detect: HTML or plain text.
  const format = input.format !== 'auto' ? input.format : detectFormat(text, url ?? input.name);

  // 3. Extract: the article body, its blocks and its metadata (for the body alone, only the
  //    metadata the body's extraction reads).
  const article: Article = format === 'html' ? extractHtml(text, url, onlyBody(options.only) ? 'title' : 'all') : extractText(text, url);

  // 4. Language: the text decides (the page's declaration is a hint); --language overrides it.
  //    precis's analysis is English: other languages get their body, metadata and counts only.
  //    The body alone (--only body) needs no language and gets only the one the page declares.
  const language: LanguageDecision = options.language ? { language: options.language, source: 'option' } : onlyBody(options.only) ? declaredLanguage(article.meta.language) : detectLanguage(article.body, article.meta.language);
  const meta: ArticleMeta = { ...article.meta, language: language.language, sources: { ...article.meta.sources, language: language.source === 'declared' ? (article.meta.sources.language ?? 'declared') : language.source } };
  const english = language.language === 'en' || language.language === 'und';

  // 5. Analyze: wink-nlp tokens, sentences and paragraphs with offsets into the body. A body
  //    longer than any article is analyzed up to a bound, so time per input stays bounded.
  //    Output of metadata and body alone (--only meta,body) needs no analysis and gets none.
  const warnings = [...decodeWarnings, ...article.warnings];
  const analyzing = needsAnalysis(options.only);
  if (analyzing && !english) {
    warnings.push(`The text is in ${languageName(language.language)} (${language.language}); precis analyzes English only, so no entities, quotes, figures, keywords or key sentences are given (--language en forces English analysis).`);
  }
  const analyzed = analyzing ? analyzableLength(article.body) : 0;
  if (analyzing && analyzed < article.body.length) {
    warnings.push(`The text is longer than ${MAX_ANALYZED_CHARS} characters; only its first ${analyzed} were analyzed (entities, quotes, figures, key sentences and the counts of words and sentences cover that part).`);
  }
  const doc: NlpDoc | null = analyzing ? analyzeText(article.body.slice(0, analyzed)) : null;

  // 6–11. What the text says: names, quotation marks, coreference, entities, quotes, key
  //       sentences, figures and keywords (each step listed in `analyzeDocument` below).
  const analysis = doc && english ? analyzeDocument(doc, { title: article.meta.title, sentences: options.sentences, ratio: options.ratio }) : NOTHING_ANALYZED;

  // 12. Assemble the summary.
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: GENERATOR,
    id: input.id ?? null,
    source: { kind: input.kind, name: redactUrls(input.name), format, bytes, encoding, encodingSource, url, date: input.date ?? null },
    meta: withoutCredentials(meta),
    extraction: { strategy: article.strategy, confidence: article.confidence },
    stats: doc ? statsOf(doc, article.body) : { ...NOTHING_COUNTED, characters: article.body.length },
    keySentences: analysis.keySentences,
    quotes: analysis.quotes,
    quotedTerms: analysis.quotedTerms,
    entities: analysis.entities,
    figures: analysis.figures,
    keywords: analysis.keywords,
    warnings,
    blocks: article.blocks,
    body: article.body,
  };
}

/** The counts of a text that was not analyzed (characters aside). */
const NOTHING_COUNTED: Stats = { characters: 0, words: 0, sentences: 0, paragraphs: 0, readingMinutes: 0 };

/** The analysis of a text in a language precis does not analyze: nothing. */
const NOTHING_ANALYZED: Omit<Analysis, 'coref'> = { entities: [], quotes: [], quotedTerms: [], keySentences: [], figures: [], keywords: [] };

/** What the analysis of one document finds. */
export interface Analysis {
  /** The story's referents and every reference to them (internal: not part of the summary). */
  coref: Coreference;
  entities: Entity[];
  quotes: Quote[];
  quotedTerms: QuotedTerm[];
  keySentences: KeySentence[];
  figures: Figure[];
  keywords: Keyword[];
}

/** What the analysis needs to know besides the text. */
export interface AnalysisContext {
  /** The article's title, when known: names and words in it weigh more. */
  title: string | null;
  /** Key sentences asked for, or a share of the sentences (see `Options`). */
  sentences: number;
  ratio: number | null;
}

/** Steps 5 to 10 of the pipeline: what the analyzed text says (no I/O; the tests call it directly). */
export function analyzeDocument(doc: NlpDoc, context: AnalysisContext): Analysis {
  // 5. Names: every mention of a person, organization, place or group, typed.
  const names = findNames(doc);

  // 6. Quotation marks: the spans they enclose, on the tokens.
  const marks = findQuoteMarks(doc);

  // 7. Coreference: the names linked into the story's referents, with the descriptions
  //    ("the general") and pronouns that refer to them.
  const coref = resolveCoreference(doc, names, marks);

  // 8. Entities: one per named referent, with aliases and salience.
  const entities = buildEntities(doc, coref, context.title);

  // 9. Quotes, attributed to the referents above (and quoted spans that are not speech).
  const { quotes, quotedTerms } = analyzeQuotes(doc, marks, coref);

  // 10. Key sentences (the extractive summary), figures (money, percentages, counts, dates;
  //     those in key sentences first) and keywords.
  const count = keySentenceCount(doc.sentences.length, context.sentences, context.ratio);
  const keySentences = rankKeySentences(doc, count, { title: context.title, entities, quotes });
  const figures = findFigures(doc, keySentences);
  const keywords = findKeywords(doc, entities);
  return { coref, entities, quotes, quotedTerms, keySentences, figures, keywords };
}

/** `meta` with the credentials removed from its addresses (a page's own JSON-LD may carry them). */
function withoutCredentials(meta: ArticleMeta): ArticleMeta {
  return { ...meta, url: meta.url === null ? null : displayUrl(meta.url), image: meta.image === null ? null : displayUrl(meta.image) };
}

/** Characters of scripts written without spaces between words: each counts as a word, as word processors count them. */
const UNSPACED_SCRIPT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/gu;

/** Characters a minute of a reader of Chinese or Japanese. */
const READING_UNSPACED_PER_MINUTE = 500;

/**
 * A full stop of Chinese or Japanese inside what the English model read as one sentence: the
 * model does not know these marks. A stop inside a quotation followed by the rest of its
 * sentence (“…。”他说) ends no sentence; one followed by a new quotation does.
 */
const UNSPACED_FULL_STOP = /[。！？]+(?:(?=[^”’」』\s])|[”’」』]+(?=\s*[“‘「『]))/gu;

/** Sentences of `doc`, counting the full stops of unspaced scripts that the English model misses. */
function sentenceCount(doc: NlpDoc, body: string): number {
  let count = doc.sentences.length;
  for (const sentence of doc.sentences) {
    const text = body.slice(sentence.start, sentence.end);
    // Only text in those scripts: the marks never occur in English, and the scan stays cheap.
    if (text.search(UNSPACED_SCRIPT) >= 0) count += text.match(UNSPACED_FULL_STOP)?.length ?? 0;
  }
  return count;
}

function statsOf(doc: NlpDoc, body: string): Stats {
  let spaced = 0;
  let unspaced = 0;
  for (const token of doc.tokens) {
    if (!/[\p{L}\p{N}]/u.test(token.text)) continue;
    const characters = token.text.match(UNSPACED_SCRIPT)?.length ?? 0;
    if (characters > 0) unspaced += characters;
    else spaced++;
  }
  const words = spaced + unspaced;
  const minutes = spaced / READING_WORDS_PER_MINUTE + unspaced / READING_UNSPACED_PER_MINUTE;
  return {
    characters: body.length,
    words,
    sentences: sentenceCount(doc, body),
    paragraphs: doc.paragraphs.length,
    readingMinutes: words === 0 ? 0 : Math.ceil(minutes),
  };
}
