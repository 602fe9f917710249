// Benchmark: render a ~2 MB trial with 3,000 locations (built from dist/; run `npm run build` first).
// Usage: node bench/render-large.mjs [runs]
import { performance } from 'node:perf_hooks';
import { renderTrial } from '../dist/index.js';

const RUNS = Number(process.argv[2] ?? 40);
const WARMUP = 5;
const LOCATIONS = 3000;
const TARGET_BYTES = 2_000_000;

const COUNTRIES = [
  'United States',
  'Germany',
  'France',
  'Japan',
  'Brazil',
  'Canada',
  'Spain',
  'Italy',
  'Poland',
  'Australia',
];
const STATUSES = ['RECRUITING', 'NOT_YET_RECRUITING', 'ACTIVE_NOT_RECRUITING', 'COMPLETED'];

function paragraph(words, seed) {
  const vocabulary = [
    'participants',
    'randomized',
    'placebo',
    '**dose**',
    'baseline',
    'week',
    'safety',
    'efficacy',
    'cohort',
    'criteria',
  ];
  const out = [];
  for (let i = 0; i < words; i++) out.push(vocabulary[(i * 7 + seed) % vocabulary.length]);
  return out.join(' ');
}

function location(i, padding) {
  return {
    facility: `Research Site ${i} – University Hospital of ${COUNTRIES[i % COUNTRIES.length]} Clinical Research Unit`,
    status: STATUSES[i % STATUSES.length],
    city: `City ${i}`,
    state: i % 3 === 0 ? `State ${i % 50}` : undefined,
    zip: String(10000 + i),
    country: COUNTRIES[i % COUNTRIES.length],
    contacts: [
      {
        name: `Investigator ${i}, MD ${padding}`,
        role: 'PRINCIPAL_INVESTIGATOR',
        phone: `+1 555 ${String(i).padStart(4, '0')}`,
        email: `site${i}@example.org`,
      },
      {
        name: `Coordinator ${i}`,
        role: 'CONTACT',
        phone: `+1 555 9${String(i).padStart(4, '0')}`,
        phoneExt: '12',
        email: `coord${i}@example.org`,
      },
    ],
    geoPoint: { lat: 40 + (i % 10) / 10, lon: -70 - (i % 10) / 10 },
  };
}

function build(padding) {
  const arms = Array.from({ length: 8 }, (_, i) => ({
    label: `Arm ${i}`,
    type: i === 0 ? 'PLACEBO_COMPARATOR' : 'EXPERIMENTAL',
    description: paragraph(120, i),
    interventionNames: [`Drug: Compound ${i}`, 'Behavioral: Counselling'],
  }));
  const interventions = [
    ...arms.map((_, i) => ({
      type: 'DRUG',
      name: `Compound ${i}`,
      description: paragraph(80, i),
      armGroupLabels: [`Arm ${i}`],
      otherNames: [`CPD-${i}`],
    })),
    {
      type: 'BEHAVIORAL',
      name: 'Counselling',
      description: paragraph(60, 3),
      armGroupLabels: arms.map((arm) => arm.label),
    },
  ];
  const outcomes = (n, seed) =>
    Array.from({ length: n }, (_, i) => ({
      measure: `Outcome ${seed}.${i}: ${paragraph(15, i)}`,
      description: paragraph(90, i + seed),
      timeFrame: `Week ${i * 4}`,
    }));
  const criteria =
    'Inclusion Criteria:\n\n' +
    Array.from({ length: 60 }, (_, i) => `* ${paragraph(25, i)} \\>= ${i}`).join('\n') +
    '\n\nExclusion Criteria:\n\n' +
    Array.from({ length: 60 }, (_, i) => `1. ${paragraph(25, i + 3)}`).join('\n');
  return {
    identificationModule: {
      nctId: 'NCT09999999',
      orgStudyIdInfo: { id: 'BENCH-1' },
      briefTitle: 'A large multinational trial',
      officialTitle: paragraph(60, 1),
      acronym: 'LARGE',
    },
    statusModule: {
      statusVerifiedDate: '2025-01',
      overallStatus: 'RECRUITING',
      startDateStruct: { date: '2023-01-15', type: 'ACTUAL' },
      primaryCompletionDateStruct: { date: '2027-06', type: 'ESTIMATED' },
      completionDateStruct: { date: '2028-12', type: 'ESTIMATED' },
    },
    sponsorCollaboratorsModule: {
      responsibleParty: { type: 'SPONSOR' },
      leadSponsor: { name: 'Bench Pharma', class: 'INDUSTRY' },
      collaborators: [{ name: 'Network X', class: 'NETWORK' }],
    },
    oversightModule: { oversightHasDmc: true, isFdaRegulatedDrug: true, isFdaRegulatedDevice: false },
    descriptionModule: {
      briefSummary: paragraph(600, 2),
      detailedDescription: Array.from({ length: 40 }, (_, i) => paragraph(120, i)).join('\n\n'),
    },
    conditionsModule: { conditions: ['Condition A', 'Condition B'], keywords: ['alpha', 'beta', 'gamma'] },
    designModule: {
      studyType: 'INTERVENTIONAL',
      phases: ['PHASE3'],
      designInfo: {
        allocation: 'RANDOMIZED',
        interventionModel: 'PARALLEL',
        primaryPurpose: 'TREATMENT',
        maskingInfo: {
          masking: 'QUADRUPLE',
          whoMasked: ['PARTICIPANT', 'CARE_PROVIDER', 'INVESTIGATOR', 'OUTCOMES_ASSESSOR'],
        },
      },
      enrollmentInfo: { count: 30000, type: 'ESTIMATED' },
    },
    armsInterventionsModule: { armGroups: arms, interventions },
    outcomesModule: {
      primaryOutcomes: outcomes(5, 1),
      secondaryOutcomes: outcomes(40, 2),
      otherOutcomes: outcomes(10, 3),
    },
    eligibilityModule: {
      eligibilityCriteria: criteria,
      healthyVolunteers: false,
      sex: 'ALL',
      minimumAge: '18 Years',
      stdAges: ['ADULT', 'OLDER_ADULT'],
    },
    contactsLocationsModule: {
      centralContacts: [
        { name: 'Central Contact', role: 'CONTACT', phone: '+1 555 0000', email: 'trial@example.org' },
      ],
      overallOfficials: [{ name: 'Dr Lead', affiliation: 'Bench Pharma', role: 'STUDY_DIRECTOR' }],
      locations: Array.from({ length: LOCATIONS }, (_, i) => location(i, padding)),
    },
    referencesModule: {
      references: Array.from({ length: 30 }, (_, i) => ({
        pmid: String(20000000 + i),
        type: 'BACKGROUND',
        citation: paragraph(30, i),
      })),
    },
    ipdSharingStatementModule: {
      ipdSharing: 'YES',
      description: paragraph(100, 4),
      infoTypes: ['STUDY_PROTOCOL', 'SAP'],
    },
  };
}

// Pad the contact names until the record is about 2 MB of JSON.
let padding = '';
let trial = build(padding);
let size = JSON.stringify(trial).length;
const perSite = Math.max(0, Math.floor((TARGET_BYTES - size) / LOCATIONS));
padding = 'x'.repeat(perSite);
trial = build(padding);
size = JSON.stringify(trial).length;

const coldStart = performance.now();
renderTrial(trial).charCodeAt(0);
const cold = performance.now() - coldStart;
for (let i = 0; i < WARMUP; i++) renderTrial(trial);
const times = [];
let html = '';
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  html = renderTrial(trial);
  html.charCodeAt(html.length >> 1); // a consumer (file write) needs the flat string: count that too
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const pick = (q) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
const median = pick(0.5);
const p95 = pick(0.95);
console.log(
  `render-large: ${(size / 1e6).toFixed(2)} MB record, ${LOCATIONS} locations → ${(html.length / 1e6).toFixed(2)} MB HTML; ` +
    `${RUNS} runs: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, min ${times[0].toFixed(1)} ms, first (cold) ${cold.toFixed(1)} ms (budget 200 ms)`,
);
if (!html.includes('3000 locations in 10 countries')) {
  console.error('render-large: unexpected output');
  process.exitCode = 1;
}
