/**
 * Base forms of words, as the stages compare them with the word lists: a noun's singular
 * ("protesters" → "protester", "spokesmen" → "spokesman"), and a verb's base form for the verbs
 * the vocabulary holds ("said" → "say", "quipped" → "quip", "thought" → "think"). Other words
 * are their own base form. This replaces wink's lemmatizer, which costs more than the stages that
 * read it: they only ever look a lemma up in these lists.
 *
 * Source: written for precis by its authors from the rules of English spelling. Licence: MIT, with precis.
 */
import { BELIEF_VERBS, IRREGULAR_VERB_FORMS, PHRASAL_CUES, REPORTING_VERBS } from './reporting.js';

/** Every form of a regular verb that could appear in news text (over-generating is harmless). */
function verbForms(base: string): string[] {
  const forms = [base];
  if (base.endsWith('e')) forms.push(`${base}s`, `${base}d`, `${base.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(base)) forms.push(`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`);
  else if (/(?:s|sh|ch|x|z)$/.test(base)) forms.push(`${base}es`, `${base}ed`, `${base}ing`);
  else {
    forms.push(`${base}s`, `${base}ed`, `${base}ing`);
    // A stressed consonant-vowel-consonant end doubles its consonant ("chat" → "chatted"; "qu" counts as a consonant: "quipped").
    if (/(?:[^aeiou]|qu)[aeiou][bdgklmnprt]$/.test(base)) forms.push(`${base}${base.at(-1)}ed`, `${base}${base.at(-1)}ing`);
  }
  return forms;
}

/** Irregular forms of common verbs outside the reporting vocabulary. */
const OTHER_IRREGULAR_VERBS: Readonly<Record<string, string>> = {
  thought: 'think', thinks: 'think', thinking: 'think',
  was: 'be', were: 'be', is: 'be', are: 'be', am: 'be', been: 'be', being: 'be',
  has: 'have', had: 'have', having: 'have', does: 'do', did: 'do', done: 'do', doing: 'do',
  made: 'make', took: 'take', taken: 'take', gave: 'give', given: 'give', came: 'come', got: 'get', gotten: 'get',
  knew: 'know', known: 'know', saw: 'see', seen: 'see', held: 'hold', led: 'lead', left: 'leave', met: 'meet', ran: 'run',
  won: 'win', lost: 'lose', paid: 'pay', sent: 'send', built: 'build', felt: 'feel', kept: 'keep', brought: 'bring',
  bought: 'buy', sold: 'sell', stood: 'stand', heard: 'hear', meant: 'mean', became: 'become', began: 'begin',
};

/** Verb forms whose base form the vocabulary reads, each mapped to that base. */
const VERB_BASES = new Map<string, string>();
for (const base of [...REPORTING_VERBS, ...BELIEF_VERBS, ...Object.keys(PHRASAL_CUES)]) {
  for (const form of verbForms(base)) if (!VERB_BASES.has(form)) VERB_BASES.set(form, base);
}
for (const [form, base] of Object.entries(IRREGULAR_VERB_FORMS)) VERB_BASES.set(form, base);
for (const [form, base] of Object.entries(OTHER_IRREGULAR_VERBS)) VERB_BASES.set(form, base);

/** Irregular plurals of nouns that name people. */
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = { people: 'person', children: 'child', men: 'man', women: 'woman', police: 'police', staff: 'staff' };

/** A plural noun's singular by the regular rules and a few irregular ones ("protesters" → "protester", "spokesmen" → "spokesman"), or the word itself. */
export function singularOf(word: string): string {
  const irregular = IRREGULAR_PLURALS[word];
  if (irregular !== undefined) return irregular;
  if (word.length > 4 && word.endsWith('men')) return `${word.slice(0, -3)}man`;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/** The base form of a verb form (lower case) the vocabulary knows ("told" → "tell"), whatever its tag, or undefined. */
export function verbBaseOf(form: string): string | undefined {
  return VERB_BASES.get(form);
}

/** The base form of a word (lower case) with part-of-speech tag `pos`, as the stages read it. */
export function lemmaOf(normal: string, pos: string): string {
  if (pos === 'NOUN') return singularOf(normal);
  if (pos === 'VERB' || pos === 'AUX' || pos === 'ADJ') return VERB_BASES.get(normal) ?? normal;
  return normal;
}

/** True when the word (with its lemma) is the plural of one of `nouns` ("protesters", "Officials"). */
export function isPluralOf(token: { normal: string; lemma: string }, nouns: ReadonlySet<string>): boolean {
  const singular = singularOf(token.normal);
  return singular !== token.normal && (nouns.has(singular) || nouns.has(token.lemma));
}
