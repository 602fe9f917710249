import { describe, expect, it } from 'vitest';
import { resolveSchema } from '../schema/schema-navigator.js';
import type { SchemaNode } from '../schema/schema-node.js';
import { trialSchema } from '../schema/trial-schema.js';
import { FORM_SECTIONS, fieldLabel, formSection } from './field-labels.js';

describe('field labels', () => {
  it.each([
    ['/descriptionModule/briefSummary', 'Brief Summary'],
    ['/statusModule/overallStatus', 'Overall Recruitment Status'],
    ['/statusModule/primaryCompletionDateStruct', 'Primary Completion Date'],
    ['/statusModule/primaryCompletionDateStruct/date', 'Primary Completion Date'],
    ['/statusModule/completionDateStruct/type', 'Study Completion Date Type'],
    ['/eligibilityModule/eligibilityCriteria', 'Eligibility Criteria'],
    ['/conditionsModule/conditions', 'Conditions or Focus of Study'],
    ['/conditionsModule/conditions/0', 'Conditions or Focus of Study'],
    ['/outcomesModule/primaryOutcomes/0/timeFrame', 'Primary Outcome Measure Time Frame'],
    ['/outcomesModule/secondaryOutcomes/3/measure', 'Secondary Outcome Measure Title'],
    ['/contactsLocationsModule/centralContacts/0/email', 'Central Contact Email'],
    ['/contactsLocationsModule/locations/2/contacts/0/name', 'Facility Contact Name'],
    ['/contactsLocationsModule/locations/2/zip', 'ZIP/Postal Code'],
    ['/sponsorCollaboratorsModule/leadSponsor/name', 'Sponsor Name'],
    ['/armsInterventionsModule/armGroups/0/interventionNames/1', 'Arm/Group Intervention Names'],
    ['/statusModule', 'Study Status'],
  ])('%s is "%s"', (pointer, label) => {
    expect(fieldLabel(pointer)).toBe(label);
  });

  it('takes paths as well as pointers', () => {
    expect(fieldLabel(['outcomesModule', 'primaryOutcomes', 0, 'measure'])).toBe(
      'Primary Outcome Measure Title',
    );
  });

  it('has no label for the root or a key the schema does not have', () => {
    expect(fieldLabel('')).toBeUndefined();
    expect(fieldLabel('/statusModule/overalStatus')).toBeUndefined();
    expect(fieldLabel('/descriptionModule/briefSummary/0')).toBeUndefined();
  });

  it('labels every property of the schema, with "{parent}" only where a holder names it', () => {
    const unlabelled: string[] = [];
    const visit = (node: SchemaNode, path: string, seen: Set<SchemaNode>): void => {
      const resolved = resolveSchema(node);
      if (seen.has(resolved)) return;
      const next = new Set(seen).add(resolved);
      if (resolved.items) visit(resolved.items, `${path}/0`, next);
      for (const [key, child] of Object.entries(resolved.properties ?? {})) {
        const label = fieldLabel(`${path}/${key}`);
        if (!label || label.includes('{') || label !== label.trim())
          unlabelled.push(`${path}/${key}: ${label}`);
        visit(child, `${path}/${key}`, next);
      }
    };
    visit(trialSchema, '', new Set());
    expect(unlabelled).toEqual([]);
  });
});

describe('form sections', () => {
  it('are the modules in the registry order, under the registry names', () => {
    expect(FORM_SECTIONS.map((section) => section.module)).toEqual(Object.keys(trialSchema.properties ?? {}));
    expect(FORM_SECTIONS.slice(0, 3).map((section) => section.label)).toEqual([
      'Study Identification',
      'Study Status',
      'Sponsor/Collaborators',
    ]);
  });

  it('holds each field', () => {
    expect(formSection('/outcomesModule/primaryOutcomes/0/timeFrame')).toEqual({
      module: 'outcomesModule',
      label: 'Outcome Measures',
    });
    expect(formSection(['eligibilityModule'])?.label).toBe('Eligibility');
    expect(formSection('')).toBeUndefined();
    expect(formSection('/unknownModule/x')).toBeUndefined();
  });
});
