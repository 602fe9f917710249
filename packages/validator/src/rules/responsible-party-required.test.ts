import { testRule } from '../testing/rule-tester.js';
import rule from './responsible-party-required.js';

testRule(rule, {
  valid: [
    { name: 'sponsor', yaml: 'sponsorCollaboratorsModule:\n  responsibleParty:\n    type: SPONSOR\n' },
    {
      name: 'principal investigator',
      yaml: 'sponsorCollaboratorsModule:\n  responsibleParty:\n    type: PRINCIPAL_INVESTIGATOR\n    investigatorFullName: Qiang Xu\n',
    },
  ],
  invalid: [
    {
      name: 'module without a responsible party',
      yaml: 'sponsorCollaboratorsModule:\n  leadSponsor:\n    name: Acme Pharma\n',
      errors: [
        {
          pointer: '/sponsorCollaboratorsModule',
          message:
            'Responsible Party Type (sponsorCollaboratorsModule.responsibleParty.type) is missing: choose who registers the study and reports its results, Sponsor (SPONSOR), Principal Investigator (PRINCIPAL_INVESTIGATOR) or Sponsor-Investigator (SPONSOR_INVESTIGATOR).',
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: 'legacy responsible party without a type',
      yaml: 'identificationModule:\n  nctId: NCT00184067\nsponsorCollaboratorsModule:\n  responsibleParty:\n    oldNameTitle: Jane Roe, MD\n    oldOrganization: Example University\n',
      errors: [{ pointer: '/sponsorCollaboratorsModule/responsibleParty', line: 4, column: 3 }],
    },
    {
      name: 'no sponsor module',
      yaml: 'designModule:\n  studyType: INTERVENTIONAL\n',
      errors: [{ pointer: '' }],
    },
  ],
});
