import type { TrialDeadlines } from '@trialyaml/core';

/** Colour scheme of the page: fixed light or dark, or `auto` to follow `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

/** How much a problem matters (the validator's severities). */
export type ProblemSeverity = 'error' | 'warning' | 'info';

/**
 * A finding to show inline, next to the rendered element whose `data-pointer` is the nearest ancestor
 * (or the same pointer) of `pointer`. The validator's `Finding` fits this shape as it is.
 */
export interface Problem {
  /** RFC 6901 JSON pointer into the trial; `null` or `''` for the whole trial. */
  pointer: string | null;
  severity: ProblemSeverity;
  message: string;
  ruleId: string;
  /**
   * For a finding about missing content, the pointers of what is missing (the validator's `Finding.missing`): the
   * record summary counts it in the section of the first.
   */
  missing?: readonly string[];
}

/** Options shared by the trial page and the index page: the document shell. */
export interface PageOptions {
  /** Colour scheme; default `auto`. */
  theme?: Theme;
  /**
   * The Content-Security-Policy put in a `<meta http-equiv>` at the top of `<head>`. Default:
   * `default-src 'none'; style-src 'unsafe-inline'; img-src data:` (or `style-src 'nonce-…'` when
   * `styleNonce` is given). The page never needs scripts, fonts, frames or network access.
   */
  csp?: string;
  /** Nonce put on the page's `<style>` element (for a CSP that allows styles by nonce). */
  styleNonce?: string;
  /**
   * Extra CSS appended inside the page's `<style>`, after the built-in rules: the place to map a host's
   * theme onto the `--ty-*` variables. Trusted input (a `</style` inside it is neutralised).
   */
  extraCss?: string;
  /** Extra markup inserted verbatim at the end of `<head>`. Trusted input: it is NOT escaped. */
  headHtml?: string;
  /** `lang` of the page; default `en`. */
  lang?: string;
}

/** Options of `renderTrial`. */
export interface RenderOptions extends PageOptions {
  /** Findings to show inline (see {@link Problem}); a summary is shown at the top. */
  problems?: readonly Problem[];
  /** Page `<title>`; default: the brief title (or the NCT id, or "Trial preview"). */
  title?: string;
  /** The day the registry deadlines panel counts from, yyyy-MM-dd; default today (UTC). */
  asOf?: string;
  /**
   * The deadlines to show, as computed by the caller (`computeDeadlines` of `@trialyaml/core`, e.g. with the
   * file's git history). Default: computed from the trial's own dates as of `asOf`.
   */
  deadlines?: TrialDeadlines;
}

/** One trial listed by `renderIndex`. */
export interface IndexEntry {
  /**
   * Link to the trial's page, used as given (a relative URL such as `NCT01234567.html`; encode file names
   * with `encodeURI` yourself). Links with a scheme other than http(s) are not rendered as links.
   */
  href: string;
  /** The trial data (`protocolSection`), read as defensively as by `renderTrial`. */
  trial: unknown;
  /** Shown when the trial has no brief title (e.g. the file name). */
  label?: string;
  /** When any entry has problems, the index gets a column with their counts by severity. */
  problems?: readonly Problem[];
  /** The trial's deadlines, as computed by the caller; default: computed from its dates as of the index's `asOf`. */
  deadlines?: TrialDeadlines;
}

/** What the index can be sorted by: a deadline kind's column (overdue first, then by due day). */
export type IndexSortKey = 'registration' | 'results' | 'verification' | 'status-update';

/** Options of `renderIndex`. */
export interface IndexOptions extends PageOptions {
  /** Page title and heading; default "Trials". */
  title?: string;
  /** The day the deadline columns count from, yyyy-MM-dd; default today (UTC). */
  asOf?: string;
  /** Sort the rows by a deadline column; default: in the order given. */
  sortBy?: IndexSortKey;
  /**
   * The page sorted by a column (undefined: in the given order), for links in the column headings. The page has
   * no scripts: each sort order is a page of its own (`trialyaml preview` writes `index-by-<kind>.html`).
   * Without it, the headings are not links.
   */
  sortHref?: (sortBy: IndexSortKey | undefined) => string;
}
