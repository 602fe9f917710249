import { testRule } from '../testing/rule-tester.js';
import rule from './no-placeholder-text.js';

testRule(rule, {
  valid: [
    {
      name: 'real content',
      yaml: 'identificationModule:\n  orgStudyIdInfo:\n    id: ABC-123\n  briefTitle: Vitamin D for Asthma in Children\nconditionsModule:\n  conditions:\n    - Asthma\n',
    },
    {
      name: 'bioequivalence arms called Test and Reference',
      yaml: 'armsInterventionsModule:\n  armGroups:\n    - label: Test\n      type: EXPERIMENTAL\n    - label: Reference\n      type: ACTIVE_COMPARATOR\n  interventions:\n    - type: DRUG\n      name: Test\n',
    },
    {
      name: 'placeholder words inside real text',
      yaml: 'descriptionModule:\n  briefSummary: The dose is to be determined by the investigator.\n',
    },
    {
      name: 'fields outside the list',
      yaml: 'identificationModule:\n  acronym: TBD\nstatusModule:\n  whyStopped: N/A\n',
    },
    { name: 'draft without text', yaml: 'identificationModule: {}\n' },
  ],
  invalid: [
    {
      name: 'placeholders in titles and conditions',
      yaml: 'identificationModule:\n  orgStudyIdInfo:\n    id: TBD\n  briefTitle: "[To be determined]"\n  officialTitle: N/A\nconditionsModule:\n  conditions:\n    - Asthma\n    - "?"\n',
      errors: [
        {
          pointer: '/identificationModule/orgStudyIdInfo/id',
          message:
            'Unique Protocol Identification Number (identificationModule.orgStudyIdInfo.id) holds the placeholder "TBD": write the real content before the record is submitted (the registry publishes it as written).',
          line: 3,
          column: 9,
        },
        {
          pointer: '/identificationModule/briefTitle',
          message:
            /^Brief Title \(identificationModule\.briefTitle\) holds the placeholder "\[To be determined\]"/,
        },
        { pointer: '/identificationModule/officialTitle' },
        {
          pointer: '/conditionsModule/conditions/1',
          message:
            /^Conditions or Focus of Study \(conditionsModule\.conditions\[1\]\) holds the placeholder "\?"/,
        },
      ],
    },
    {
      name: 'placeholders in arms, interventions, outcomes, eligibility and sites',
      yaml: `armsInterventionsModule:
  armGroups:
    - label: Arm A
      type: EXPERIMENTAL
      description: TBC
  interventions:
    - type: DRUG
      name: xxx
      description: pending
outcomesModule:
  primaryOutcomes:
    - measure: Test
      timeFrame: "-"
eligibilityModule:
  eligibilityCriteria: To be confirmed.
contactsLocationsModule:
  overallOfficials:
    - name: Unknown
  locations:
    - facility: None
      city: Unknown
      contacts:
        - name: NA
`,
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups/0/description',
          message: /^Arm\/Group Description \(armsInterventionsModule\.armGroups\[0\]\.description\) holds/,
        },
        { pointer: '/armsInterventionsModule/interventions/0/name' },
        { pointer: '/armsInterventionsModule/interventions/0/description' },
        { pointer: '/outcomesModule/primaryOutcomes/0/measure' },
        { pointer: '/outcomesModule/primaryOutcomes/0/timeFrame' },
        { pointer: '/eligibilityModule/eligibilityCriteria' },
        { pointer: '/contactsLocationsModule/overallOfficials/0/name' },
        { pointer: '/contactsLocationsModule/locations/0/facility' },
        { pointer: '/contactsLocationsModule/locations/0/city' },
        { pointer: '/contactsLocationsModule/locations/0/contacts/0/name' },
      ],
    },
  ],
});
