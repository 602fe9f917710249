import { isPlainObject } from '../object.js';
import { decodePointer } from '../pointer.js';
import { FORM_SECTIONS, type FormSection } from './field-labels.js';

/** A finding as the summary counts it: where (JSON pointer, `null`/`''` for the whole record) and how bad. */
export interface SummaryProblem {
  pointer: string | null;
  severity: 'error' | 'warning' | 'info';
  /**
   * For a finding about missing content, the pointers of what is missing: the finding counts in the section of the
   * first (a missing module's field is reported on the file's root, but belongs to that module's section).
   */
  missing?: readonly string[] | undefined;
}

/** One form section of a record, the way the registry's record summary lists it. */
export interface SectionSummary extends FormSection {
  /** Short column heading for tables (`Status`, `Arms`). */
  short: string;
  /** Whether the file has anything in the section: `not-started` when the module is missing or empty. */
  started: boolean;
  errors: number;
  warnings: number;
  infos: number;
  /**
   * Where to look first: the pointer of the section's first error (else warning, else info) in the order given,
   * else the module's own pointer.
   */
  pointer: string;
}

/** What the summary says about a section, in a word: `complete`, `problems` (errors or warnings), `not-started`. */
export type SectionState = 'complete' | 'problems' | 'not-started';

/** Short headings of the form sections, for a table with one column per section. */
const SHORT_LABELS: Readonly<Record<string, string>> = {
  identificationModule: 'Ident',
  statusModule: 'Status',
  sponsorCollaboratorsModule: 'Sponsor',
  oversightModule: 'Oversight',
  descriptionModule: 'Descr',
  conditionsModule: 'Cond',
  designModule: 'Design',
  armsInterventionsModule: 'Arms',
  outcomesModule: 'Outcomes',
  eligibilityModule: 'Elig',
  contactsLocationsModule: 'Contacts',
  referencesModule: 'Refs',
  ipdSharingStatementModule: 'IPD',
};

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** The modules of a trial that hold something (a missing or empty module is a section not started). */
export function startedSections(trial: unknown): string[] {
  if (!isPlainObject(trial)) return [];
  return FORM_SECTIONS.map((section) => section.module).filter((module) => hasContent(trial[module]));
}

/**
 * The record summary of a trial: every form section in the registry's order, whether it is started (`started`:
 * the trial, or the list `startedSections` gives), and the findings in it by severity (a finding belongs to the
 * section of its pointer's first step, also when that module is missing). Findings about the whole record, or
 * outside every section, are counted in `record`.
 */
export function summarizeSections(
  started: unknown,
  problems: readonly SummaryProblem[],
): { sections: SectionSummary[]; record: { errors: number; warnings: number; infos: number } } {
  const startedModules = new Set(Array.isArray(started) ? started.map(String) : startedSections(started));
  const sections = FORM_SECTIONS.map((section): SectionSummary => ({
    ...section,
    short: SHORT_LABELS[section.module] ?? section.module,
    started: startedModules.has(section.module),
    errors: 0,
    warnings: 0,
    infos: 0,
    pointer: `/${section.module}`,
  }));
  const byModule = new Map(sections.map((section) => [section.module, section]));
  const firstRank = new Map<SectionSummary, number>();
  const record = { errors: 0, warnings: 0, infos: 0 };
  for (const problem of problems) {
    // Problems may come from anywhere (a preview's options): only a JSON pointer names a section.
    const [missing] = Array.isArray(problem.missing) ? problem.missing : [];
    const where = typeof missing === 'string' ? missing : problem.pointer;
    const pointer = typeof where === 'string' && where.startsWith('/') ? where : '';
    const module = pointer ? decodePointer(pointer)[0] : undefined;
    const section = module === undefined ? undefined : byModule.get(String(module));
    const counts = section ?? record;
    if (problem.severity === 'error') counts.errors++;
    else if (problem.severity === 'warning') counts.warnings++;
    else counts.infos++;
    const rank = RANK[problem.severity] ?? RANK.info;
    if (section && rank < (firstRank.get(section) ?? 3)) {
      firstRank.set(section, rank);
      section.pointer = pointer;
    }
  }
  return { sections, record };
}

/** `complete` when started with no errors or warnings, `problems` when it has any, else `not-started`. */
export function sectionState(section: SectionSummary): SectionState {
  if (section.errors > 0 || section.warnings > 0) return 'problems';
  return section.started ? 'complete' : 'not-started';
}

/** "Complete", "Not started", "2 errors, 1 warning", "Not started · 1 error". */
export function describeSection(section: SectionSummary): string {
  const counts = [plural(section.errors, 'error'), plural(section.warnings, 'warning')].filter(
    (part) => part !== '',
  );
  if (!section.started) return counts.length ? `Not started · ${counts.join(', ')}` : 'Not started';
  return counts.length ? counts.join(', ') : 'Complete';
}

function plural(count: number, noun: string): string {
  return count === 0 ? '' : `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function hasContent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (isPlainObject(value)) return Object.keys(value).length > 0;
  return true;
}
