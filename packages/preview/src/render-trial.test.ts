import fc from 'fast-check';
import { enumLabel, enumValues, splitCriteria, type EnumName } from '@trialyaml/core';
import { describe, expect, it } from 'vitest';
import { hostileTrial, LITERALS, PAYLOAD } from '../test/hostile.js';
import { bodyOf, decodeEntities, resolvePointer, startTags } from '../test/html-scan.js';
import { fixtureTrial, fixtureTrials } from '../test/trials.js';
import { renderTrial } from './render-trial.js';

const SECTION_IDS = [
  'overview',
  'description',
  'conditions',
  'design',
  'arms-interventions',
  'outcomes',
  'eligibility',
  'contacts-locations',
  'sponsor',
  'references',
  'ipd-sharing',
  'deadlines',
];

/** The HTML between the start of the element with `id` and the start of the next section. */
function sectionHtml(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  expect(start, `section ${id}`).toBeGreaterThanOrEqual(0);
  const end = html.indexOf('</section>', start);
  return html.slice(start, end);
}

/** Visible text: inline tags removed, block tags as spaces, entities decoded, spaces collapsed. */
function textOf(html: string): string {
  const text = html.replace(/<\/?(?:span|a|strong|em|code)\b[^>]*>/g, '').replace(/<[^>]*>/g, ' ');
  return decodeEntities(text).replace(/\s+/g, ' ');
}

const complete = {
  identificationModule: {
    nctId: 'NCT01234567',
    orgStudyIdInfo: { id: 'ORG-1' },
    briefTitle: 'Vitamin D for Asthma',
    officialTitle: 'A Randomized Trial of Vitamin D in Adults With Asthma',
    acronym: 'VIDA',
  },
  statusModule: {
    statusVerifiedDate: '2024-01',
    overallStatus: 'ACTIVE_NOT_RECRUITING',
    startDateStruct: { date: '2022-03-01', type: 'ACTUAL' },
    primaryCompletionDateStruct: { date: '2025-06', type: 'ESTIMATED' },
    completionDateStruct: { date: '2025-12', type: 'ESTIMATED' },
  },
  sponsorCollaboratorsModule: {
    responsibleParty: { type: 'SPONSOR' },
    leadSponsor: { name: 'Example University', class: 'OTHER' },
  },
  descriptionModule: { briefSummary: 'Does **vitamin D** help?', detailedDescription: 'Long text.' },
  conditionsModule: { conditions: ['Asthma'], keywords: ['vitamin D', 'inhaled steroids'] },
  designModule: {
    studyType: 'INTERVENTIONAL',
    phases: ['PHASE2', 'PHASE3'],
    designInfo: {
      allocation: 'RANDOMIZED',
      interventionModel: 'PARALLEL',
      primaryPurpose: 'TREATMENT',
      maskingInfo: { masking: 'DOUBLE', whoMasked: ['PARTICIPANT', 'INVESTIGATOR'] },
    },
    enrollmentInfo: { count: 1200, type: 'ESTIMATED' },
  },
  armsInterventionsModule: {
    armGroups: [
      { label: 'Vitamin D', type: 'EXPERIMENTAL', interventionNames: ['Dietary Supplement: Vitamin D3'] },
      { label: 'Placebo', type: 'PLACEBO_COMPARATOR', interventionNames: ['Drug: Placebo', 'Drug: Ghost'] },
      { label: 'Observation', type: 'NO_INTERVENTION' },
    ],
    interventions: [
      { type: 'DIETARY_SUPPLEMENT', name: 'Vitamin D3', armGroupLabels: ['Vitamin D', 'Observation'] },
      { type: 'DRUG', name: 'Placebo', armGroupLabels: ['Placebo'] },
      { type: 'OTHER', name: 'Diary', armGroupLabels: ['Nobody'] },
    ],
  },
  outcomesModule: {
    primaryOutcomes: [{ measure: 'Exacerbations', timeFrame: '52 weeks' }],
    secondaryOutcomes: [{ measure: 'FEV1', description: 'Lung function', timeFrame: 'Week 12' }],
    otherOutcomes: [{ measure: 'Cost', timeFrame: 'Year 1' }],
  },
  eligibilityModule: {
    eligibilityCriteria: 'Inclusion Criteria:\n\n* Adults\n* Asthma\n\nExclusion Criteria:\n\n* Smokers',
    healthyVolunteers: false,
    sex: 'ALL',
    minimumAge: '18 Years',
    stdAges: ['ADULT', 'OLDER_ADULT'],
  },
  contactsLocationsModule: {
    centralContacts: [{ name: 'Jane Doe', role: 'CONTACT', phone: '555-0100', email: 'jane@example.org' }],
    overallOfficials: [{ name: 'Dr Who', affiliation: 'Example University', role: 'PRINCIPAL_INVESTIGATOR' }],
    locations: [
      { facility: 'Site Z', city: 'Zurich', country: 'Switzerland', status: 'RECRUITING' },
      { facility: 'Site B', city: 'Boston', state: 'Massachusetts', zip: '02115', country: 'United States' },
      { facility: 'Site A', city: 'Geneva', country: 'Switzerland' },
      { facility: 'Site ?', city: 'Nowhere' },
    ],
  },
  referencesModule: {
    references: [{ pmid: '23032071', type: 'BACKGROUND', citation: 'Doe J. A paper. 2012.' }],
    seeAlsoLinks: [{ label: 'Study *site*', url: 'https://example.org/study' }],
  },
  ipdSharingStatementModule: {
    ipdSharing: 'YES',
    infoTypes: ['STUDY_PROTOCOL', 'SAP'],
    url: 'https://example.org/ipd',
  },
};

describe('renderTrial on registry records', () => {
  const fixtures = fixtureTrials();

  it('has the fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(16);
  });

  it.each(fixtures.map((entry) => [entry.name, entry.trial] as const))(
    '%s renders every section with resolvable pointers',
    (name, trial) => {
      const html = renderTrial(trial);
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).toContain(
        `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:">`,
      );
      expect(html).not.toMatch(/<script|<img|<iframe|<link|<object|<embed/i);
      for (const id of SECTION_IDS) expect(html).toContain(`<section id="${id}"`);
      expect(html).toContain(
        `<a href="https://clinicaltrials.gov/study/${name}" rel="noopener noreferrer">${name}</a>`,
      );

      const pointed = startTags(html).filter((tag) => tag.attrs.has('data-pointer'));
      expect(pointed.length).toBeGreaterThan(50);
      for (const tag of pointed) {
        const pointer = tag.attrs.get('data-pointer') ?? '';
        if (tag.attrs.has('data-missing')) continue;
        expect(resolvePointer(trial, pointer), `${name} ${pointer}`).not.toBeUndefined();
      }
    },
  );

  it('renders the sample NCT03418623 as the registry shows it', () => {
    const html = renderTrial(fixtureTrial('NCT03418623'));
    const text = textOf(html);
    expect(text).toContain('Effect of GET73 on MRS Measures of Central Glutamate and GABA');
    expect(text).toContain('Completed');
    expect(text).toContain('Study Start (Actual) 2018-03-08');
    expect(text).toContain('Enrollment (Actual) 24 participants');
    expect(text).toContain('Quadruple (Participant, Care Provider, Investigator, Outcomes Assessor)');
    expect(text).toContain('Crossover Assignment');
    expect(text).toContain('Basic Science');
    expect(text).toContain('Sponsor: Laboratorio Farmaceutico Ct S.r.l.');
    expect(html).toContain('href="https://pubmed.ncbi.nlm.nih.gov/23032071/"');
  });
});

describe('renderTrial sections', () => {
  const html = renderTrial(complete);
  const text = textOf(html);

  it('shows the title block', () => {
    const header = html.slice(html.indexOf('<header'), html.indexOf('</header>'));
    expect(textOf(header)).toContain('NCT01234567');
    expect(header).toContain(
      '<h1 class="ty-title"><span class="ty-brief-title" data-pointer="/identificationModule/briefTitle">Vitamin D for Asthma</span>',
    );
    expect(header).toContain('(VIDA)');
    expect(textOf(header)).toContain('Official title: A Randomized Trial of Vitamin D in Adults With Asthma');
    expect(header).toContain('class="ty-badge ty-status-active">Active, not recruiting</span>');
    expect(textOf(header)).toContain('Sponsor: Example University');
    expect(html).toContain('<title>Vitamin D for Asthma (NCT01234567)</title>');
  });

  it('shows key facts with date and enrollment types', () => {
    const facts = textOf(sectionHtml(html, 'overview'));
    expect(facts).toContain('Study type Interventional');
    expect(facts).toContain('Phases Phase 2, Phase 3');
    expect(facts).toContain('Enrollment (Estimated) 1,200 participants');
    expect(facts).toContain('Study Start (Actual) 2022-03-01');
    expect(facts).toContain('Primary Completion (Estimated) 2025-06');
    expect(facts).toContain('Study Completion (Estimated) 2025-12');
  });

  it('renders summaries as markup and conditions and keywords as lists', () => {
    expect(sectionHtml(html, 'description')).toContain('<p>Does <strong>vitamin D</strong> help?</p>');
    const conditions = sectionHtml(html, 'conditions');
    expect(conditions).toContain('<li data-pointer="/conditionsModule/conditions/0">Asthma</li>');
    expect(conditions).toContain('<li data-pointer="/conditionsModule/keywords/1">inhaled steroids</li>');
  });

  it('shows the design table with masking roles', () => {
    const design = textOf(sectionHtml(html, 'design'));
    expect(design).toContain('Allocation Randomized');
    expect(design).toContain('Intervention model Parallel Assignment');
    expect(design).toContain('Masking Double (Participant, Investigator)');
    expect(design).toContain('Primary purpose Treatment');
  });

  it('resolves arm and intervention cross-references both ways', () => {
    const arms = sectionHtml(html, 'arms-interventions');
    // arm → intervention
    expect(arms).toContain(
      '<li data-pointer="/armsInterventionsModule/armGroups/0/interventionNames/0"><a href="#intervention-0">Dietary Supplement: Vitamin D3</a></li>',
    );
    // intervention → arm
    expect(arms).toContain(
      '<li data-pointer="/armsInterventionsModule/interventions/1/armGroupLabels/0"><a href="#arm-1">Placebo</a></li>',
    );
    expect(arms).toContain('id="arm-0"');
    expect(arms).toContain('id="intervention-2"');
    // a name no intervention has, and a label no arm has
    expect(textOf(arms)).toContain('Drug: Ghost (no intervention has this type and name)');
    expect(textOf(arms)).toContain('Nobody (no arm has this label)');
    // one-way: the intervention lists the Observation arm, the arm does not list it
    expect(textOf(arms)).toContain('Observation (the arm does not list this intervention)');
    expect(textOf(arms)).toContain('Dietary Supplement: Vitamin D3 (listed only by the intervention)');
    expect(textOf(arms)).toContain('Experimental: Vitamin D');
  });

  it('lists primary, secondary and other outcomes with time frames', () => {
    const outcomes = textOf(sectionHtml(html, 'outcomes'));
    expect(outcomes).toMatch(/Primary outcome measures .*Exacerbations.*52 weeks/);
    expect(outcomes).toMatch(/Secondary outcome measures .*FEV1.*Lung function.*Week 12/);
    expect(outcomes).toMatch(/Other pre-specified outcome measures .*Cost.*Year 1/);
  });

  it('shows eligibility with inclusion and exclusion lists', () => {
    const eligibility = sectionHtml(html, 'eligibility');
    expect(textOf(eligibility)).toContain('Ages eligible for study 18 Years and older (Adult, Older Adult)');
    expect(textOf(eligibility)).toContain('Sexes eligible for study All');
    expect(textOf(eligibility)).toContain('Accepts healthy volunteers No');
    expect(eligibility).toMatch(
      /ty-criteria-inclusion[^>]*><h4>Inclusion Criteria<\/h4><div class="ty-markup"><ul>\n<li>Adults<\/li>\n<li>Asthma<\/li>/,
    );
    expect(eligibility).toMatch(
      /ty-criteria-exclusion[^>]*><h4>Exclusion Criteria<\/h4><div class="ty-markup"><ul>\n<li>Smokers<\/li>/,
    );
  });

  it('renders criteria without the usual headings as markup', () => {
    const page = renderTrial({ eligibilityModule: { eligibilityCriteria: '* only adults' } });
    const eligibility = sectionHtml(page, 'eligibility');
    expect(eligibility).not.toContain('ty-criteria-part');
    expect(eligibility).toContain('<ul>\n<li>only adults</li>');
  });

  it('groups locations by country, alphabetically, and marks a missing country', () => {
    const contacts = sectionHtml(html, 'contacts-locations');
    const text = textOf(contacts);
    expect(text).toContain('4 locations in 2 countries');
    expect(text).toMatch(
      /Switzerland \(2\) .*Site Z.*Site A.* United States \(1\) .*Site B.*Boston, Massachusetts, 02115.*Country not provided \(1\) .*Site \?/,
    );
    expect(contacts).toContain('<a href="mailto:jane@example.org">jane@example.org</a>');
    expect(text).toContain('Dr Who, Principal Investigator Example University');
    expect(contacts).toContain('data-pointer="/contactsLocationsModule/locations/2"');
  });

  it('links references to PubMed and shows IPD sharing', () => {
    const references = sectionHtml(html, 'references');
    expect(references).toContain(
      '<a href="https://pubmed.ncbi.nlm.nih.gov/23032071/" rel="noopener noreferrer">PubMed 23032071</a>',
    );
    expect(references).toContain('Study <em>site</em>');
    expect(references).toContain('href="https://example.org/study"');
    const ipd = textOf(sectionHtml(html, 'ipd-sharing'));
    expect(ipd).toContain('Plan to share IPD Yes');
    expect(ipd).toContain('Study Protocol Statistical Analysis Plan (SAP)');
  });

  it('says "Not yet registered" without an NCT id', () => {
    const page = renderTrial({ identificationModule: { briefTitle: 'Draft' } });
    expect(page).toContain('data-pointer="/identificationModule/nctId">Not yet registered</span>');
    expect(page).toContain('<title>Draft</title>');
  });

  it('is readable at a glance: text only once the tags are gone', () => {
    expect(text).not.toContain('undefined');
    expect(text).not.toContain('[object Object]');
  });
});

describe('renderTrial on partial and invalid trials', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'identificationModule: x'],
    ['a number', 42],
    ['a list', [1, 2]],
    ['an empty mapping', {}],
    [
      'modules of the wrong type',
      {
        identificationModule: 'x',
        statusModule: [],
        designModule: 7,
        armsInterventionsModule: { armGroups: 'x', interventions: [null, 'y'] },
        outcomesModule: { primaryOutcomes: [{ measure: { deep: true } }] },
        contactsLocationsModule: { locations: [null, 3, { country: ['x'] }] },
        eligibilityModule: { eligibilityCriteria: 12, minimumAge: {} },
      },
    ],
  ])('renders every section for %s, marking what is missing', (_name, trial) => {
    const html = renderTrial(trial);
    expect(html).toContain('</html>');
    for (const id of SECTION_IDS) expect(html).toContain(`<section id="${id}"`);
    expect(html).toContain('class="ty-missing"');
    expect(html).not.toContain('ty-render-error" role="note">This part could not be rendered');
  });

  it('marks required fields and wrong types', () => {
    const html = renderTrial({
      identificationModule: { acronym: 'X' },
      designModule: { studyType: 'INTERVENTIONAL', enrollmentInfo: { count: 'many' } },
      statusModule: { overallStatus: 'RECRUITING' },
    });
    expect(html).toContain('data-pointer="/identificationModule/briefTitle">Brief title not provided</span>');
    expect(html).toContain('data-pointer="/designModule/phases">Not provided</span>');
    expect(html).toContain('data-pointer="/statusModule/startDateStruct/date">Not provided</span>');
    expect(html).toContain('Invalid value (expected a number): <code>&quot;many&quot;</code>');
    expect(html).toContain('data-pointer="/designModule/designInfo/allocation">Not provided</span>');
  });

  it('shows unknown codes as they are', () => {
    const html = renderTrial({
      statusModule: { overallStatus: 'NEARLY_DONE' },
      designModule: { phases: ['PHASE9'] },
    });
    expect(html).toContain('>NEARLY_DONE</span>');
    expect(html).toContain('<span class="ty-unknown-code" title="Not a Phase code">PHASE9</span>');
  });

  it('never throws and always returns a page, whatever the modules hold', () => {
    const moduleNames = [
      'identificationModule',
      'statusModule',
      'sponsorCollaboratorsModule',
      'oversightModule',
      'descriptionModule',
      'conditionsModule',
      'designModule',
      'armsInterventionsModule',
      'outcomesModule',
      'eligibilityModule',
      'contactsLocationsModule',
      'referencesModule',
      'ipdSharingStatementModule',
    ];
    const value = fc.anything({ maxDepth: 4, withNullPrototype: true, withBigInt: true, withMap: true });
    const trial = fc.dictionary(
      fc.constantFrom(...moduleNames),
      fc.oneof(value, fc.dictionary(fc.string(), value)),
    );
    fc.assert(
      fc.property(trial, (data) => {
        const html = renderTrial(data);
        return (
          html.endsWith('</html>\n') && !/<script/i.test(html) && html.includes('<section id="ipd-sharing"')
        );
      }),
      { numRuns: 150 },
    );
  });

  it('survives a getter that throws, keeping the other sections', () => {
    const trial = {
      conditionsModule: { conditions: ['Asthma'] },
      get designModule(): unknown {
        throw new Error('boom');
      },
    };
    const html = renderTrial(trial);
    expect(html).toContain('This part could not be rendered: boom');
    expect(html).toContain('<li data-pointer="/conditionsModule/conditions/0">Asthma</li>');
  });
});

describe('renderTrial with hostile text', () => {
  const trial = hostileTrial();
  const html = renderTrial(trial);
  const body = bodyOf(html);

  const ALLOWED_TAGS = new Set(
    // details/summary: the deadlines panel folds the applicability reasons (inert elements, no script).
    'a br code dd div dl dt em h1 h2 h3 h4 h5 h6 header footer main nav li ol p section span strong table tbody td th thead tr ul article blockquote pre hr details summary'.split(
      ' ',
    ),
  );
  const ALLOWED_ATTRS = new Set([
    'class',
    'id',
    'href',
    'rel',
    'title',
    'role',
    'scope',
    'colspan',
    'start',
    'aria-label',
    'data-pointer',
    'data-missing',
    'data-label',
    'data-problem-pointer',
    'data-rule-id',
  ]);

  it('contains only harmless elements and attributes', () => {
    const tags = startTags(body);
    expect(tags.length).toBeGreaterThan(100);
    for (const tag of tags) {
      expect(ALLOWED_TAGS, `<${tag.name}>`).toContain(tag.name);
      for (const name of tag.attrs.keys()) expect(ALLOWED_ATTRS, `${name} on <${tag.name}>`).toContain(name);
    }
  });

  it('links only to http, https, mailto and its own fragments', () => {
    const hrefs = startTags(body).flatMap((tag) =>
      tag.attrs.has('href') ? [tag.attrs.get('href') ?? ''] : [],
    );
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|mailto:|#[a-z0-9-]+$)/);
    expect(hrefs).not.toContain('http://evil.example/pixel.png'.replace('http', 'javascript'));
  });

  it('keeps the page structure: the payload cannot close the page’s elements', () => {
    expect(body.match(/<section /g)?.length).toBe(SECTION_IDS.length);
    expect(body.match(/<\/section>/g)?.length).toBe(SECTION_IDS.length);
    expect(body.match(/<main /g)?.length).toBe(1);
    expect(html.match(/<style/g)?.length).toBe(1);
  });

  it('shows the payload literally in text fields', () => {
    const text = textOf(body);
    for (const field of [
      'briefTitle',
      'officialTitle',
      'acronym',
      'measure',
      'timeFrame',
      'facility',
      'citation',
      'condition',
      'official',
    ]) {
      expect(text, field).toContain(`${field}: ${PAYLOAD}`);
    }
  });

  it('shows raw HTML literally in markup fields, links and images as text', () => {
    const text = textOf(body);
    const rawHtml = PAYLOAD.slice(0, PAYLOAD.indexOf(' [md link]'));
    expect(LITERALS.every((literal) => PAYLOAD.includes(literal))).toBe(true);
    for (const field of [
      'briefSummary',
      'detailedDescription',
      'armDescription',
      'interventionDescription',
      'outcomeDescription',
      'ipdDescription',
    ]) {
      expect(text, field).toContain(`${field}: ${rawHtml}`);
    }
    expect(text).toContain('[md link](javascript:window.__pwned=4)');
    expect(text).toContain('</section></main></body><div class="ty-page">');
    expect(body).toContain(
      'href="http://evil.example/pixel.png" rel="noopener noreferrer nofollow">[image: remote image]</a>',
    );
  });

  it('does not link the hostile NCT id, PMID, e-mail or URLs', () => {
    expect(body).not.toContain('clinicaltrials.gov/study/NCT&quot;');
    expect(body).not.toContain('pubmed.ncbi.nlm.nih.gov/1');
    expect(body).not.toMatch(/href="mailto:[^"]*onerror/);
    expect(body).toContain('title="Not an http(s) URL">javascript:window.__pwned=8</span>');
    expect(body).toContain('title="Not an http(s) URL">vbscript:msgbox(1)</span>');
  });
});

describe('renderTrial options', () => {
  it('sets the theme', () => {
    expect(renderTrial({})).toContain('<html lang="en" data-theme="auto">');
    expect(renderTrial({}, { theme: 'dark' })).toContain('data-theme="dark"');
    expect(renderTrial({}, { theme: 'light' })).toContain('<meta name="color-scheme" content="light">');
    expect(renderTrial({}, { theme: 'neon' as 'light' })).toContain('data-theme="auto"');
    expect(renderTrial({})).toMatch(
      /@media \(prefers-color-scheme:dark\)\{:where\(:root\[data-theme="auto"\]\)\{--ty-bg:/,
    );
    expect(renderTrial({})).toContain('@media print{');
  });

  it('takes another CSP, a style nonce, extra CSS and head markup', () => {
    const custom = renderTrial({}, { csp: "default-src 'none'; style-src vscode-resource:" });
    expect(custom).toContain('content="default-src &#39;none&#39;; style-src vscode-resource:"');
    const nonced = renderTrial({}, { styleNonce: 'abc123' });
    expect(nonced).toContain('<style nonce="abc123">');
    expect(nonced).toContain('style-src &#39;nonce-abc123&#39;');
    const css = renderTrial(
      {},
      { extraCss: ':root{--ty-bg:var(--vscode-editor-background)}</style><script>x</script>' },
    );
    expect(css).toContain(
      ':root{--ty-bg:var(--vscode-editor-background)}<\\/style><script>x</script></style>',
    );
    expect(css.match(/<\/style>/g)?.length).toBe(1);
    expect(renderTrial({}, { headHtml: '<meta name="x" content="y">' })).toContain(
      '<meta name="x" content="y">\n</head>',
    );
  });

  it('puts the CSP before anything that could load', () => {
    const html = renderTrial({});
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head.indexOf('Content-Security-Policy')).toBeLessThan(head.indexOf('<title>'));
    expect(head.indexOf('<meta charset="utf-8">')).toBeLessThan(head.indexOf('Content-Security-Policy'));
  });

  it('ignores options that are not an object', () => {
    expect(renderTrial({}, null as unknown as undefined)).toContain('data-theme="auto"');
  });
});

describe('renderTrial given a whole registry study', () => {
  it('says to pass the protocolSection', () => {
    const html = renderTrial({ protocolSection: fixtureTrial('NCT03418623'), hasResults: false });
    expect(html).toContain('This looks like a whole registry study');
    expect(renderTrial(fixtureTrial('NCT03418623'))).not.toContain('This looks like a whole registry study');
  });
});

describe("core's labels and criteria reading", () => {
  it('shows every status, intervention type and arm type with the label core gives it', () => {
    const cases: Array<[EnumName, string]> = [
      ...enumValues('Status').map((code): [EnumName, string] => ['Status', code]),
      ...enumValues('InterventionType').map((code): [EnumName, string] => ['InterventionType', code]),
      ...enumValues('ArmGroupType').map((code): [EnumName, string] => ['ArmGroupType', code]),
    ];
    for (const [definition, code] of cases) {
      const trial = {
        statusModule: { overallStatus: definition === 'Status' ? code : 'RECRUITING' },
        armsInterventionsModule: {
          armGroups: [{ label: 'A', type: definition === 'ArmGroupType' ? code : 'EXPERIMENTAL' }],
          interventions: [{ name: 'X', type: definition === 'InterventionType' ? code : 'DRUG' }],
        },
      };
      const text = decodeEntities(bodyOf(renderTrial(trial)));
      expect(text, `${definition}.${code}`).toContain(enumLabel(definition, code));
    }
  });

  it('splits the criteria where core does', () => {
    const criteria =
      '> Principal inclusion criteria\n\n* Adults\n\n## Additional Exclusion Criteria:\n\n* None';
    const parts = splitCriteria(criteria);
    expect(parts?.map((part) => part.kind)).toEqual(['inclusion', 'exclusion']);
    const html = renderTrial({ eligibilityModule: { eligibilityCriteria: criteria } });
    expect(html).toContain('ty-criteria-inclusion');
    expect(html).toContain('ty-criteria-exclusion');
  });
});

describe('the registry deadlines panel', () => {
  it('shows applicability, each deadline with its state and basis, pointing at the field it counts from', () => {
    const html = renderTrial(fixtureTrial('NCT04207047'), { asOf: '2026-11-21' });
    const panel = sectionHtml(html, 'deadlines');
    expect(panel).toContain('<h2>Registry deadlines</h2>');
    expect(textOf(panel)).toContain('ACT under FDAAA 801: why');
    expect(panel).toContain('It studies an FDA-regulated device product');
    expect(panel).toContain('<tr data-pointer="/statusModule/primaryCompletionDateStruct/date">');
    expect(textOf(panel)).toContain(
      'Results 2019-10-31 Overdue Primary completion date 2018-10-31 (ACTUAL) + 1 year (42 CFR 11.44(a)',
    );
    expect(textOf(panel)).toContain('Registration 2018-10-23 Met (late: 2019-12-17)');
    expect(textOf(panel)).toContain('As of 2026-11-21. A probable-ACT reading of registry fields');
    expect(html).toContain('<li><a href="#deadlines">Registry deadlines</a></li>');
  });

  it('shows the deadlines the caller computed (with the file’s history) instead', () => {
    const html = renderTrial(fixtureTrial('NCT04207047'), {
      deadlines: {
        applicability: 'ACT',
        reasons: ['Given <reason>.'],
        asOf: '2026-11-21',
        deadlines: [
          {
            kind: 'status-update',
            due: '2026-12-02',
            state: 'due',
            basis: 'Changed in commit abc.',
            pointer: '/statusModule/overallStatus',
          },
        ],
      },
    });
    const panel = sectionHtml(html, 'deadlines');
    expect(panel).toContain('Given &lt;reason&gt;.');
    expect(textOf(panel)).toContain('Status update 2026-12-02 Due soon Changed in commit abc.');
    expect(panel).not.toContain('Results');
  });

  it('says so when nothing applies, and reads a bad as-of day as today', () => {
    const panel = sectionHtml(renderTrial(fixtureTrial('NCT05594173'), { asOf: 'soon' }), 'deadlines');
    expect(textOf(panel)).toContain('not an ACT under FDAAA 801');
    expect(panel).toContain('It is not an interventional study');
    expect(textOf(panel)).toMatch(/As of \d{4}-\d{2}-\d{2}\./);
  });
});
