import { describe, expect, it } from 'vitest';
import { renderMarkup, renderMarkupInline } from './markup.js';

describe('renderMarkup', () => {
  it('renders CommonMark lists, emphasis and the registry backslash escapes', () => {
    const html = renderMarkup('Criteria:\n\n* age \\>= 18\n* **no** prior \\[treatment\\]\n\n1. one\n2. two');
    expect(html).toContain('<ul>');
    expect(html).toContain('<li>age &gt;= 18</li>');
    expect(html).toContain('<strong>no</strong> prior [treatment]');
    expect(html).toContain('<ol>');
  });

  it('shows raw HTML as text', () => {
    const html = renderMarkup('<script>alert(1)</script> <img src=x onerror=alert(1)>\n\n<div>block</div>');
    expect(html).not.toMatch(/<script|<img|<div/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;div&gt;block&lt;/div&gt;');
  });

  it('keeps only http, https and mailto links', () => {
    const html = renderMarkup(
      '[a](https://example.org) [b](http://example.org) [c](mailto:x@example.org) ' +
        '[d](javascript:alert(1)) [e](vbscript:x) [f](data:text/html,x) [g](relative/page.html) [h](#frag) <javascript:alert(1)>',
    );
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs).toEqual(['https://example.org', 'http://example.org', 'mailto:x@example.org']);
    expect(html).toContain('[d](javascript:alert(1))');
    expect(html).toContain('&lt;javascript:alert(1)&gt;');
  });

  it('linkifies bare URLs and e-mail addresses', () => {
    const html = renderMarkup('See https://example.org/info or write to help@example.org.');
    expect(html).toContain('<a href="https://example.org/info" rel="noopener noreferrer nofollow">');
    expect(html).toContain('href="mailto:help@example.org"');
  });

  it('never loads images: they become links (or text when the URL is not allowed)', () => {
    const html = renderMarkup(
      '![chart](https://example.org/chart.png) ![x](javascript:alert(1)) ![y](data:image/png;base64,AAAA)',
    );
    expect(html).not.toContain('<img');
    expect(html).toContain(
      '<a class="ty-image" href="https://example.org/chart.png" rel="noopener noreferrer nofollow">[image: chart]</a>',
    );
    // markdown-it does not even parse an image whose URL fails validation: it stays text
    expect(html).toContain(' ![x](javascript:alert(1)) ![y](data:image/png;base64,AAAA)');
  });

  it('puts headings below the page headings', () => {
    expect(renderMarkup('# Title\n\n### Sub')).toBe('<h4>Title</h4>\n<h6>Sub</h6>\n');
  });

  it('survives unbalanced markup', () => {
    const html = renderMarkup('**open _emphasis `tick [link( <!-- comment </section>');
    expect(html).toContain('&lt;/section&gt;');
    expect(html).toContain('&lt;!-- comment');
  });

  it('renders link labels inline without a paragraph', () => {
    expect(renderMarkupInline('Study *website*')).toBe('Study <em>website</em>');
  });
});

describe('linkify', () => {
  it('links explicit URLs only, never words that look like domains', async () => {
    const { renderMarkup } = await import('./markup.js');
    const html = renderMarkup('A molecule.It regulates. See https://example.org and contact a@b.org.');
    expect(html).not.toContain('href="http://molecule.It"');
    expect(html).toContain('<a href="https://example.org"');
    expect(html).toContain('href="mailto:a@b.org"');
  });
});
