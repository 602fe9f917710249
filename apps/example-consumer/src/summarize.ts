import {
  enumLabel,
  loadTrial,
  validateTrialSchema,
  type Phase,
  type Status,
  type Trial,
} from '@trialyaml/core';

/** One line of the summary table. */
export interface TrialSummary {
  id: string;
  title: string;
  status: string;
  phases: string;
  enrollment: string;
  problems: number;
}

function phaseText(phases: readonly Phase[] | undefined): string {
  return phases?.length ? phases.map((phase) => enumLabel('Phase', phase) ?? phase).join('/') : '—';
}

function statusText(status: Status | undefined, lastKnown: Status | undefined): string {
  const label = status ? (enumLabel('Status', status) ?? status) : '—';
  return status === 'UNKNOWN' && lastKnown
    ? `${label} (last known: ${enumLabel('Status', lastKnown) ?? lastKnown})`
    : label;
}

/**
 * Summarizes one trial file. The `Trial` type (generated from the format's schema) gives every field with its
 * registry meaning; `loadTrial` never throws, so broken files become a line with a problem count.
 */
export function summarize(fileName: string, text: string): TrialSummary {
  const loaded = loadTrial(text, { filename: fileName });
  const trial = (loaded.ok ? loaded.data : {}) as Trial;
  const findings = loaded.ok ? validateTrialSchema(loaded.data).length : 0;
  const enrollment = trial.designModule?.enrollmentInfo;
  return {
    id: trial.identificationModule?.nctId ?? trial.identificationModule?.orgStudyIdInfo?.id ?? fileName,
    title: trial.identificationModule?.briefTitle ?? '(no title)',
    status: statusText(trial.statusModule?.overallStatus, trial.statusModule?.lastKnownStatus),
    phases: phaseText(trial.designModule?.phases),
    enrollment:
      enrollment?.count === undefined
        ? '—'
        : `${enrollment.count}${enrollment.type === 'ESTIMATED' ? ' (estimated)' : ''}`,
    problems: loaded.problems.length + findings,
  };
}
