import { testRule } from '../testing/rule-tester.js';
import rule from './healthy-control-needs-healthy-volunteers.js';

const study = (healthy: string, label: string, description = 'Standard follow-up.') =>
  `armsInterventionsModule:
  armGroups:
    - label: Patients with COPD
      description: Patients with COPD, compared with healthy controls.
    - label: ${label}
      description: ${description}
eligibilityModule:
  healthyVolunteers: ${healthy}
`;

testRule(rule, {
  valid: [
    {
      name: 'healthy control group, healthy volunteers accepted',
      yaml: study('true', 'Healthy control group'),
    },
    { name: 'no healthy group', yaml: study('false', 'Usual care') },
    {
      name: 'a comparison with healthy people in a description is not the arm itself',
      yaml: study('false', 'Asthma', 'Patients matched to healthy subjects by age.'),
    },
    { name: 'people who are not healthy', yaml: study('false', 'Non-healthy subjects') },
    {
      name: 'healthyVolunteers not answered yet',
      yaml: 'armsInterventionsModule:\n  armGroups:\n    - label: Healthy volunteers\n',
    },
  ],
  invalid: [
    {
      name: 'healthy control group while healthy volunteers are not accepted',
      yaml: study('false', 'healthy control group'),
      errors: [
        {
          pointer: '/eligibilityModule/healthyVolunteers',
          message:
            'Arm "healthy control group" enrolls healthy participants, but Accepts Healthy Volunteers (eligibilityModule.healthyVolunteers) is false: set it to true so the study is listed as accepting healthy volunteers.',
          line: 8,
          column: 22,
        },
      ],
    },
    {
      name: 'healthy people named in the description',
      yaml: study('false', 'Group 2', 'Healthy adult volunteers receiving the same test meal.'),
      errors: [
        {
          pointer: '/eligibilityModule/healthyVolunteers',
          message: /^Arm "Group 2" enrolls healthy participants/,
        },
      ],
    },
    {
      name: 'two healthy groups',
      yaml: study('false', 'Healthy volunteers, fasting').replace(
        'Patients with COPD\n      description: Patients with COPD, compared with healthy controls.',
        'Healthy subjects, fed\n      description: Fed state.',
      ),
      errors: [
        {
          pointer: '/eligibilityModule/healthyVolunteers',
          message:
            /^Arms "Healthy subjects, fed", "Healthy volunteers, fasting" enroll healthy participants, but/,
        },
      ],
    },
  ],
});
