/**
 * A trial whose every text and markup field is hostile: script tags, event handlers, javascript: links,
 * remote images, markup that tries to close the page's elements. Rendering it must execute nothing,
 * load nothing, and show the text literally.
 */

/** The payload put in every field (with the field's name in front, so each field is identifiable). */
export const PAYLOAD =
  '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">' +
  '<a href="javascript:window.__pwned=3">raw link</a> [md link](javascript:window.__pwned=4) ' +
  '<javascript:window.__pwned=5> [data](data:text/html,<script>alert(1)</script>) ' +
  '![remote image](http://evil.example/pixel.png) <svg onload="window.__pwned=6"></svg> ' +
  '</section></main></body><div class="ty-page"> <!-- never closed <style>body{display:none}</style> ' +
  '<iframe src="http://evil.example/"></iframe> "quotes" \'single\' & ampersand **unbalanced _emphasis ` tick ]]>';

/** Literal fragments of the payload that must show on the page as text. */
export const LITERALS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '</section></main></body>',
];

const text = (field: string): string => `${field}: ${PAYLOAD}`;
const code = '<script>window.__pwned=7</script>';
const url = 'javascript:window.__pwned=8';

export function hostileTrial(): Record<string, unknown> {
  return {
    identificationModule: {
      nctId: `NCT"><script>window.__pwned=9</script>`,
      orgStudyIdInfo: { id: text('orgStudyId'), type: code },
      secondaryIdInfos: [{ id: text('secondaryId'), type: code, domain: text('domain') }],
      briefTitle: text('briefTitle'),
      officialTitle: text('officialTitle'),
      acronym: text('acronym'),
      organization: { fullName: text('organization'), class: code },
    },
    statusModule: {
      statusVerifiedDate: text('verified'),
      overallStatus: code,
      whyStopped: text('whyStopped'),
      startDateStruct: { date: text('startDate'), type: code },
      primaryCompletionDateStruct: { date: text('pcd'), type: 'ESTIMATED' },
      completionDateStruct: { date: text('completion'), type: 'ACTUAL' },
    },
    sponsorCollaboratorsModule: {
      responsibleParty: {
        type: code,
        investigatorFullName: text('investigator'),
        investigatorTitle: text('title'),
        investigatorAffiliation: text('affiliation'),
      },
      leadSponsor: { name: text('leadSponsor'), class: code },
      collaborators: [{ name: text('collaborator'), class: 'INDUSTRY' }],
    },
    oversightModule: { oversightHasDmc: text('dmc') },
    descriptionModule: {
      briefSummary: text('briefSummary'),
      detailedDescription: text('detailedDescription'),
    },
    conditionsModule: { conditions: [text('condition')], keywords: [text('keyword')] },
    designModule: {
      studyType: 'INTERVENTIONAL',
      phases: [code, 'PHASE2'],
      designInfo: {
        allocation: code,
        interventionModel: code,
        interventionModelDescription: text('modelDescription'),
        primaryPurpose: code,
        maskingInfo: { masking: code, maskingDescription: text('maskingDescription'), whoMasked: [code] },
      },
      bioSpec: { retention: code, description: text('bioSpec') },
      enrollmentInfo: { count: text('count'), type: code },
      targetDuration: text('targetDuration'),
    },
    armsInterventionsModule: {
      armGroups: [
        {
          label: text('arm'),
          type: code,
          description: text('armDescription'),
          interventionNames: [text('armRef')],
        },
      ],
      interventions: [
        {
          type: code,
          name: text('intervention'),
          description: text('interventionDescription'),
          armGroupLabels: [text('interventionRef')],
          otherNames: [text('otherName')],
        },
      ],
    },
    outcomesModule: {
      primaryOutcomes: [
        { measure: text('measure'), description: text('outcomeDescription'), timeFrame: text('timeFrame') },
      ],
      secondaryOutcomes: [{ measure: text('secondary'), timeFrame: text('secondaryTimeFrame') }],
      otherOutcomes: [
        { measure: text('other'), description: text('otherDescription'), timeFrame: text('otherTimeFrame') },
      ],
    },
    eligibilityModule: {
      eligibilityCriteria: `Inclusion Criteria:\n\n* ${PAYLOAD}\n\nExclusion Criteria:\n\n* ${PAYLOAD}`,
      healthyVolunteers: text('healthy'),
      sex: code,
      genderBased: true,
      genderDescription: text('genderDescription'),
      minimumAge: text('minimumAge'),
      maximumAge: text('maximumAge'),
      stdAges: [code],
      studyPopulation: text('studyPopulation'),
      samplingMethod: code,
    },
    contactsLocationsModule: {
      centralContacts: [
        {
          name: text('contact'),
          role: code,
          phone: text('phone'),
          phoneExt: text('ext'),
          email: `"><img src=x onerror=alert(1)>@x.com`,
        },
      ],
      overallOfficials: [{ name: text('official'), affiliation: text('officialAffiliation'), role: code }],
      locations: [
        {
          facility: text('facility'),
          status: code,
          city: text('city'),
          state: text('state'),
          zip: text('zip'),
          country: text('country'),
          contacts: [{ name: text('siteContact'), email: 'javascript:alert(1)//@x.com' }],
        },
      ],
    },
    referencesModule: {
      references: [{ pmid: `1"><script>window.__pwned=10</script>`, type: code, citation: text('citation') }],
      seeAlsoLinks: [{ label: text('seeAlsoLabel'), url }],
      availIpds: [
        { id: text('ipdId'), type: text('ipdType'), url: 'vbscript:msgbox(1)', comment: text('ipdComment') },
      ],
    },
    ipdSharingStatementModule: {
      ipdSharing: code,
      description: text('ipdDescription'),
      infoTypes: [code],
      timeFrame: text('ipdTimeFrame'),
      accessCriteria: text('ipdAccess'),
      url,
    },
  };
}
