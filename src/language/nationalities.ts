/**
 * Nationalities, peoples, religions and political groups ("Iraqi", "Kurds", "Democrats"): NORP
 * in precis, MISC in CoNLL-2003.
 *
 * Source: written for precis by its authors from general knowledge (no list was copied from
 * another project or derived from evaluation data). Licence: MIT, with precis.
 */

/** Singular adjectives and nouns; plural forms are made by {@link nationalityForms}. */
export const NATIONALITIES: readonly string[] = [
  'afghan', 'albanian', 'algerian', 'american', 'andorran', 'angolan', 'argentine', 'argentinian', 'armenian', 'australian', 'austrian', 'azerbaijani', 'azeri',
  'bahamian', 'bahraini', 'bangladeshi', 'barbadian', 'belarusian', 'belarussian', 'belgian', 'belizean', 'beninese', 'bhutanese', 'bolivian', 'bosnian',
  'botswanan', 'brazilian', 'british', 'bruneian', 'bulgarian', 'burkinabe', 'burmese', 'burundian', 'cambodian', 'cameroonian', 'canadian', 'chadian',
  'chilean', 'chinese', 'colombian', 'congolese', 'costa rican', 'croat', 'croatian', 'cuban', 'cypriot', 'czech', 'danish', 'djiboutian', 'dominican',
  'dutch', 'ecuadorean', 'ecuadorian', 'egyptian', 'emirati', 'english', 'eritrean', 'estonian', 'ethiopian', 'fijian', 'filipino', 'finnish', 'french',
  'gabonese', 'gambian', 'georgian', 'german', 'ghanaian', 'greek', 'grenadian', 'guatemalan', 'guinean', 'guyanese', 'haitian', 'honduran', 'hungarian',
  'icelandic', 'indian', 'indonesian', 'iranian', 'iraqi', 'irish', 'israeli', 'italian', 'ivorian', 'jamaican', 'japanese', 'jordanian', 'kazakh',
  'kenyan', 'korean', 'kosovar', 'kuwaiti', 'kyrgyz', 'lao', 'laotian', 'latvian', 'lebanese', 'liberian', 'libyan', 'liechtensteiner', 'lithuanian',
  'luxembourgish', 'macedonian', 'malagasy', 'malawian', 'malaysian', 'maldivian', 'malian', 'maltese', 'mauritanian', 'mauritian', 'mexican', 'moldovan',
  'monegasque', 'mongolian', 'montenegrin', 'moroccan', 'mozambican', 'namibian', 'nepalese', 'nepali', 'new zealander', 'nicaraguan', 'nigerian', 'nigerien',
  'norwegian', 'omani', 'pakistani', 'palestinian', 'panamanian', 'paraguayan', 'persian', 'peruvian', 'polish', 'portuguese', 'qatari', 'romanian',
  'russian', 'rwandan', 'salvadoran', 'samoan', 'saudi', 'scottish', 'senegalese', 'serb', 'serbian', 'sierra leonean', 'singaporean', 'slovak', 'slovakian',
  'slovene', 'slovenian', 'somali', 'south african', 'south korean', 'north korean', 'spanish', 'sri lankan', 'sudanese', 'surinamese', 'swazi', 'swedish',
  'swiss', 'syrian', 'taiwanese', 'tajik', 'tanzanian', 'thai', 'tibetan', 'togolese', 'tongan', 'trinidadian', 'tunisian', 'turkish', 'turkmen',
  'ugandan', 'ukrainian', 'uruguayan', 'uzbek', 'venezuelan', 'vietnamese', 'welsh', 'yemeni', 'yugoslav', 'zambian', 'zimbabwean', 'soviet', 'czechoslovak',
  'british', 'briton', 'scot', 'scots', 'brit', 'dane', 'finn', 'swede', 'pole', 'turk', 'arab', 'arabian', 'kurd', 'kurdish', 'pashtun', 'tamil', 'sikh',
  'hindu', 'muslim', 'moslem', 'islamic', 'islamist', 'christian', 'catholic', 'protestant', 'orthodox', 'jewish', 'jew', 'buddhist', 'shi\'ite', 'shiite',
  'shia', 'sunni', 'alawite', 'druze', 'maronite', 'coptic', 'copt', 'evangelical', 'lutheran', 'anglican', 'methodist', 'baptist', 'mormon',
  'european', 'african', 'asian', 'latin american', 'latino', 'hispanic', 'caribbean', 'scandinavian', 'nordic', 'balkan', 'baltic', 'arabic', 'slavic',
  'west indian', 'west german', 'east german', 'gulf', 'western', 'eastern', 'anglo', 'franco', 'basque', 'catalan', 'corsican', 'flemish', 'walloon',
  'hutu', 'tutsi', 'zulu', 'maori', 'aboriginal', 'inuit', 'cherokee', 'chechen', 'ingush', 'ossetian', 'abkhaz', 'tatar', 'uighur', 'uyghur', 'roma', 'bedouin',
  'democrat', 'republican', 'labour', 'conservative', 'tory', 'liberal', 'socialist', 'communist', 'marxist', 'leninist', 'maoist', 'nationalist', 'unionist',
  'loyalist', 'green', 'gaullist', 'christian democrat', 'social democrat', 'zionist', 'sandinista', 'zapatista', 'bolshevik',
  'nato', 'sino', 'euro', 'afro', 'pan-african', 'pro-western',
];

/** Plural and group forms of the nationality words ("Iraqis", "Democrats", "the French"). */
export function nationalityForms(word: string): string[] {
  const forms = [word];
  if (/(?:ese|ish|ch|ss|swiss|i)$/.test(word) && !/(?:i)$/.test(word)) return forms;
  forms.push(word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`);
  return forms;
}
