/**
 * A digest printed: JSON for programs, a plain list for reading. Every string from the inputs
 * goes through the same terminal-safety rules as a summary's output.
 */
import { escapeForTerminal } from '../render/json.js';
import { oneLine } from '../render/sanitize.js';
import type { Digest } from './types.js';

/** Shared entities named per story in text output; the JSON has them all. */
const TEXT_SHARED_ENTITIES = 6;

/** The digest as one pretty-printed JSON document. */
export function renderDigestJson(digest: Digest): string {
  return escapeForTerminal(JSON.stringify(digest, null, 2));
}

/** The digest as a readable list: each story's headline, days, articles and shared entities. */
export function renderDigestText(digest: Digest): string {
  const lines: string[] = [];
  const articles = digest.stories.reduce((sum, story) => sum + story.articles.length, 0);
  lines.push(`${digest.stories.length} ${digest.stories.length === 1 ? 'story' : 'stories'} from ${articles} ${articles === 1 ? 'article' : 'articles'} (${digest.inputs} ${digest.inputs === 1 ? 'input' : 'inputs'})`);
  digest.stories.forEach((story, index) => {
    lines.push('');
    lines.push(`${index + 1}. ${oneLine(story.headline ?? '(no title)')}`);
    const days = story.firstDay === null ? '' : story.firstDay === story.lastDay ? story.firstDay : `${story.firstDay} to ${story.lastDay}`;
    lines.push(`   ${story.articles.length} ${story.articles.length === 1 ? 'article' : 'articles'}${story.sourceCount > story.articles.length ? `, ${story.sourceCount} sources` : ''}${days ? `, ${days}` : ''}`);
    for (const article of story.articles) {
      const sites = article.sources.map((source) => oneLine(source.site ?? source.name)).join(', ');
      lines.push(`   - ${oneLine(article.title ?? article.source)} (${sites}${article.published ? `, ${article.published.slice(0, 10)}` : ''})`);
    }
    if (story.sharedEntities.length > 0) {
      const names = story.sharedEntities.slice(0, TEXT_SHARED_ENTITIES).map((entity) => oneLine(entity.name));
      const more = story.sharedEntities.length - names.length;
      lines.push(`   In several articles: ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}`);
    }
  });
  return `${lines.join('\n')}\n`;
}
