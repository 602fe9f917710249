import { enumLabel, enumValues, type EnumName } from '@trialyaml/core';
import { describe, expect, it } from 'vitest';
import {
  ALLOCATION,
  ARM_TYPE,
  BIOSPEC_RETENTION,
  DATE_TYPE,
  EXPANDED_ACCESS_STATUS,
  INTERVENTION_MODEL,
  INTERVENTION_TYPE,
  IPD_INFO_TYPE_ELEMENTS,
  IPD_SHARING,
  MASKED_ROLE_ELEMENTS,
  MASKING_ROLE_COUNT,
  OBSERVATIONAL_MODEL,
  OFFICIAL_ROLE,
  OTHER_FEDERAL_GRANT,
  OVERALL_STATUS,
  PRIMARY_PURPOSE,
  RESPONSIBLE_PARTY_TYPE,
  SAMPLING_METHOD,
  SECONDARY_ID_TYPE,
  SEX,
  SITE_INVESTIGATOR_ROLE,
  SITE_STATUS,
  STUDY_TYPE,
  TIME_PERSPECTIVE,
  phaseWord,
  yesNo,
  type UploadWord,
} from './vocabulary.js';

describe('upload vocabulary', () => {
  it.each([
    ['DateType', DATE_TYPE],
    ['EnrollmentType', DATE_TYPE],
    ['StudyType', STUDY_TYPE],
    ['PrimaryPurpose', PRIMARY_PURPOSE],
    ['InterventionalAssignment', INTERVENTION_MODEL],
    ['DesignAllocation', ALLOCATION],
    ['ObservationalModel', OBSERVATIONAL_MODEL],
    ['DesignTimePerspective', TIME_PERSPECTIVE],
    ['BioSpecRetention', BIOSPEC_RETENTION],
    ['ArmGroupType', ARM_TYPE],
    ['InterventionType', INTERVENTION_TYPE],
    ['SamplingMethod', SAMPLING_METHOD],
    ['Sex', SEX],
    ['ResponsiblePartyType', RESPONSIBLE_PARTY_TYPE],
    ['OfficialRole', OFFICIAL_ROLE],
    ['RecruitmentStatus', SITE_STATUS],
    ['IpdSharing', IPD_SHARING],
    ['ExpandedAccessStatus', EXPANDED_ACCESS_STATUS],
  ] as Array<[EnumName, Record<string, UploadWord | undefined>]>)(
    'has a word for every %s code',
    (definition, vocabulary) => {
      const codes = enumValues(definition);
      expect(codes.length).toBeGreaterThan(1);
      expect(codes.filter((code) => !vocabulary[code])).toEqual([]);
    },
  );

  it('covers every status: entered ones, expanded access ones, and the two the registry assigns', () => {
    const covered = [
      ...Object.keys(OVERALL_STATUS),
      ...Object.keys(EXPANDED_ACCESS_STATUS),
      'UNKNOWN',
      'WITHHELD',
    ];
    expect([...enumValues('Status')].sort()).toEqual(covered.sort());
  });

  it('covers every secondary ID type, the federal grants the 2018 list lacks included', () => {
    const covered = [...Object.keys(SECONDARY_ID_TYPE), ...OTHER_FEDERAL_GRANT];
    expect([...enumValues('SecondaryIdType')].sort()).toEqual(covered.sort());
  });

  it('maps the site roles, masking roles and IPD types the API has', () => {
    expect(Object.keys(SITE_INVESTIGATOR_ROLE).sort()).toEqual(
      enumValues('ContactRole')
        .filter((code) => code !== 'CONTACT')
        .sort(),
    );
    expect(MASKED_ROLE_ELEMENTS.map(([code]) => code).sort()).toEqual([...enumValues('WhoMasked')].sort());
    expect(IPD_INFO_TYPE_ELEMENTS.map(([code]) => code).sort()).toEqual(
      [...enumValues('IpdSharingInfoType')].sort(),
    );
    expect(Object.keys(MASKING_ROLE_COUNT).sort()).toEqual([...enumValues('DesignMasking')].sort());
  });

  it("takes its words from core's labels, but for the PRS words listed here", () => {
    const vocabularies: Array<[EnumName, Record<string, UploadWord | undefined>]> = [
      ['Status', OVERALL_STATUS],
      ['ExpandedAccessStatus', EXPANDED_ACCESS_STATUS],
      ['RecruitmentStatus', SITE_STATUS],
      ['DateType', DATE_TYPE],
      ['StudyType', STUDY_TYPE],
      ['PrimaryPurpose', PRIMARY_PURPOSE],
      ['InterventionalAssignment', INTERVENTION_MODEL],
      ['DesignAllocation', ALLOCATION],
      ['ObservationalModel', OBSERVATIONAL_MODEL],
      ['DesignTimePerspective', TIME_PERSPECTIVE],
      ['BioSpecRetention', BIOSPEC_RETENTION],
      ['ArmGroupType', ARM_TYPE],
      ['InterventionType', INTERVENTION_TYPE],
      ['SamplingMethod', SAMPLING_METHOD],
      ['Sex', SEX],
      ['ResponsiblePartyType', RESPONSIBLE_PARTY_TYPE],
      ['OfficialRole', OFFICIAL_ROLE],
      ['ContactRole', SITE_INVESTIGATOR_ROLE],
      ['SecondaryIdType', SECONDARY_ID_TYPE],
      ['IpdSharing', IPD_SHARING],
    ];
    const prsWords: string[] = [];
    for (const [definition, vocabulary] of vocabularies) {
      for (const [code, entry] of Object.entries(vocabulary)) {
        if (entry?.word !== enumLabel(definition, code))
          prsWords.push(`${definition}.${code}: ${entry?.word}`);
      }
    }
    expect(prsWords).toEqual([
      'DateType.ESTIMATED: Anticipated',
      'DesignAllocation.NON_RANDOMIZED: Non-randomized',
      'InterventionType.BIOLOGICAL: Biological/Vaccine',
      'InterventionType.PROCEDURE: Procedure/Surgery',
      'SecondaryIdType.NIH: NIH Grant Number',
    ]);
  });

  it('uses PRS words where they differ from the API labels', () => {
    expect(DATE_TYPE.ESTIMATED?.word).toBe('Anticipated');
    expect(ALLOCATION.NON_RANDOMIZED?.word).toBe('Non-randomized');
    expect(INTERVENTION_TYPE.BIOLOGICAL?.word).toBe('Biological/Vaccine');
    expect(INTERVENTION_TYPE.PROCEDURE?.word).toBe('Procedure/Surgery');
    expect(PRIMARY_PURPOSE.ECT).toEqual({ word: 'Educational/Counseling/Training', remark: 'legacy' });
    expect(OBSERVATIONAL_MODEL.NATURAL_HISTORY?.remark).toBe('legacy');
    expect(INTERVENTION_TYPE.DIAGNOSTIC_TEST?.remark).toBe('newer');
  });

  it.each([
    [['NA'], 'N/A'],
    [['EARLY_PHASE1'], 'Early Phase 1'],
    [['PHASE4'], 'Phase 4'],
    [['PHASE1', 'PHASE2'], 'Phase 1/Phase 2'],
    [['PHASE2', 'PHASE1'], 'Phase 1/Phase 2'],
    [['PHASE3', 'PHASE2'], 'Phase 2/Phase 3'],
    [['PHASE2', 'PHASE2'], 'Phase 2'],
    [['PHASE1', 'PHASE3'], undefined],
    [['NA', 'PHASE1'], undefined],
    [[], undefined],
  ])('writes phases %j as %s', (phases, word) => {
    expect(phaseWord(phases)).toBe(word);
  });

  it('writes booleans as Yes and No', () => {
    expect([yesNo(true), yesNo(false), yesNo(undefined)]).toEqual(['Yes', 'No', undefined]);
  });
});
