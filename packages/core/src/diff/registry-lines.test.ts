import { describe, expect, it } from 'vitest';
import { sampleProtocols } from '../../test/paths.js';
import { prng, reorderLists } from '../../test/trial-variants.js';
import { registryLines } from './registry-lines.js';

describe('registryLines', () => {
  const trial = {
    statusModule: { overallStatus: 'RECRUITING', lastUpdateSubmitDate: '2024-01-01' },
    identificationModule: { briefTitle: 'A trial' },
    armsInterventionsModule: {
      armGroups: [
        { label: 'Placebo', description: 'Sugar\npill' },
        { label: 'Aspirin', interventionNames: ['Drug: Aspirin'] },
      ],
    },
  };

  it('writes one field a line in registry terms, sections in form order, registry-assigned values left out', () => {
    expect(registryLines(trial)).toEqual([
      '== Study Identification ==',
      'Brief Title: A trial',
      '',
      '== Study Status ==',
      'Overall Recruitment Status: RECRUITING',
      '',
      '== Arms, Groups, and Interventions ==',
      'Arm "Aspirin" › Arm/Group Title: Aspirin',
      'Arm "Aspirin" › Arm/Group Intervention Names: Drug: Aspirin',
      'Arm "Placebo" › Arm/Group Title: Placebo',
      'Arm "Placebo" › Arm/Group Description: |',
      '    Sugar',
      '    pill',
    ]);
  });

  it.each(sampleProtocols())('gives %s the same lines whatever the order of its lists', (_name, protocol) => {
    const random = prng(11);
    const lines = registryLines(protocol);
    expect(lines.length).toBeGreaterThan(10);
    for (let run = 0; run < 3; run++) {
      const copy = structuredClone(protocol);
      reorderLists(copy, random);
      expect(registryLines(copy)).toEqual(lines);
    }
  });
});
