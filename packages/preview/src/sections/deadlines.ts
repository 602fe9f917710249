import type { TrialDeadlines } from '@trialyaml/core';
import type { RenderContext } from '../context.js';
import { KIND_TITLES, STATE_BADGES, applicabilityText } from '../deadlines.js';
import { escapeHtml } from '../escape.js';

/** The page's deadlines panel: its place in the table of contents. */
export const DEADLINES_SECTION = { id: 'deadlines', title: 'Registry deadlines' } as const;

/**
 * The deadlines panel: whether the trial is a probable applicable clinical trial under FDAAA 801 (with the
 * reasons, folded), and each deadline with its due day, state and basis. Rows point at the field they count from.
 */
export function renderDeadlines(ctx: RenderContext, result: TrialDeadlines): string {
  const covered = result.applicability === 'ACT' || result.applicability === 'pACT';
  const reasons = result.reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join('');
  const rows = result.deadlines.map((deadline) => {
    const badge = STATE_BADGES[deadline.state] ?? STATE_BADGES.unknown;
    const late =
      deadline.metOn && deadline.due && deadline.metOn > deadline.due ? ` (late: ${deadline.metOn})` : '';
    return (
      `<tr${ctx.attr(deadline.pointer)}><td data-label="Deadline">${escapeHtml(KIND_TITLES[deadline.kind] ?? deadline.kind)}</td>` +
      `<td data-label="Due">${deadline.due ? escapeHtml(deadline.due) : '<span class="ty-muted">Unknown</span>'}</td>` +
      `<td data-label="State"><span class="ty-badge ty-badge-small ty-status-${badge.tone}">${escapeHtml(badge.text)}</span>${escapeHtml(late)}</td>` +
      `<td data-label="Basis">${escapeHtml(deadline.basis)}</td></tr>`
    );
  });
  const table = rows.length
    ? '<table class="ty-table ty-stack ty-deadlines"><thead><tr><th scope="col">Deadline</th><th scope="col">Due</th>' +
      `<th scope="col">State</th><th scope="col">Basis</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : '<p class="ty-muted">No registry deadlines apply.</p>';
  return (
    `<section id="${DEADLINES_SECTION.id}" class="ty-section ty-deadlines-panel"><h2>${DEADLINES_SECTION.title}</h2>` +
    `<details class="ty-applicability"><summary><span class="ty-badge ty-status-${covered ? 'active' : 'unknown'}">${escapeHtml(applicabilityText(result))}</span> ` +
    'under FDAAA 801: why</summary>' +
    `<ul>${reasons}</ul></details>${table}` +
    `<p class="ty-muted">As of ${escapeHtml(result.asOf)}. A probable-ACT reading of registry fields (FDAAA 801, ` +
    '42 CFR Part 11), not legal advice.</p></section>'
  );
}
