import { describe, expect, it } from 'vitest';
import { fixtureTrial } from '../test/trials.js';
import { renderTrial } from './render-trial.js';
import type { Problem } from './types.js';

const trial = fixtureTrial('NCT03418623');

function problem(pointer: string | null, message: string, severity: Problem['severity'] = 'error'): Problem {
  return { pointer, severity, message, ruleId: 'test-rule' };
}

/** The start tag that is the nearest element, before `index`, carrying a data-pointer and still open. */
function enclosingPointer(html: string, index: number): string | undefined {
  // Walk back through start/end tags, keeping a depth count, to find the open element with data-pointer.
  const tags = [...html.slice(0, index).matchAll(/<(\/?)([a-z0-9]+)([^>]*)>/g)].reverse();
  let depth = 0;
  for (const tag of tags) {
    const [, closing, name, attrs] = tag;
    if (name === 'br' || name === 'meta') continue;
    if (closing) depth++;
    else if (depth > 0) depth--;
    else {
      const pointer = /data-pointer="([^"]*)"/.exec(attrs ?? '');
      if (pointer) return pointer[1];
    }
  }
  return undefined;
}

function placement(html: string, message: string): string | undefined {
  const index = html.indexOf(message);
  expect(index, message).toBeGreaterThan(0);
  return enclosingPointer(html, html.lastIndexOf('<span class="ty-problem ', index));
}

describe('problems shown inline', () => {
  const problems = [
    problem('/armsInterventionsModule/armGroups/0/label', 'Arm label problem'),
    problem('/designModule/designInfo/maskingInfo/whoMasked/2', 'Masked role problem', 'warning'),
    problem('/designModule/designInfo/notAField', 'Unknown design field', 'info'),
    problem('/outcomesModule/primaryOutcomes/0/timeFrame', 'Vague time frame', 'warning'),
    problem('/identificationModule/acronym', 'Acronym missing'),
    problem('/nonsenseModule/x', 'Unknown module'),
    problem(null, 'Syntax trouble'),
    problem('/eligibilityModule/eligibilityCriteria', 'Criteria <b>format</b>'),
  ];
  const html = renderTrial(trial, { problems });

  it('places each problem at the nearest rendered element of its pointer', () => {
    expect(placement(html, 'Arm label problem')).toBe('/armsInterventionsModule/armGroups/0/label');
    expect(placement(html, 'Masked role problem')).toBe('/designModule/designInfo/maskingInfo/whoMasked/2');
    expect(placement(html, 'Unknown design field')).toBe('/designModule');
    expect(placement(html, 'Vague time frame')).toBe('/outcomesModule/primaryOutcomes/0/timeFrame');
    expect(placement(html, 'Acronym missing')).toBe('/identificationModule');
    expect(placement(html, 'Unknown module')).toBe('');
    expect(placement(html, 'Syntax trouble')).toBe('');
    expect(placement(html, 'Criteria &lt;b&gt;format&lt;/b&gt;')).toBe(
      '/eligibilityModule/eligibilityCriteria',
    );
  });

  it('shows each problem once, with severity, rule id and its own pointer', () => {
    for (const { message } of problems) {
      const escaped = message.replace(/</g, '&lt;').replace(/>/g, '&gt;');
      expect(html.split(escaped).length - 1, message).toBe(1);
    }
    expect(html).toContain(
      '<span class="ty-problem ty-problem-warning" role="note" data-problem-pointer="/outcomesModule/primaryOutcomes/0/timeFrame" data-rule-id="test-rule"><span class="ty-problem-severity">Warning</span> Vague time frame <span class="ty-problem-rule">test-rule</span></span>',
    );
    expect(html).not.toContain('<!--ty-slot');
  });

  it('summarises the counts at the top', () => {
    expect(html).toContain('<strong>Problems:</strong> 5 errors, 2 warnings, 1 info');
  });

  it('adds nothing without problems', () => {
    const plain = renderTrial(trial);
    expect(plain).not.toContain('class="ty-problem');
    expect(plain).not.toContain('Problems:');
  });

  it('places a problem about a missing field at its marker', () => {
    const page = renderTrial(
      {},
      { problems: [problem('/identificationModule/briefTitle', 'Brief title is required')] },
    );
    expect(placement(page, 'Brief title is required')).toBe('/identificationModule/briefTitle');
  });
});
