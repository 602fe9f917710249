import { testRule } from '../testing/rule-tester.js';
import rule from './federal-grant-secondary-id.js';

testRule(rule, {
  valid: [
    {
      name: 'no federal funding',
      yaml: 'sponsorCollaboratorsModule:\n  leadSponsor:\n    name: Acme Pharma\n    class: INDUSTRY\n',
    },
    {
      name: 'NIH collaborator with the grant listed',
      yaml: 'identificationModule:\n  secondaryIdInfos:\n    - id: U01HL123456\n      type: NIH\nsponsorCollaboratorsModule:\n  collaborators:\n    - name: National Heart, Lung, and Blood Institute (NHLBI)\n      class: NIH\n',
    },
    {
      name: 'NIH protocol ID also listed as a secondary ID',
      yaml: 'identificationModule:\n  orgStudyIdInfo:\n    id: 1R18HL095481-01A1\n    type: NIH\n  secondaryIdInfos:\n    - id: 1R18HL095481-01A1\n      type: NIH\n',
    },
    { name: 'draft without sponsors', yaml: 'identificationModule:\n  briefTitle: X\n' },
  ],
  invalid: [
    {
      name: 'NIH lead sponsor without a grant number',
      yaml: 'identificationModule:\n  secondaryIdInfos:\n    - id: NCI-2020-00751\n      type: REGISTRY\n      domain: CTRP\nsponsorCollaboratorsModule:\n  leadSponsor:\n    name: National Cancer Institute (NCI)\n    class: NIH\n',
      errors: [
        {
          pointer: '/sponsorCollaboratorsModule/leadSponsor/class',
          message:
            'The lead sponsor is the NIH (class NIH): if a U.S. federal grant or contract funds the study, list its complete number in identificationModule.secondaryIdInfos with the agency as type (NIH, FDA, VA, CDC, AHRQ or SAMHSA).',
          line: 9,
          column: 12,
        },
      ],
    },
    {
      name: 'federal collaborator',
      yaml: 'sponsorCollaboratorsModule:\n  leadSponsor:\n    name: Example University\n    class: OTHER\n  collaborators:\n    - name: Example Hospital\n      class: OTHER\n    - name: Department of Veterans Affairs\n      class: FED\n',
      errors: [
        {
          pointer: '/sponsorCollaboratorsModule/collaborators/1/class',
          message:
            /^A collaborator \("Department of Veterans Affairs"\) is a U\.S\. federal agency \(class FED\): if a U\.S\. federal grant/,
        },
      ],
    },
    {
      name: 'agency-typed protocol ID only',
      yaml: 'identificationModule:\n  orgStudyIdInfo:\n    id: 1R18HL095481-01A1\n    type: NIH\n',
      errors: [
        {
          pointer: '/identificationModule/orgStudyIdInfo/type',
          message:
            'The protocol ID is a U.S. NIH grant or contract number: also list the complete number in identificationModule.secondaryIdInfos with type NIH.',
        },
      ],
    },
  ],
});
