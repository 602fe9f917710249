import { countProblems } from './context.js';
import { dateHtml } from './dates.js';
import { escapeHtml } from './escape.js';
import { enumText } from './html.js';
import { safeUrl } from './links.js';
import { renderPage } from './page.js';
import { isPlainObject } from '@trialyaml/core';
import { Field } from './read.js';
import { errorMessage } from './sections/section.js';
import { statusTone } from './status.js';
import type { IndexEntry, IndexOptions } from './types.js';

function titleCell(entry: IndexEntry, trial: Field): string {
  const identification = trial.at('identificationModule');
  const brief = identification.at('briefTitle').text()?.trim();
  const acronym = identification.at('acronym').text()?.trim();
  const nctId = identification.at('nctId').text()?.trim();
  const label = typeof entry.label === 'string' && entry.label !== '' ? entry.label : undefined;
  const text = brief || label || 'Untitled trial';
  const href = typeof entry.href === 'string' ? safeUrl(entry.href, { allowRelative: true }) : undefined;
  let html = href
    ? `<a class="ty-index-title" href="${escapeHtml(href)}">${escapeHtml(text)}</a>`
    : `<span class="ty-index-title">${escapeHtml(text)}</span>`;
  if (!brief) html += ' <span class="ty-missing">Brief title not provided</span>';
  if (acronym) html += ` <span class="ty-acronym">(${escapeHtml(acronym)})</span>`;
  html += '<br>';
  html += nctId
    ? `<span class="ty-nct-id">${escapeHtml(nctId)}</span>`
    : '<span class="ty-unregistered">Not yet registered</span>';
  return html;
}

function statusCell(trial: Field): string {
  const status = trial.path('statusModule', 'overallStatus');
  const code = status.string();
  if (code === undefined) return '<span class="ty-missing">Not provided</span>';
  let text = enumText(status, 'Status') ?? code;
  const lastKnown =
    code === 'UNKNOWN' ? enumText(trial.path('statusModule', 'lastKnownStatus'), 'Status') : undefined;
  if (lastKnown) text += ` (last known: ${lastKnown})`;
  return `<span class="ty-badge ty-status-${statusTone(code)}">${escapeHtml(text)}</span>`;
}

function phasesCell(trial: Field): string {
  const design = trial.at('designModule');
  const phases = design
    .at('phases')
    .items()
    .map((phase) => enumText(phase, 'Phase'))
    .filter((text): text is string => text !== undefined);
  const type = enumText(design.at('studyType'), 'StudyType');
  const parts: string[] = [];
  if (phases.length > 0) parts.push(escapeHtml(phases.join(', ')));
  if (type) parts.push(`<span class="ty-muted">${escapeHtml(type)}</span>`);
  return parts.join('<br>');
}

function datesCell(trial: Field): string {
  const status = trial.at('statusModule');
  const rows = (
    [
      ['Start', 'startDateStruct'],
      ['Primary completion', 'primaryCompletionDateStruct'],
      ['Completion', 'completionDateStruct'],
    ] as const
  )
    .map(([label, key]) => {
      const text = dateHtml(status.at(key));
      return text ? `<span class="ty-muted">${label}:</span> ${text}` : '';
    })
    .filter((row) => row !== '');
  return rows.join('<br>');
}

function sponsorCell(trial: Field): string {
  const name = trial.path('sponsorCollaboratorsModule', 'leadSponsor', 'name').text()?.trim();
  return name ? escapeHtml(name) : '<span class="ty-missing">Not provided</span>';
}

function problemsCell(entry: IndexEntry): string {
  const problems = Array.isArray(entry.problems) ? entry.problems : [];
  const counts = countProblems(problems);
  if (problems.length === 0) return '<span class="ty-muted">None</span>';
  return (['error', 'warning', 'info'] as const)
    .filter((severity) => counts[severity] > 0)
    .map(
      (severity) =>
        `<span class="ty-problem-${severity}"><span class="ty-problem-severity">${counts[severity]} ${severity}${
          counts[severity] === 1 ? '' : 's'
        }</span></span>`,
    )
    .join('<br>');
}

function row(entry: unknown, withProblems: boolean): string {
  try {
    const safe: IndexEntry = isPlainObject(entry)
      ? (entry as unknown as IndexEntry)
      : { href: '', trial: undefined };
    const trial = Field.root(safe.trial);
    const cells = [
      ['Trial', titleCell(safe, trial)],
      ['Status', statusCell(trial)],
      ['Phase and type', phasesCell(trial)],
      ['Dates', datesCell(trial)],
      ['Sponsor', sponsorCell(trial)],
    ];
    if (withProblems) cells.push(['Problems', problemsCell(safe)]);
    return `<tr>${cells.map(([label, html]) => `<td data-label="${label}">${html}</td>`).join('')}</tr>`;
  } catch (error) {
    return `<tr><td colspan="${withProblems ? 6 : 5}" class="ty-render-error">This entry could not be rendered: ${escapeHtml(
      errorMessage(error),
    )}</td></tr>`;
  }
}

/**
 * Renders the catalogue page listing several trials (title, status, phases, dates, sponsor; problem
 * counts when given), each linking to its own page. Same shell and safety rules as `renderTrial`.
 */
export function renderIndex(entries: readonly IndexEntry[], options: IndexOptions = {}): string {
  const safeOptions: IndexOptions = isPlainObject(options) ? options : {};
  const list: readonly unknown[] = Array.isArray(entries) ? entries : [];
  const title =
    typeof safeOptions.title === 'string' && safeOptions.title !== '' ? safeOptions.title : 'Trials';
  const withProblems = list.some((entry) => isPlainObject(entry) && Array.isArray(entry.problems));
  const head =
    '<tr><th scope="col">Trial</th><th scope="col">Status</th><th scope="col">Phase and type</th>' +
    `<th scope="col">Dates</th><th scope="col">Sponsor</th>${withProblems ? '<th scope="col">Problems</th>' : ''}</tr>`;
  const body =
    `<header class="ty-header"><h1 class="ty-title">${escapeHtml(title)}</h1>` +
    `<p class="ty-muted">${list.length} trial${list.length === 1 ? '' : 's'}</p></header>\n` +
    '<main class="ty-main"><section class="ty-section" id="trials">' +
    (list.length === 0
      ? '<p class="ty-muted">No trials.</p>'
      : `<table class="ty-table ty-stack ty-index-table"><thead>${head}</thead><tbody>\n` +
        list.map((entry) => row(entry, withProblems)).join('\n') +
        '\n</tbody></table>') +
    '</section></main>\n<footer class="ty-footer">Rendered by TrialYAML.</footer>';
  return renderPage(safeOptions, title, body);
}
