import { describe, expect, it } from 'vitest';
import {
  buildPreviewPage,
  buildPreviewUpdate,
  parsePreviewMessage,
  previewContent,
  previewCsp,
  type PreviewPageInput,
} from './preview-html.js';

const NONCE = 'q2Jd2r1V0mYb7Xx+9Zk/Ag==';
const SCRIPT = 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.js';

const trial = {
  identificationModule: {
    nctId: 'NCT04011033',
    briefTitle: 'Probiotics <script>alert(1)</script> & "Friends"',
    officialTitle: '<img src=x onerror="alert(2)">',
  },
  statusModule: { overallStatus: 'RECRUITING' },
  descriptionModule: { briefSummary: 'Click <a href="javascript:alert(3)" onclick="alert(4)">here</a>' },
};

function input(overrides: Partial<PreviewPageInput> = {}): PreviewPageInput {
  return {
    trial,
    nonce: NONCE,
    scriptUri: SCRIPT,
    theme: 'dark',
    state: { uri: 'file:///work/a "quoted" <name>.trial.yaml' },
    ...overrides,
  };
}

/** Every start tag of the page, with its attribute text. */
function tags(html: string): Array<{ name: string; attributes: string }> {
  return [...html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>]+(?:="[^"]*"|='[^']*'|=[^\s>]+)?)*)\s*\/?>/g)].map(
    (match) => ({ name: (match[1] ?? '').toLowerCase(), attributes: match[2] ?? '' }),
  );
}

describe('buildPreviewPage', () => {
  const page = buildPreviewPage(input());
  const head = page.slice(0, page.indexOf('</head>'));

  it('puts a strict Content-Security-Policy first in <head>', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page);
    expect(csp).not.toBeNull();
    expect(head.indexOf('Content-Security-Policy')).toBeLessThan(head.indexOf('<style'));
    expect(head.indexOf('Content-Security-Policy')).toBeLessThan(head.indexOf('<script'));
    const policy = (csp?.[1] ?? '').replace(/&#39;/g, "'");
    expect(policy).toBe(previewCsp(NONCE));
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`script-src 'nonce-${NONCE}'`);
    expect(policy).toContain(`style-src 'nonce-${NONCE}'`);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https:|\*/);
  });

  it('loads one script, from its URI and with the nonce, and styles only with the nonce', () => {
    const scripts = tags(page).filter((tag) => tag.name === 'script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.attributes).toContain(`nonce="${NONCE}"`);
    expect(scripts[0]?.attributes).toContain(`src="${SCRIPT}"`);
    expect(page).toMatch(/<script [^>]*><\/script>/); // no inline code
    const styles = tags(page).filter((tag) => tag.name === 'style');
    expect(styles).toHaveLength(1);
    expect(styles[0]?.attributes).toContain(`nonce="${NONCE}"`);
    expect(tags(page).filter((tag) => tag.name === 'link')).toHaveLength(0);
  });

  it('has no inline event handlers, javascript: URLs or style attributes, even from hostile text', () => {
    for (const tag of tags(page)) {
      expect(tag.attributes, `<${tag.name}${tag.attributes}>`).not.toMatch(/\son[a-z]+\s*=/i);
      expect(tag.attributes).not.toMatch(/javascript:/i);
      expect(tag.attributes).not.toMatch(/\sstyle\s*=/i);
    }
    expect(page).toContain('Probiotics &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Friends&quot;');
  });

  it('escapes the state it passes to the script', () => {
    expect(page).toContain(
      '<meta name="trialyaml-preview" content="{&quot;uri&quot;:&quot;file:///work/a \\&quot;quoted\\&quot; &lt;name&gt;.trial.yaml&quot;}">',
    );
  });

  it('follows the theme and maps the VS Code theme colours', () => {
    expect(page).toContain('data-theme="dark"');
    expect(buildPreviewPage(input({ theme: 'light' }))).toContain('data-theme="light"');
    expect(page).toContain('--ty-bg:var(--vscode-editor-background');
    expect(page).toContain('--ty-accent:var(--vscode-textLink-foreground');
  });

  it('renders pointers for the script, and problems when given', () => {
    expect(page).toContain('data-pointer="/identificationModule/briefTitle"');
    const withProblems = buildPreviewPage(
      input({
        problems: [
          {
            pointer: '/identificationModule/briefTitle',
            severity: 'warning',
            message: 'Too loud',
            ruleId: 'x-y',
          },
        ],
      }),
    );
    expect(withProblems).toContain('Too loud');
    expect(withProblems).toContain('data-rule-id="x-y"');
  });

  it('renders partial and invalid trials', () => {
    for (const value of [undefined, null, 'text', [], {}, { identificationModule: 3 }]) {
      expect(buildPreviewPage(input({ trial: value }))).toContain('</html>');
    }
  });

  it('refuses a nonce that is not base64 of 16 bytes', () => {
    for (const nonce of ['', 'abc', `${NONCE}"`, "x' 'unsafe-inline"]) {
      expect(() => buildPreviewPage(input({ nonce }))).toThrow(/nonce/);
    }
  });
});

describe('preview updates', () => {
  it('carry the body and the title of the full page', () => {
    const page = buildPreviewPage(input());
    const content = previewContent(page);
    expect(page).toContain(content.body);
    expect(content.body).toContain('class="ty-page"');
    expect(content.body).not.toContain('<script');
    expect(content.title).toBe('Probiotics <script>alert(1)</script> & "Friends" (NCT04011033)');
    expect(buildPreviewUpdate(input())).toEqual({ type: 'update', theme: 'dark', ...content });
  });
});

describe('parsePreviewMessage', () => {
  it.each([
    [{ type: 'ready' }, { type: 'ready' }],
    [
      { type: 'reveal', pointer: '/statusModule/overallStatus' },
      { type: 'reveal', pointer: '/statusModule/overallStatus' },
    ],
    [
      { type: 'reveal', pointer: '' },
      { type: 'reveal', pointer: '' },
    ],
    [{ type: 'reveal', pointer: 'statusModule' }, undefined],
    [{ type: 'reveal', pointer: 3 }, undefined],
    [{ type: 'reveal', pointer: `/${'a'.repeat(3000)}` }, undefined],
    [{ type: 'run', command: 'rm -rf' }, undefined],
    ['reveal', undefined],
    [null, undefined],
  ])('%j → %j', (message, expected) => {
    expect(parsePreviewMessage(message)).toEqual(expected);
  });
});
