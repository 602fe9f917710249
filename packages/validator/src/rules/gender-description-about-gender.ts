import { defineRule } from '../engine/rule.js';
import { hasText } from '../rule-support/presence.js';
import { fieldLabelOf, fieldName } from '../rule-support/registry-words.js';

/** Words that say something about sex or gender (or what only one sex has: pregnancy, a prostate, ...). */
const ABOUT_SEX_OR_GENDER =
  /\b(?:sex|sexes|sexual|gender\w*|males?|females?|men|women|man|woman|boys?|girls?|transgender|trans|non-?binary|intersex|cisgender|identif\w*|self-identif\w*|pregnan\w*|lactat\w*|breast\w*|menopaus\w*|postmenopaus\w*|premenopaus\w*|menstrua\w*|ovar\w*|uter\w*|cervi\w*|vagin\w*|prostat\w*|testi\w*|penile|masculin\w*|feminin\w*|mothers?|fathers?|maternal|paternal|childbearing|contracepti\w*|oestrogen|estrogen|androgen\w*|testosterone|xx|xy)\b/i;

const BASED = '/eligibilityModule/genderBased';
const DESCRIPTION = '/eligibilityModule/genderDescription';

export default defineRule(
  {
    id: 'gender-description-about-gender',
    defaultSeverity: 'warning',
    category: 'eligibility',
    description: 'Require a gender-based eligibility description to say something about sex or gender',
    registry: 'review-major',
    source: 'TrialYAML (PRS review: information inconsistent)',
    fixable: false,
  },
  ({ trial, report }) => {
    const eligibility = trial.eligibilityModule;
    if (eligibility?.genderBased !== true || !hasText(eligibility.genderDescription)) return;
    if (ABOUT_SEX_OR_GENDER.test(eligibility.genderDescription)) return;
    report({
      pointer: DESCRIPTION,
      message: `${fieldName(BASED)} is true, but ${fieldName(DESCRIPTION)} says nothing about sex or gender: describe who is eligible by gender and how it is determined (e.g. self-identified gender), or set ${fieldLabelOf(BASED)} to false if eligibility does not depend on it.`,
    });
  },
);
