/**
 * Web archives: every HTML response record of a WARC or WARC.gz file becomes one input, with the
 * record's target URI as its address, its HTTP headers' charset, and its WARC date. Other records
 * (requests, metadata, images, redirects) are skipped. The archive is read as a stream by
 * `warcReader.ts`, one record at a time; a damaged archive ends in one failed unit that names the
 * file and the record, after the units of every whole record before the damage.
 */
import type { Readable } from 'node:stream';
import { InputError } from '../errors.js';
import { oneLine } from '../render/sanitize.js';
import { headerValue, MAX_HTTP_HEAD_BYTES, parseHttpHead, responseBody } from './httpResponse.js';
import type { InputUnit } from './sources.js';
import { readWarc } from './warcReader.js';

/** HTTP content types summarized from an archive. */
const HTML_TYPES = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;

/** Only response records can hold a page; the blocks of the others are skipped unread. */
const isResponse = (headers: Map<string, string>): boolean => headers.get('warc-type') === 'response';

/**
 * The HTML responses of the archive in `stream`, in archive order. Each unit holds its record's
 * block (at most `maxBytes`) and decodes the HTTP body when loaded, so an over-limit body fails
 * that unit alone. Never throws: damage becomes the last unit, whose load fails.
 */
export async function* warcUnits(stream: Readable, fileName: string, maxBytes: number): AsyncGenerator<InputUnit> {
  try {
    for await (const record of readWarc(stream, { name: fileName, maxBytes, keep: isResponse, prefixBytes: MAX_HTTP_HEAD_BYTES })) {
      if (!isResponse(record.headers)) continue;
      const block = record.block;
      const head = parseHttpHead(block ?? record.prefix);
      if (!head) continue;
      const contentType = headerValue(head, 'content-type');
      if (!contentType || !HTML_TYPES.test(contentType) || head.status < 200 || head.status >= 300) continue;
      const url = record.headers.get('warc-target-uri') ?? null;
      const date = record.headers.get('warc-date') ?? null;
      const id = record.headers.get('warc-record-id') ?? null;
      const name = `${fileName} record ${record.index}${url ? ` (${oneLine(url)})` : ''}`;
      if (block === null) {
        const error = new InputError('too-large', `${name} is larger than the ${maxBytes}-byte limit (see --max-bytes).`);
        yield { name, id, line: null, load: () => Promise.reject(error) };
        continue;
      }
      yield {
        name,
        id,
        line: null,
        load: async () => ({ content: await responseBody(block, head, maxBytes, name), format: 'html', kind: 'warc', name, id, url, contentType, date }),
      };
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    yield { name: fileName, id: null, line: null, load: () => Promise.reject(error) };
  }
}
