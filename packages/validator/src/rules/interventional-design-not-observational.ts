import { defineRule } from '../engine/rule.js';
import { fieldName, valueName } from '../rule-support/registry-words.js';
import { isInterventional } from '../rule-support/study-type.js';

/**
 * Words that make a design observational: "observational study", "retrospective chart review", "retrospective
 * cohort", "registry study", "case-control". "Non-interventional" too.
 */
const OBSERVATIONAL =
  /\b(?:observational (?:study|design|cohort|trial)|non-?interventional|retrospective(?:ly)? (?:\w+ ){0,2}(?:study|review|cohort|analysis|data|design|collection|records?)|retrospective(?:ly)?,? (?:\w+ ){0,2}(?:collected|analy[sz]ed|reviewed)|case[- ]control (?:study|design))\b/i;

/** Texts that describe the design, most specific first. */
const FIELDS = [
  '/designModule/designInfo/interventionModelDescription',
  '/identificationModule/officialTitle',
  '/identificationModule/briefTitle',
] as const;

const STUDY_TYPE = '/designModule/studyType';

export default defineRule(
  {
    id: 'interventional-design-not-observational',
    defaultSeverity: 'warning',
    category: 'design',
    description:
      'Disallow an interventional study whose design description or title says it is observational or retrospective',
    registry: 'review-major',
    source: 'TrialYAML (PRS review: information inconsistent, study type vs design text)',
    fixable: false,
  },
  ({ trial, report }) => {
    if (!isInterventional(trial)) return;
    const texts: Record<(typeof FIELDS)[number], string | undefined> = {
      '/designModule/designInfo/interventionModelDescription':
        trial.designModule?.designInfo?.interventionModelDescription,
      '/identificationModule/officialTitle': trial.identificationModule?.officialTitle,
      '/identificationModule/briefTitle': trial.identificationModule?.briefTitle,
    };
    for (const pointer of FIELDS) {
      const match = OBSERVATIONAL.exec(texts[pointer] ?? '');
      if (!match) continue;
      report({
        pointer,
        message: `${fieldName(pointer)} says "${match[0]}", but ${fieldName(STUDY_TYPE)} is ${valueName(STUDY_TYPE, 'INTERVENTIONAL')}: in an interventional study the investigators assign the interventions to participants. If they do not, register it as ${valueName(STUDY_TYPE, 'OBSERVATIONAL')}; otherwise correct the text.`,
      });
      return;
    }
  },
);
