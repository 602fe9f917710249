import { testRule } from '../testing/rule-tester.js';
import rule from './system-field-in-draft.js';

testRule(rule, {
  valid: [
    {
      name: 'draft with authored fields only',
      yaml: 'identificationModule:\n  briefTitle: A study\nstatusModule:\n  overallStatus: RECRUITING\neligibilityModule:\n  minimumAge: 18 Years\n',
    },
    { name: 'empty draft', yaml: 'statusModule: {}\n' },
    {
      name: 'imported record with registry-assigned fields',
      yaml: 'identificationModule:\n  nctId: NCT05032014\nstatusModule:\n  studyFirstSubmitDate: 2021-08-25\n  lastUpdatePostDateStruct:\n    date: 2021-10-25\n    type: ACTUAL\neligibilityModule:\n  stdAges: [ADULT]\n',
    },
    {
      name: "lastKnownStatus is status-enterable's business",
      yaml: 'statusModule:\n  overallStatus: RECRUITING\n  lastKnownStatus: RECRUITING\n',
    },
  ],
  invalid: [
    {
      name: 'posting dates in a draft',
      yaml: 'statusModule:\n  overallStatus: RECRUITING\n  studyFirstSubmitDate: 2021-08-25\n  lastUpdatePostDateStruct:\n    date: 2021-10-25\n    type: ACTUAL\n',
      errors: [
        {
          pointer: '/statusModule/studyFirstSubmitDate',
          message:
            'First Submitted (statusModule.studyFirstSubmitDate) is assigned by the registry, not entered, and this record is not registered yet (it has no NCT Number (identificationModule.nctId)); remove it.',
          line: 3,
          column: 3,
        },
        {
          pointer: '/statusModule/lastUpdatePostDateStruct',
          message:
            /^Last Update Posted \(statusModule\.lastUpdatePostDateStruct\) is assigned by the registry/,
          line: 4,
          column: 3,
        },
      ],
    },
    {
      name: 'computed values inside lists',
      yaml: 'eligibilityModule:\n  stdAges:\n    - ADULT\ncontactsLocationsModule:\n  locations:\n    - facility: Hospital\n      geoPoint:\n        lat: 59.9\n        lon: 10.7\nsponsorCollaboratorsModule:\n  leadSponsor:\n    name: University\n    class: OTHER\n',
      errors: [
        { pointer: '/eligibilityModule/stdAges' },
        {
          pointer: '/contactsLocationsModule/locations/0/geoPoint',
          message:
            /^Coordinates \(contactsLocationsModule\.locations\[0\]\.geoPoint\) is assigned by the registry/,
        },
        { pointer: '/sponsorCollaboratorsModule/leadSponsor/class' },
      ],
    },
  ],
});
