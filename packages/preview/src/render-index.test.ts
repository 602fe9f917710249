import { describe, expect, it } from 'vitest';
import { fixtureTrial } from '../test/trials.js';
import { renderIndex } from './render-index.js';

describe('renderIndex', () => {
  const html = renderIndex(
    [
      { href: 'NCT03418623.html', trial: fixtureTrial('NCT03418623') },
      { href: 'NCT03475563.html', trial: fixtureTrial('NCT03475563') },
      {
        href: 'draft%20one.html',
        trial: { identificationModule: { briefTitle: 'A <draft>' } },
        label: 'draft one',
      },
      { href: 'javascript:alert(1)', trial: null, label: 'broken.trial.yaml' },
    ],
    { title: 'Our trials' },
  );

  it('lists every trial with a link, status, phases, dates and sponsor', () => {
    expect(html).toContain('<title>Our trials</title>');
    expect(html).toContain('4 trials');
    expect(html.match(/<tr>/g)?.length).toBe(5);
    expect(html).toContain(
      '<a class="ty-index-title" href="NCT03418623.html">Effect of GET73 on MRS Measures',
    );
    expect(html).toContain('<span class="ty-badge ty-status-closed">Completed</span>');
    expect(html).toContain('Phase 2<br><span class="ty-muted">Interventional</span>');
    expect(html).toContain('<span class="ty-muted">Start:</span> 2018-03-08 (Actual)');
    expect(html).toContain('Laboratorio Farmaceutico Ct S.r.l.');
    expect(html).toContain('Unknown status (last known');
  });

  it('escapes titles, marks drafts and missing data, and does not link unsafe hrefs', () => {
    expect(html).toContain('<a class="ty-index-title" href="draft%20one.html">A &lt;draft&gt;</a>');
    expect(html).toContain('<span class="ty-unregistered">Not yet registered</span>');
    expect(html).toContain(
      '<span class="ty-index-title">broken.trial.yaml</span> <span class="ty-missing">Brief title not provided</span>',
    );
    expect(html).not.toContain('javascript:');
  });

  it('adds a problems column only when problems are given', () => {
    expect(html).not.toContain('>Problems</th>');
    const withProblems = renderIndex([
      {
        href: 'a.html',
        trial: {},
        problems: [
          { pointer: '/x', severity: 'error', message: 'm', ruleId: 'r' },
          { pointer: '/y', severity: 'warning', message: 'm', ruleId: 'r' },
          { pointer: '/z', severity: 'warning', message: 'm', ruleId: 'r' },
        ],
      },
      { href: 'b.html', trial: {}, problems: [] },
    ]);
    expect(withProblems).toContain('>Problems</th>');
    expect(withProblems).toContain('1 error</span>');
    expect(withProblems).toContain('2 warnings</span>');
    expect(withProblems).toContain('<span class="ty-muted">None</span>');
  });

  it('renders an empty catalogue and ignores garbage entries', () => {
    expect(renderIndex([])).toContain('No trials.');
    const garbage = renderIndex([null, 3, 'x'] as unknown as never[]);
    expect(garbage).toContain('3 trials');
    expect(garbage.match(/Untitled trial/g)?.length).toBe(3);
  });
});

describe('renderIndex: registry deadline columns', () => {
  const entries = ['NCT04267848', 'NCT04207047', 'NCT05594173', 'NCT03418623'].map((id) => ({
    href: `${id}.html`,
    trial: fixtureTrial(id),
  }));
  const order = (html: string): string[] =>
    [...html.matchAll(/href="(NCT\d+)\.html"/g)].map((match) => match[1]!);

  it('has a column for applicability and one per deadline kind', () => {
    const html = renderIndex(entries, { asOf: '2026-11-21' });
    for (const title of ['FDAAA', 'Registration', 'Results', 'Verification', 'Status update'])
      expect(html).toContain(`>${title}</th>`);
    expect(html).toContain(
      '<td data-label="Results"><span class="ty-deadline" title="results overdue since 2019-10-31. Primary completion date 2018-10-31',
    );
    expect(html).toContain(
      '2019-10-31</span><br><span class="ty-badge ty-badge-small ty-status-stopped">Overdue</span>',
    );
    expect(html).toContain(
      '2026-12-15</span><br><span class="ty-badge ty-badge-small ty-status-pending">Due soon</span>',
    );
    expect(html).toContain('<td data-label="FDAAA"><span title="It is not an interventional study');
    expect(order(html)).toEqual(['NCT04267848', 'NCT04207047', 'NCT05594173', 'NCT03418623']);
  });

  it('sorts by a deadline column: overdue first, then by due day, trials without one last', () => {
    const html = renderIndex(entries, { asOf: '2026-11-21', sortBy: 'results' });
    expect(order(html)).toEqual(['NCT04207047', 'NCT03418623', 'NCT04267848', 'NCT05594173']);
    expect(html).toContain('<th scope="col" aria-sort="ascending">Results ▲</th>');
  });

  it('links the headings to the pages sorted by them, when told where they are', () => {
    const html = renderIndex(entries, {
      asOf: '2026-11-21',
      sortBy: 'verification',
      sortHref: (key) => (key ? `index-by-${key}.html` : 'javascript:alert(1)'),
    });
    expect(html).toContain(
      '<th scope="col"><a class="ty-sort-link" href="index-by-results.html">Results</a></th>',
    );
    expect(html).toContain('<th scope="col" aria-sort="ascending">Verification ▲</th>');
    // An unsafe link is not rendered as a link.
    expect(html).toContain('<th scope="col">Trial</th>');
    expect(html).not.toContain('javascript:');
  });
});
