import { testRule } from '../testing/rule-tester.js';
import rule from './responsible-party-investigator.js';

const PI = 'sponsorCollaboratorsModule:\n  responsibleParty:\n    type: PRINCIPAL_INVESTIGATOR\n';

testRule(rule, {
  valid: [
    {
      name: 'all three given',
      yaml: `${PI}    investigatorFullName: Qiang Xu\n    investigatorTitle: Chief Physician\n    investigatorAffiliation: Jiangxi Provincial Cancer Hospital\n`,
    },
    {
      name: 'sponsor is responsible',
      yaml: 'sponsorCollaboratorsModule:\n  responsibleParty:\n    type: SPONSOR\n',
    },
    {
      name: 'draft without a type',
      yaml: 'sponsorCollaboratorsModule:\n  responsibleParty:\n    investigatorFullName: Qiang Xu\n',
    },
    {
      name: 'imported record with the legacy fields',
      yaml: `identificationModule:\n  nctId: NCT00763412\n${PI}    oldNameTitle: Ana Maria Arbelaez, Assistant Professor\n    oldOrganization: Washington University School of Medicine\n`,
    },
  ],
  invalid: [
    {
      name: 'nothing about the investigator',
      yaml: PI,
      errors: [
        {
          pointer: '/sponsorCollaboratorsModule/responsibleParty/type',
          message:
            'Responsible Party Type (sponsorCollaboratorsModule.responsibleParty.type) is Principal Investigator (PRINCIPAL_INVESTIGATOR): fill in Investigator Name (investigatorFullName), Investigator Official Title (investigatorTitle, e.g. Professor of Medicine) and Investigator Affiliation (investigatorAffiliation) under Responsible Party (sponsorCollaboratorsModule.responsibleParty).',
          line: 3,
          column: 11,
        },
      ],
    },
    {
      name: 'sponsor-investigator with a blank title and no affiliation',
      yaml: 'sponsorCollaboratorsModule:\n  responsibleParty:\n    type: SPONSOR_INVESTIGATOR\n    investigatorFullName: Jane Roe\n    investigatorTitle: ""\n',
      errors: [
        {
          pointer: '/sponsorCollaboratorsModule/responsibleParty/type',
          message:
            'Responsible Party Type (sponsorCollaboratorsModule.responsibleParty.type) is Sponsor-Investigator (SPONSOR_INVESTIGATOR): fill in Investigator Official Title (investigatorTitle, e.g. Professor of Medicine) and Investigator Affiliation (investigatorAffiliation) under Responsible Party (sponsorCollaboratorsModule.responsibleParty).',
        },
      ],
    },
    {
      name: 'legacy fields do not count in a new file',
      yaml: `${PI}    oldNameTitle: Jane Roe, Professor\n    oldOrganization: Example University\n`,
      errors: [
        {
          pointer: '/sponsorCollaboratorsModule/responsibleParty/type',
          message: /fill in Investigator Name \(investigatorFullName\)/,
        },
      ],
    },
    {
      name: 'imported record: oldOrganization stands in only for the affiliation',
      yaml: `identificationModule:\n  nctId: NCT00763412\n${PI}    oldOrganization: Example University\n`,
      errors: [
        {
          pointer: '/sponsorCollaboratorsModule/responsibleParty/type',
          message:
            /fill in Investigator Name \(investigatorFullName\) and Investigator Official Title \(investigatorTitle, /,
        },
      ],
    },
  ],
});
