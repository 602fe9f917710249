import type { TrialDeadlines } from '@trialyaml/core';
import { countProblems } from './context.js';
import { dateHtml } from './dates.js';
import {
  DEADLINE_KINDS,
  KIND_TITLES,
  STATE_BADGES,
  applicabilityText,
  deadlineWords,
  deadlinesFor,
  mostPressing,
} from './deadlines.js';
import { escapeHtml } from './escape.js';
import { enumText } from './html.js';
import { safeUrl } from './links.js';
import { renderPage } from './page.js';
import { isPlainObject } from '@trialyaml/core';
import { Field } from './read.js';
import { errorMessage } from './sections/section.js';
import { statusTone } from './status.js';
import type { IndexEntry, IndexOptions, IndexSortKey } from './types.js';

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

function applicabilityCell(result: TrialDeadlines | undefined): string {
  if (!result) return '<span class="ty-muted">—</span>';
  return `<span title="${escapeHtml(result.reasons.join(' '))}">${escapeHtml(applicabilityText(result))}</span>`;
}

/** The most pressing deadline of a kind: its due day and state, the basis as a tooltip. */
function deadlineCell(result: TrialDeadlines | undefined, kind: IndexSortKey): string {
  const deadline = result ? mostPressing(result, kind) : undefined;
  if (!deadline) return '<span class="ty-muted">—</span>';
  const badge = STATE_BADGES[deadline.state] ?? STATE_BADGES.unknown;
  return (
    `<span class="ty-deadline" title="${escapeHtml(`${deadlineWords(deadline)}. ${deadline.basis}`)}">` +
    `${deadline.due ? escapeHtml(deadline.due) : 'Unknown'}</span><br>` +
    `<span class="ty-badge ty-badge-small ty-status-${badge.tone}">${escapeHtml(badge.text)}</span>`
  );
}

/** Where a row goes when sorted by a deadline column: overdue first, then by due day; none last. */
function sortKey(result: TrialDeadlines | undefined, kind: IndexSortKey): [number, string] {
  const deadline = result ? mostPressing(result, kind) : undefined;
  if (!deadline) return [3, ''];
  if (deadline.state === 'overdue') return [0, deadline.due ?? ''];
  return deadline.due ? [1, deadline.due] : [2, ''];
}

interface IndexRow {
  entry: IndexEntry;
  deadlines: TrialDeadlines | undefined;
}

const BASE_COLUMNS = 5 + 1 + DEADLINE_KINDS.length;

function row({ entry: safe, deadlines }: IndexRow, withProblems: boolean): string {
  try {
    const trial = Field.root(safe.trial);
    const cells = [
      ['Trial', titleCell(safe, trial)],
      ['Status', statusCell(trial)],
      ['Phase and type', phasesCell(trial)],
      ['Dates', datesCell(trial)],
      ['Sponsor', sponsorCell(trial)],
      ['FDAAA', applicabilityCell(deadlines)],
      ...DEADLINE_KINDS.map((kind) => [KIND_TITLES[kind], deadlineCell(deadlines, kind)]),
    ];
    if (withProblems) cells.push(['Problems', problemsCell(safe)]);
    return `<tr>${cells.map(([label, html]) => `<td data-label="${label}">${html}</td>`).join('')}</tr>`;
  } catch (error) {
    return `<tr><td colspan="${withProblems ? BASE_COLUMNS + 1 : BASE_COLUMNS}" class="ty-render-error">This entry could not be rendered: ${escapeHtml(
      errorMessage(error),
    )}</td></tr>`;
  }
}

/** The entries as rows with their deadlines, in the order asked for. */
function rowsOf(list: readonly unknown[], options: IndexOptions): IndexRow[] {
  const rows = list.map((entry): IndexRow => {
    const safe: IndexEntry = isPlainObject(entry)
      ? (entry as unknown as IndexEntry)
      : { href: '', trial: undefined };
    let deadlines: TrialDeadlines | undefined;
    try {
      deadlines = isPlainObject(safe.trial)
        ? deadlinesFor(safe.trial, safe.deadlines, options.asOf)
        : undefined;
    } catch {
      deadlines = undefined;
    }
    return { entry: safe, deadlines };
  });
  const by = options.sortBy;
  if (!by || !DEADLINE_KINDS.includes(by)) return rows;
  const keys = new Map(rows.map((each) => [each, sortKey(each.deadlines, by)] as const));
  // Array.prototype.sort is stable: rows with the same key keep the order given.
  return rows.sort((a, b) => {
    const [rankA, dueA] = keys.get(a) ?? [3, ''];
    const [rankB, dueB] = keys.get(b) ?? [3, ''];
    return rankA - rankB || dueA.localeCompare(dueB);
  });
}

/** A column heading; a link to the page sorted by it when the caller says where that page is. */
function sortableHeading(title: string, key: IndexSortKey | undefined, options: IndexOptions): string {
  const active = options.sortBy === key || (key === undefined && !options.sortBy);
  const sort = key !== undefined && active ? ' aria-sort="ascending"' : '';
  let href: string | undefined;
  try {
    href = typeof options.sortHref === 'function' ? options.sortHref(key) : undefined;
  } catch {
    href = undefined;
  }
  const safe = typeof href === 'string' ? safeUrl(href, { allowRelative: true }) : undefined;
  const label = `${escapeHtml(title)}${key !== undefined && active ? ' ▲' : ''}`;
  const inner = safe && !active ? `<a class="ty-sort-link" href="${escapeHtml(safe)}">${label}</a>` : label;
  return `<th scope="col"${sort}>${inner}</th>`;
}

/**
 * Renders the catalogue page listing several trials (title, status, phases, dates, sponsor, whether the trial is
 * a probable ACT and a column per registry deadline; problem counts when given), each linking to its own page.
 * Sorted by a deadline column with `sortBy`. Same shell and safety rules as `renderTrial`.
 */
export function renderIndex(entries: readonly IndexEntry[], options: IndexOptions = {}): string {
  const safeOptions: IndexOptions = isPlainObject(options) ? options : {};
  const list: readonly unknown[] = Array.isArray(entries) ? entries : [];
  const title =
    typeof safeOptions.title === 'string' && safeOptions.title !== '' ? safeOptions.title : 'Trials';
  const withProblems = list.some((entry) => isPlainObject(entry) && Array.isArray(entry.problems));
  const head =
    `<tr>${sortableHeading('Trial', undefined, safeOptions)}<th scope="col">Status</th><th scope="col">Phase and type</th>` +
    '<th scope="col">Dates</th><th scope="col">Sponsor</th><th scope="col">FDAAA</th>' +
    DEADLINE_KINDS.map((kind) => sortableHeading(KIND_TITLES[kind], kind, safeOptions)).join('') +
    `${withProblems ? '<th scope="col">Problems</th>' : ''}</tr>`;
  const body =
    `<header class="ty-header"><h1 class="ty-title">${escapeHtml(title)}</h1>` +
    `<p class="ty-muted">${list.length} trial${list.length === 1 ? '' : 's'}</p></header>\n` +
    '<main class="ty-main"><section class="ty-section" id="trials">' +
    (list.length === 0
      ? '<p class="ty-muted">No trials.</p>'
      : `<table class="ty-table ty-stack ty-index-table"><thead>${head}</thead><tbody>\n` +
        rowsOf(list, safeOptions)
          .map((each) => row(each, withProblems))
          .join('\n') +
        '\n</tbody></table>') +
    '</section></main>\n<footer class="ty-footer">Rendered by TrialYAML.</footer>';
  return renderPage(safeOptions, title, body);
}
