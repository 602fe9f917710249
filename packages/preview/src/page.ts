import { escapeHtml } from './escape.js';
import { neutraliseCss, STYLES } from './styles.js';
import type { PageOptions, Theme } from './types.js';

/** The policy of a page that needs nothing but its own inline styles (and, at most, data: images). */
export const DEFAULT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function themeOf(theme: unknown): Theme {
  return theme === 'light' || theme === 'dark' ? theme : 'auto';
}

/** The CSP in force: the given one, or the default (allowing styles by nonce when one is given). */
export function cspOf(options: PageOptions): string {
  if (typeof options.csp === 'string') return options.csp;
  if (typeof options.styleNonce === 'string' && options.styleNonce !== '') {
    return `default-src 'none'; style-src 'nonce-${options.styleNonce}'; img-src data:`;
  }
  return DEFAULT_CSP;
}

/** A complete HTML document around `body`, with the CSP first and the one stylesheet. */
export function renderPage(options: PageOptions, title: string, body: string): string {
  const theme = themeOf(options.theme);
  const lang = typeof options.lang === 'string' && options.lang !== '' ? options.lang : 'en';
  const nonce =
    typeof options.styleNonce === 'string' && options.styleNonce !== ''
      ? ` nonce="${escapeHtml(options.styleNonce)}"`
      : '';
  const colorScheme = theme === 'auto' ? 'light dark' : theme;
  const extraCss = typeof options.extraCss === 'string' ? neutraliseCss(options.extraCss) : '';
  const headHtml =
    typeof options.headHtml === 'string' && options.headHtml !== '' ? `${options.headHtml}\n` : '';
  return (
    '<!doctype html>\n' +
    `<html lang="${escapeHtml(lang)}" data-theme="${theme}">\n<head>\n` +
    '<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(cspOf(options))}">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<meta name="referrer" content="no-referrer">\n' +
    `<meta name="color-scheme" content="${colorScheme}">\n` +
    '<meta name="generator" content="TrialYAML preview">\n' +
    `<title>${escapeHtml(title)}</title>\n` +
    `<style${nonce}>${STYLES}${extraCss ? `\n${extraCss}` : ''}</style>\n` +
    headHtml +
    '</head>\n' +
    `<body>\n<div class="ty-page">\n${body}\n</div>\n</body>\n</html>\n`
  );
}
