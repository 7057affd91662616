/**
 * What a name or a word says about a referent's gender: a given name ("Maria" → f), a title
 * ("Mrs."), a role noun ("spokeswoman"), a pronoun ("she").
 */
import { FIRST_NAMES } from '../../language/given-names.js';
import { GENDERED_ROLE_NOUNS } from '../../language/people.js';
import { PRONOUNS } from '../../language/words.js';

export type Gender = 'm' | 'f';

/** The usual gender of a given name, or null when the name is used by both or unknown. */
export function givenNameGender(word: string): Gender | null {
  const g = FIRST_NAMES.get(word.toLowerCase());
  return g === 'm' || g === 'f' ? g : null;
}

/** True for a known given name, whatever its gender. */
export function isGivenName(word: string): boolean {
  return FIRST_NAMES.has(word.toLowerCase());
}

/** The gender a title, honorific or role noun implies ("Mrs.", "spokesman"), or null. */
export function roleGender(word: string): Gender | null {
  return GENDERED_ROLE_NOUNS[word.toLowerCase()] ?? null;
}

/** The gender a pronoun carries ("she" → f), or null. */
export function pronounGender(word: string): Gender | null {
  const cls = PRONOUNS[word];
  return cls === 'm' || cls === 'f' ? cls : null;
}
