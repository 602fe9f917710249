import { describe, expect, it } from 'vitest';
import { formatPrsReport, isUploadReady, type PrsXmlReport } from './report.js';

describe('formatPrsReport', () => {
  it('groups list items that lack the same field, and says what blocks validation', () => {
    const report: PrsXmlReport = {
      missingUploadFields: [
        {
          element: 'clinical_study/id_info/org_name',
          label: 'Organization name (PRS account)',
          requiredBy: 'upload-schema',
          reason: 'not-in-api-model',
          detail: 'Give orgName.',
        },
        ...[1, 2, 3].map((index) => ({
          element: `clinical_study/location[${index}]/facility/name`,
          label: 'Facility Name',
          requiredBy: 'upload-schema' as const,
          reason: 'not-in-trial' as const,
          pointer: `/contactsLocationsModule/locations/${index - 1}/facility`,
          detail: 'Add facility to the trial.',
        })),
        {
          element: 'clinical_study/oversight_info/irb_info',
          label: 'Human Subjects Protection Review Board',
          requiredBy: 'prs',
          reason: 'not-in-api-model',
          detail: 'Give reviewBoard.',
        },
      ],
      notExported: [
        {
          path: '/contactsLocationsModule/locations/*/geoPoint',
          count: 3,
          reason: 'assigned by ClinicalTrials.gov',
        },
      ],
      notes: [{ pointer: '/designModule/designInfo/primaryPurpose', message: 'ECT is legacy.' }],
    };
    expect(isUploadReady(report)).toBe(false);
    expect(formatPrsReport(report)).toEqual([
      '  Missing, required by the upload schema (the XML does not validate without them):',
      '    clinical_study/id_info/org_name (Organization name (PRS account)): Give orgName.',
      '    clinical_study/location[*]/facility/name (3×) (Facility Name) from /contactsLocationsModule/locations/*/facility: Add facility to the trial.',
      '  Missing, required by PRS:',
      '    clinical_study/oversight_info/irb_info (Human Subjects Protection Review Board): Give reviewBoard.',
      '  Not in the upload:',
      '    /contactsLocationsModule/locations/*/geoPoint (3×): assigned by ClinicalTrials.gov',
      '  Notes:',
      '    /designModule/designInfo/primaryPurpose: ECT is legacy.',
    ]);
  });

  it('is empty for a complete upload', () => {
    const report: PrsXmlReport = { missingUploadFields: [], notExported: [], notes: [] };
    expect(isUploadReady(report)).toBe(true);
    expect(formatPrsReport(report)).toEqual([]);
  });
});
