import { countProblems, RenderContext } from './context.js';
import { escapeHtml } from './escape.js';
import { renderPage } from './page.js';
import { isPlainObject } from '@trialyaml/core';
import { Field } from './read.js';
import { renderArmsInterventions } from './sections/arms-interventions.js';
import { renderConditions } from './sections/conditions.js';
import { renderContactsLocations } from './sections/contacts-locations.js';
import { deadlinesFor } from './deadlines.js';
import { DEADLINES_SECTION, renderDeadlines } from './sections/deadlines.js';
import { renderDescription } from './sections/description.js';
import { renderDesign } from './sections/design.js';
import { renderEligibility } from './sections/eligibility.js';
import { renderFacts } from './sections/facts.js';
import { renderHeader } from './sections/header.js';
import { renderIpdSharing } from './sections/ipd-sharing.js';
import { renderOutcomes } from './sections/outcomes.js';
import { renderRecordSummary } from './sections/record-summary.js';
import { renderReferences } from './sections/references.js';
import { errorMessage, renderError, type SectionSpec } from './sections/section.js';
import { renderSponsorOversight } from './sections/sponsor-oversight.js';
import type { Problem, RenderOptions } from './types.js';

/** The page's sections in order (ids are the fragment names used by the table of contents). */
export const SECTIONS: readonly SectionSpec[] = [
  { id: 'overview', title: 'Overview', render: renderFacts },
  { id: 'description', title: 'Description', render: renderDescription },
  { id: 'conditions', title: 'Conditions', render: renderConditions },
  { id: 'design', title: 'Design', render: renderDesign },
  { id: 'arms-interventions', title: 'Arms and interventions', render: renderArmsInterventions },
  { id: 'outcomes', title: 'Outcomes', render: renderOutcomes },
  { id: 'eligibility', title: 'Eligibility', render: renderEligibility },
  { id: 'contacts-locations', title: 'Contacts and locations', render: renderContactsLocations },
  { id: 'sponsor', title: 'Sponsor', render: renderSponsorOversight },
  { id: 'references', title: 'References', render: renderReferences },
  { id: 'ipd-sharing', title: 'IPD sharing', render: renderIpdSharing },
];

function toc(): string {
  const items = [...SECTIONS, DEADLINES_SECTION]
    .map((spec) => `<li><a href="#${spec.id}">${escapeHtml(spec.title)}</a></li>`)
    .join('');
  return `<nav class="ty-toc" aria-label="Sections"><ul>${items}</ul></nav>`;
}

/** "2 errors, 1 warning" and the problems about the trial as a whole (or about nothing rendered). */
function summary(ctx: RenderContext, problems: readonly Problem[]): string {
  if (problems.length === 0)
    return '<div class="ty-summary" role="status"><strong>Problems:</strong> none</div>';
  const counts = countProblems(problems);
  const parts = (['error', 'warning', 'info'] as const)
    .filter((severity) => counts[severity] > 0)
    .map((severity) => `${counts[severity]} ${severity}${counts[severity] === 1 ? '' : 's'}`);
  return `<div class="ty-summary" role="status"${ctx.attr('')}><strong>Problems:</strong> ${parts.join(', ')}${ctx.slot('')}</div>`;
}

function titleOf(trial: Field, options: RenderOptions): string {
  if (typeof options.title === 'string' && options.title !== '') return options.title;
  const identification = trial.at('identificationModule');
  const brief = identification.at('briefTitle').text()?.trim();
  const nctId = identification.at('nctId').text()?.trim();
  if (brief) return nctId ? `${brief} (${nctId})` : brief;
  return nctId || 'Trial preview';
}

function problemsOf(options: RenderOptions): readonly Problem[] {
  const problems = options.problems;
  if (!Array.isArray(problems)) return [];
  return (problems as unknown[]).filter(
    (problem): problem is Problem => isPlainObject(problem) && typeof problem.message === 'string',
  );
}

/**
 * Renders a trial (the `protocolSection` of a registry record; any value is accepted) as one
 * self-contained HTML page: inline CSS, no script, no external requests. Never throws.
 */
export function renderTrial(trial: unknown, options: RenderOptions = {}): string {
  const safeOptions: RenderOptions = isPlainObject(options) ? options : {};
  try {
    const problems = problemsOf(safeOptions);
    const ctx = new RenderContext(problems);
    const root = Field.root(trial);
    const parts: string[] = [];
    const guard = (render: () => string): void => {
      try {
        parts.push(render());
      } catch (error) {
        parts.push(renderError(error));
      }
    };
    guard(() => renderHeader(ctx, root));
    if (Array.isArray(safeOptions.problems)) {
      guard(() => summary(ctx, problems));
      guard(() => renderRecordSummary(trial, problems));
    }
    if (
      isPlainObject(trial) &&
      isPlainObject(trial.protocolSection) &&
      !Object.keys(trial).some((key) => key.endsWith('Module'))
    ) {
      parts.push(
        '<p class="ty-render-error" role="note">This looks like a whole registry study: a trial file is its ' +
          '<code>protocolSection</code>. Render <code>study.protocolSection</code> instead.</p>',
      );
    }
    if (trial !== undefined && trial !== null && !isPlainObject(trial)) {
      parts.push(
        `<p class="ty-render-error" role="note">This is not a trial: expected a mapping of modules, found ${escapeHtml(
          Array.isArray(trial) ? 'a list' : typeof trial,
        )}.</p>`,
      );
    }
    parts.push(toc());
    parts.push('<main class="ty-main"' + ctx.attr('') + '>');
    for (const spec of SECTIONS) guard(() => spec.render(ctx, root));
    guard(() => {
      const result = deadlinesFor(trial, safeOptions.deadlines, safeOptions.asOf);
      return result ? renderDeadlines(ctx, result) : '';
    });
    parts.push('</main>');
    parts.push(
      '<footer class="ty-footer">Preview rendered by TrialYAML from the trial file. ' +
        'It is not the registry’s page.</footer>',
    );
    const body = ctx.placeProblems(parts.join('\n'));
    return renderPage(safeOptions, titleOf(root, safeOptions), body);
  } catch (error) {
    // Last resort: something outside the guarded sections failed (e.g. hostile options).
    return renderPage(
      {},
      'Trial preview',
      `<p class="ty-render-error" role="note">The preview could not be rendered: ${escapeHtml(errorMessage(error))}</p>`,
    );
  }
}
