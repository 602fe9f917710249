import { testRule } from '../testing/rule-tester.js';
import rule from './lead-sponsor-required.js';

testRule(rule, {
  valid: [
    {
      name: 'lead sponsor named',
      yaml: 'sponsorCollaboratorsModule:\n  leadSponsor:\n    name: Jiangxi Provincial Cancer Hospital\n',
    },
    {
      name: 'imported record with a system-assigned class',
      yaml: 'sponsorCollaboratorsModule:\n  leadSponsor:\n    name: National Cancer Institute (NCI)\n    class: NIH\n',
    },
  ],
  invalid: [
    {
      name: 'only collaborators',
      yaml: 'sponsorCollaboratorsModule:\n  collaborators:\n    - name: Inner Mongolia Agricultural University\n',
      errors: [
        {
          pointer: '/sponsorCollaboratorsModule',
          message:
            'Sponsor Name (sponsorCollaboratorsModule.leadSponsor.name) is missing: name the organization or person that initiates the study and is responsible for it (up to 160 characters).',
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: 'lead sponsor with a class but no name',
      yaml: 'sponsorCollaboratorsModule:\n  responsibleParty:\n    type: SPONSOR\n  leadSponsor:\n    class: OTHER\n',
      errors: [{ pointer: '/sponsorCollaboratorsModule/leadSponsor', line: 4, column: 3 }],
    },
    {
      name: 'blank name',
      yaml: 'sponsorCollaboratorsModule:\n  leadSponsor:\n    name: ""\n',
      errors: [
        {
          pointer: '/sponsorCollaboratorsModule/leadSponsor/name',
          message: /^Sponsor Name \(sponsorCollaboratorsModule\.leadSponsor\.name\) is blank:/,
        },
      ],
    },
  ],
});
