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
