import type { RenderContext } from '../context.js';
import { escapeHtml } from '../escape.js';
import { inline, invalid, markupOf, missing, pointed, textOf } from '../html.js';
import { nctUrl } from '../links.js';
import type { Field } from '../read.js';
import { statusBadge } from '../status.js';

/** The NCT number as a link to the registry page, or "Not yet registered". */
function nctId(ctx: RenderContext, identification: Field): string {
  const field = identification.at('nctId');
  if (field.isEmpty) {
    return `<span class="ty-unregistered" data-missing${ctx.attr(field.pointer)}>Not yet registered${ctx.slot(field.pointer)}</span>`;
  }
  const text = field.text();
  if (text === undefined) return invalid(ctx, field, 'an NCT number');
  const url = nctUrl(text.trim());
  const inner = url
    ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(text.trim())}</a>`
    : `<span class="ty-unknown-code" title="Not an NCT number (NCT followed by 8 digits)">${escapeHtml(text)}</span>`;
  return inline(ctx, field, inner, 'ty-nct-id');
}

/**
 * The title block: NCT id (or "Not yet registered"), status badge, brief title with acronym, official
 * title, lead sponsor, and why the study stopped.
 */
export function renderHeader(ctx: RenderContext, trial: Field): string {
  const identification = trial.at('identificationModule');
  const status = trial.at('statusModule');
  const sponsor = trial.path('sponsorCollaboratorsModule', 'leadSponsor', 'name');

  const briefTitle = identification.at('briefTitle');
  const acronym = identification.at('acronym');
  const officialTitle = identification.at('officialTitle');
  const whyStopped = status.at('whyStopped');

  const idPointer = identification.isRecord
    ? ctx.attr(identification.pointer)
    : ' data-missing' + ctx.attr(identification.pointer);
  let html = `<header class="ty-header"${idPointer}>${ctx.slot(identification.pointer)}`;
  html += `<div class="ty-header-line">${nctId(ctx, identification)} ${statusBadge(ctx, status)}</div>`;

  const title = briefTitle.isEmpty
    ? missing(ctx, briefTitle, 'Brief title not provided')
    : pointed(ctx, 'span', briefTitle, textOf(ctx, briefTitle), 'ty-brief-title');
  const acronymHtml = acronym.isEmpty
    ? ''
    : ` ${pointed(ctx, 'span', acronym, `(${textOf(ctx, acronym)})`, 'ty-acronym')}`;
  html += `<h1 class="ty-title">${title}${acronymHtml}</h1>`;

  html += officialTitle.isEmpty
    ? `<p class="ty-official-title">Official title: ${missing(ctx, officialTitle)}</p>`
    : `<p class="ty-official-title"${ctx.attr(officialTitle.pointer)}>${ctx.slot(officialTitle.pointer)}` +
      `<span class="ty-label">Official title:</span> ${textOf(ctx, officialTitle)}</p>`;

  html += sponsor.isEmpty
    ? `<p class="ty-sponsor-line"><span class="ty-label">Sponsor:</span> ${missing(ctx, sponsor)}</p>`
    : `<p class="ty-sponsor-line"${ctx.attr(sponsor.pointer)}>${ctx.slot(sponsor.pointer)}` +
      `<span class="ty-label">Sponsor:</span> ${textOf(ctx, sponsor)}</p>`;

  if (whyStopped.isPresent) {
    html += `<div class="ty-why-stopped"><span class="ty-label">Why stopped:</span> ${markupOf(ctx, whyStopped)}</div>`;
  }
  return `${html}</header>`;
}
