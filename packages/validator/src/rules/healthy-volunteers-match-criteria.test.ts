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
  ],
  invalid: [
    {
      name: 'healthy volunteers accepted, but only confirmed CLL/SLL qualifies (NCT05147467 with the flag flipped)',
      yaml: cll(true),
      errors: [
        {
          pointer: '/eligibilityModule/healthyVolunteers',
          message:
            'eligibilityModule.healthyVolunteers is true, but the inclusion criteria require a condition ("Pathologically confirmed CLL/SLL according to the 2018 revised IWCLL NCI-WG g...") and no arm or group is of healthy participants: set healthyVolunteers to false, or say in the criteria and the groups who takes part without the condition.',
          line: 12,
          column: 22,
        },
      ],
    },
  ],
});
