/**
 * The page's only stylesheet. Every colour is a `--ty-*` custom property; the light and dark palettes
 * are set with zero specificity (`:where`), so a host can override any variable with a plain `:root { }`
 * rule in `extraCss` (e.g. a VS Code webview mapping `--vscode-editor-background` onto `--ty-bg`).
 */

const LIGHT = {
  '--ty-bg': '#ffffff',
  '--ty-fg': '#1b1f24',
  '--ty-muted': '#59636e',
  '--ty-heading': '#0c2d57',
  '--ty-accent': '#0a58b8',
  '--ty-border': '#d1d9e0',
  '--ty-surface': '#f6f8fa',
  '--ty-header-bg': '#eaf2fb',
  '--ty-code-bg': '#eff1f3',
  '--ty-open-bg': '#dcf3e3',
  '--ty-open-fg': '#0f5a27',
  '--ty-pending-bg': '#fff1cc',
  '--ty-pending-fg': '#6e4600',
  '--ty-active-bg': '#dbe9fb',
  '--ty-active-fg': '#0b4585',
  '--ty-closed-bg': '#e6e9ed',
  '--ty-closed-fg': '#383f47',
  '--ty-stopped-bg': '#fde0de',
  '--ty-stopped-fg': '#8f1a12',
  '--ty-unknown-bg': '#ececec',
  '--ty-unknown-fg': '#3f3f3f',
  '--ty-missing-bg': '#fff3c4',
  '--ty-missing-fg': '#5f4100',
  '--ty-missing-border': '#d9a800',
  '--ty-invalid-bg': '#fde0de',
  '--ty-invalid-fg': '#8f1a12',
  '--ty-error': '#c4231b',
  '--ty-warning': '#a35f00',
  '--ty-info': '#1461b8',
  '--ty-problem-bg': '#fff8f0',
  '--ty-inclusion': '#1a7f37',
  '--ty-exclusion': '#b42318',
} as const;

type Palette = Record<keyof typeof LIGHT, string>;

const DARK: Palette = {
  '--ty-bg': '#0f1419',
  '--ty-fg': '#e3e8ee',
  '--ty-muted': '#9aa6b2',
  '--ty-heading': '#b9d6ff',
  '--ty-accent': '#6cb4ff',
  '--ty-border': '#34404c',
  '--ty-surface': '#161d25',
  '--ty-header-bg': '#15263a',
  '--ty-code-bg': '#1f2933',
  '--ty-open-bg': '#123d24',
  '--ty-open-fg': '#8be0a8',
  '--ty-pending-bg': '#453505',
  '--ty-pending-fg': '#ffd779',
  '--ty-active-bg': '#123457',
  '--ty-active-fg': '#a9cfff',
  '--ty-closed-bg': '#2b3239',
  '--ty-closed-fg': '#cfd6dd',
  '--ty-stopped-bg': '#4a1714',
  '--ty-stopped-fg': '#ffb3ad',
  '--ty-unknown-bg': '#2e2e2e',
  '--ty-unknown-fg': '#d6d6d6',
  '--ty-missing-bg': '#4a3a06',
  '--ty-missing-fg': '#ffe08a',
  '--ty-missing-border': '#b38a00',
  '--ty-invalid-bg': '#4a1714',
  '--ty-invalid-fg': '#ffb3ad',
  '--ty-error': '#ff7b72',
  '--ty-warning': '#e3a33b',
  '--ty-info': '#79b8ff',
  '--ty-problem-bg': '#221a12',
  '--ty-inclusion': '#56d364',
  '--ty-exclusion': '#ff7b72',
};

/** Names of the colour variables a host may set (all `--ty-*`), plus `--ty-font` and `--ty-mono`. */
export const THEME_VARIABLES: readonly string[] = [...Object.keys(LIGHT), '--ty-font', '--ty-mono'];

function declarations(palette: Palette): string {
  return Object.entries(palette)
    .map(([name, value]) => `${name}:${value};`)
    .join('');
}

const FONTS =
  "--ty-font:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;" +
  '--ty-mono:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;';

const THEMES = `
:where(:root){${FONTS}${declarations(LIGHT)}color-scheme:light}
:where(:root[data-theme="dark"]){${declarations(DARK)}color-scheme:dark}
@media (prefers-color-scheme:dark){:where(:root[data-theme="auto"]){${declarations(DARK)}color-scheme:dark}}
`;

const LAYOUT = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--ty-bg);color:var(--ty-fg);font-family:var(--ty-font);font-size:16px;line-height:1.5;overflow-wrap:anywhere}
.ty-page{max-width:1120px;margin:0 auto;padding:16px}
a{color:var(--ty-accent)}
h1,h2,h3,h4,h5,h6{color:var(--ty-heading);line-height:1.25;margin:1.2em 0 .5em}
h1{font-size:1.6rem;margin-top:.4em}
h2{font-size:1.3rem;border-bottom:1px solid var(--ty-border);padding-bottom:.3em;margin-top:0}
h3{font-size:1.1rem}
h4{font-size:1rem}
h5,h6{font-size:.95rem}
p{margin:.5em 0}
ul,ol{padding-left:1.5em;margin:.4em 0}
code{font-family:var(--ty-mono);font-size:.9em;background:var(--ty-code-bg);padding:.1em .3em;border-radius:3px}
pre{font-family:var(--ty-mono);background:var(--ty-code-bg);padding:.75em;border-radius:4px;white-space:pre-wrap;overflow-wrap:anywhere}
pre code{background:none;padding:0}
blockquote{margin:.5em 0;padding:0 1em;border-left:3px solid var(--ty-border);color:var(--ty-muted)}
hr{border:0;border-top:1px solid var(--ty-border)}
table{border-collapse:collapse}
.ty-header{background:var(--ty-header-bg);border:1px solid var(--ty-border);border-radius:8px;padding:16px;margin-bottom:16px}
.ty-header-line{display:flex;flex-wrap:wrap;align-items:center;gap:8px}
.ty-nct-id{font-weight:600;font-family:var(--ty-mono)}
.ty-unregistered{font-weight:600;color:var(--ty-muted);border:1px dashed var(--ty-border);border-radius:4px;padding:0 .4em}
.ty-title{margin-bottom:.3em}
.ty-acronym{color:var(--ty-muted);font-weight:600}
.ty-official-title,.ty-sponsor-line{margin:.3em 0}
.ty-label{font-weight:600;color:var(--ty-muted)}
.ty-muted{color:var(--ty-muted)}
.ty-why-stopped .ty-markup{display:inline}
.ty-why-stopped .ty-markup>p:first-child{display:inline}
.ty-badge{display:inline-block;max-width:100%;border-radius:999px;padding:.1em .7em;font-size:.85rem;font-weight:600;line-height:1.6;overflow-wrap:anywhere}
.ty-badge-small{font-size:.75rem;padding:0 .55em}
.ty-status-open{background:var(--ty-open-bg);color:var(--ty-open-fg)}
.ty-status-pending{background:var(--ty-pending-bg);color:var(--ty-pending-fg)}
.ty-status-active{background:var(--ty-active-bg);color:var(--ty-active-fg)}
.ty-status-closed{background:var(--ty-closed-bg);color:var(--ty-closed-fg)}
.ty-status-stopped{background:var(--ty-stopped-bg);color:var(--ty-stopped-fg)}
.ty-status-unknown{background:var(--ty-unknown-bg);color:var(--ty-unknown-fg)}
.ty-toc{margin:0 0 16px}
.ty-toc ul{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:4px 16px;font-size:.9rem}
.ty-section{margin:0 0 16px;padding:16px;border:1px solid var(--ty-border);border-radius:8px;min-width:0}
.ty-facts{margin:0}
.ty-fact{display:grid;grid-template-columns:minmax(0,15rem) minmax(0,1fr);gap:4px 16px;padding:6px 0;border-bottom:1px solid var(--ty-border)}
.ty-fact:last-child{border-bottom:0}
.ty-fact dt{font-weight:600;color:var(--ty-muted)}
.ty-fact dd{margin:0;min-width:0}
.ty-fact dd>.ty-markup>p:first-child{margin-top:0}
.ty-kv,.ty-table{width:100%;table-layout:fixed}
.ty-kv th,.ty-kv td,.ty-table th,.ty-table td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid var(--ty-border)}
.ty-kv th{width:32%;color:var(--ty-muted)}
.ty-table thead th{background:var(--ty-surface);color:var(--ty-muted);font-size:.9rem}
.ty-table td>.ty-markup>p:first-child{margin-top:.2em}
.ty-plain-list{list-style:none;padding:0}
.ty-plain-list>li{margin:.25em 0}
.ty-chips{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:6px}
.ty-chips>li{background:var(--ty-surface);border:1px solid var(--ty-border);border-radius:999px;padding:.05em .7em;max-width:100%}
.ty-tag{font-size:.8rem;border:1px solid var(--ty-border);border-radius:4px;padding:0 .35em;color:var(--ty-muted)}
.ty-cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,20rem),1fr));gap:12px}
.ty-card{border:1px solid var(--ty-border);border-radius:6px;padding:8px 12px;background:var(--ty-surface);min-width:0}
.ty-card h4{margin:.3em 0}
.ty-xref-note{font-size:.85rem;color:var(--ty-warning)}
.ty-unresolved{text-decoration:underline wavy var(--ty-error)}
.ty-criteria-part{border-left:4px solid var(--ty-border);padding-left:12px;margin:8px 0}
.ty-criteria-inclusion{border-left-color:var(--ty-inclusion)}
.ty-criteria-exclusion{border-left-color:var(--ty-exclusion)}
.ty-criteria-part h4{margin:.2em 0}
.ty-country h4{margin:.8em 0 .3em}
.ty-location-list{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,18rem),1fr));gap:8px}
.ty-location{border:1px solid var(--ty-border);border-radius:6px;padding:6px 10px;min-width:0}
.ty-contacts{font-size:.9rem;margin:.3em 0 0}
.ty-count{color:var(--ty-muted);font-weight:400}
.ty-missing{display:inline-block;background:var(--ty-missing-bg);color:var(--ty-missing-fg);border:1px dashed var(--ty-missing-border);border-radius:4px;padding:0 .4em;font-size:.9em;font-weight:600}
.ty-absent{color:var(--ty-muted);font-style:italic}
.ty-invalid{display:inline-block;background:var(--ty-invalid-bg);color:var(--ty-invalid-fg);border-radius:4px;padding:0 .4em;font-size:.9em;max-width:100%}
.ty-invalid code{background:none}
.ty-unknown-code{font-family:var(--ty-mono);font-size:.9em;text-decoration:underline dotted var(--ty-warning)}
.ty-image{font-style:italic}
.ty-render-error{color:var(--ty-invalid-fg);background:var(--ty-invalid-bg);padding:4px 8px;border-radius:4px}
.ty-problems{display:block;margin:4px 0}
.ty-problem{display:block;border-left:4px solid var(--ty-info);background:var(--ty-problem-bg);color:var(--ty-fg);padding:2px 8px;margin:2px 0;font-size:.85rem;font-weight:400;font-family:var(--ty-font);text-align:left}
.ty-problem-error{border-left-color:var(--ty-error)}
.ty-problem-warning{border-left-color:var(--ty-warning)}
.ty-problem-severity{font-weight:700}
.ty-problem-error .ty-problem-severity{color:var(--ty-error)}
.ty-problem-warning .ty-problem-severity{color:var(--ty-warning)}
.ty-problem-info .ty-problem-severity{color:var(--ty-info)}
.ty-problem-rule{font-family:var(--ty-mono);color:var(--ty-muted);font-size:.9em}
.ty-summary{margin:8px 0 0;font-size:.9rem}
.ty-record-summary{margin:8px 0 0;font-size:.9rem}
.ty-record-summary>summary{cursor:pointer;font-weight:600}
.ty-rs-list{margin:4px 0 0;padding:0;list-style:none;display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:2px 16px}
.ty-rs{border-left:4px solid var(--ty-border);padding:0 6px}
.ty-rs-state{color:var(--ty-muted)}
.ty-rs-complete{border-left-color:var(--ty-accent)}
.ty-rs-problems{border-left-color:var(--ty-warning)}
.ty-rs-problems .ty-rs-state{color:var(--ty-warning)}
.ty-rs-not-started .ty-rs-state{font-style:italic}
.ty-rs-errors{border-left-color:var(--ty-error)}
.ty-rs-errors .ty-rs-state{color:var(--ty-error)}
.ty-footer{color:var(--ty-muted);font-size:.8rem;margin:24px 0 8px}
.ty-index-table td,.ty-index-table th{font-size:.95rem}
.ty-index-title{font-weight:600}
.ty-index-table th:first-child{width:22%}
.ty-deadlines th:last-child{width:55%}
.ty-sort-link{color:inherit;text-decoration:underline dotted}
.ty-applicability summary{cursor:pointer;margin:0 0 8px}
.ty-applicability ul{margin:0 0 12px}
@media (min-width:900px){.ty-page{padding:24px 32px}h1{font-size:1.9rem}}
@media (max-width:640px){
.ty-page{padding:10px}
h1{font-size:1.35rem}
.ty-section,.ty-header{padding:12px}
.ty-fact{grid-template-columns:minmax(0,1fr);gap:0}
.ty-kv th{width:40%}
.ty-stack thead{display:none}
.ty-stack,.ty-stack tbody,.ty-stack tr,.ty-stack td{display:block;width:auto}
.ty-stack tr{border:1px solid var(--ty-border);border-radius:6px;margin:0 0 8px;padding:4px 0}
.ty-stack td{border-bottom:0;padding:4px 10px}
.ty-stack td[data-label]::before{content:attr(data-label);display:block;font-size:.8rem;font-weight:600;color:var(--ty-muted)}
}
@media print{
:root{${declarations(LIGHT)}color-scheme:light}
body{font-size:11pt;background:#fff;color:#000}
.ty-page{max-width:none;padding:0}
.ty-toc{display:none}
.ty-section,.ty-header{border:0;padding:0;border-radius:0;margin-bottom:12pt}
.ty-header{background:none}
.ty-card,.ty-location,.ty-fact,tr,.ty-problem{break-inside:avoid}
h2,h3,h4{break-after:avoid}
a{color:inherit}
.ty-markup a[href^="http"]::after,.ty-references a[href^="http"]::after{content:" <" attr(href) ">";font-size:.85em;overflow-wrap:anywhere}
.ty-badge,.ty-missing,.ty-invalid{border:1px solid #777}
}
`;

/** The complete stylesheet. */
export const STYLES = THEMES + LAYOUT;

/** Makes CSS safe to put inside a `<style>` element (it cannot close the element). */
export function neutraliseCss(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}
