import { testRule } from '../testing/rule-tester.js';
import rule from './investigator-field-kind.js';

const party = (title: string, affiliation: string): string => `sponsorCollaboratorsModule:
  responsibleParty:
    type: PRINCIPAL_INVESTIGATOR
    investigatorFullName: Ana Maria Arbelaez
    investigatorTitle: ${title}
    investigatorAffiliation: ${affiliation}
`;

testRule(rule, {
  valid: [
    {
      name: 'a title and an organization (NCT00973089)',
      yaml: 'sponsorCollaboratorsModule:\n  responsibleParty:\n    type: PRINCIPAL_INVESTIGATOR\n    investigatorFullName: Moti Moskovitz\n    investigatorTitle: Clinical Senior Lecturer\n    investigatorAffiliation: Hadassah Medical Organization\n',
    },
    {
      name: 'a title that names the department',
      yaml: party('Assistant Professor in Pediatrics', 'Washington University School of Medicine'),
    },
    {
      name: 'officials with degrees and honorifics (NCT03934567)',
      yaml: 'contactsLocationsModule:\n  overallOfficials:\n    - name: Yuankai SHI, Prof\n      affiliation: Cancer Institute and Hospital, Chinese Academy of Medical Sciences\n      role: PRINCIPAL_INVESTIGATOR\n',
    },
    {
      name: 'a hospital named after a person who is not in the record',
      yaml: 'contactsLocationsModule:\n  overallOfficials:\n    - name: Jane Roe\n      affiliation: Ram Manohar Lohia Hospital\n  locations:\n    - facility: Dr. Ram Manohar Lohia Hospital\n      city: New Delhi\n      country: India\n',
    },
    {
      name: 'a title with its organization after a comma',
      yaml: 'contactsLocationsModule:\n  overallOfficials:\n    - name: Jane Roe, MD\n      affiliation: Professor of Medicine, University of Notre Dame\n',
    },
    {
      name: 'an office named after a title',
      yaml: 'contactsLocationsModule:\n  overallOfficials:\n    - name: Jane Roe, MD\n      affiliation: Office of the Director\n',
    },
    {
      name: 'a title that names its institute',
      yaml: 'contactsLocationsModule:\n  overallOfficials:\n    - name: Jane Roe, MD\n      affiliation: Director of the Cancer Institute\n',
    },
    {
      name: 'colleges named after their members',
      yaml: 'contactsLocationsModule:\n  overallOfficials:\n    - name: Jane Roe, MD\n      affiliation: Royal College of Surgeons\n    - name: John Doe, MD\n      affiliation: American College of Chest Physicians\n',
    },
  ],
  invalid: [
    {
      name: "the investigator's own name as the affiliation (NCT00763412)",
      yaml: party('Assistant Professor in Pediatrics', '"Arbelaez, Ana Maria"'),
      errors: [
        {
          pointer: '/sponsorCollaboratorsModule/responsibleParty/investigatorAffiliation',
          message:
            'Investigator Affiliation (sponsorCollaboratorsModule.responsibleParty.investigatorAffiliation) is the person\'s own name ("Arbelaez, Ana Maria"): give the organization the investigator works for, e.g. the university or hospital.',
          line: 6,
          column: 30,
        },
      ],
    },
    {
      name: "a phone number as an official's affiliation (NCT02552212)",
      yaml: 'contactsLocationsModule:\n  overallOfficials:\n    - name: UCB Cares\n      affiliation: 1-844-599-2273 (UCB)\n      role: STUDY_DIRECTOR\n',
      errors: [
        {
          pointer: '/contactsLocationsModule/overallOfficials/0/affiliation',
          message:
            'Overall Study Official Affiliation (contactsLocationsModule.overallOfficials[0].affiliation) of "UCB Cares" is a phone number ("1-844-599-2273 (UCB)"): give the organization the official works for.',
        },
      ],
    },
    {
      name: "a job title as the official's affiliation (NCT05602779)",
      yaml: 'contactsLocationsModule:\n  overallOfficials:\n    - name: Theodore Beauchaine, PhD\n      affiliation: William K Warren Foundation Professor of Psychology\n      role: PRINCIPAL_INVESTIGATOR\n',
      errors: [
        {
          pointer: '/contactsLocationsModule/overallOfficials/0/affiliation',
          message:
            'Overall Study Official Affiliation (contactsLocationsModule.overallOfficials[0].affiliation) of "Theodore Beauchaine, PhD" is a job title ("William K Warren Foundation Professor of Psychology"), not an organization: give the organization the official works for.',
          line: 4,
          column: 20,
        },
      ],
    },
    {
      name: "a job title as the responsible party's affiliation",
      yaml: party('Professor', 'Associate Professor'),
      errors: [
        {
          pointer: '/sponsorCollaboratorsModule/responsibleParty/investigatorAffiliation',
          message:
            /^Investigator Affiliation \(sponsorCollaboratorsModule\.responsibleParty\.investigatorAffiliation\) is a job title \("Associate Professor"\)/,
        },
      ],
    },
    {
      name: 'a name as the title',
      yaml: `${party('Dr Smith', 'Washington University School of Medicine')}`,
      errors: [
        {
          pointer: '/sponsorCollaboratorsModule/responsibleParty/investigatorTitle',
          message:
            'Investigator Official Title (sponsorCollaboratorsModule.responsibleParty.investigatorTitle) "Dr Smith" is a name, not a title: give the investigator\'s official title or position, e.g. "Professor of Medicine" or "Principal Investigator".',
        },
      ],
    },
    {
      name: 'an organization as the title',
      yaml: party('General Hospital', 'General Hospital'),
      errors: [
        {
          pointer: '/sponsorCollaboratorsModule/responsibleParty/investigatorTitle',
          message: /is an organization, not a title: .*, and the organization in Investigator Affiliation\.$/,
        },
      ],
    },
    {
      name: "the investigator's name as a site's facility",
      yaml: 'contactsLocationsModule:\n  overallOfficials:\n    - name: Neil H White, M.D.\n      affiliation: Washington University School of Medicine\n  locations:\n    - facility: Neil White\n      city: Saint Louis\n      country: United States\n',
      errors: [
        {
          pointer: '/contactsLocationsModule/locations/0/facility',
          message:
            'Facility Name (contactsLocationsModule.locations[0].facility) is "Neil White", the name of "Neil H White, M.D.": give the name of the organization (hospital, clinic or practice), and the person as the site\'s contact or investigator.',
        },
      ],
    },
  ],
});
