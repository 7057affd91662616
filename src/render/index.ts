/**
 * One summary rendered in the chosen output format.
 */
import type { OutputFormat } from '../options.js';
import type { Summary } from '../summary.js';
import { renderJson, renderNdjsonLine } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { ViewOptions } from './sections.js';
import { renderText } from './text.js';

/** Everything a renderer needs besides the summary; plain data, so it can cross to a worker. */
export interface RenderSettings {
  format: OutputFormat;
  view: ViewOptions;
  /** Text output only. */
  color: boolean;
  width: number;
  /** `precis digest`: the output is the article's digest signature as JSON, not a rendering of it. */
  signature?: boolean;
}

/** `summary` as the text of one output item (without the separators between items). */
export function renderSummary(summary: Summary, settings: RenderSettings): string {
  switch (settings.format) {
    case 'ndjson':
      return renderNdjsonLine(summary, settings.view);
    case 'json':
      return renderJson(summary, settings.view);
    case 'markdown':
      return renderMarkdown(summary, settings.view);
    case 'text':
      return renderText(summary, { ...settings.view, color: settings.color, width: settings.width });
  }
}
