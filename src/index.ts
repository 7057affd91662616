/**
 * precis as a library: `summarize()` runs the same pipeline as the command line.
 *
 * @example
 * import { summarize } from 'precis';
 * const summary = summarize(html, { url: 'https://example.com/story', sentences: 3 });
 */
import { type Options, resolveOptions } from './options.js';
import { summarizeInput } from './pipeline.js';
import type { Summary } from './summary.js';

export type SummarizeOptions = Partial<Pick<Options, 'sentences' | 'ratio' | 'url' | 'encoding'>> & {
  /** `html` or `text` when known; sniffed otherwise. */
  format?: 'auto' | 'html' | 'text';
  /** The HTTP Content-Type header of the page, for its charset. */
  contentType?: string | null;
  /** A name for the input in error messages and `source.name`. */
  name?: string;
};

/**
 * Summarizes one article given as text, HTML or raw bytes. Throws an `InputError` when the
 * input cannot be summarized (empty, binary).
 */
export function summarize(input: string | Uint8Array, options: SummarizeOptions = {}): Summary {
  const { format = 'auto', contentType = null, name, ...rest } = options;
  return summarizeInput(
    { content: input, format, kind: 'string', name: name ?? 'input', url: rest.url ?? null, contentType },
    resolveOptions(rest),
  );
}

export { DEFAULT_OPTIONS, SECTIONS, resolveOptions } from './options.js';
export type { ColorMode, InputFormat, Options, OutputFormat, Section } from './options.js';
export { EXIT_CODES, InputError, UsageError } from './errors.js';
export type { ExitCode, InputErrorCode } from './errors.js';
export { SCHEMA_VERSION } from './summary.js';
export type {
  ArticleMeta, BodyBlock, BodyBlockKind, Entity, EntityMention, EntityType, Figure, FigureType, InputKind, KeySentence, Keyword, MetaSources, Quote, QuoteKind,
  SourceInfo, Stats, Summary, TextSpan,
} from './summary.js';
export { DIGEST_SCHEMA_VERSION, SIGNATURE_VERSION, articleSignature, digest, digestSignatures } from './digest/index.js';
export { renderDigestJson, renderDigestMarkdown, renderDigestText } from './digest/render.js';
export type { DigestRenderOptions } from './digest/render.js';
export { renderDigestHtml } from './digest/html.js';
export type {
  ArticleSignature, Digest, DigestArticle, DigestEntity, DigestEntityRef, DigestEvent, DigestKeySentence, DigestOptions, DigestQuote, DigestQuoteSource, DigestSource,
  DigestSignatures, DigestSpeaker, DigestStory, SignatureDate, SignatureEntity, SignatureQuote, SignatureSentence,
} from './digest/index.js';
export { run } from './run.js';
export type { RunIO } from './run.js';
export { loadColor, renderText } from './render/text.js';
export { renderMarkdown } from './render/markdown.js';
export { renderJson, renderNdjsonLine } from './render/json.js';
