import { testRule } from '../testing/rule-tester.js';
import rule from './org-study-id-required.js';

testRule(rule, {
  valid: [
    { name: 'protocol ID given', yaml: 'identificationModule:\n  orgStudyIdInfo:\n    id: ABC-001\n' },
    {
      name: 'NIH grant as the protocol ID',
      yaml: 'identificationModule:\n  orgStudyIdInfo:\n    id: R01HL123456\n    type: NIH\n',
    },
    {
      name: 'imported record',
      yaml: 'identificationModule:\n  nctId: NCT01234567\n  orgStudyIdInfo:\n    id: 2020ky029\n',
    },
  ],
  invalid: [
    {
      name: 'no orgStudyIdInfo in the module',
      yaml: 'identificationModule:\n  briefTitle: Vitamin D in Older Adults\n',
      errors: [
        {
          pointer: '/identificationModule',
          message:
            "Unique Protocol Identification Number (identificationModule.orgStudyIdInfo.id) is missing: write the sponsor's unique identifier of the protocol, e.g. its protocol number (up to 30 characters).",
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: 'orgStudyIdInfo with a type but no id',
      yaml: 'identificationModule:\n  orgStudyIdInfo:\n    type: NIH\n',
      errors: [
        {
          pointer: '/identificationModule/orgStudyIdInfo',
          message:
            /^Unique Protocol Identification Number \(identificationModule\.orgStudyIdInfo\.id\) is missing:/,
          line: 2,
          column: 3,
        },
      ],
    },
    {
      name: 'blank id',
      yaml: 'identificationModule:\n  orgStudyIdInfo:\n    id: "   "\n',
      errors: [
        {
          pointer: '/identificationModule/orgStudyIdInfo/id',
          message:
            /^Unique Protocol Identification Number \(identificationModule\.orgStudyIdInfo\.id\) is blank:/,
          line: 3,
          column: 9,
        },
      ],
    },
    {
      name: 'no identification module at all: the root',
      yaml: 'statusModule:\n  overallStatus: RECRUITING\n',
      errors: [{ pointer: '', line: 1, column: 1 }],
    },
  ],
});
