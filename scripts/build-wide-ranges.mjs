#!/usr/bin/env node
/**
 * Prints the table of wide code points that src/render/width.ts keeps (WIDE_RANGES), from a
 * Unicode data file of the East_Asian_Width property: DerivedEastAsianWidth.txt (extracted/ in
 * the Unicode Character Database) or EastAsianWidth.txt. Every range whose value is W (Wide) or
 * F (Fullwidth) is kept, and so are the `@missing` lines that give unassigned code points of the
 * ideograph blocks the value W, so a character added to those blocks later is wide already.
 * Touching ranges are merged. Paste the output over the table and update the version it names.
 *
 *   node scripts/build-wide-ranges.mjs path/to/DerivedEastAsianWidth.txt
 */
import { readFileSync } from 'node:fs';

/** A data line (`4E00..9FFF ; W # …`) or a default (`# @missing: 3400..4DBF; Wide`) whose value is wide. */
const WIDE_LINE = /^(?:# @missing:\s*)?([0-9A-F]{4,6})(?:\.\.([0-9A-F]{4,6}))?\s*;\s*(?:W|F|Wide|Fullwidth)\s*(?:#|$)/;
/** Ranges written per line of the output. */
const PER_LINE = 6;

const path = process.argv[2];
if (!path) {
  process.stderr.write('usage: node scripts/build-wide-ranges.mjs DerivedEastAsianWidth.txt\n');
  process.exit(2);
}
const text = readFileSync(path, 'utf8');
const version = /^# \w+-(\d+\.\d+\.\d+)\.txt/m.exec(text)?.[1] ?? 'unknown';

const ranges = [];
for (const line of text.split('\n')) {
  const match = WIDE_LINE.exec(line.trim());
  if (match) ranges.push([parseInt(match[1], 16), parseInt(match[2] ?? match[1], 16)]);
}
ranges.sort((a, b) => a[0] - b[0]);
const merged = [];
for (const [start, end] of ranges) {
  const last = merged[merged.length - 1];
  if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
  else merged.push([start, end]);
}

const hex = (n) => `0x${n.toString(16)}`;
const rows = [];
for (let i = 0; i < merged.length; i += PER_LINE) {
  rows.push(`  ${merged.slice(i, i + PER_LINE).map(([start, end]) => `${hex(start)}, ${hex(end)}`).join(', ')},`);
}
process.stdout.write(`// Unicode ${version}: ${merged.length} ranges\n${rows.join('\n')}\n`);
