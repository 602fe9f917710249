import { testRule } from '../testing/rule-tester.js';
import rule from './intervention-description-informative.js';

const interventions = (list: string): string => `armsInterventionsModule:\n  interventions:\n${list}`;

testRule(rule, {
  valid: [
    {
      name: 'a description with route and form (NCT02210780)',
      yaml: interventions(
        '    - type: DRUG\n      name: Dupilumab\n      description: Administered via subcutaneous injection.\n',
      ),
    },
    {
      name: 'a short description that adds the route (NCT04267848)',
      yaml: interventions('    - type: DRUG\n      name: Carboplatin\n      description: Given IV\n'),
    },
    {
      name: 'procedures in the National Cancer Institute wording (NCT04267848)',
      yaml: interventions(
        '    - type: PROCEDURE\n      name: Computed Tomography\n      description: Undergo CT\n    - type: OTHER\n      name: Observation Activity\n      description: Undergo observation\n',
      ),
    },
    {
      name: 'no description is intervention-description-required business',
      yaml: interventions('    - type: DRUG\n      name: Palbociclib\n'),
    },
  ],
  invalid: [
    {
      name: 'a description that is the name',
      yaml: interventions(
        '    - type: DRUG\n      name: Palbociclib\n      description: Palbociclib.\n    - type: OTHER\n      name: Placebo\n      description: placebo given to participants\n',
      ),
      errors: [
        {
          pointer: '/armsInterventionsModule/interventions/0/description',
          message:
            'The Intervention Description of intervention "Palbociclib" only repeats its name: say what tells it apart from similar interventions, e.g. dosage form, dose, route, frequency and duration (for a placebo, what it contains and that it matches the active product).',
          line: 5,
          column: 20,
        },
        { pointer: '/armsInterventionsModule/interventions/1/description' },
      ],
    },
    {
      name: 'a description that repeats the type and the other name',
      yaml: interventions(
        '    - type: DEVICE\n      name: BiOSS LIM C\n      otherNames:\n        - bifurcation stent\n      description: Device - BiOSS LIM C bifurcation stent\n',
      ),
      errors: [{ pointer: '/armsInterventionsModule/interventions/0/description' }],
    },
  ],
});
