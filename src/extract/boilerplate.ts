/**
 * What page furniture looks like, by markup hints and by text. Written by the precis team from
 * general knowledge of how news sites are built (no list here is taken from any data set);
 * MIT, like the rest of precis.
 *
 * Two kinds of evidence are used:
 * - class/id hints on elements (`related-stories`, `ArticleBody-imageCredit`, `share-bar`), split
 *   into words so that camelCase and BEM names match like spaced ones;
 * - the text of a single block (a caption, a byline, a newsletter prompt, a date line, a UI
 *   string such as "Advertisement"), which catches furniture that carries no telling class.
 */

/** Class tokens that describe the state or taxonomy of a post, not its role: `tag-related-news`, `has-comments`. */
const TAXONOMY_TOKEN = /^(?:tag|tags|category|cat|topic|has|no|with|is|format|status|type|postid|post-type|single|page-template|template|theme|lang|locale|js|lazy|layout)[-_]/;

/** Class strings repeat across a page and across pages of one site: their words are cached. */
const hintCache = new Map<string, string>();
const HINT_CACHE_SIZE = 10_000;

/** Splits a class/id attribute into lower-case words: `ArticleBody-imageCredit x_y` → `article body image credit x y`. */
export function hintWords(value: string): string {
  const cached = hintCache.get(value);
  if (cached !== undefined) return cached;
  const words = splitHintWords(value);
  if (hintCache.size >= HINT_CACHE_SIZE) hintCache.clear();
  hintCache.set(value, words);
  return words;
}

function splitHintWords(value: string): string {
  const words: string[] = [];
  for (const token of value.split(/\s+/)) {
    if (!token || TAXONOMY_TOKEN.test(token.toLowerCase())) continue;
    words.push(token.replace(/([a-z\d])([A-Z])/g, '$1 $2').replace(/[-_:.]+/g, ' ').toLowerCase());
  }
  return words.join(' ').trim();
}

/**
 * Roles that are furniture wherever they sit, even inside the article: matched as a word or
 * as the start of a word (`relatedposts`, `sharebar`). `comment` must not match `commentary`
 * (opinion sections).
 */
const STRONG_FURNITURE_WORD =
  /(?:^|\s)(?:ad|ads|adv|advert\w*|advertisement\w*|dfp|gpt|banner\w*|breadcrumbs?\w*|byline\w*|caption\w*|credits?\w*|comments?(?!ary)\w*|disqus\w*|cookie\w*|consent|gdpr|newsletter\w*|outbrain\w*|taboola\w*|paywall\w*|promo\w*|recommend\w*|related\w*|share\w*|sharing\w*|social\w*|sponsor\w*|subscribe\w*|subscription\w*|signup|dateline|timestamp|pubdate|published|author\s?bio|bio\s?box|about\s?author|more\s?stories|read\s?more|read\s?next|most\s?popular|most\s?read|trending\w*|carousel\w*|swiper\w*|slideshow\w*|gallery\w*|slidecount|popup\w*|overlay|lightbox\w*|toast|tooltip\w*|hovercard|print\s?only|visually\s?hidden|sr\s?only|screen\s?reader\w*|skip\s?link\w*)(?:$|\s)/;

/** Substrings distinctive enough to match inside a fused word (`inlinegallery`, `imageembedcredit`). */
const STRONG_FURNITURE_SUBSTRING = /related|newsletter|caption|credit|gallery|outbrain|taboola|breadcrumb|byline|disqus|sponsored|comments(?!ary)/;

/** Class words of related-stories and recommendation sections: a heading marked so opens the furniture after the article. */
const RELATED_WORD = /related|recommend|(?:^|\s)(?:more\s?stories|read\s?next|also\s?read|you\s?may\s?like|most\s?popular|most\s?read|trending\w*|outbrain\w*|taboola\w*)(?:$|\s)/;

/** True when class/id words (see {@link hintWords}) name a related-stories section. */
export function isRelatedHint(words: string): boolean {
  return RELATED_WORD.test(words);
}

/** Embedded posts (tweets, Instagram posts) quoted by the article: their `social` class is no reason to drop them. */
const EMBED_WORD = /(?:^|\s)(?:tweet\w*|twitter|instagram\w*|tiktok\w*)(?:$|\s)|social\s(?:media\s)?(?:post|embed)/;

/** Containers that are furniture unless their class or id also names content. */
const WEAK_FURNITURE_WORD =
  /(?:^|\s)(?:header|masthead|footer|foot|menu\w*|nav\w*|sidebar\w*|rail|aside|widget\w*|extra|tags?|tools|toolbar|pager|pagination|rss|meta|author\w*|modal|dialog|teaser\w*|promo|topics?|keywords?|links|hub)(?:$|\s)/;

/** Class or id words that name article content. */
const CONTENT_WORD = /(?:^|\s)(?:article\w*|body|content\w*|entry|main|post|story|text|blog|page|prose|copy|richtext)(?:$|\s)/;

/** How strongly the class/id of an element says it is furniture. */
export type HintVerdict = 'discussion' | 'strong' | 'weak' | 'content' | 'none';

/** Comment threads: furniture however much text they hold (a busy thread outweighs the article). */
const DISCUSSION_WORD = /(?:^|\s)(?:comments?(?!ary)\w*|disqus\w*|replies|respond|discussion|discourse|talk\s?back|livefyre|coral\w*)(?:$|\s)/;

/** Judges an element by its class and id words (see {@link hintWords}). */
export function judgeHints(words: string): HintVerdict {
  if (!words) return 'none';
  const content = CONTENT_WORD.test(words);
  if (DISCUSSION_WORD.test(words)) return 'discussion';
  if ((STRONG_FURNITURE_WORD.test(words) || STRONG_FURNITURE_SUBSTRING.test(words)) && !EMBED_WORD.test(words)) return 'strong';
  if (WEAK_FURNITURE_WORD.test(words) && !content) return 'weak';
  return content ? 'content' : 'none';
}

// ---------------------------------------------------------------------------------------------
// Text rules: one block of text that is furniture by what it says.

/** Whole-block UI strings: buttons, counters and labels that are never article text. */
const UI_STRING = new RegExp(
  '^(?:' +
    [
      'advertisement', 'advertising', 'advert', 'ad', 'ads', 'sponsored( content)?', 'paid (content|post)',
      'skip to (main )?(content|navigation|article)', 'jump to (content|navigation)', 'back to (top|article)',
      'share( this)?( article| story| post| page)?( on \\w+)?', 'tweet', 'pin it', 'e-?mail', 'print', 'reply', 'cancel', 'close', 'open',
      'comments?', '\\d+ (comments?|replies|responses)', 'no comments( yet)?', 'read more', 'continue reading', 'keep reading',
      'show (more|less)', 'load more', 'see more', 'explore further', 'view (all|more|gallery|comments)', 'more', 'menu', 'search', 'home',
      'next( article| story| post)?', 'prev(ious)?( article| story| post)?', 'enlarge( this)? image', 'expand', 'collapse',
      '(image|photo|picture|slide) \\d+ (of|/) \\d+', '\\d+ (of|/) \\d+', 'click to (enlarge|expand)', 'copy link', 'link copied',
      'sign (in|up)', 'log ?in', 'log ?out', 'register', 'subscribe( now)?', 'follow( us)?', 'watch( now| video| live)?', 'play( video)?',
      'listen( to (this|the) (article|story))?', 'video', 'audio', 'photos?', 'gallery', 'loading\\W*', 'top', 'back',
      'publicidade', 'publicidad', 'anuncio', 'anúncio', 'werbung', 'anzeige', 'publicité', 'pubblicità',
      'compartilhe?', 'compartir', 'partager', 'teilen', 'condividi', 'leia (mais|também)', 'veja (mais|também)', 'lea también', 'lire aussi',
    ].join('|') +
    ')[\\s.:!…>»›→]*$',
  'i',
);

/** Photo credits: agencies and stock libraries. */
const PHOTO_AGENCY =
  /\b(?:getty images?|shutterstock|istock(?:photo)?|alamy|ap photo|afp(?: via getty images)?|reuters\/|epa(?:-efe)?|pa (?:images|wire|media)|bloomberg|xinhua|anadolu|sipa|imago|dpa|zuma|nurphoto|courtesy of)\b/i;
/** A caption that ends with an agency or library: "… at the pier. Jane Doe/Getty Images". */
const TRAILING_PHOTO_AGENCY = new RegExp(`${PHOTO_AGENCY.source}\\s*\\)?$`, 'i');
/** A credit that names its role: "Photo: Jane Doe", "Image credit: NASA", "Foto: …". */
const CREDIT_PREFIX =
  /^[([]?\s*(?:(?:photo|image|picture|video|graphic|illustration|map|chart|source)\s*(?:credit|courtesy|source)?s?|credits?|courtesy|foto|fotos|imagem|imagen|bild|photographie|crédito|credito)\s*[:：|/-]/i;
/** A caption that ends with a credit: "… in Kabul on Monday. (Photo: AP)" or "… Timothy Weeks AP". */
const TRAILING_CREDIT = /[([]\s*(?:photos?|images?|pictures?|credits?|fotos?|source|courtesy)\b[^)\]]{0,60}[)\]]$/i;
/** A caption that ends with a bare agency name: "… and Timothy Weeks AP", or an agency credit in brackets: "(NASA via AP, File)". */
const TRAILING_AGENCY = /\b(?:AP|AFP|Reuters|Getty Images|EPA|Bloomberg)\s*$|\([^()]{0,60}\b(?:AP|AFP|Reuters|Getty Images|EPA|Xinhua|dpa)\b[^()]{0,30}\)$/;
/** The wire-photo caption opening: "In this Dec. 12, 2006, file photo, …". */
const CAPTION_OPENING = /^(?:In|This) (?:this )?(?:[\w.,'’-]+ ){0,8}?(?:file |handout |undated |aerial )?(?:photo|image|picture|photograph|frame grab|screenshot|still)(?: provided| released| taken| made available| shows| from)?\b/i;

/** Bylines: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Por Maria Silva". */
const BYLINE_PREFIX = /^(?:[Bb][Yy]|[Ww]ritten by|[Rr]eported by|[Ww]ords by|[Ss]tory by|[Tt]ext by|[Pp]or|[Pp]ar|[Vv]on|[Dd]i)\s*:?\s+/u;
const BYLINE = /^(?:[Bb][Yy]|[Ww]ritten by|[Rr]eported by|[Ww]ords by|[Ss]tory by|[Tt]ext by|[Pp]or|[Pp]ar|[Vv]on|[Dd]i)\s*:?\s+(?:\p{Lu}|@)/u;

/** Time stamps: "Updated at 1:23 p.m.", "Published 3 hours ago", "First Published on Nov 20, 2019". */
const TIMESTAMP_PREFIX =
  /^(?:(?:last |first )?(?:updated|published|posted|modified|created|edited)|atualizad[oa]|publicad[oa]|actualizad[oa]|publié|mis à jour|aktualisiert|veröffentlicht|pubblicato|aggiornato)\b/i;

/** Month and weekday names, for date lines ("Monday, 18 November 2019 12:02 GMT"). */
const DATE_WORD = new RegExp(
  '^(?:' +
    [
      // English
      'jan(uary)?', 'feb(ruary)?', 'mar(ch)?', 'apr(il)?', 'may', 'june?', 'july?', 'aug(ust)?', 'sep(t(ember)?)?', 'oct(ober)?', 'nov(ember)?', 'dec(ember)?',
      'mon(day)?', 'tue(s(day)?)?', 'wed(nesday)?', 'thu(rs(day)?)?', 'fri(day)?', 'sat(urday)?', 'sun(day)?',
      'am', 'pm', 'a\\.?m', 'p\\.?m', 'gmt', 'utc', 'bst', 'cet', 'cest', '[ecmp][sd]t', 'et', 'pt', 'ist', 'jst', 'kst', 'hrs', 'h',
      'at', 'on', 'of', 'the', 'st', 'nd', 'rd', 'th', 'today', 'yesterday', 'ago', 'hours?', 'minutes?', 'mins?', 'days?', 'weeks?',
      'updated', 'published', 'posted', 'modified', 'last', 'first', 'date', 'time',
      // Portuguese, Spanish
      'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro',
      'enero', 'febrero', 'marzo', 'mayo', 'junio', 'julio', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
      'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'feira', 'sábado', 'domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes',
      'de', 'às', 'as', 'a', 'las', 'em', 'el', 'do', 'del', 'hs',
      // French, German, Italian
      'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
      'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'le', 'à',
      'januar', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'um', 'uhr', 'am', 'stand',
      'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'ore', 'alle', 'il',
    ].join('|') +
    ')$',
  'iu',
);

/** Newsletter, subscription and follow prompts. */
const PROMPT = new RegExp(
  '\\b(?:' +
    [
      'sign up (?:for|to|now|here|today)', 'subscribe (?:now|today|here|to (?:our|the|this))', 'newsletter sign ?up',
      '(?:get|receive|read|sign up for|subscribe to) (?:our|the|a) (?:free |daily |weekly |morning |evening )*newsletters?',
      '(?:in|to) your inbox', 'click here', 'follow (?:us|me|him|her) (?:on|at)\\b', 'follow @\\w+',
      'join (?:our|the) (?:community|conversation|discussion|mailing list)', '(?:have|got) a (?:news )?tip\\?',
      'send (?:us )?your (?:news )?tips', 'affiliate (?:and\\/or referral )?links?', 'may earn (?:a |an )?(?:affiliate )?commission',
      '(?:download|get) our app', 'turn on (?:desktop )?notifications', 'tell us what you think',
      'leave a (?:comment|reply)', 'have your say', 'support (?:our|independent) journalism', 'become a (?:subscriber|patron|member today)',
    ].join('|') +
    ')|^(?:share (?:this|on)|subscribe|sign up|register (?:now|today|for free))\\b',
  'i',
);

/** Post meta lines: "05/10/2018 - Posted by Jane Doe - Category: Health - Tags: …". */
const META_LINE = /\b(?:(?:posted|published|written|publicado|publicada|escrito|publié|veröffentlicht|pubblicato) (?:by|por|par|von|da)\b|(?:categor(?:y|ies|ia|ias|ía|ías|ie|ien)|tags?|filed under|posted in|etiquetas|schlagwörter)\s*:)/i;
/** A photo caption that signs its credit with ©: "… installation views, photos © Jane Doe, 2018". */
const CAPTION_COPYRIGHT = /(?:photos?|images?|fotos?|pictures?)\s*(?:©|\(c\)|copyright)/i;

/** Copyright and rights lines. */
const COPYRIGHT = /^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}|by\b))|\ball rights reserved\b|\bsubject to copyright\b|\btodos os direitos reservados\b|\btodos los derechos reservados\b|\btous droits réservés\b|\balle rechte vorbehalten\b/i;

/** An e-mail address: in a short block it is a contact line or an author's signature. */
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/;
/** … addressed to a person: "Reach Jane Doe at …", "can be reached at", "email the author" (not "contact police at …"). */
const CONTACT_WORD = /\b(?:(?:[Rr]each|[Cc]ontact|[Ee]-?mail|[Ww]rite to|[Ff]ollow)\s+(?:him|her|them|me|us|the (?:author|writer|reporter|editor)s?|\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)\b|(?:[Cc]an|[Mm]ay) be (?:reached|contacted)\b)/u;

/**
 * Headings or labels that open the furniture after the article: related stories, comments,
 * "you may also like". A block that is only this ends the article text.
 */
const END_MARKER = new RegExp(
  '^(?:' +
    [
      'related( (stories|articles|posts|content|news|coverage|links|reading|topics|videos?))?', 'more (stories|news|articles|videos?|headlines|coverage)( from [^.]{1,40})?',
      'more (from|on|in|about) [^.]{1,50}', 'more great [^.]{1,40} stories', 'read (next|also)', 'also read', 'see also', 'further reading', 'what to read next',
      'you (may|might) (also )?(like|enjoy|be interested in)', 'you (may|might) have missed', 'recommended( for you| stories| reading| articles)?',
      'most (read|popular|viewed|shared|commented)( stories| articles)?', 'trending( now| stories)?', 'top (stories|news|headlines)', 'latest (news|stories|articles|headlines|videos?)',
      'popular (stories|posts|now|articles)', 'editor\'?s? (picks|choice)', 'partner (news|content|stories)', 'sponsored (content|stories|links)', 'from (our|the) (partners|web)',
      'around the web', 'promoted (content|stories|links)', 'don\'?t miss', 'up next', 'watch next', 'in case you missed it', 'elsewhere on [^.]{1,40}',
      '(leave|post|add|write) a (comment|reply)', '\\d+ (comments?|responses?|replies|thoughts on .{1,120})', 'comments?( \\(\\d+\\))?', 'discussion', 'join the (conversation|discussion)',
      'about the authors?', 'about (us|me)', 'tags?', 'topics?', 'filed under',
      'notícias relacionadas', 'matérias relacionadas', 'relacionad[ao]s', 'leia (mais|também)', 'veja (mais|também)', 'mais lidas',
      'noticias relacionadas', 'artículos relacionados', 'te puede interesar', 'también te puede interesar', 'lo más leído', 'más noticias',
      'articles? (similaires|liés)', 'à lire aussi', 'lire aussi', 'sur le même sujet', 'les plus lus',
      'mehr zum thema', 'das könnte sie auch interessieren', 'lesen sie auch', 'meistgelesen',
      'articoli correlati', 'potrebbe interessarti', 'leggi anche', 'i più letti',
    ].join('|') +
    ')[\\s.:!…>»›→]*$',
  'iu',
);

/** Counts words the way the ruler does: runs of letters, digits and underscores. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0;
}

/** True when every word of a short line is a date or time word or a number: a date line. */
export function isDateLine(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}_]+(?:\.[\p{L}]+)*/gu);
  if (!words || words.length > 14) return false;
  let dateish = 0;
  let anchors = 0;
  for (const word of words) {
    if (/^\d{1,4}(?:st|nd|rd|th|h\d{0,2})?$/i.test(word)) {
      dateish++;
      if (/^\d{4}$/.test(word) || /^\d{1,2}$/.test(word)) anchors++;
    } else if (DATE_WORD.test(word)) dateish++;
  }
  return anchors > 0 && dateish === words.length;
}

/** Why a block of text is furniture, or null when it may be article text. */
export type TextVerdict = 'ui' | 'credit' | 'byline' | 'timestamp' | 'date' | 'prompt' | 'copyright' | 'contact' | 'end' | null;

/** Longest block (characters) that the short-block rules below judge; longer text is prose. */
const MAX_JUDGED_CHARS = 320;
/** A byline has at most this many words ("By Jane Doe and John Roe, Reuters, Washington"). */
const MAX_BYLINE_WORDS = 12;
/** A time stamp line has at most this many words. */
const MAX_TIMESTAMP_WORDS = 16;
/** A contact line has at most this many words. */
const MAX_CONTACT_WORDS = 45;
/** A post meta line (date, author, category, tags) has at most this many words. */
const MAX_META_WORDS = 30;
/** A caption ending in a credit has at most this many words. */
const MAX_CAPTION_WORDS = 60;

/** Cookie and consent notices; they run longer than other furniture, so they are judged up to {@link MAX_CONSENT_CHARS}. */
const CONSENT = /\bwe use cookies\b|\buse of cookies\b|\bcookie (?:policy|settings|preferences|consent)\b|\bby (?:clicking|choosing|continuing|using)\b[^.]{0,80}\byou (?:consent|agree|accept)\b/i;
const MAX_CONSENT_CHARS = 900;

/**
 * Judges one block of text on its own (see the rules above). Headings are judged only as UI
 * strings and end markers: a headline such as "Bloomberg buys a rival" is not a photo credit.
 */
export function judgeText(text: string, heading = false): TextVerdict {
  if (text.length > MAX_JUDGED_CHARS) return text.length <= MAX_CONSENT_CHARS && CONSENT.test(text) ? 'prompt' : null;
  if (END_MARKER.test(text)) return 'end';
  if (UI_STRING.test(text)) return 'ui';
  if (heading) return null;
  const words = wordCount(text);
  const sentenceEnd = /[.!?。！？]["”’»)]?$/.test(text);
  if (CREDIT_PREFIX.test(text)) return 'credit';
  if (words <= MAX_CAPTION_WORDS && !sentenceEnd && (TRAILING_CREDIT.test(text) || TRAILING_AGENCY.test(text) || TRAILING_PHOTO_AGENCY.test(text))) return 'credit';
  if (words <= MAX_CAPTION_WORDS && CAPTION_OPENING.test(text)) return 'credit';
  if (BYLINE.test(text) && words <= MAX_BYLINE_WORDS && (!sentenceEnd || isDateLine(text.replace(BYLINE_PREFIX, '')))) return 'byline';
  if (TIMESTAMP_PREFIX.test(text) && words <= MAX_TIMESTAMP_WORDS && isTimestampRest(text.replace(TIMESTAMP_PREFIX, ''))) return 'timestamp';
  if (META_LINE.test(text) && !sentenceEnd && words <= MAX_META_WORDS) return 'byline';
  if (CAPTION_COPYRIGHT.test(text) && words <= MAX_CAPTION_WORDS) return 'credit';
  if (isDateLine(text)) return 'date';
  if (COPYRIGHT.test(text)) return 'copyright';
  if (PROMPT.test(text) || CONSENT.test(text)) return 'prompt';
  if (EMAIL.test(text) && CONTACT_WORD.test(text) && words <= MAX_CONTACT_WORDS) return 'contact';
  return null;
}

/** What follows "Updated"/"Published" in a time stamp: a date, a time, or "3 hours ago". */
function isTimestampRest(rest: string): boolean {
  return isDateLine(rest) || /\d{1,2}[:.]\d{2}\b/.test(rest) || /\b\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago\b/i.test(rest);
}

/** True for a block that only opens the furniture after the article ("Related stories", "Comments"). */
export function isEndMarker(text: string): boolean {
  return text.length <= MAX_JUDGED_CHARS && END_MARKER.test(text);
}

/** "About Harbor Robotics": the heading of a press release's boilerplate about a company or group. */
const ABOUT_HEADING = /^about\s+(.{2,80}?)\s*:?$/i;
/** Lower-case words a name may hold between its capitalized ones ("Bank of America", "Friends of the Earth"). */
const NAME_CONNECTOR = /^(?:of|and|for|the|de|du|des|la|le|del|van|von|&)$/;
/** At most this many words in the name. */
const MAX_ABOUT_NAME_WORDS = 8;

/**
 * The name in an "About <Name>" line ("About Harbor Robotics", "ABOUT THE CITY TRUST:"), or
 * null. Only a proper name counts: "About the plan" or "About 300 people came" is article text.
 */
export function aboutName(text: string): string | null {
  if (text.length > MAX_JUDGED_CHARS) return null;
  const match = ABOUT_HEADING.exec(text);
  const name = match?.[1];
  if (!name || /[!?]$/.test(name) || (/\.$/.test(name) && !/\b(?:Inc|Corp|Co|Ltd|Plc|LLC|S\.A|N\.V|L\.P)\.$/i.test(name))) return null;
  const words = name.split(/\s+/);
  if (words.length > MAX_ABOUT_NAME_WORDS) return null;
  const first = words[0]!;
  if (!/^[\p{Lu}\p{N}]/u.test(first) || (/^\d/.test(first) && !/\p{L}/u.test(first))) return null;
  for (const word of words.slice(1)) if (!/^[\p{Lu}\p{N}&(]/u.test(word) && !NAME_CONNECTOR.test(word.toLowerCase())) return null;
  return name;
}
