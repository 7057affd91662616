/**
 * Which language an article is written in. The text decides; the language the page declares is
 * only a hint for text too short to tell. precis's analysis is English, so this decides whether
 * it runs at all.
 *
 * English news is recognized first from its function words, which costs nothing. Anything else
 * goes to eld (Efficient Language Detector, its smallest data set), loaded on first use: it was
 * the most accurate of franc-min, franc, tinyld, cld3-asm and eld on news bodies and on 60- and
 * 150-character openings, and the only one that almost never took English for another language,
 * but its import takes about 200 ms, which an English article never pays.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { requireCompiled } from '../compiled.js';
import { packageFile } from '../paths.js';

/** How a language was decided: read from the text, taken from the page's declaration, or given with `--language`. */
export type LanguageSource = 'text' | 'declared' | 'option';

export interface LanguageDecision {
  /** ISO 639-1 code, or `und` when the text cannot tell and the page declares nothing. */
  language: string;
  source: LanguageSource;
}

/** Characters read from the start of the text: enough to tell any language, bounded for long inputs. */
const SAMPLE_CHARS = 4000;
/** English is recognized from its function words when the sample has at least this many words … */
const MIN_MARKER_WORDS = 20;
/** … and at least this share of them are in ENGLISH_MARKERS (English news: about 25 %; other languages: under 3 %). */
const ENGLISH_MARKER_SHARE = 0.12;
/**
 * Shorter texts (a headline) cannot be told reliably: they take the declared language, or `und`.
 * Counted in UTF-8 bytes, so that a Chinese or Japanese character, which says more, counts three.
 */
const MIN_DETECT_BYTES = 60;
/**
 * A language other than English is taken only when it scores this much above English (1 − en/top):
 * names ("Manny Pacquiao") can make English look like Tagalog by a hair.
 */
const MIN_MARGIN_OVER_ENGLISH = 0.1;

/** Function words frequent in English and rare as words of other languages ("in", "a", "die", "was" are left out). */
const ENGLISH_MARKERS = new Set([
  'the', 'and', 'of', 'that', 'for', 'with', 'he', 'she', 'said', 'have', 'has', 'this', 'are', 'from', 'by', 'not',
  'but', 'they', 'which', 'were', 'been', 'would', 'who', 'their', 'it', 'his', 'her', 'its', 'had', 'there', 'be',
  'or', 'at', 'on', 'we', 'you', 'what', 'when', 'about', 'after', 'than', 'also', 'could', 'more', 'into', 'out',
]);

const WORD = /\p{L}+/gu;

type Detector = { detect(text: string): { language: string; getScores(): Record<string, number> } };
let detector: Detector | null = null;

/**
 * eld, loaded on first use: the build's one CommonJS file of it (`dist/bundle/eld.cjs`, see
 * scripts/bundle.mjs, with its code cache) when there is one, else the package, which ships as ES modules only and
 * which Node ≥ 20.19 loads with `require`; either way the pipeline stays synchronous.
 */
function eld(): Detector {
  if (!detector) {
    const bundled = packageFile('dist/bundle/eld.cjs');
    const module = (existsSync(bundled) ? requireCompiled(bundled) : createRequire(import.meta.url)(fileURLToPath(import.meta.resolve('eld/extrasmall')))) as { eld: Detector };
    detector = module.eld;
  }
  return detector;
}

/** The primary subtag of a declared language tag (`en-GB` → `en`), or null. */
function primaryTag(declared: string | null): string | null {
  const primary = declared?.split('-')[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/** Whether the words of `sample` read as English from their function words alone. */
function readsAsEnglish(sample: string): boolean {
  let words = 0;
  let markers = 0;
  for (const [word] of sample.matchAll(WORD)) {
    words++;
    if (ENGLISH_MARKERS.has(word.toLowerCase())) markers++;
  }
  return words >= MIN_MARKER_WORDS && markers >= words * ENGLISH_MARKER_SHARE;
}

/** The language a page declares (`en-US` → `en`), without reading its text; `und` when it declares none. */
export function declaredLanguage(declared: string | null): LanguageDecision {
  const hint = primaryTag(declared);
  return hint ? { language: hint, source: 'declared' } : { language: 'und', source: 'text' };
}

/**
 * The language of `text`, with `declared` (the page's own tag, such as `en-US`) as a hint used
 * only when the text cannot tell.
 */
export function detectLanguage(text: string, declared: string | null): LanguageDecision {
  const sample = text.slice(0, SAMPLE_CHARS).replace(/\s+/g, ' ').trim();
  if (readsAsEnglish(sample)) return { language: 'en', source: 'text' };
  const hint = primaryTag(declared);
  const undecided = declaredLanguage(declared);
  if (Buffer.byteLength(sample, 'utf8') < MIN_DETECT_BYTES) return undecided;
  const result = eld().detect(sample);
  if (!result.language) return undecided;
  if (result.language === 'en') return { language: 'en', source: 'text' };
  const scores = result.getScores();
  const top = scores[result.language] ?? 0;
  if (top <= 0 || 1 - (scores['en'] ?? 0) / top < MIN_MARGIN_OVER_ENGLISH) return hint === 'en' || hint === result.language ? undecided : { language: 'und', source: 'text' };
  return { language: result.language, source: 'text' };
}

/** The English name of a language code, for messages ("de" → "German"); the code itself when unknown. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
