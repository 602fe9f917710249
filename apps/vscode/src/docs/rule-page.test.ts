import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRuleId, ruleIdOfPage, rulePageHtml } from './rule-page.js';

const docsDir = join(__dirname, '..', '..', '..', '..', 'docs', 'rules');
const options = {
  nonce: 'N0nce',
  cspSource: 'vscode-resource:',
  scriptUri: 'vscode-resource:/media/rule-docs.js',
};

describe('rule documentation page', () => {
  it.each([
    [
      'https://github.com/trialyaml/trialyaml/blob/main/docs/rules/official-title-required.md',
      'official-title-required',
    ],
    ['/trialyaml/trialyaml/blob/main/docs/rules/age-range-order.md', 'age-range-order'],
    ['brief-summary-required.md', 'brief-summary-required'],
    ['./brief-summary-required.md#examples', 'brief-summary-required'],
    ['../guide/compliance.md', undefined],
    ['https://clinicaltrials.gov/policy', undefined],
    ['javascript:alert(1)//x.md', undefined],
  ])('the page address %s names the rule %s', (href, id) => {
    expect(ruleIdOfPage(href)).toBe(id);
  });

  it('accepts only rule ids as page names', () => {
    expect(isRuleId('official-title-required')).toBe(true);
    for (const bad of ['../x', 'a/b', 'A', '', 'x.md', 3, undefined]) expect(isRuleId(bad)).toBe(false);
  });

  it('renders a real page with its examples, under a strict policy, with links the extension opens', () => {
    const page = readFileSync(join(docsDir, 'brief-summary-required.md'), 'utf8');
    const html = rulePageHtml('brief-summary-required', page, options);
    expect(html).toContain("default-src 'none'; style-src 'nonce-N0nce'; script-src 'nonce-N0nce'");
    expect(html).toContain('<h1>brief-summary-required</h1>');
    expect(html).toContain('<pre><code class="language-yaml">');
    expect(html).toContain('<script nonce="N0nce" src="vscode-resource:/media/rule-docs.js"></script>');
    // No link leaves the page by itself: every one is href="#" with what to open as data.
    for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) expect(href).toBe('#');
    // The generated header's markers are not shown.
    expect(html).not.toContain('generated');
    expect(html).toContain('<li><strong>Fixable:</strong> no</li>');
  });

  it('turns links into rule pages, web addresses, or nothing', () => {
    const html = rulePageHtml(
      'x',
      '[a](age-range-order.md) [b](../guide/ci.md) [c](https://clinicaltrials.gov/) [d](javascript:alert(1)) [e](file:///etc/passwd)',
      options,
    );
    expect(html).toContain('<a href="#" data-rule="age-range-order">a</a>');
    expect(html).toContain(
      'data-external="https://github.com/trialyaml/trialyaml/blob/main/docs/guide/ci.md"',
    );
    expect(html).toContain('data-external="https://clinicaltrials.gov/"');
    // markdown-it leaves links it does not trust as text; none becomes an address to open.
    expect(html).not.toMatch(/="(?:javascript|file):/);
    expect(html.match(/data-(?:rule|external)=/g)).toHaveLength(3);
  });

  it('keeps raw HTML in the markdown as text', () => {
    const html = rulePageHtml('x', '<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>', options);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });
});
