import MarkdownIt from 'markdown-it';
import { escapeHtml } from './escape.js';
import { safeUrl } from './links.js';

/**
 * Markup fields (briefSummary, descriptions, eligibilityCriteria, …) are CommonMark. Raw HTML is off
 * (it shows as text), links are kept only for http, https and mailto, and images never load: they
 * become links to the image (or plain text when the URL is not allowed).
 */
const md = new MarkdownIt('commonmark', { html: false, linkify: true, typographer: false });
md.enable(['linkify']);
// Only explicit URLs become links: fuzzy matching turns prose like "molecule.It" into a link to Italy.
md.linkify.set({ fuzzyLink: false, fuzzyIP: false });
md.validateLink = (url: string): boolean => safeUrl(url) !== undefined;

/** Headings inside a field start below the page's own section headings (h2/h3). */
const HEADING_OFFSET = 3;
function shiftedHeading(tag: string): string {
  const level = Number(tag.slice(1));
  return `h${Math.min(6, (Number.isFinite(level) ? level : 1) + HEADING_OFFSET)}`;
}

md.renderer.rules.heading_open = (tokens, index) => `<${shiftedHeading(tokens[index]?.tag ?? 'h1')}>`;
md.renderer.rules.heading_close = (tokens, index) => `</${shiftedHeading(tokens[index]?.tag ?? 'h1')}>\n`;

md.renderer.rules.link_open = (tokens, index, options, _env, self) => {
  const token = tokens[index];
  if (token) token.attrSet('rel', 'noopener noreferrer nofollow');
  return self.renderToken(tokens, index, options);
};

md.renderer.rules.image = (tokens, index, options, env, self) => {
  const token = tokens[index];
  if (!token) return '';
  const alt = self.renderInlineAsText(token.children ?? [], options, env);
  const text = `[image${alt ? `: ${alt}` : ''}]`;
  const src = safeUrl(token.attrGet('src') ?? '');
  if (!src) return `<span class="ty-image">${escapeHtml(text)}</span>`;
  return `<a class="ty-image" href="${escapeHtml(src)}" rel="noopener noreferrer nofollow">${escapeHtml(text)}</a>`;
};

/** Renders a markup field as block HTML. */
export function renderMarkup(text: string): string {
  return md.render(text);
}

/** Renders a short markup field (a link label) as inline HTML. */
export function renderMarkupInline(text: string): string {
  return md.renderInline(text);
}
