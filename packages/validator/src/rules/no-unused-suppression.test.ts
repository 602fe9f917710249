import { testRule } from '../testing/rule-tester.js';
import rule from './no-unused-suppression.js';
import whyStopped from './why-stopped-required.js';

testRule(
  rule,
  {
    valid: [
      {
        name: 'a suppression that silences a finding',
        yaml: `statusModule:\n  # trialyaml-disable-next-line why-stopped-required -- predates the field\n  overallStatus: WITHDRAWN\n`,
      },
      { name: 'no suppressions', yaml: 'statusModule:\n  overallStatus: RECRUITING\n' },
    ],
    invalid: [
      {
        name: 'the next line has nothing to silence',
        yaml: `statusModule:\n  # trialyaml-disable-next-line why-stopped-required -- old habit\n  overallStatus: RECRUITING\n`,
        errors: [
          {
            pointer: null as unknown as string,
            message:
              'Unused suppression: why-stopped-required reports nothing on the next line; remove it from the comment.',
            line: 2,
            column: 3,
          },
        ],
      },
      {
        name: 'a file-wide suppression of a rule id that does not exist',
        yaml: `# trialyaml-disable why-stoped-required -- typo\nstatusModule:\n  whyStopped: Funding\n  overallStatus: TERMINATED\n`,
        errors: [
          { pointer: null as unknown as string, message: /why-stoped-required reports nothing in this file/ },
        ],
      },
      {
        name: 'a suppression naming no rule',
        yaml: `# trialyaml-disable -- everything\nstatusModule:\n  overallStatus: RECRUITING\n`,
        errors: [
          {
            pointer: null as unknown as string,
            message: 'This trialyaml-disable comment names no rule; write the rule id to silence.',
          },
        ],
      },
    ],
  },
  { companions: [whyStopped] },
);
