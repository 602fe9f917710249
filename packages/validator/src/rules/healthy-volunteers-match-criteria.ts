import { inclusionItems } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';
import { isHealthyGroup } from '../rule-support/healthy-groups.js';
import { fieldLabelOf, fieldName } from '../rule-support/registry-words.js';

/** An inclusion item that admits people without the condition: "healthy", "volunteers", "good health", "controls". */
const ADMITS_HEALTHY =
  /\b(?:healthy|volunteers?|good (?:general )?health|controls?|normal subjects?|without (?:the|a|any) )/i;

/**
 * An inclusion item that requires a disease or a diagnosis: "Diagnosis of ...", "histologically confirmed ...",
 * "patients with ...", "documented ...", "suffering from ...".
 */
const REQUIRES_CONDITION = new RegExp(
  [
    String.raw`\bdiagnos(?:is|ed|es)\b`,
    String.raw`\b(?:histologically|cytologically|pathologically|radiologically|clinically|biopsy)[- ]?(?:proven|confirmed|documented)\b`,
    String.raw`\bconfirmed (?:diagnosis|infection|disease)\b`,
    String.raw`\bpatients? (?:with|who (?:have|has|had)|suffering|diagnosed|presenting|undergoing|scheduled|admitted|hospitali[sz]ed)\b`,
    String.raw`\bsuffering from\b`,
    String.raw`\b(?:known|documented|established|proven) (?:\w+ ){0,3}(?:disease|disorder|infection|syndrome|cancer|carcinoma|diabetes|deficiency)\b`,
    // Patients booked for an operation: "patients aged 40-80 years who are planning to have thoracoscopic
    // lobectomy" (NCT04175379), "scheduled for elective cholecystectomy".
    String.raw`\bpatients?\b[^.;]{0,60}?\b(?:planning|planned|scheduled|booked|listed|indicated|due|referred|candidates?)\s+(?:to\s+(?:have|undergo|receive)|for)\s+[^.;]{0,80}?(?:surgery|operation|\w+(?:ectomy|otomy|ostomy|plasty|pexy))\b`,
  ].join('|'),
  'i',
);

/** An operation or procedure on a lesion: an "-ectomy", "-plasty", a revascularization, a PCI, a stent. */
const PROCEDURE = String.raw`(?:surgery|operation|\w+(?:ectomy|otomy|ostomy|plasty|pexy)|revasculari[sz]ation|percutaneous coronary intervention|PCI|stent(?:ing| implantation)?)`;

/**
 * Readings that require a condition only when the item does not deny them ("No clinical indication for ...",
 * "without significant stenosis"): a clinical indication for a procedure ("Clinical indication of coronary
 * angioplasty in bifurcated lesion", NCT03475563), a severe narrowing ("with a severe stenosis"), measurable disease.
 */
const REQUIRES_CONDITION_UNLESS_DENIED = [
  new RegExp(
    String.raw`(?<![\w-])(?:clinical|medical) indications? (?:of|for) [^.;]{0,60}?\b${PROCEDURE}(?![\w-])`,
    'gi',
  ),
  /(?<![\w-])(?:severe|significant|critical|high[- ]grade)\s+(?:[\w-]+\s+){0,2}?stenos[ie]s\b/gi,
  /(?<![\w-])(?:measurable|evaluable)\s+(?:[\w-]+\s+){0,2}?(?:disease|lesions?|tumou?rs?)\b/gi,
];

/** Words that deny what follows them: "No clinical indication for ...", "without significant stenosis". */
const DENIAL =
  /\b(?:no|not|non|none|without|absen(?:ce|t)|free|never|nor|neither|lack(?:s|ing)?|excluding|ruled? out)\b/i;

/** Words that deny what precedes them: "Significant stenosis ruled out by CT angiography". */
const DENIAL_AFTER = /\b(?:ruled? out|excluded|absent|not (?:present|seen|found|detected|shown))\b/i;

/**
 * Whether a reading matches with no denial before or after it in the item. The criteria reader already splits
 * items into sentences and semicolon clauses, so a denial is looked for in the whole item: a denial anywhere in
 * it leaves the reading unread, the narrow side.
 */
function affirms(item: string, reading: RegExp): boolean {
  for (const match of item.matchAll(reading)) {
    const before = item.slice(0, match.index);
    const after = item.slice(match.index + match[0].length);
    if (!DENIAL.test(before) && !DENIAL_AFTER.test(after)) return true;
  }
  return false;
}

/** Whether an inclusion item requires a disease, a diagnosis, an operation or a lesion to treat. */
function requiresCondition(item: string): boolean {
  return (
    REQUIRES_CONDITION.test(item) ||
    REQUIRES_CONDITION_UNLESS_DENIED.some((reading) => affirms(item, reading))
  );
}

export default defineRule(
  {
    id: 'healthy-volunteers-match-criteria',
    defaultSeverity: 'warning',
    category: 'eligibility',
    description:
      'Disallow accepting healthy volunteers when the inclusion criteria require a disease or diagnosis and no group is healthy',
    registry: 'review-major',
    source: 'TrialYAML (PRS review: information inconsistent, healthy volunteers vs criteria)',
    fixable: false,
  },
  ({ trial, report }) => {
    const eligibility = trial.eligibilityModule;
    const criteria = eligibility?.eligibilityCriteria;
    if (eligibility?.healthyVolunteers !== true || typeof criteria !== 'string') return;
    const items = inclusionItems(criteria);
    const requiring = items.find(requiresCondition);
    if (!requiring || items.some((item) => ADMITS_HEALTHY.test(item))) return;
    if ((trial.armsInterventionsModule?.armGroups ?? []).some(isHealthyGroup)) return;
    const pointer = '/eligibilityModule/healthyVolunteers';
    const quote = requiring.length > 80 ? `${requiring.slice(0, 77)}...` : requiring;
    report({
      pointer,
      message: `${fieldName(pointer)} is Yes (true), but the inclusion criteria require a condition ("${quote}") and no arm or group is of healthy participants: set ${fieldLabelOf(pointer)} to No (false), or say in the ${fieldLabelOf('/eligibilityModule/eligibilityCriteria')} and the groups who takes part without the condition.`,
      suggestions: [
        { title: 'Set healthyVolunteers to false', fix: [{ op: 'replace', pointer, value: false }] },
      ],
    });
  },
);
