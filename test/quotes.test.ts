import { describe, expect, it } from 'vitest';
import { analyzeText } from '../src/nlp/doc.js';
import { findQuoteSpans } from '../src/analyze/quotes/spans.js';
import type { Quote } from '../src/summary.js';
import { analyze } from './analyze.js';

/** Quotes of a short article, as [text, speaker] pairs. */
function attributed(text: string): Array<[string, string | null]> {
  return quotesOf(text).map((q) => [q.text, q.speaker]);
}

function quotesOf(text: string): Quote[] {
  return analyze(text).quotes;
}

/** Far above what 100,000 marks take when scanned once (about 0.1 s); a quadratic scan takes minutes. */
const LINEAR_BOUND_MS = 3000;

function spansOf(text: string): string[] {
  const doc = analyzeText(text);
  return findQuoteSpans(text, doc.paragraphs).map((s) => text.slice(s.start, s.end));
}

describe('quote spans: marks across a body', () => {
  const cases: Array<{ name: string; text: string; spans: string[] }> = [
    { name: 'straight marks', text: '"We will win," Omar Haddad said.', spans: ['We will win,'] },
    { name: 'curly marks', text: '“We will win,” said Omar Haddad.', spans: ['We will win,'] },
    { name: 'straight and curly marks mixed in one article', text: '"First," said Omar Haddad.\n\n“Second,” said Lena Vogt.', spans: ['First,', 'Second,'] },
    { name: 'a curly opening closed by a straight mark', text: '“Mixed feeds exist," Lena Vogt said.', spans: ['Mixed feeds exist,'] },
    { name: "’’ as a closing mark", text: '“We are ready’’ the coach said.', spans: ['We are ready'] },
    { name: "'' as both marks", text: "''We are ready,'' said Jo Park.", spans: ['We are ready,'] },
    { name: 'nested single quotes and apostrophes stay inside', text: '"He called it a \'mistake\' and I don\'t agree," she said.', spans: ["He called it a 'mistake' and I don't agree,"] },
    { name: 'a quote running over two paragraphs gives one span per paragraph', text: '"The first part of the statement.\n\n"The second part," said Omar Haddad.', spans: ['The first part of the statement.', 'The second part,'] },
    { name: 'a quote split around its cue gives two spans', text: '"We lost," Alan Grant said. "We will be back."', spans: ['We lost,', 'We will be back.'] },
    { name: 'an inch mark after a number opens nothing', text: 'The board is 6\' 2" wide and "sturdy," he said.', spans: ['sturdy,'] },
    { name: 'markup attributes are not quotes', text: '<tweet author="someone">Hello</tweet> "Yes," she said.', spans: ['Yes,'] },
    // Single marks: the British style and headlines.
    { name: 'curly single marks', text: '‘We are ready,’ said Omar Haddad.', spans: ['We are ready,'] },
    { name: 'straight single marks', text: "'We are ready,' Lena Vogt said.", spans: ['We are ready,'] },
    { name: 'a headline fragment in single marks', text: 'Mayor says ‘no deal’ with the dockers', spans: ['no deal'] },
    { name: 'a single-quoted quote split around its cue gives two spans', text: '‘We lost,’ Alan Grant said. ‘We will be back.’', spans: ['We lost,', 'We will be back.'] },
    { name: 'a single-quoted quote running over two paragraphs', text: '‘The first part of the statement.\n\n‘The second part,’ said Omar Haddad.', spans: ['The first part of the statement.', 'The second part,'] },
    { name: 'a plural possessive inside a single-quoted quote', text: '‘The parents’ rights come first,’ said Nora Quist.', spans: ['The parents’ rights come first,'] },
    { name: 'a plural noun right before the closing mark', text: 'The union stood by ‘the nurses’ on Monday.', spans: ['the nurses'] },
    { name: 'a plural possessive before a quote that ends the sentence', text: 'She defended ‘the families’ right to know’.', spans: ['the families’ right to know'] },
    { name: 'contractions inside a single-quoted quote', text: '‘It’s over, we’re done and I don’t care,’ said Jo Park.', spans: ['It’s over, we’re done and I don’t care,'] },
    { name: 'an elided year and rock ’n’ roll inside a single-quoted quote', text: '‘The ’90s were all rock ’n’ roll,’ he said.', spans: ['The ’90s were all rock ’n’ roll,'] },
    { name: 'a double-quoted quote inside a single-quoted one stays part of it', text: '‘He called it “madness”,’ she said.', spans: ['He called it “madness”,'] },
    { name: 'a feed that writes ’ for both single marks', text: '’We are ready,’ she said.', spans: ['We are ready,'] },
    { name: 'double and single marks in one article', text: '"First," said Omar Haddad.\n\n‘Second,’ said Lena Vogt.', spans: ['First,', 'Second,'] },
    // Apostrophes that must not make a quote.
    { name: 'contractions are not quotes', text: "Don't worry, it's fine and we’re ready, they’ll say.", spans: [] },
    { name: 'names with an apostrophe are not quotes', text: "Sean O’Brien met Lia D'Angelo and Mary O'Neill in Cork.", spans: [] },
    { name: 'plural possessives are not quotes', text: "The students’ union backed the teachers' strike, and Jesus' followers marched.", spans: [] },
    { name: 'elided years are not quotes', text: "Hits of the ’90s and '80s and the class of ‘92 filled the hall.", spans: [] },
    { name: 'elided words are not quotes', text: "The band played rock ’n’ roll 'til dawn and let ’em dance.", spans: [] },
    { name: 'dropped final letters are not quotes', text: "We’re goin' home, the fans' chant went, in the good ol’ style.", spans: [] },
    { name: 'feet and inches are not quotes', text: 'The fence is 6\' 2" high and the gate 4\' wide.', spans: [] },
    { name: 'an elision and a possessive in another sentence do not pair', text: "They had 'em beat by noon. The players' union agreed.", spans: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(spansOf(c.text)).toEqual(c.spans);
    });
  }

  it('marks the reopened paragraph as a continuation', () => {
    for (const text of ['"The first part.\n\n"The second part," said Omar Haddad.', '‘The first part.\n\n‘The second part,’ said Omar Haddad.']) {
      const doc = analyzeText(text);
      expect(findQuoteSpans(text, doc.paragraphs).map((s) => [s.closed, s.continues])).toEqual([[false, false], [true, true]]);
    }
  });

  it('leaves a single mark open at a paragraph end unpaired when the next paragraph does not reopen', () => {
    expect(spansOf('Fans of the ’burbs cheered.\n\nThe vote was close.')).toEqual([]);
    expect(spansOf('He shouted ‘never again.\n\nThe vote was close.')).toEqual([]);
  });

  it('pairs single marks in time linear in the text', () => {
    for (const unit of ["'", " 'a", "a' ", ' ‘a', " 'a b' ", " 'a. B", " '90s", "don't ’em '", ' "a \'b']) {
      const text = unit.repeat(100_000);
      const started = performance.now();
      findQuoteSpans(text, [{ start: 0, end: text.length }]);
      expect(performance.now() - started).toBeLessThan(LINEAR_BOUND_MS);
    }
  });
});

describe('speech or not', () => {
  const cases: Array<{ name: string; text: string; quotes: string[]; terms: Array<[string, string]> }> = [
    { name: 'a song title after "the song"', text: 'She sang the song "Yellow Moon River" at the gala.', quotes: [], terms: [['Yellow Moon River', 'title']] },
    { name: 'a title-case show name in a sentence', text: 'He was voted off “Dancing on Thin Ice.” on Monday.', quotes: [], terms: [['Dancing on Thin Ice.', 'title']] },
    { name: 'a list of titles', text: 'The band played “Blue Sky,” “Long Road” and “Home Again.”', quotes: [], terms: [['Blue Sky,', 'title'], ['Long Road', 'title'], ['Home Again.', 'title']] },
    { name: 'a nickname inside a name', text: 'Dwayne "The Rock" Johnson arrived late.', quotes: [], terms: [['The Rock', 'nickname']] },
    { name: 'a mentioned term', text: 'He never used the term "iron curtain" again.', quotes: [], terms: [['iron curtain', 'term']] },
    { name: 'a so-called label', text: 'The so-called "experts" disagreed.', quotes: [], terms: [['experts', 'term']] },
    { name: 'a scare quote as a modifier', text: 'They made an "unusual" request on Friday.', quotes: [], terms: [['unusual', 'scare']] },
    { name: 'a lower-case phrase in a sentence that reports no one is a term', text: 'The craft relies on artificial intelligence and "fault detection, isolation and recovery" to keep running.', quotes: [], terms: [['fault detection, isolation and recovery', 'term']] },
    { name: 'a short fragment with a cue stays speech', text: 'Grant said the plan was "a total failure" and left.', quotes: ['a total failure'], terms: [] },
    { name: 'a short quote with a cue stays speech when its pronoun finds no one', text: 'Crowds gathered near the gate. "Stay back," he said.', quotes: ['Stay back,'], terms: [] },
    { name: 'a naming verb with a speaker stays speech', text: 'Nora Quist called the vote "a disgrace."', quotes: ['a disgrace.'], terms: [] },
    // The same in single marks.
    { name: 'a song title in single marks', text: 'She sang the song ‘Yellow Moon River’ at the gala.', quotes: [], terms: [['Yellow Moon River', 'title']] },
    { name: 'a list of titles in single marks', text: 'The band played ‘Blue Sky’, ‘Long Road’ and ‘Home Again’.', quotes: [], terms: [['Blue Sky', 'title'], ['Long Road', 'title'], ['Home Again', 'title']] },
    { name: 'a nickname in single marks', text: 'Dwayne ‘The Rock’ Johnson arrived late.', quotes: [], terms: [['The Rock', 'nickname']] },
    { name: 'a mentioned term in single marks', text: "He never used the term 'iron curtain' again.", quotes: [], terms: [['iron curtain', 'term']] },
    { name: 'a so-called label in single marks', text: 'The so-called ‘experts’ disagreed.', quotes: [], terms: [['experts', 'term']] },
    { name: 'a British scare quote after "the"', text: 'Ties between the two, the ‘special relationship’, survived the summit.', quotes: [], terms: [['special relationship', 'scare']] },
    { name: 'a scare quote as a modifier in single marks', text: 'They made an ‘unusual’ request on Friday.', quotes: [], terms: [['unusual', 'scare']] },
    { name: 'a scare quote after a plural possessive', text: "The senators' 'compromise' collapsed on Friday.", quotes: [], terms: [['compromise', 'scare']] },
    { name: 'a word in marks opening a headline', text: '‘Missing’ Voters Could Decide The Race', quotes: [], terms: [['Missing', 'scare']] },
    { name: 'a British quote with its cue is speech', text: '‘We are ready,’ Omar Haddad said.', quotes: ['We are ready,'], terms: [] },
    { name: 'a headline fragment after "says" is speech', text: 'Mayor Joan Park says ‘no deal’ with the dockers', quotes: ['no deal'], terms: [] },
    { name: 'a fragment in single marks with a cue stays speech', text: 'Grant said the plan was ‘a total failure’ and left.', quotes: ['a total failure'], terms: [] },
    { name: 'apostrophes make neither a quote nor a term', text: "The players' union and O'Brien's team met in the '90s style hall.", quotes: [], terms: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = analyze(c.text);
      expect(result.quotes.map((q) => q.text)).toEqual(c.quotes);
      expect(result.quotedTerms.map((t) => [t.text, t.kind])).toEqual(c.terms);
    });
  }

  const kinds: Array<{ name: string; text: string; kind: 'full' | 'partial' }> = [
    { name: 'a whole utterance is full', text: '"We lost the game," Grant said.', kind: 'full' },
    { name: 'a colon-introduced quote is full', text: 'Grant said: "We lost the game."', kind: 'full' },
    { name: 'a quote after a full stop is full', text: 'Grant spoke. "We lost the game," he said.', kind: 'full' },
    { name: 'a fragment in the writer\'s sentence is partial', text: 'Grant said the team had "lost its way" this year.', kind: 'partial' },
  ];
  for (const c of kinds) {
    it(c.name, () => {
      expect(quotesOf(c.text).map((q) => q.kind)).toEqual([c.kind]);
    });
  }
});

describe('attribution', () => {
  const cases: Array<{ name: string; text: string; expected: Array<[string, string | null]> }> = [
    { name: 'X said', text: '"Prices will rise," Maria Lopez said.', expected: [['Prices will rise,', 'Maria Lopez']] },
    { name: 'said X', text: '"Prices will rise," said Maria Lopez, an economist at the bank.', expected: [['Prices will rise,', 'Maria Lopez']] },
    { name: 'an appositive between name and verb', text: '"Prices will rise," Maria Lopez, a senior economist at Northfield Bank, said on Tuesday.', expected: [['Prices will rise,', 'Maria Lopez']] },
    { name: 'a long title before the name', text: '"We are ready," said Deputy Defense Minister Colonel General Ivan Petrov, the chief of staff.', expected: [['We are ready,', 'Ivan Petrov']] },
    { name: 'an age and an appositive', text: 'Elena Marsh, 51, a former prosecutor in Denver, told senators that she would "follow the law."', expected: [['follow the law.', 'Elena Marsh']] },
    { name: 'two appositives', text: '"The test is a provocation," Paul Renard, the foreign minister of France, a member of the council, said.', expected: [['The test is a provocation,', 'Paul Renard']] },
    { name: 'a colon after the cue', text: 'Maria Lopez told reporters: "We are not leaving."', expected: [['We are not leaving.', 'Maria Lopez']] },
    { name: 'according to', text: 'According to Sara Kim, "the deal is done."', expected: [['the deal is done.', 'Sara Kim']] },
    { name: 'a dash before the speaker', text: '“We need better schools.” ― Rosa Delgado', expected: [['We need better schools.', 'Rosa Delgado']] },
    { name: 'a name and a colon in a transcript', text: 'KOWALSKI: "We will vote no."', expected: [['We will vote no.', 'KOWALSKI']] },
    { name: 'a surname refers back to the full name', text: 'Kurt Brenner runs the port. "We are full," Brenner said.', expected: [['We are full,', 'Kurt Brenner']] },
    { name: 'tweeted', text: 'Lena Vogt thanked her fans. "Thank you all," Vogt tweeted.', expected: [['Thank you all,', 'Lena Vogt']] },
    { name: 'a participle cue takes the clause subject', text: 'Tom Reyes spoke for an hour, saying "the economy is strong."', expected: [['the economy is strong.', 'Tom Reyes']] },
    { name: 'a coordinated cue takes the clause subject', text: 'Tom Reyes denied the report and added, "I never saw it."', expected: [['I never saw it.', 'Tom Reyes']] },
    { name: 'a split quote keeps one speaker', text: '"We lost," Alan Grant said. "We will be back."', expected: [['We lost,', 'Alan Grant'], ['We will be back.', 'Alan Grant']] },
    { name: 'a quote with no cue continues the previous paragraph\'s speaker', text: '"We will rebuild," Mayor Joan Park said.\n\n"It will take years, but we will do it."', expected: [['We will rebuild,', 'Joan Park'], ['It will take years, but we will do it.', 'Joan Park']] },
    { name: 'the speaker named in the sentence before', text: 'Joan Park was blunt. "This is a disaster."', expected: [['This is a disaster.', 'Joan Park']] },
    { name: 'a cue at the end of the sentence before', text: 'The city may act while Governor Tim Olsen waits, Joan Park said. "We cannot wait."', expected: [['We cannot wait.', 'Joan Park']] },
    { name: 'a colon paragraph introduces the next one', text: 'The Daily Ledger reported on Sunday:\n\n"The mill will close in May."', expected: [['The mill will close in May.', 'Daily Ledger']] },
    { name: 'a multi-paragraph quote keeps its speaker', text: 'Omar Haddad read a statement.\n\n"The first part is about money.\n\n"The second part is about time," he said.', expected: [['The first part is about money.', 'Omar Haddad'], ['The second part is about time,', 'Omar Haddad']] },
    { name: 'no speaker when the article does not say', text: '"Nobody knows."', expected: [['Nobody knows.', null]] },
    { name: 'a party tag and an appositive after the name', text: '"We need answers," Rep. Dana Holt (D-Ore.), a member of the panel, said.', expected: [['We need answers,', 'Dana Holt']] },
    { name: 'an abbreviation dot does not end the sentence', text: '"We need answers," Rep. Dana Holt (D-Ore.) said Friday.', expected: [['We need answers,', 'Dana Holt']] },
    { name: 'a name right before a participle', text: 'The ad shows Mia Torres asking, "Where is the money?"', expected: [['Where is the money?', 'Mia Torres']] },
    { name: 'inverted after a possessor', text: 'The race is close, noted WXYZ\'s Dana Holt.\n\n"Nobody has a clear lead," she wrote.', expected: [['Nobody has a clear lead,', 'Dana Holt']] },
    { name: 'a list of fragments belongs to the cue before it', text: 'As Grant spoke of "jobs," "schools" and "safe streets," Lee Park said nothing.', expected: [['jobs,', 'Grant'], ['schools', 'Grant'], ['safe streets,', 'Grant']] },
    { name: 'a new sentence after a closed quote has its own subject', text: 'Hana Ito called the test "a provocation." Lee Park insisted that talks go on.', expected: [['a provocation.', 'Hana Ito']] },
    { name: 'a relative clause missing its closing comma', text: '"We will not give up," Nora Quist, who is chair of the Harbor Alliance said on Monday.', expected: [['We will not give up,', 'Nora Quist']] },
    { name: 'a passive question is the agent\'s', text: 'Mayor Ruth Adler was asked by host Tom Vance, "Will the bridge open in May?"', expected: [['Will the bridge open in May?', 'Tom Vance']] },
    { name: 'a name right before a colon', text: 'The result does not surprise pollster Lena Vogt: "Turnout decides these races."', expected: [['Turnout decides these races.', 'Lena Vogt']] },
    { name: 'a listener before a colon is not the speaker', text: 'Ian Hale later told the Daily Ledger: "The plan holds."', expected: [['The plan holds.', 'Ian Hale']] },
    { name: 'an inverted verb after a comma, before the quote', text: 'Because the calendar is short, explained Dana Holt, "the race will end by March."', expected: [['the race will end by March.', 'Dana Holt']] },
    { name: 'a name after the quote whose long aside holds commas', text: '"Water is hard to find," lead author Mia Torres, a scientist at the Harbor Institute in Kellford, Maine, and Ashford College, said in a statement.', expected: [['Water is hard to find,', 'Mia Torres']] },
    { name: 'a participle after a dash aside belongs to the name before the aside', text: 'The video showed a series of Norwegians — old and young — declaring, "We want the ferry back."', expected: [['We want the ferry back.', 'Norwegians']] },
    { name: 'a state tag with dots inside brackets', text: '"The vote is set," Rep. Dana Holt (D-N.Y.) said.', expected: [['The vote is set,', 'Dana Holt']] },
    { name: 'a capitalized word after a possessive is a name, not a cue', text: '"Nobody is above the law," The Daily Ledger’s Ed Quist explained.', expected: [['Nobody is above the law,', 'Ed Quist']] },
    { name: 'a quote signed by a dash paragraph', text: '"We are worried about our jobs."\n\n- Rosa Delgado, Kellford.', expected: [['We are worried about our jobs.', 'Rosa Delgado']] },
    { name: 'a title with a hyphenated preposition heads nothing', text: 'Wikileaks editor-in-chief Kristinn Hrafnsson said: "Let us now focus on the threat."', expected: [['Let us now focus on the threat.', 'Kristinn Hrafnsson']] },
    { name: 'a title in the sentence before does not hide who introduces the quote', text: 'According to the council, the new park will be called "Harbour Green". "It opens in June."', expected: [['It opens in June.', 'council']] },
    { name: 'a term in the sentence before leaves its subject the speaker', text: 'Ana Ruiz opened a bakery in May. She named it "Sweet Rise". "We sell out by noon."', expected: [['We sell out by noon.', 'Ana Ruiz']] },
    { name: 'a British quote and its speaker', text: '‘We will rebuild,’ Mayor Joan Park said.', expected: [['We will rebuild,', 'Joan Park']] },
    { name: 'a British quote split around its cue keeps one speaker', text: "'We lost,' Alan Grant said. 'We will be back.'", expected: [['We lost,', 'Alan Grant'], ['We will be back.', 'Alan Grant']] },
    { name: 'a British quote over two paragraphs keeps its speaker', text: 'Omar Haddad read a statement.\n\n‘The first part is about money.\n\n‘The second part is about time,’ he said.', expected: [['The first part is about money.', 'Omar Haddad'], ['The second part is about time,', 'Omar Haddad']] },
    { name: '"?" before the cue keeps the sentence', text: '"Can I give it to Sam?" Ana Ruiz asked before leaving the stage.', expected: [['Can I give it to Sam?', 'Ana Ruiz']] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(attributed(c.text)).toEqual(c.expected);
    });
  }
});

describe('pronouns, nominals and organizations', () => {
  const cases: Array<{ name: string; text: string; expected: Array<[string, string | null]> }> = [
    { name: 'a nationality in an appositive names nobody; a place after "inside" is no head', text: 'A source inside the Kellford camp, a Syrian refugee who asked not to be named, said the claim was "absolutely not true."', expected: [['absolutely not true.', 'source']] },
    { name: '"she" skips a nearer man', text: 'Anna Berg met President Tom Hale in Oslo. "We agreed on everything," she said.', expected: [['We agreed on everything,', 'Anna Berg']] },
    { name: '"he" prefers the subject over an object', text: 'Carl Mott met Dan Reyes in the hall. "I told the truth," he said.', expected: [['I told the truth,', 'Carl Mott']] },
    { name: 'an appositive that only a person can be makes a name a person', text: '"The cut is big," said Priya Raman, an analyst at Baxter & Co. She said investors want "a credible plan" soon.', expected: [['The cut is big,', 'Priya Raman'], ['a credible plan', 'Priya Raman']] },
    { name: 'the gender an article gives with its own pronouns', text: 'Jordan Ellery said she would run again. Sam Pike disagreed with the plan. "I am not done," she said.', expected: [['I am not done,', 'Jordan Ellery']] },
    { name: '"the general" finds the general', text: 'Gen. Mark Olsen visited the base with Peter Lund. "The troops are ready," the general said.', expected: [['The troops are ready,', 'Mark Olsen']] },
    { name: 'a pronoun after a description finds the described person', text: 'Sen. Maria Diaz spoke on Monday.\n\nAna Ruiz, a lobbyist, waited outside. The senator told reporters that the talks went well. "We have a deal," she said.', expected: [['We have a deal,', 'Maria Diaz']] },
    { name: 'a role from an appositive', text: 'Ruth Adler, the mayor of Ashford, met Tom Vance. "We need the bridge," the mayor said.', expected: [['We need the bridge,', 'Ruth Adler']] },
    { name: 'a spokeswoman speaks for her ministry', text: 'The Ministry of Health issued new rules on Monday. "The rules are temporary," a spokeswoman for the ministry said.', expected: [['The rules are temporary,', 'Ministry of Health']] },
    { name: 'the company said in a statement', text: 'Brightwater Corp. cut 300 jobs. "We regret the decision," the company said in a statement.', expected: [['We regret the decision,', 'Brightwater Corp.']] },
    { name: 'an age as a description', text: 'Frank Barlow spoke in Ohio on Monday. "The party needs us," the 72-year-old said.', expected: [['The party needs us,', 'Frank Barlow']] },
    { name: 'an office speaks for its holder', text: 'Defense Minister Ivan Petrov did not appear. "He will return Friday," Petrov\'s office said.', expected: [['He will return Friday,', 'Ivan Petrov']] },
    { name: 'a named campaign is not the last body mentioned', text: 'The FBI declined to comment. "We are confident," the Barlow campaign said.', expected: [['We are confident,', 'Barlow campaign']] },
    { name: 'an unnamed official is reported as described', text: '"No decision has been made," a Pentagon official said.', expected: [['No decision has been made,', 'Pentagon official']] },
    { name: 'an unnamed spokesperson speaks for the body', text: '"No decision has been made," a Pentagon spokesperson said.', expected: [['No decision has been made,', 'Pentagon']] },
    { name: 'a dateline does not speak', text: 'WASHINGTON, Dec. 8 (UPI) — The senator’s top aide rallied supporters, saying: “We are ready.”', expected: [['We are ready.', 'senator’s top aide']] },
    { name: '"they" after a group of people', text: 'The nurses walked out of the hospital on Monday. "We are exhausted," they said.', expected: [['We are exhausted,', 'nurses']] },
    { name: 'a name that only modifies the subject', text: 'Acme campaign manager Rita Vance met donors, calling the race "a dead heat."', expected: [['a dead heat.', 'Rita Vance']] },
    { name: 'an unnamed group by its head noun', text: 'Protesters chanted "No more cuts" outside the hall.', expected: [['No more cuts', 'protesters']] },
    { name: 'hyphenated given names', text: '"This is a breach," said Secretary General Ban Ki-moon.', expected: [['This is a breach,', 'Ban Ki-moon']] },
    { name: 'a listener after "told" is not the speaker', text: 'Ian Hale met the press. "It is over," he told Newsweek.', expected: [['It is over,', 'Ian Hale']] },
    // Unnamed people described after the noun: the description speaks, never the last person named.
    { name: 'a person described after the noun, verb after', text: 'Omar Haddad left the hearing early.\n\n"I never saw him," a person close to the family said.', expected: [['I never saw him,', 'person close to the family']] },
    { name: 'a party member described after the noun, verb first', text: 'Lena Vogt chaired the meeting.\n\n"We will not stop," said one Republican involved in the planning.', expected: [['We will not stop,', 'Republican involved in the planning']] },
    { name: 'a source described after the noun, before the quote', text: 'Talks resumed on Friday.\n\nA source familiar with the talks said: "It is done."', expected: [['It is done.', 'source familiar with the talks']] },
    { name: 'an adviser to a named person is not that person', text: 'Ruth Adler spoke at noon.\n\n"She was tired," said a longtime adviser to Ruth Adler.', expected: [['She was tired,', 'longtime adviser to Ruth Adler']] },
    { name: 'a question put to someone, with no asker named, is not theirs', text: 'Dana Whitfield met reporters on Monday.\n\nWhitfield was asked, "Do you regret it?"', expected: [['Do you regret it?', null]] },
    { name: 'a question put by a named asker is the asker\'s', text: 'Dana Whitfield met reporters on Monday.\n\nWhitfield was asked by host Omar Haddad, "Do you regret it?"', expected: [['Do you regret it?', 'Omar Haddad']] },
    { name: 'a title and a name: the name speaks', text: '"We must act," said former secretary of state Ruth Adler.', expected: [['We must act,', 'Ruth Adler']] },
    { name: 'a hyphenated title is no description', text: '"We will publish," said Ledger editor-in-chief Tomas Brandt.', expected: [['We will publish,', 'Tomas Brandt']] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(attributed(c.text)).toEqual(c.expected);
    });
  }
});

describe('the quote record', () => {
  it('keeps offsets into the body and the cue', () => {
    const text = 'Kurt Brenner runs the port.\n\n"We are full," Brenner told reporters.';
    const [quote] = quotesOf(text);
    expect(quote).toBeDefined();
    expect(text.slice(quote!.start, quote!.end)).toBe(quote!.text);
    expect(quote!.cue).toBe('told');
    expect(quote!.speakerMention?.text).toBe('Brenner');
    expect(text.slice(quote!.speakerMention!.start, quote!.speakerMention!.end)).toBe('Brenner');
  });

  it('links the speaker to the entity of the referent, also through a pronoun', () => {
    const text = 'Kurt Brenner runs the port. "We are full," he said. Ada Park agreed.';
    const { quotes, entities } = analyze(text);
    const brenner = entities.find((e) => e.name === 'Kurt Brenner');
    expect(brenner).toBeDefined();
    expect(quotes.map((q) => [q.speaker, q.speakerId, q.speakerMention?.text])).toEqual([['Kurt Brenner', brenner!.id, 'he']]);
  });

  it('an unnamed speaker has no entity', () => {
    expect(quotesOf('"We are exhausted," a nurse said.').map((q) => [q.speaker, q.speakerId])).toEqual([['nurse', null]]);
  });

  it('returns quotes in document order', () => {
    const text = '"One," said Ada Park. "Two," said Bo Lin.\n\n"Three," Ada Park added.';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.text)).toEqual(['One,', 'Two,', 'Three,']);
    expect(quotes.every((q, i) => i === 0 || quotes[i - 1]!.start < q.start)).toBe(true);
  });
});
