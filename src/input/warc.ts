/**
 * Web archives: every HTML response record of a WARC or WARC.gz file becomes one input, with the
 * record's target URI as its address, its HTTP headers' charset, and its WARC date. Other records
 * (requests, metadata, images, redirects) are skipped. warcio is loaded only when a WARC is read.
 */
import type { Readable } from 'node:stream';
import { InputError } from '../errors.js';
import type { InputUnit } from './sources.js';

/** File names read as web archives. */
export const WARC_NAME = /\.warc(?:\.gz)?$/i;

/** HTTP content types summarized from an archive. */
const HTML_TYPES = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;

/** The HTML responses of the archive in `stream`, in archive order, each read whole. */
export async function* warcUnits(stream: Readable, fileName: string, maxBytes: number): AsyncGenerator<InputUnit> {
  const { WARCParser } = await import('warcio');
  let index = 0;
  for await (const record of WARCParser.iterRecords(stream)) {
    // warcio reads any text as one record without a type: that is not an archive.
    if (!record.warcType) throw new Error(`no WARC header${index > 0 ? ` after record ${index}` : ''}`);
    index++;
    if (record.warcType !== 'response') continue;
    const info = record.getResponseInfo();
    const contentType = info?.headers.get('content-type') ?? null;
    const status = Number(info?.status ?? 0);
    if (!contentType || !HTML_TYPES.test(contentType) || status < 200 || status >= 300) continue;
    const url = record.warcTargetURI ?? null;
    const date = record.warcDate ?? null;
    const id = record.warcHeader('WARC-Record-ID') ?? null;
    const name = `${fileName} record ${index}${url ? ` (${url})` : ''}`;
    if (record.warcContentLength > maxBytes) {
      await record.skipFully();
      const error = new InputError('too-large', `${name} is larger than the ${maxBytes}-byte limit (see --max-bytes).`);
      yield { name, id, line: null, load: () => Promise.reject(error) };
      continue;
    }
    const content = await record.readFully(true);
    yield {
      name,
      id,
      line: null,
      load: async () => ({ content, format: 'html', kind: 'warc', name, id, url, contentType, date }),
    };
  }
  if (index === 0) throw new Error('no WARC record found');
}
