import { defineRule } from '../engine/rule.js';
import { fieldName, valueName } from '../rule-support/registry-words.js';
import { isInterventional } from '../rule-support/study-type.js';

/**
 * Words that make a design observational: "observational study", "retrospective chart review", "retrospective
 * cohort", "registry study", "case-control". "Non-interventional" too.
 */
const OBSERVATIONAL =
  /\b(?:observational (?:study|design|cohort|trial)|non-?interventional|retrospective(?:ly)? (?:\w+ ){0,2}(?:study|review|cohort|analysis|data|design|collection|records?)|retrospective(?:ly)?,? (?:\w+ ){0,2}(?:collected|analy[sz]ed|reviewed)|case[- ]control (?:study|design))\b/i;

/**
 * "Prospective cohort study" is the registry's observational design in its own words (Observational Model
 * Cohort, Time Perspective Prospective). Only the whole phrase: "cohort" alone is common in interventional trials
 * (dose cohorts, "a prospective cohort of 30 patients will receive"), and a trial nested in a cohort study
 * ("A Randomized Trial Within a Prospective Cohort Study") is interventional.
 */
const PROSPECTIVE_COHORT = /\bprospective,?\s+cohort\s+(?:study|design)\b/i;
const TRIAL_WORDS = /\b(?:randomi[sz]ed|randomi[sz]ation|trials?|nested|embedded|within|interventional)\b/i;

/** The words of a text that make the design observational, if any. */
function observationalWords(text: string): string | undefined {
  const match = OBSERVATIONAL.exec(text) ?? (TRIAL_WORDS.test(text) ? null : PROSPECTIVE_COHORT.exec(text));
  return match?.[0];
}

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
      const words = observationalWords(texts[pointer] ?? '');
      if (!words) continue;
      report({
        pointer,
        message: `${fieldName(pointer)} says "${words}", but ${fieldName(STUDY_TYPE)} is ${valueName(STUDY_TYPE, 'INTERVENTIONAL')}: in an interventional study the investigators assign the interventions to participants. If they do not, register it as ${valueName(STUDY_TYPE, 'OBSERVATIONAL')}; otherwise correct the text.`,
      });
      return;
    }
  },
);
