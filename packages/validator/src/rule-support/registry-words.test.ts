import { describe, expect, it } from 'vitest';
import { fieldLabelOf, fieldName, keyPath, valueName } from './registry-words.js';

describe('registry words', () => {
  it.each([
    ['/descriptionModule/briefSummary', 'descriptionModule.briefSummary'],
    ['/armsInterventionsModule/armGroups/1/label', 'armsInterventionsModule.armGroups[1].label'],
    [
      '/contactsLocationsModule/locations/2/contacts/0/phone',
      'contactsLocationsModule.locations[2].contacts[0].phone',
    ],
    ['', ''],
  ])('keyPath(%j) is %j', (pointer, path) => expect(keyPath(pointer)).toBe(path));

  it('name a field by its form label, then its path', () => {
    expect(fieldName('/descriptionModule/briefSummary')).toBe(
      'Brief Summary (descriptionModule.briefSummary)',
    );
    expect(fieldName('/statusModule/primaryCompletionDateStruct/date')).toBe(
      'Primary Completion Date (statusModule.primaryCompletionDateStruct.date)',
    );
    expect(fieldLabelOf('/statusModule/overallStatus')).toBe('Overall Recruitment Status');
  });

  it('name a key the forms do not know by its path', () => {
    expect(fieldName('/statusModule/noSuchKey')).toBe('statusModule.noSuchKey');
    expect(fieldLabelOf('/statusModule/noSuchKey')).toBe('statusModule.noSuchKey');
  });

  it('show an enum value with its registry label', () => {
    expect(valueName('/statusModule/overallStatus', 'ENROLLING_BY_INVITATION')).toBe(
      'Enrolling by invitation (ENROLLING_BY_INVITATION)',
    );
    expect(valueName('/designModule/phases', 'NA')).toBe('Not Applicable (NA)');
    expect(valueName('/statusModule/overallStatus', 'MADE_UP')).toBe('MADE_UP');
  });
});
