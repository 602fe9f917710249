import { describe, expect, it } from 'vitest';
import { trialSchema } from '../schema/trial-schema.js';
import { enumLabel, enumValues, valueLabelAt } from './enum-labels.js';

describe('enum labels', () => {
  it('label every code of every enum of the schema', () => {
    const enums = Object.entries(trialSchema.definitions).filter(([, node]) => Array.isArray(node.enum));
    expect(enums.length).toBeGreaterThan(20);
    for (const [name, node] of enums) {
      expect(node['x-enumLabels']?.length, name).toBe(node.enum?.length);
      for (const label of node['x-enumLabels'] ?? []) expect(label.trim(), name).not.toBe('');
    }
  });

  it('use the registry wording', () => {
    expect(enumLabel('Status', 'ACTIVE_NOT_RECRUITING')).toBe('Active, not recruiting');
    expect(enumLabel('Status', 'ENROLLING_BY_INVITATION')).toBe('Enrolling by invitation');
    expect(enumLabel('Phase', 'NA')).toBe('Not Applicable');
    expect(enumLabel('DesignMasking', 'NONE')).toBe('None (Open Label)');
    expect(enumLabel('InterventionType', 'DIETARY_SUPPLEMENT')).toBe('Dietary Supplement');
    expect(enumLabel('ReferenceType', 'DERIVED')).toBe('Derived from PubMed');
  });

  it('have no label for an unknown code or an inherited property name', () => {
    expect(enumLabel('Status', 'NOPE')).toBeUndefined();
    expect(enumLabel('Status', 'toString')).toBeUndefined();
    expect(enumValues('Sex')).toEqual(['FEMALE', 'MALE', 'ALL']);
  });

  it('label the value of an enum field by its pointer, list items included', () => {
    expect(valueLabelAt('/statusModule/overallStatus', 'ENROLLING_BY_INVITATION')).toBe(
      'Enrolling by invitation',
    );
    expect(valueLabelAt('/designModule/phases', 'PHASE2')).toBe('Phase 2');
    expect(valueLabelAt('/designModule/phases/0', 'EARLY_PHASE1')).toBe('Early Phase 1');
    expect(valueLabelAt(['armsInterventionsModule', 'armGroups', 3, 'type'], 'PLACEBO_COMPARATOR')).toBe(
      'Placebo Comparator',
    );
    expect(valueLabelAt('/statusModule/overallStatus', 'NOPE')).toBeUndefined();
    expect(valueLabelAt('/identificationModule/briefTitle', 'X')).toBeUndefined();
    expect(valueLabelAt('/noSuchModule/x', 'X')).toBeUndefined();
  });
});
