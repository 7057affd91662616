/**
 * The digest as JSON (`precis digest --format json`, described by `schema/digest.schema.json`):
 * stories, entities and speakers pretty-printed for reading, then the article signatures one
 * compact line each. Made in pieces, so a batch of many thousand articles is written a piece at a
 * time and never held as one string: the signatures are often most of the document.
 */
import { escapeForTerminal } from '../render/json.js';
import { type ArticleSignature, SIGNATURE_VERSION } from './signature.js';
import type { Digest } from './types.js';

/** Characters gathered before a piece is handed out: few writes, and no piece large. */
const PIECE_CHARACTERS = 64 * 1024;

/** Indent of a signature's line: inside `signatures.articles`. */
const SIGNATURE_INDENT = '      ';

/**
 * `digest` as JSON text, in pieces whose concatenation is the document (with a final newline).
 * Its `signatures` section holds `signatures` when given (read as the pieces are made), else the
 * digest's own. Every piece is safe to print on a terminal (see `escapeForTerminal`).
 */
export function* digestJsonPieces(digest: Digest, signatures?: Iterable<ArticleSignature>): Generator<string> {
  const { signatures: own, ...rest } = digest;
  const articles = signatures ?? own?.articles ?? [];
  const version = own?.version ?? SIGNATURE_VERSION;
  const head = JSON.stringify(rest, null, 2);
  // The head without its closing brace, the section after its last field.
  let piece = `${head.slice(0, head.lastIndexOf('}')).trimEnd()},\n  "signatures": {\n    "version": ${JSON.stringify(version)},\n    "articles": [`;
  let first = true;
  for (const signature of articles) {
    piece += `${first ? '' : ','}\n${SIGNATURE_INDENT}${JSON.stringify(signature)}`;
    first = false;
    if (piece.length >= PIECE_CHARACTERS) {
      yield escapeForTerminal(piece);
      piece = '';
    }
  }
  yield escapeForTerminal(`${piece}${first ? ']' : '\n    ]'}\n  }\n}\n`);
}

/** `digest` as one JSON document (with a final newline), as {@link digestJsonPieces} makes it. */
export function digestJson(digest: Digest): string {
  return [...digestJsonPieces(digest)].join('');
}
