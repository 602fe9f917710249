import { testRule } from '../testing/rule-tester.js';
import rule from './masking-level-matches-roles.js';

const masking = (body: string) =>
  `designModule:\n  studyType: INTERVENTIONAL\n  designInfo:\n    maskingInfo:\n${body}`;

testRule(rule, {
  valid: [
    { name: 'open label', yaml: masking('      masking: NONE\n') },
    {
      name: 'double with two roles',
      yaml: masking(
        '      masking: DOUBLE\n      whoMasked:\n        - PARTICIPANT\n        - INVESTIGATOR\n',
      ),
    },
    {
      name: 'quadruple with all four roles',
      yaml: masking(
        '      masking: QUADRUPLE\n      whoMasked: [PARTICIPANT, CARE_PROVIDER, INVESTIGATOR, OUTCOMES_ASSESSOR]\n',
      ),
    },
    { name: 'draft without masking', yaml: masking('      maskingDescription: To be decided.\n') },
    {
      name: 'observational study (interventional-only-fields reports the block)',
      yaml: 'designModule:\n  studyType: OBSERVATIONAL\n  designInfo:\n    maskingInfo:\n      masking: NONE\n      whoMasked: [PARTICIPANT]\n',
    },
  ],
  invalid: [
    {
      // NCT00517179 (Hospital Authority, Hong Kong; started 2006-04, last updated 2011): "Double Blind", no roles.
      name: 'posted record of a study started before 2017, level without roles: info',
      yaml: `identificationModule:
  nctId: NCT00517179
statusModule:
  overallStatus: COMPLETED
  startDateStruct:
    date: 2006-04
designModule:
  studyType: INTERVENTIONAL
  designInfo:
    allocation: RANDOMIZED
    interventionModel: CROSSOVER
    primaryPurpose: TREATMENT
    maskingInfo:
      masking: DOUBLE
`,
      errors: [{ pointer: '/designModule/designInfo/maskingInfo/masking', severity: 'info' }],
    },
    {
      name: 'the same level without roles in a draft started before 2017: error',
      yaml: `statusModule:
  startDateStruct:
    date: 2006-04
designModule:
  studyType: INTERVENTIONAL
  designInfo:
    maskingInfo:
      masking: DOUBLE
`,
      errors: [{ pointer: '/designModule/designInfo/maskingInfo/masking', message: /lists nobody/ }],
    },
    {
      name: 'posted record of a study started in 2017 or later, level without roles: error',
      yaml: `identificationModule:
  nctId: NCT00517179
statusModule:
  startDateStruct:
    date: 2018-03-01
designModule:
  studyType: INTERVENTIONAL
  designInfo:
    maskingInfo:
      masking: DOUBLE
`,
      errors: [{ pointer: '/designModule/designInfo/maskingInfo/masking', message: /lists nobody/ }],
    },
    {
      name: 'level lower than the roles',
      yaml: masking(
        '      masking: DOUBLE # blinded\n      whoMasked:\n        - PARTICIPANT\n        - INVESTIGATOR\n        - OUTCOMES_ASSESSOR\n',
      ),
      errors: [
        {
          pointer: '/designModule/designInfo/maskingInfo/masking',
          message:
            'Masking (designModule.designInfo.maskingInfo.masking) is Double (DOUBLE), 2 roles, but Masked Roles (designModule.designInfo.maskingInfo.whoMasked) lists 3 roles, Participant (PARTICIPANT), Investigator (INVESTIGATOR) and Outcomes Assessor (OUTCOMES_ASSESSOR): the level is the number of masked roles, so set it to Triple (TRIPLE).',
          line: 5,
          column: 16,
        },
      ],
      output: masking(
        '      masking: TRIPLE # blinded\n      whoMasked:\n        - PARTICIPANT\n        - INVESTIGATOR\n        - OUTCOMES_ASSESSOR\n',
      ),
    },
    {
      name: 'open label with a masked role',
      yaml: masking('      masking: NONE\n      whoMasked: [OUTCOMES_ASSESSOR]\n'),
      errors: [
        {
          pointer: '/designModule/designInfo/maskingInfo/masking',
          message:
            'Masking (designModule.designInfo.maskingInfo.masking) is None (Open Label) (NONE) but Masked Roles (designModule.designInfo.maskingInfo.whoMasked) lists Outcomes Assessor (OUTCOMES_ASSESSOR): the level is the number of masked roles, so set it to Single (SINGLE), or remove whoMasked if nobody is masked.',
        },
      ],
      output: masking('      masking: SINGLE\n      whoMasked: [OUTCOMES_ASSESSOR]\n'),
    },
    {
      name: 'masked without roles',
      yaml: masking('      masking: SINGLE\n'),
      errors: [
        {
          pointer: '/designModule/designInfo/maskingInfo/masking',
          message:
            'Masking (designModule.designInfo.maskingInfo.masking) is Single (SINGLE) but Masked Roles (designModule.designInfo.maskingInfo.whoMasked) lists nobody: list the masked role in whoMasked (Participant (PARTICIPANT), Care Provider (CARE_PROVIDER), Investigator (INVESTIGATOR) or Outcomes Assessor (OUTCOMES_ASSESSOR)).',
        },
      ],
    },
    {
      name: 'a role listed twice is not counted twice, and not fixed',
      yaml: masking('      masking: DOUBLE\n      whoMasked: [PARTICIPANT, PARTICIPANT]\n'),
      errors: [
        {
          pointer: '/designModule/designInfo/maskingInfo/masking',
          message:
            /1 role, Participant \(PARTICIPANT\), with PARTICIPANT listed more than once: .* set it to Single \(SINGLE\)\.$/,
        },
      ],
      output: masking('      masking: DOUBLE\n      whoMasked: [PARTICIPANT, PARTICIPANT]\n'),
    },
    {
      name: 'roles without a level get the level',
      yaml: masking('      whoMasked:\n        - PARTICIPANT\n        - CARE_PROVIDER\n'),
      errors: [
        {
          pointer: '/designModule/designInfo/maskingInfo/whoMasked',
          message:
            'Masked Roles (designModule.designInfo.maskingInfo.whoMasked) lists 2 roles but Masking (designModule.designInfo.maskingInfo.masking) is missing: set it to Double (DOUBLE).',
        },
      ],
      output: masking(
        '      whoMasked:\n        - PARTICIPANT\n        - CARE_PROVIDER\n      masking: DOUBLE\n',
      ),
    },
  ],
});
