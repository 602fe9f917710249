import { describe, expect, it } from 'vitest';
import { diffTrials } from './diff-trials.js';

const arm = (label: string, description = `${label} arm`) => ({
  label,
  type: 'EXPERIMENTAL',
  description,
  interventionNames: [`Drug: ${label}`],
});

const base = {
  identificationModule: { nctId: 'NCT01234567', briefTitle: 'A trial' },
  statusModule: {
    overallStatus: 'RECRUITING',
    studyFirstPostDateStruct: { date: '2020-01-01', type: 'ACTUAL' },
    lastUpdatePostDateStruct: { date: '2021-01-01', type: 'ACTUAL' },
  },
  conditionsModule: { conditions: ['Asthma', 'COPD'], keywords: ['lung'] },
  armsInterventionsModule: { armGroups: [arm('Placebo'), arm('Aspirin'), arm('Ibuprofen')] },
};

/** `change pointer` of each change, in order. */
const summary = (before: unknown, after: unknown): string[] =>
  diffTrials(before, after).map((change) => `${change.change} ${change.pointer}`);

describe('diffTrials', () => {
  it('finds no difference between a trial and itself, or a copy with keys and lists reordered', () => {
    expect(diffTrials(base, structuredClone(base))).toEqual([]);
    const reordered = {
      armsInterventionsModule: {
        armGroups: [arm('Ibuprofen'), arm('Placebo'), arm('Aspirin')],
      },
      conditionsModule: { keywords: ['lung'], conditions: ['COPD', 'Asthma'] },
      statusModule: { overallStatus: 'RECRUITING' },
      identificationModule: { briefTitle: 'A trial', nctId: 'NCT01234567' },
    };
    expect(diffTrials(base, reordered)).toEqual([]);
  });

  it.each([
    [
      'a changed field',
      { ...base, identificationModule: { ...base.identificationModule, briefTitle: 'B trial' } },
      ['changed /identificationModule/briefTitle'],
    ],
    [
      'an added condition (a set: at its index in the file)',
      {
        ...base,
        conditionsModule: { ...base.conditionsModule, conditions: ['COPD', 'Emphysema', 'Asthma'] },
      },
      ['added /conditionsModule/conditions/1'],
    ],
    [
      'a removed keyword list (one change for the list)',
      { ...base, conditionsModule: { conditions: ['Asthma', 'COPD'] } },
      ['removed /conditionsModule/keywords'],
    ],
    [
      'a removed arm (pointer in the other version) and an edited one after reordering',
      {
        ...base,
        armsInterventionsModule: { armGroups: [arm('Ibuprofen', 'New words'), arm('Placebo')] },
      },
      [
        'changed /armsInterventionsModule/armGroups/0/description',
        'removed /armsInterventionsModule/armGroups/1',
      ],
    ],
    [
      'an arm whose label was corrected is one arm edited',
      {
        ...base,
        armsInterventionsModule: {
          armGroups: [arm('Placebo'), { ...arm('Aspirin'), label: 'Aspirin 81 mg' }, arm('Ibuprofen')],
        },
      },
      ['changed /armsInterventionsModule/armGroups/1/label'],
    ],
  ])('reports %s', (_name, after, expected) => {
    expect(summary(base, after)).toEqual(expected);
  });

  it('ignores registry-assigned fields, empty values, quoting of numbers and trailing line breaks', () => {
    const before = {
      ...base,
      statusModule: { ...base.statusModule, lastKnownStatus: 'RECRUITING' },
      designModule: { enrollmentInfo: { count: 40 } },
      descriptionModule: { briefSummary: 'Two\nlines' },
    };
    const after = {
      ...base,
      statusModule: { overallStatus: 'RECRUITING', resultsFirstSubmitDate: '2024-01-01' },
      conditionsModule: { ...base.conditionsModule, keywords: ['lung'], conditionBrowse: [] },
      designModule: { enrollmentInfo: { count: '40' } },
      descriptionModule: { briefSummary: 'Two\r\nlines\n', detailedDescription: '' },
      identificationModule: { briefTitle: 'A trial' },
    };
    expect(diffTrials(before, after)).toEqual([]);
  });

  it('labels each change as the registry forms do, in the order of the forms', () => {
    const after = {
      ...base,
      armsInterventionsModule: {
        armGroups: [arm('Placebo', 'Sugar pill'), arm('Aspirin'), arm('Ibuprofen')],
      },
      identificationModule: { ...base.identificationModule, briefTitle: 'B trial' },
      statusModule: { ...base.statusModule, overallStatus: 'COMPLETED' },
    };
    expect(diffTrials(base, after)).toEqual([
      {
        pointer: '/identificationModule/briefTitle',
        change: 'changed',
        before: 'A trial',
        after: 'B trial',
        label: 'Brief Title',
        section: 'Study Identification',
        context: [],
      },
      {
        pointer: '/statusModule/overallStatus',
        change: 'changed',
        before: 'RECRUITING',
        after: 'COMPLETED',
        label: 'Overall Recruitment Status',
        section: 'Study Status',
        context: [],
      },
      {
        pointer: '/armsInterventionsModule/armGroups/0/description',
        change: 'changed',
        before: 'Placebo arm',
        after: 'Sugar pill',
        label: 'Arm/Group Description',
        section: 'Arms, Groups, and Interventions',
        context: ['Arm "Placebo"'],
      },
    ]);
  });

  it('matches sites by facility and city, interventions by type and name, outcomes by measure', () => {
    const site = (facility: string, city: string, zip: string) => ({
      facility,
      city,
      zip,
      country: 'France',
    });
    const before = {
      armsInterventionsModule: {
        interventions: [
          { type: 'DRUG', name: 'Aspirin', description: 'a' },
          { type: 'BEHAVIORAL', name: 'Aspirin', description: 'b' },
        ],
      },
      outcomesModule: {
        primaryOutcomes: [
          { measure: 'Pain', timeFrame: '1 week' },
          { measure: 'Sleep', timeFrame: '2 weeks' },
        ],
      },
      contactsLocationsModule: {
        locations: [
          site('Hôpital A', 'Paris', '75001'),
          site('Hôpital A', 'Lyon', '69001'),
          site('Clinique B', 'Paris', '75002'),
        ],
      },
    };
    const after = {
      armsInterventionsModule: {
        interventions: [
          { type: 'BEHAVIORAL', name: 'Aspirin', description: 'b2' },
          { type: 'DRUG', name: 'Aspirin', description: 'a' },
        ],
      },
      outcomesModule: {
        primaryOutcomes: [
          { measure: 'Sleep', timeFrame: '3 weeks' },
          { measure: 'Pain', timeFrame: '1 week' },
        ],
      },
      contactsLocationsModule: {
        locations: [
          site('Clinique B', 'Paris', '75002'),
          site('Hôpital A', 'Lyon', '69002'),
          site('Hôpital A', 'Paris', '75001'),
        ],
      },
    };
    const changes = diffTrials(before, after);
    expect(
      changes.map((change) => `${change.change} ${change.pointer} ${change.context.join(' › ')}`),
    ).toEqual([
      'changed /armsInterventionsModule/interventions/0/description Intervention "BEHAVIORAL, Aspirin"',
      'changed /outcomesModule/primaryOutcomes/0/timeFrame Primary outcome "Sleep"',
      'changed /contactsLocationsModule/locations/1/zip Site "Hôpital A, Lyon"',
    ]);
  });

  it('reports a module present on one side only as one change with its label', () => {
    const [change] = diffTrials({}, { oversightModule: { oversightHasDmc: true } });
    expect(change).toMatchObject({
      pointer: '/oversightModule',
      change: 'added',
      before: null,
      after: { oversightHasDmc: true },
      section: 'Oversight',
    });
  });
});
