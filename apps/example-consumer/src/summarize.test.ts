import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { summarize } from './summarize.js';

const examples = resolve(dirname(fileURLToPath(import.meta.url)), '../../../examples');

describe('an app reusing the core types', () => {
  it('summarizes a registry record', () => {
    const text = readFileSync(join(examples, 'NCT05032014.trial.yaml'), 'utf8');
    expect(summarize('NCT05032014.trial.yaml', text)).toEqual({
      id: 'NCT05032014',
      title: 'Probiotics Enhance the Treatment of PD-1 Inhibitors in Patients With Liver Cancer',
      status: 'Unknown status (last known: Recruiting)',
      phases: 'Not Applicable',
      enrollment: '46 (estimated)',
      problems: 0,
    });
  });

  it('combines phases with their registry labels', () => {
    expect(
      summarize('NCT05143125.trial.yaml', readFileSync(join(examples, 'NCT05143125.trial.yaml'), 'utf8'))
        .phases,
    ).toBe('Phase 1/Phase 2');
  });

  it('turns a broken file into a line with problems instead of failing', () => {
    expect(summarize('broken.trial.yaml', 'identificationModule: [\n')).toMatchObject({
      id: 'broken.trial.yaml',
      problems: 1,
    });
  });
});
