import { testRule } from '../testing/rule-tester.js';
import rule from './device-feasibility-needs-device.js';

const study = (purpose: string, types: string[]) =>
  `designModule:
  studyType: INTERVENTIONAL
  designInfo:
    primaryPurpose: ${purpose}
armsInterventionsModule:
  interventions:
${types.map((type, i) => `    - type: ${type}\n      name: Intervention ${i + 1}\n`).join('')}`;

testRule(rule, {
  valid: [
    {
      name: 'device feasibility study of a device',
      yaml: study('DEVICE_FEASIBILITY', ['DEVICE', 'PROCEDURE']),
    },
    { name: 'combination product', yaml: study('DEVICE_FEASIBILITY', ['COMBINATION_PRODUCT']) },
    { name: 'treatment study of a drug', yaml: study('TREATMENT', ['DRUG']) },
    {
      name: 'draft without interventions',
      yaml: 'designModule:\n  designInfo:\n    primaryPurpose: DEVICE_FEASIBILITY\n',
    },
  ],
  invalid: [
    {
      name: 'device feasibility study of a procedure',
      yaml: study('DEVICE_FEASIBILITY', ['PROCEDURE', 'OTHER']),
      errors: [
        {
          pointer: '/designModule/designInfo/primaryPurpose',
          message:
            'Primary Purpose (designModule.designInfo.primaryPurpose) is Device Feasibility (DEVICE_FEASIBILITY), but no intervention is a Device (DEVICE) or Combination Product (COMBINATION_PRODUCT), only Procedure (PROCEDURE) and Other (OTHER): give the device as an intervention of Intervention Type Device (DEVICE), or choose the Primary Purpose that fits.',
          line: 4,
          column: 21,
        },
      ],
    },
  ],
});
