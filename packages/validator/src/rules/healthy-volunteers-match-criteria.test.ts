import { testRule } from '../testing/rule-tester.js';
import rule from './healthy-volunteers-match-criteria.js';

/** NCT05147467's inclusion criteria (CLL/SLL), with healthyVolunteers set to true. */
const cll = (healthyVolunteers: boolean, arms = ''): string => `eligibilityModule:
  eligibilityCriteria: |-
    Inclusion Criteria:

    1. Age ≥18 years old.
    2. Pathologically confirmed CLL/SLL according to the 2018 revised IWCLL NCI-WG guidelines, subject with measurable lesions or splenomegaly due to CLL.
    3. Expected survival is at least 12 weeks.

    Exclusion Criteria:

    1. Prior allogeneic stem cell transplantation.
  healthyVolunteers: ${healthyVolunteers}
${arms}`;

/** NCT04175379's inclusion criteria: patients booked for lung resection, healthy volunteers accepted. */
const lobectomy = (inclusion: string, arms = ''): string => `eligibilityModule:
  eligibilityCriteria: |-
    Inclusion Criteria:

    ${inclusion}
    2. American Society of Anesthesiologists (ASA) classification 1\\~3

    Exclusion Criteria:

    1. patients who are pregnant
  healthyVolunteers: true
${arms}`;

testRule(rule, {
  valid: [
    { name: 'the record as posted: no healthy volunteers (NCT05147467)', yaml: cll(false) },
    {
      name: 'healthy adults (NCT05594173)',
      yaml: 'eligibilityModule:\n  eligibilityCriteria: |-\n    Inclusion Criteria:\n\n    * Healthy adults under age 60\n\n    Exclusion Criteria:\n\n    * Type 1 Diabetes\n  healthyVolunteers: true\n',
    },
    {
      name: 'healthy children with a lesion to treat say so themselves (NCT00973089)',
      yaml: 'eligibilityModule:\n  eligibilityCriteria: |-\n    Inclusion Criteria:\n\n    * Healthy children\n    * Primary molars presenting with deep carious lesions\n  healthyVolunteers: true\n',
    },
    {
      name: 'a healthy-control group',
      yaml: cll(
        true,
        'armsInterventionsModule:\n  armGroups:\n    - label: Patients with CLL\n    - label: Healthy controls\n',
      ),
    },
    {
      name: 'criteria that require no condition',
      yaml: 'eligibilityModule:\n  eligibilityCriteria: |-\n    Inclusion Criteria:\n\n    * Age 18 to 65 years\n    * Able to give consent\n  healthyVolunteers: true\n',
    },
    {
      name: 'an operation named without patients booked for it',
      yaml: lobectomy('1. Adults aged 40-80 years who have never had thoracic surgery'),
    },
    {
      name: 'healthy volunteers scheduled for a procedure alongside patients: a healthy group',
      yaml: lobectomy(
        '1. Adult patients who are scheduled for elective knee arthroplasty',
        'armsInterventionsModule:\n  armGroups:\n    - label: Healthy volunteers\n',
      ),
    },
    {
      name: 'volunteers admitted besides the surgical patients',
      yaml: lobectomy('1. Patients scheduled for cholecystectomy, or healthy volunteers of the same age'),
    },
  ],
  invalid: [
    {
      name: 'patients planning a lobectomy are not healthy volunteers (NCT04175379)',
      yaml: lobectomy(
        '1. Adult patients aged 40-80 years who are planning to have thoracoscopic single lobectomy or segmentectomy with one lung ventilation during surgery.',
      ),
      errors: [
        {
          pointer: '/eligibilityModule/healthyVolunteers',
          message:
            'Accepts Healthy Volunteers (eligibilityModule.healthyVolunteers) is Yes (true), but the inclusion criteria require a condition ("Adult patients aged 40-80 years who are planning to have thoracoscopic single...") and no arm or group is of healthy participants: set Accepts Healthy Volunteers to No (false), or say in the Eligibility Criteria and the groups who takes part without the condition.',
          line: 11,
          column: 22,
        },
      ],
    },
    {
      name: 'patients scheduled for an operation',
      yaml: lobectomy('1. Patients scheduled for elective laparoscopic cholecystectomy'),
      errors: [
        {
          pointer: '/eligibilityModule/healthyVolunteers',
          message: /require a condition \("Patients scheduled/,
        },
      ],
    },
    {
      name: 'patients indicated to undergo surgery',
      yaml: lobectomy('1. Adult patients indicated to undergo elective total hip arthroplasty'),
      errors: [{ pointer: '/eligibilityModule/healthyVolunteers', message: /require a condition/ }],
    },
    {
      name: 'healthy volunteers accepted, but only confirmed CLL/SLL qualifies (NCT05147467 with the flag flipped)',
      yaml: cll(true),
      errors: [
        {
          pointer: '/eligibilityModule/healthyVolunteers',
          message:
            'Accepts Healthy Volunteers (eligibilityModule.healthyVolunteers) is Yes (true), but the inclusion criteria require a condition ("Pathologically confirmed CLL/SLL according to the 2018 revised IWCLL NCI-WG g...") and no arm or group is of healthy participants: set Accepts Healthy Volunteers to No (false), or say in the Eligibility Criteria and the groups who takes part without the condition.',
          line: 12,
          column: 22,
        },
      ],
    },
  ],
});
