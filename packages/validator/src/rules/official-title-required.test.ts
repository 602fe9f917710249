import { testRule } from '../testing/rule-tester.js';
import rule from './official-title-required.js';

testRule(rule, {
  valid: [
    {
      name: 'official title given',
      yaml: 'identificationModule:\n  officialTitle: A Randomized Trial of Vitamin D in Adults Over 65\n',
    },
    {
      name: 'legacy record that has one',
      yaml: 'identificationModule:\n  officialTitle: Insulin Pump Study\nstatusModule:\n  startDateStruct:\n    date: 2004-05\n',
    },
  ],
  invalid: [
    {
      name: 'missing in a new study',
      yaml: 'identificationModule:\n  briefTitle: Vitamin D in Older Adults\nstatusModule:\n  startDateStruct:\n    date: 2025-03-01\n    type: ACTUAL\n',
      errors: [
        {
          pointer: '/identificationModule',
          message:
            "Official Title (identificationModule.officialTitle) is missing: write the protocol's full scientific title (up to 600 characters).",
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: 'blank title in a draft without dates',
      yaml: 'identificationModule:\n  officialTitle: " "\n',
      errors: [{ pointer: '/identificationModule/officialTitle', message: /is blank/ }],
    },
    {
      name: 'a study that started before 2017-01-18: downgraded to info',
      yaml: 'identificationModule:\n  briefTitle: Vitamin D in Older Adults\nstatusModule:\n  startDateStruct:\n    date: 2010-05\n',
      errors: [{ pointer: '/identificationModule', severity: 'info' }],
    },
  ],
});
