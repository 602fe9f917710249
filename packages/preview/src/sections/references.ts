import type { RenderContext } from '../context.js';
import { escapeHtml } from '../escape.js';
import { enumOf, inline, invalid, markupOf, subheading, textOf } from '../html.js';
import { pubmedUrl, safeUrl } from '../links.js';
import { renderMarkupInline } from '../markup.js';
import type { Field } from '../read.js';
import { moduleSection } from './section.js';

/** A URL field as a link when it is http(s), otherwise as marked text. */
export function urlOf(ctx: RenderContext, field: Field, label?: string): string {
  const text = field.text();
  if (text === undefined) return invalid(ctx, field, 'a URL');
  const url = safeUrl(text);
  if (url === undefined || url.toLowerCase().startsWith('mailto:')) {
    return `<span class="ty-unknown-code" title="Not an http(s) URL">${escapeHtml(text)}</span>`;
  }
  return `<a href="${escapeHtml(url)}" rel="noopener noreferrer nofollow">${label ?? escapeHtml(text)}</a>`;
}

function reference(ctx: RenderContext, item: Field): string {
  if (!item.isRecord) return `<li${ctx.attr(item.pointer)}>${invalid(ctx, item, 'a mapping')}</li>`;
  const citation = item.at('citation');
  const pmid = item.at('pmid');
  const type = item.at('type');
  let html = citation.isPresent
    ? inline(ctx, citation, textOf(ctx, citation))
    : '<span class="ty-muted">(no citation)</span>';
  if (pmid.isPresent) {
    const text = pmid.text() ?? '';
    const url = pubmedUrl(text);
    html +=
      ` <span class="ty-pmid"${ctx.attr(pmid.pointer)}>` +
      (url
        ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">PubMed ${escapeHtml(text.trim())}</a>`
        : `PMID ${textOf(ctx, pmid)}`) +
      `${ctx.slot(pmid.pointer)}</span>`;
  }
  if (type.isPresent) {
    html += ` ${inline(ctx, type, enumOf(ctx, type, 'ReferenceType'), 'ty-tag')}`;
  }
  const retractions = item.at('retractions');
  for (const retraction of retractions.items()) {
    const rpmid = retraction.at('pmid').text() ?? '';
    const url = pubmedUrl(rpmid);
    html +=
      `<br><span class="ty-retraction"${ctx.attr(retraction.pointer)}>Retracted` +
      (url
        ? `: <a href="${escapeHtml(url)}" rel="noopener noreferrer">PubMed ${escapeHtml(rpmid.trim())}</a>`
        : '') +
      `${ctx.slot(retraction.pointer)}</span>`;
  }
  return `<li${ctx.attr(item.pointer)}>${ctx.slot(item.pointer)}${html}</li>`;
}

function seeAlso(ctx: RenderContext, item: Field): string {
  if (!item.isRecord) return `<li${ctx.attr(item.pointer)}>${invalid(ctx, item, 'a mapping')}</li>`;
  const label = item.at('label');
  const url = item.at('url');
  const labelText = label.text();
  const labelHtml =
    labelText === undefined || labelText.trim() === '' ? undefined : renderMarkupInline(labelText);
  let html: string;
  if (url.isPresent) {
    html = inline(ctx, url, urlOf(ctx, url));
    if (labelHtml !== undefined) html = `${inline(ctx, label, labelHtml)}: ${html}`;
  } else {
    html = labelHtml ?? '<span class="ty-muted">(empty link)</span>';
  }
  return `<li${ctx.attr(item.pointer)}>${ctx.slot(item.pointer)}${html}</li>`;
}

function availIpd(ctx: RenderContext, item: Field): string {
  if (!item.isRecord) return `<li${ctx.attr(item.pointer)}>${invalid(ctx, item, 'a mapping')}</li>`;
  const parts: string[] = [];
  for (const key of ['type', 'id'] as const) {
    const field = item.at(key);
    if (field.isPresent) parts.push(inline(ctx, field, textOf(ctx, field)));
  }
  const url = item.at('url');
  if (url.isPresent) parts.push(inline(ctx, url, urlOf(ctx, url)));
  const comment = item.at('comment');
  return `<li${ctx.attr(item.pointer)}>${ctx.slot(item.pointer)}${parts.join(' · ')}${comment.isPresent ? markupOf(ctx, comment) : ''}</li>`;
}

function list(ctx: RenderContext, field: Field, render: (item: Field) => string): string {
  if (!field.isList) return invalid(ctx, field, 'a list');
  return `<ul class="ty-plain-list ty-references"${ctx.attr(field.pointer)}>${ctx.slot(field.pointer)}${field
    .items()
    .map(render)
    .join('')}</ul>`;
}

/** Citations with PubMed links, see-also links, and available IPD/information. */
export function renderReferences(ctx: RenderContext, trial: Field): string {
  return moduleSection(
    ctx,
    { id: 'references', title: 'References' },
    trial.at('referencesModule'),
    (module) => {
      const references = module.at('references');
      const links = module.at('seeAlsoLinks');
      const ipds = module.at('availIpds');
      let html = '';
      if (references.isPresent)
        html += subheading('Citations') + list(ctx, references, (item) => reference(ctx, item));
      if (links.isPresent) html += subheading('Links') + list(ctx, links, (item) => seeAlso(ctx, item));
      if (ipds.isPresent)
        html += subheading('Available IPD/information') + list(ctx, ipds, (item) => availIpd(ctx, item));
      return html || '<p class="ty-muted">None given</p>';
    },
    { absentText: 'No references given' },
  );
}
