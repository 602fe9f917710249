/** URL rules: which links the page may contain. Links never load anything by themselves. */

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** Removes what browsers ignore around and inside a URL before they read its scheme. */
function clean(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/**
 * The URL if it is an absolute http, https or mailto URL (the only links allowed from trial data);
 * otherwise undefined. With `allowRelative`, scheme-less URLs (relative paths, `#fragments`) pass too.
 */
export function safeUrl(url: string, options: { allowRelative?: boolean } = {}): string | undefined {
  const cleaned = clean(url);
  if (cleaned === '') return undefined;
  const scheme = SCHEME.exec(cleaned);
  if (scheme) return SAFE_SCHEMES.has((scheme[1] ?? '').toLowerCase()) ? cleaned : undefined;
  return options.allowRelative ? cleaned : undefined;
}

const NCT_ID = /^NCT\d{8}$/;
const PMID = /^\d{1,9}$/;
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** The registry's public page of a registered study, if `nctId` is a well-formed NCT number. */
export function nctUrl(nctId: string): string | undefined {
  return NCT_ID.test(nctId) ? `https://clinicaltrials.gov/study/${nctId}` : undefined;
}

/** The PubMed page of an article, if `pmid` is a PubMed identifier. */
export function pubmedUrl(pmid: string): string | undefined {
  const trimmed = pmid.trim();
  return PMID.test(trimmed) ? `https://pubmed.ncbi.nlm.nih.gov/${trimmed}/` : undefined;
}

/** A mailto link for something that looks like one e-mail address. */
export function mailtoUrl(email: string): string | undefined {
  const trimmed = email.trim();
  return EMAIL.test(trimmed) ? `mailto:${encodeURI(trimmed)}` : undefined;
}
