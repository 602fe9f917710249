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
            "Sponsor Agency Class (sponsorCollaboratorsModule.leadSponsor.class) is NIH: if a U.S. federal grant or contract funds the study, list its complete number in Secondary ID (identificationModule.secondaryIdInfos) with the agency's Secondary ID Type, e.g. U.S. NIH Grant/Contract (NIH); the others are FDA, VA, CDC, AHRQ and SAMHSA.",
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
            /^Collaborator "Department of Veterans Affairs" has Collaborator Agency Class Other U\.S\. Federal Agency \(FED\): if a U\.S\. federal grant/,
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
            'Unique Protocol ID Type (identificationModule.orgStudyIdInfo.type) is U.S. NIH Grant/Contract (NIH): also list the complete number in Secondary ID (identificationModule.secondaryIdInfos) with Secondary ID Type U.S. NIH Grant/Contract (NIH).',
        },
      ],
    },
  ],
});
