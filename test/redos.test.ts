/**
 * No regular expression in the source can backtrack catastrophically. Every regex literal is
 * found with the TypeScript parser and run over adversarial strings (long runs of spaces, quote
 * marks, dots, capitals, dashes, letters, digits, markup, and their pairs, each ending in a
 * character that makes a match fail late). A linear regex reads such a string in well under a
 * millisecond; a quadratic one needs seconds, so the bound below separates them by a wide
 * margin without being a benchmark.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

interface FoundRegex {
  where: string;
  regex: RegExp;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Regex literals, and `new RegExp('…', '…')` with literal arguments, in one file. */
function regexesIn(path: string): FoundRegex[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: FoundRegex[] = [];
  const where = (node: ts.Node): string => `${relative(ROOT, path)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.text;
      const end = text.lastIndexOf('/');
      found.push({ where: where(node), regex: new RegExp(text.slice(1, end), text.slice(end + 1)) });
    } else if (ts.isNewExpression(node) && node.expression.getText(source) === 'RegExp' && node.arguments?.[0] && ts.isStringLiteralLike(node.arguments[0])) {
      const flags = node.arguments[1] && ts.isStringLiteralLike(node.arguments[1]) ? node.arguments[1].text : '';
      found.push({ where: where(node), regex: new RegExp(node.arguments[0].text, flags) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Units repeated into adversarial strings. */
const UNITS = [' ', '\t', '\n', 'a', 'A', 'Aa', 'a ', 'A ', 'A.', '.', '. ', '-', ' -', '"', '“', '”', "'", '’', ',', ', ', '0', '1,', '1.', '<', '<a', '<p>', '=', '@', 'a@', '/', '_', ':', '#', '*', '(', ')', '[', '|', '\u00a0', 'é', '😀', '<!--x-->', '<!---->', '<!--', '-->', '&amp;', '&#', '\r\n'];
/** Endings that make a match fail late. */
const ENDINGS = ['', '!', '\u0000', '\n'];
/** Lengths compared: a linear regex takes about twice as long on the second. */
const SHORT = 4_000;
const LONG = 8_000;
/** A regex over LONG characters of any one string may take this long: linear ones take well under 1 ms. */
const MAX_MS = 25;
/**
 * Units repeated this few times first: an exponential regex (each unit matched two ways) needs
 * milliseconds on them and would hang on LONG characters, so it is reported from the short run.
 */
const FEW_UNITS = 20;
const MAX_FEW_MS = 5;

function timeOn(regex: RegExp, text: string): number {
  const copy = new RegExp(regex.source, regex.flags);
  const started = performance.now();
  if (copy.global || copy.sticky) text.replace(copy, '');
  else copy.test(text);
  return performance.now() - started;
}

const regexes = sourceFiles(join(ROOT, 'src')).flatMap(regexesIn);

describe('regular expressions', () => {
  it('are found in the source', () => {
    expect(regexes.length).toBeGreaterThan(50);
  });

  it('read adversarial strings in linear time', () => {
    const slow: string[] = [];
    for (const { where, regex } of regexes) {
      for (const unit of UNITS) {
        for (const ending of ENDINGS) {
          const few = unit.repeat(FEW_UNITS) + ending;
          if (timeOn(regex, few) > MAX_FEW_MS && timeOn(regex, few) > MAX_FEW_MS) {
            slow.push(`${where} ${regex} on ${JSON.stringify(unit)}×${FEW_UNITS}${JSON.stringify(ending)}: exponential`);
            continue;
          }
          const long = unit.repeat(Math.ceil(LONG / unit.length)) + ending;
          const ms = timeOn(regex, long);
          if (ms <= MAX_MS) continue;
          // Confirm on a second run and against the shorter string, to leave out a pause of the machine.
          const again = timeOn(regex, long);
          const short = timeOn(regex, unit.repeat(Math.ceil(SHORT / unit.length)) + ending);
          if (again > MAX_MS && again > 3 * short) slow.push(`${where} ${regex} on ${JSON.stringify(unit)}×${LONG / unit.length}${JSON.stringify(ending)}: ${again.toFixed(0)} ms`);
        }
      }
    }
    expect(slow).toEqual([]);
  });
});
