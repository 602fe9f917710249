import { relative } from 'node:path';
import {
  allRules,
  applyFixes,
  lintTrial,
  resolveSettings,
  type FileReport,
  type LintOptions,
  type LoadedConfig,
} from '@trialyaml/validator';
import { sourceExcerpt, type SourceExcerpt } from '@trialyaml/validator/formatters';
import { readTrialFile, type FileHead } from './read-trial-file.js';
import { FileWriteError, reasonOf, writeUserFile } from './write-user-file.js';

/** What linting one file needs; plain data, so it can cross to a worker thread. */
export interface LintFileTask {
  file: string;
  /** The config that applies to the file (found by the main thread), if any. */
  config: LoadedConfig | undefined;
  cwd: string;
  asOf: string | undefined;
  fix: boolean;
  quiet: boolean;
  /** Whether the output format prints code frames (only then are the lines they show sent back). */
  wantsCodeFrames: boolean;
}

/** What linting a file gives the command (sent back by worker threads): its report, and what to print with it. */
export interface LintedFile {
  report: FileReport;
  /** The source lines the code frames of the findings show, when asked for and there are findings. */
  excerpt: SourceExcerpt | undefined;
  fixed: boolean;
  /**
   * Why the file could not be read, or its fixes not written ("cannot write a.trial.yaml: permission denied"):
   * the run goes on with the other files and ends with exit code 2.
   */
  fileError?: string;
  /** Set when the file could not be read at all: its (empty) report is left out of the output. */
  unread?: true;
  /** Why the file's fixes were worked out but not written (the fixed text failed the safety check). */
  fixNotApplied?: string;
}

function onlyErrors(report: FileReport): FileReport {
  return {
    ...report,
    findings: report.findings.filter((finding) => finding.severity === 'error'),
    warningCount: 0,
    infoCount: 0,
  };
}

/**
 * Lints (and with `fix`, fixes and rewrites atomically, see write-user-file.ts) one trial file. A file that cannot
 * be read, or whose fixes cannot be written, is reported in `fileError`, not thrown: the run goes on.
 */
export async function lintFile(task: LintFileTask): Promise<LintedFile> {
  // The path matters only for a config's overrides: without a config it is not worked out (once per file).
  const settings = resolveSettings(
    allRules,
    task.config,
    task.config ? relative(task.config.directory, task.file) : '',
  );
  const options: LintOptions = {
    filePath: task.file,
    rules: allRules,
    settings,
    ...(task.asOf ? { asOf: task.asOf } : {}),
  };
  const shown = relative(task.cwd, task.file) || task.file;
  let head: FileHead;
  try {
    head = readTrialFile(task.file);
  } catch (error) {
    return {
      report: { filePath: task.file, errorCount: 0, warningCount: 0, infoCount: 0, findings: [] },
      excerpt: undefined,
      fixed: false,
      fileError: `cannot read ${shown}: ${reasonOf(error)}`,
      unread: true,
    };
  }
  let linted = lintTrial(head.bytes, { ...options, totalBytes: head.totalBytes });
  let fixed = false;
  let fixNotApplied: string | undefined;
  let fileError: string | undefined;
  const complete = head.bytes.byteLength === head.totalBytes;
  if (task.fix && complete && linted.trial.ok && linted.report.findings.some((finding) => finding.fix)) {
    const original = (linted.trial.hadBom ? '\uFEFF' : '') + linted.trial.text;
    const result = applyFixes(original, options);
    if (result.notApplied) fixNotApplied = result.notApplied.reason;
    else if (result.fixed > 0 && result.text !== original) {
      try {
        // A pipe or device (/dev/stdin) was read, but there is no file to write the fixes to.
        if (!head.regular) throw new FileWriteError(shown, 'not a regular file');
        await writeUserFile(task.file, result.text, shown);
        fixed = true;
        linted = lintTrial(result.text, options);
      } catch (error) {
        // The file is as it was: its findings are reported unfixed, the error after them.
        if (!(error instanceof FileWriteError)) throw error;
        fileError = error.message;
      }
    }
  }
  const report = task.quiet ? onlyErrors(linted.report) : linted.report;
  return {
    report,
    excerpt:
      task.wantsCodeFrames && report.findings.length
        ? sourceExcerpt(linted.trial.text, report.findings)
        : undefined,
    fixed,
    ...(fileError ? { fileError } : {}),
    ...(fixNotApplied ? { fixNotApplied } : {}),
  };
}
