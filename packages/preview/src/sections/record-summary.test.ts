import { FORM_SECTIONS } from '@trialyaml/core';
import { describe, expect, it } from 'vitest';
import { renderTrial } from '../render-trial.js';
import type { Problem } from '../types.js';

const trial = {
  identificationModule: { briefTitle: 'A study of asthma' },
  statusModule: { overallStatus: 'RECRUITING' },
  conditionsModule: { conditions: ['Asthma'] },
};

const problems: Problem[] = [
  { pointer: '/statusModule/overallStatus', severity: 'warning', message: 'Hmm.', ruleId: 'some-rule' },
  { pointer: '/statusModule/startDateStruct', severity: 'error', message: 'Missing.', ruleId: 'other-rule' },
  { pointer: '/descriptionModule/briefSummary', severity: 'error', message: 'Missing.', ruleId: 'x' },
];

/** Each entry of the record summary: its section, class, link, reveal pointer and state text. */
function entries(
  html: string,
): Array<{ module: string; classes: string; href: string; reveal: string; state: string }> {
  const list = /<ol class="ty-rs-list">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
  return [
    ...list.matchAll(
      /<li class="([^"]*)" data-section="([^"]*)"><a href="([^"]*)" data-reveal="([^"]*)">[^<]*<\/a> <span class="ty-rs-state">([^<]*)<\/span><\/li>/g,
    ),
  ].map(([, classes = '', module = '', href = '', reveal = '', state = '']) => ({
    module,
    classes,
    href,
    reveal,
    state,
  }));
}

describe('record summary in the preview', () => {
  it('lists every form section in the registry order with its name, state, page link and place in the file', () => {
    const html = renderTrial(trial, { problems });
    const list = entries(html);
    expect(list.map((entry) => entry.module)).toEqual(FORM_SECTIONS.map((section) => section.module));
    expect(html).toContain('>Arms, Groups, and Interventions</a>');
    const byModule = new Map(list.map((entry) => [entry.module, entry]));
    expect(byModule.get('identificationModule')).toMatchObject({
      classes: 'ty-rs ty-rs-complete',
      href: '#overview',
      reveal: '/identificationModule',
      state: 'Complete',
    });
    expect(byModule.get('statusModule')).toMatchObject({
      classes: 'ty-rs ty-rs-problems ty-rs-errors',
      reveal: '/statusModule/startDateStruct',
      state: '1 error, 1 warning',
    });
    expect(byModule.get('descriptionModule')).toMatchObject({
      href: '#description',
      reveal: '/descriptionModule/briefSummary',
      state: 'Not started · 1 error',
    });
    expect(byModule.get('designModule')).toMatchObject({
      classes: 'ty-rs ty-rs-not-started',
      state: 'Not started',
    });
    // Every link goes to a section the page has.
    for (const entry of list) expect(html).toContain(`<section id="${entry.href.slice(1)}"`);
  });

  it('is shown when problems are given (even none), not otherwise', () => {
    expect(renderTrial(trial)).not.toContain('<details class="ty-record-summary"');
    const clean = renderTrial(trial, { problems: [] });
    expect(clean).toContain('<details class="ty-record-summary"');
    expect(clean).toContain('<strong>Problems:</strong> none');
  });

  it('reads problems from anywhere without throwing', () => {
    const hostile = [
      { pointer: 42, severity: 'error', message: 'x', ruleId: 'r' },
      { pointer: '/statusModule', severity: 'fatal', message: 'x', ruleId: 'r' },
      { pointer: 'statusModule', severity: 'error', message: 'x', ruleId: 'r' },
    ] as unknown as Problem[];
    const html = renderTrial(trial, { problems: hostile });
    expect(entries(html)).toHaveLength(FORM_SECTIONS.length);
    expect(html).not.toContain('could not be rendered');
  });
});
