import { testRule } from '../testing/rule-tester.js';
import rule from './suppression-reason-required.js';
import whyStopped from './why-stopped-required.js';

const stopped = 'statusModule:\n  overallStatus: WITHDRAWN\n';

testRule(
  rule,
  {
    valid: [
      {
        name: 'a suppression with a reason',
        yaml: `statusModule:\n  # trialyaml-disable-next-line why-stopped-required -- the registry record predates the field\n  overallStatus: WITHDRAWN\n`,
      },
      {
        name: 'a file-wide suppression with a reason',
        yaml: `# trialyaml-disable why-stopped-required -- imported as published\n${stopped}`,
      },
    ],
    invalid: [
      {
        name: 'next-line suppression without a reason',
        yaml: `statusModule:\n  # trialyaml-disable-next-line why-stopped-required\n  overallStatus: WITHDRAWN\n`,
        errors: [
          {
            pointer: null as unknown as string,
            message: 'Say why: add " -- <reason>" to this trialyaml-disable-next-line comment.',
            line: 2,
            column: 3,
          },
        ],
      },
      {
        name: 'file-wide suppression with an empty reason',
        yaml: `# trialyaml-disable why-stopped-required --\n${stopped}`,
        errors: [
          { pointer: null as unknown as string, message: /trialyaml-disable comment/, line: 1, column: 1 },
        ],
      },
    ],
  },
  { companions: [whyStopped] },
);
