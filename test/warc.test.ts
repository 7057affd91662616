import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertValidOutput, runCli, tempTree } from './helpers.js';

/** One WARC record with a block of `payload`. */
function warcRecord(type: string, uri: string, date: string, id: string, payload: string, contentType: string): Buffer {
  const block = Buffer.from(payload, 'utf8');
  const head = [
    'WARC/1.0',
    `WARC-Type: ${type}`,
    `WARC-Record-ID: <urn:uuid:${id}>`,
    `WARC-Date: ${date}`,
    `WARC-Target-URI: ${uri}`,
    `Content-Type: ${contentType}`,
    `Content-Length: ${block.length}`,
    '',
    '',
  ].join('\r\n');
  return Buffer.concat([Buffer.from(head, 'utf8'), block, Buffer.from('\r\n\r\n')]);
}

function httpResponse(contentType: string, body: string, status = '200 OK'): string {
  return `HTTP/1.1 ${status}\r\nContent-Type: ${contentType}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

const page = (headline: string, sentence: string): string =>
  `<!doctype html><html><head><title>${headline}</title></head><body><article><h1>${headline}</h1>` +
  `<p>${sentence} The decision was announced on Tuesday by the regional council, which said the work would take two years.</p>` +
  `<p>“We have waited long enough,” said Councillor Ana Silva, who chairs the transport committee.</p></article></body></html>`;

const records = [
  warcRecord('warcinfo', '', '2026-05-01T10:00:00Z', '00000000-0000-0000-0000-000000000001', 'software: precis test\r\n', 'application/warc-fields'),
  warcRecord('request', 'https://news.example/a', '2026-05-01T10:00:01Z', '00000000-0000-0000-0000-000000000002', 'GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n', 'application/http; msgtype=request'),
  warcRecord('response', 'https://news.example/a', '2026-05-01T10:00:02Z', '00000000-0000-0000-0000-000000000003', httpResponse('text/html; charset=utf-8', page('Bridge repairs approved', 'The old river bridge will be repaired.')), 'application/http; msgtype=response'),
  warcRecord('response', 'https://news.example/logo.png', '2026-05-01T10:00:03Z', '00000000-0000-0000-0000-000000000004', httpResponse('image/png', 'PNGDATA'), 'application/http; msgtype=response'),
  warcRecord('response', 'https://news.example/gone', '2026-05-01T10:00:04Z', '00000000-0000-0000-0000-000000000005', httpResponse('text/html', '<p>Moved</p>', '301 Moved Permanently'), 'application/http; msgtype=response'),
  warcRecord('response', 'https://news.example/b', '2026-05-01T10:00:05Z', '00000000-0000-0000-0000-000000000006', httpResponse('text/html', page('Tram fares frozen', 'Tram fares will not rise next year.')), 'application/http; msgtype=response'),
];

describe('web archives', () => {
  it.each([
    ['a WARC file', 'crawl.warc', Buffer.concat(records)],
    ['a WARC.gz file of gzipped records', 'crawl.warc.gz', Buffer.concat(records.map((record) => gzipSync(record)))],
  ])('every HTML response of %s becomes one summary with its URI and date', (_, name, bytes) => {
    const dir = tempTree({ [name]: bytes });
    const result = runCli(['--format', 'ndjson', join(dir, name)]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string; source: { kind: string; url: string; date: string }; meta: { title: string } });
    lines.forEach(assertValidOutput);
    expect(lines.map((l) => [l.source.kind, l.source.url, l.source.date, l.meta.title])).toEqual([
      ['warc', 'https://news.example/a', '2026-05-01T10:00:02Z', 'Bridge repairs approved'],
      ['warc', 'https://news.example/b', '2026-05-01T10:00:05Z', 'Tram fares frozen'],
    ]);
    expect(lines[0]!.id).toBe('<urn:uuid:00000000-0000-0000-0000-000000000003>');
  });

  it('reads an archive from stdin with --input-format warc', () => {
    const result = runCli(['--input-format', 'warc', '--format', 'ndjson'], Buffer.concat(records));
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('a file that is not an archive is one sentence on stderr', () => {
    const dir = tempTree({ 'broken.warc': 'this is not a web archive\n' });
    const result = runCli([join(dir, 'broken.warc')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(dir, 'broken.warc')} is not a readable web archive`);
  });
});
