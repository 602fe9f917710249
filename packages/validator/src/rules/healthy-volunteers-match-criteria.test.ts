import { testRule } from '../testing/rule-tester.js';
import rule from './healthy-volunteers-match-criteria.js';

/** NCT05147467's inclusion criteria (CLL/SLL), with healthyVolunteers set to true. */
const cll = (healthyVolunteers: boolean, arms = ''): string => `eligibilityModule:
  eligibilityCriteria: |-
    Inclusion Criteria:

    1. Age ≥18 years old.
    2. Pathologically confirmed CLL/SLL according to the 2018 revised IWCLL NCI-WG guidelines, subject with measurable lesions or splenomegaly due to CLL.
    3. Expected survival is at least 12 weeks.

    Exclusion Criteria:

    1. Prior allogeneic stem cell transplantation.
  healthyVolunteers: ${healthyVolunteers}
${arms}`;

/** NCT04175379's inclusion criteria: patients booked for lung resection, healthy volunteers accepted. */
const lobectomy = (inclusion: string, arms = ''): string => `eligibilityModule:
  eligibilityCriteria: |-
    Inclusion Criteria:

    ${inclusion}
    2. American Society of Anesthesiologists (ASA) classification 1\\~3

    Exclusion Criteria:

    1. patients who are pregnant
  healthyVolunteers: true
${arms}`;

/** NCT03475563's inclusion criteria (coronary angioplasty of a bifurcated lesion), healthy volunteers accepted. */
const bifurcation = (...inclusion: string[]): string => `eligibilityModule:
  eligibilityCriteria: |-
    Inclusion Criteria:

    * Age over 18 years.
${inclusion.map((item) => `    * ${item}\n`).join('')}    * Express acceptance and signature of informed consent.

    Exclusion Criteria:

    * Cardiogenic shock.
  healthyVolunteers: true
armsInterventionsModule:
  armGroups:
    - label: Study participants
`;

const INDICATION = 'Clinical indication of coronary angioplasty in bifurcated lesion.';
const STENOSIS =
  'The lesion must be located in the main branch, with a severe stenosis by visual estimation at some point in the main branch, with or without involvement of the lateral branch.';

testRule(rule, {
  valid: [
    {
      name: 'the record as posted: no healthy volunteers (NCT03475563)',
      yaml: bifurcation(INDICATION, STENOSIS).replace('healthyVolunteers: true', 'healthyVolunteers: false'),
    },
    {
      name: 'no clinical indication for a procedure',
      yaml: bifurcation('No clinical indication for coronary angioplasty or bypass surgery.'),
    },
    {
      name: 'a denial earlier in the clause: with no clinical indication',
      yaml: bifurcation(
        'Adults aged 40 to 70, with no clinical indication for percutaneous coronary intervention',
      ),
    },
    {
      name: 'no history of coronary disease',
      yaml: bifurcation('No history of coronary disease, angioplasty or significant coronary stenosis'),
    },
    {
      name: 'a stenosis denied: without significant stenosis',
      yaml: bifurcation('Normal coronary angiogram without significant stenosis'),
    },
    {
      name: 'a stenosis denied: non-significant, non significant, absence of',
      yaml: bifurcation(
        'Non-significant stenosis on CT angiography',
        'non significant carotid stenosis',
        'Absence of severe carotid stenosis on ultrasound',
      ),
    },
    {
      name: 'a stenosis denied after it: ruled out, excluded',
      yaml: bifurcation(
        'Significant coronary stenosis ruled out by CT angiography',
        'Severe carotid stenosis excluded on duplex ultrasound.',
      ),
    },
    {
      name: 'a denial before a decimal point still denies',
      yaml: bifurcation('No plaque thicker than 2.5 mm or severe stenosis of the carotid arteries'),
    },
    {
      name: 'an indication for a test or a vaccine is not a procedure on a lesion',
      yaml: bifurcation(
        'Clinical indication for coronary angiography',
        'Medical indication for influenza vaccination',
      ),
    },
    {
      name: 'an indication without "clinical" or "medical" is not read (a cosmetic abdominoplasty)',
      yaml: bifurcation('Indication for abdominoplasty'),
    },
    {
      name: 'healthy volunteers named beside the indication',
      yaml: bifurcation(INDICATION, 'Healthy volunteers of the same age without coronary disease'),
    },
    {
      name: 'a lesion alone is not read (carious lesions, NCT00973089 without its "Healthy children")',
      yaml: bifurcation('Primary molars presenting with deep carious lesions'),
    },
    {
      name: 'the stenosis of an exclusion criterion is not an inclusion item',
      yaml: 'eligibilityModule:\n  eligibilityCriteria: |-\n    Inclusion Criteria:\n\n    * Age 50 to 80 years\n\n    Exclusion Criteria:\n\n    * Severe carotid stenosis\n  healthyVolunteers: true\n',
    },
    { name: 'the record as posted: no healthy volunteers (NCT05147467)', yaml: cll(false) },
    {
      name: 'healthy adults (NCT05594173)',
      yaml: 'eligibilityModule:\n  eligibilityCriteria: |-\n    Inclusion Criteria:\n\n    * Healthy adults under age 60\n\n    Exclusion Criteria:\n\n    * Type 1 Diabetes\n  healthyVolunteers: true\n',
    },
    {
      name: 'healthy children with a lesion to treat say so themselves (NCT00973089)',
      yaml: 'eligibilityModule:\n  eligibilityCriteria: |-\n    Inclusion Criteria:\n\n    * Healthy children\n    * Primary molars presenting with deep carious lesions\n  healthyVolunteers: true\n',
    },
    {
      name: 'a healthy-control group',
      yaml: cll(
        true,
        'armsInterventionsModule:\n  armGroups:\n    - label: Patients with CLL\n    - label: Healthy controls\n',
      ),
    },
    {
      name: 'criteria that require no condition',
      yaml: 'eligibilityModule:\n  eligibilityCriteria: |-\n    Inclusion Criteria:\n\n    * Age 18 to 65 years\n    * Able to give consent\n  healthyVolunteers: true\n',
    },
    {
      name: 'an operation named without patients booked for it',
      yaml: lobectomy('1. Adults aged 40-80 years who have never had thoracic surgery'),
    },
    {
      name: 'healthy volunteers scheduled for a procedure alongside patients: a healthy group',
      yaml: lobectomy(
        '1. Adult patients who are scheduled for elective knee arthroplasty',
        'armsInterventionsModule:\n  armGroups:\n    - label: Healthy volunteers\n',
      ),
    },
    {
      name: 'volunteers admitted besides the surgical patients',
      yaml: lobectomy('1. Patients scheduled for cholecystectomy, or healthy volunteers of the same age'),
    },
  ],
  invalid: [
    {
      name: 'a clinical indication for angioplasty of a lesion accepted as healthy volunteers (NCT03475563)',
      yaml: bifurcation(INDICATION, STENOSIS),
      errors: [
        {
          pointer: '/eligibilityModule/healthyVolunteers',
          message:
            'Accepts Healthy Volunteers (eligibilityModule.healthyVolunteers) is Yes (true), but the inclusion criteria require a condition ("Clinical indication of coronary angioplasty in bifurcated lesion.") and no arm or group is of healthy participants: set Accepts Healthy Volunteers to No (false), or say in the Eligibility Criteria and the groups who takes part without the condition.',
          line: 13,
          column: 22,
        },
      ],
    },
    {
      name: 'a lesion that must have a severe stenosis (NCT03475563)',
      yaml: bifurcation(STENOSIS),
      errors: [
        {
          pointer: '/eligibilityModule/healthyVolunteers',
          message:
            /require a condition \("The lesion must be located in the main branch, with a severe stenosis by visu\.\.\."\)/,
        },
      ],
    },
    {
      name: 'a denial in the next sentence does not reach back (the reader splits sentences)',
      yaml: bifurcation('Severe stenosis of the main branch. Restenosis excluded.'),
      errors: [{ pointer: '/eligibilityModule/healthyVolunteers', message: /require a condition/ }],
    },
    {
      name: 'a medical indication for surgery',
      yaml: bifurcation('Medical indication for elective laparoscopic cholecystectomy'),
      errors: [{ pointer: '/eligibilityModule/healthyVolunteers', message: /require a condition/ }],
    },
    {
      name: 'clinical indications for revascularization, after a denied clause (the reader splits at ";")',
      yaml: bifurcation('No prior bypass; clinical indications for coronary revascularization'),
      errors: [{ pointer: '/eligibilityModule/healthyVolunteers', message: /require a condition/ }],
    },
    {
      name: 'a significant stenosis of two words, high-grade stenosis',
      yaml: bifurcation('Angiographically significant left main stenosis', 'High-grade carotid stenosis'),
      errors: [
        { pointer: '/eligibilityModule/healthyVolunteers', message: /significant left main stenosis/ },
      ],
    },
    {
      name: 'measurable disease',
      yaml: bifurcation('At least one measurable lesion per RECIST 1.1'),
      errors: [{ pointer: '/eligibilityModule/healthyVolunteers', message: /measurable lesion/ }],
    },
    {
      name: 'patients planning a lobectomy are not healthy volunteers (NCT04175379)',
      yaml: lobectomy(
        '1. Adult patients aged 40-80 years who are planning to have thoracoscopic single lobectomy or segmentectomy with one lung ventilation during surgery.',
      ),
      errors: [
        {
          pointer: '/eligibilityModule/healthyVolunteers',
          message:
            'Accepts Healthy Volunteers (eligibilityModule.healthyVolunteers) is Yes (true), but the inclusion criteria require a condition ("Adult patients aged 40-80 years who are planning to have thoracoscopic single...") and no arm or group is of healthy participants: set Accepts Healthy Volunteers to No (false), or say in the Eligibility Criteria and the groups who takes part without the condition.',
          line: 11,
          column: 22,
        },
      ],
    },
    {
      name: 'patients scheduled for an operation',
      yaml: lobectomy('1. Patients scheduled for elective laparoscopic cholecystectomy'),
      errors: [
        {
          pointer: '/eligibilityModule/healthyVolunteers',
          message: /require a condition \("Patients scheduled/,
        },
      ],
    },
    {
      name: 'patients indicated to undergo surgery',
      yaml: lobectomy('1. Adult patients indicated to undergo elective total hip arthroplasty'),
      errors: [{ pointer: '/eligibilityModule/healthyVolunteers', message: /require a condition/ }],
    },
    {
      name: 'healthy volunteers accepted, but only confirmed CLL/SLL qualifies (NCT05147467 with the flag flipped)',
      yaml: cll(true),
      errors: [
        {
          pointer: '/eligibilityModule/healthyVolunteers',
          message:
            'Accepts Healthy Volunteers (eligibilityModule.healthyVolunteers) is Yes (true), but the inclusion criteria require a condition ("Pathologically confirmed CLL/SLL according to the 2018 revised IWCLL NCI-WG g...") and no arm or group is of healthy participants: set Accepts Healthy Volunteers to No (false), or say in the Eligibility Criteria and the groups who takes part without the condition.',
          line: 12,
          column: 22,
        },
      ],
    },
  ],
});
