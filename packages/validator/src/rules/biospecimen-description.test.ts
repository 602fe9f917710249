import { testRule } from '../testing/rule-tester.js';
import rule from './biospecimen-description.js';

const bioSpec = (body: string) => `designModule:\n  studyType: OBSERVATIONAL\n  bioSpec:\n${body}`;

testRule(rule, {
  valid: [
    {
      name: 'samples retained and described',
      yaml: bioSpec('    retention: SAMPLES_WITH_DNA\n    description: Whole blood and serum.\n'),
    },
    { name: 'nothing retained, nothing described', yaml: bioSpec('    retention: NONE_RETAINED\n') },
    { name: 'draft without retention', yaml: bioSpec('    description: Serum.\n') },
    { name: 'no bioSpec at all', yaml: 'designModule:\n  studyType: OBSERVATIONAL\n' },
    {
      name: 'interventional study (observational-only-fields reports the block)',
      yaml: 'designModule:\n  studyType: INTERVENTIONAL\n  bioSpec:\n    retention: SAMPLES_WITH_DNA\n',
    },
  ],
  invalid: [
    {
      name: 'samples retained without a description',
      yaml: bioSpec('    retention: SAMPLES_WITHOUT_DNA\n'),
      errors: [
        {
          pointer: '/designModule/bioSpec/retention',
          message:
            'Biospecimen Retention (designModule.bioSpec.retention) is Samples Without DNA (SAMPLES_WITHOUT_DNA): say which specimens are kept (e.g. "Whole blood, serum and tissue samples") in Biospecimen Description (designModule.bioSpec.description).',
          line: 4,
          column: 16,
        },
      ],
    },
    {
      name: 'samples retained with a blank description',
      yaml: bioSpec('    retention: SAMPLES_WITH_DNA\n    description: " "\n'),
      errors: [{ pointer: '/designModule/bioSpec/retention', message: /SAMPLES_WITH_DNA/ }],
    },
    {
      name: 'nothing retained but a description',
      yaml: bioSpec(
        '    retention: NONE_RETAINED\n    description: Blood samples are destroyed after analysis.\n',
      ),
      errors: [
        {
          pointer: '/designModule/bioSpec/description',
          message:
            'Biospecimen Retention (designModule.bioSpec.retention) is None Retained (NONE_RETAINED), so there are no specimens to describe: remove Biospecimen Description (designModule.bioSpec.description), or correct the Biospecimen Retention to Samples With DNA (SAMPLES_WITH_DNA) or Samples Without DNA (SAMPLES_WITHOUT_DNA).',
          line: 5,
          column: 5,
        },
      ],
    },
  ],
});
