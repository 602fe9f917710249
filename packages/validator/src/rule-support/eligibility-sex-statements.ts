import { inclusionItems, plainInclusionText } from '@trialyaml/core';

export type StatedSex = 'FEMALE' | 'MALE';

/** What the inclusion criteria say about the participants' sex, read conservatively. */
export interface SexStatements {
  /** The criteria admit only this sex: "Women aged 18-45", "Female patients only", "Pregnant women". */
  restrictsTo?: { sex: StatedSex; quote: string };
  /**
   * The criteria admit this sex: "Pregnant or breastfeeding women are eligible", "Male or female patients aged
   * 18-70" (both sexes), or a restriction to it.
   */
  admits: Partial<Record<StatedSex, string>>;
}

const WORDS: Record<StatedSex, { nouns: string; adjectives: string }> = {
  FEMALE: {
    nouns: '(?:women|woman|females?|girls)',
    adjectives:
      '(?:healthy|adult|young|elderly|older|pregnant|non-pregnant|postmenopausal|post-menopausal|premenopausal|pre-menopausal|perimenopausal|nulliparous|primiparous|multiparous|infertile|postpartum)',
  },
  MALE: { nouns: '(?:men|man|males?|boys)', adjectives: '(?:healthy|adult|young|elderly|older|infertile)' },
};
const PEOPLE = '(?:\\s+(?:patients|participants|subjects|volunteers|adults|individuals))?';

/** Statements that admit only one sex, at the start of an inclusion criterion. */
/** Built once per sex: these run on every criterion of every file. */
const restrictiveCache = new Map<StatedSex, RegExp[]>();

function restrictive(sex: StatedSex): RegExp[] {
  const cached = restrictiveCache.get(sex);
  if (cached) return cached;
  const built = buildRestrictive(sex);
  restrictiveCache.set(sex, built);
  return built;
}

function buildRestrictive(sex: StatedSex): RegExp[] {
  const { nouns, adjectives } = WORDS[sex];
  const word = sex === 'FEMALE' ? '(?:female|women)' : '(?:male|men)';
  return [
    // "Women aged 18-45", "Postmenopausal women between 50 and 75", "Female patients ≥ 18 years", "Men 40 years or older"
    new RegExp(
      `^(?:${adjectives}[\\s,]+)*${nouns}${PEOPLE}\\s*,?\\s*(?:aged?\\b|ages\\b|between\\b|\\(?\\s*[≥>]?\\s*\\d|over\\s+\\d|older than\\b)`,
      'i',
    ),
    // "Female patients only", "Women only", "Only women"
    new RegExp(`^(?:${adjectives}[\\s,]+)*${nouns}${PEOPLE}\\s+only\\b`, 'i'),
    new RegExp(`^only\\s+(?:${adjectives}\\s+)*${nouns}\\b`, 'i'),
    // "Female sex", "Patients must be female"
    new RegExp(`^${word}\\s+(?:sex|gender)\\b(?!\\s*(?:or|and)\\b)`, 'i'),
    new RegExp(
      `^(?:patients|participants|subjects|volunteers)\\s+(?:must\\s+be|are|is)\\s+${word}\\b(?!\\s*(?:or|and)\\b)`,
      'i',
    ),
    ...(sex === 'FEMALE'
      ? [
          /^(?:healthy\s+)?pregnant(?:\s+(?:or|and|and\/or)\s+(?:breastfeeding|lactating|postpartum))?\s+(?:women|females|patients|participants|adolescents)\b/i,
        ]
      : []),
  ];
}

/** "… women are eligible": the sex may take part (others may too). */
function buildAdmitting(sex: StatedSex): RegExp {
  const nouns =
    sex === 'FEMALE' ? '(?:women|females?|girls|pregnant|breastfeeding|lactating)' : '(?:men|males?|boys)';
  return new RegExp(
    `\\b${nouns}\\b[^.;:]{0,40}?\\b(?:are|is)\\s+(?:also\\s+)?(?:eligible|allowed|welcome)\\b|\\b${nouns}\\b[^.;:]{0,40}?\\b(?:may|can)\\s+(?:also\\s+)?(?:participate|take part|enroll|be enrolled|be included)\\b`,
    'i',
  );
}
// Built once: these run on every criterion of every file.
const ADMITTING: Record<StatedSex, RegExp> = {
  FEMALE: buildAdmitting('FEMALE'),
  MALE: buildAdmitting('MALE'),
};
/** The other sex named anywhere in a criterion. */
const NAMES_OTHER: Record<StatedSex, RegExp> = {
  FEMALE: new RegExp(`\\b${WORDS.MALE.nouns}\\b`, 'i'),
  MALE: new RegExp(`\\b${WORDS.FEMALE.nouns}\\b`, 'i'),
};

/** Words that turn a statement around: "Pregnant women are excluded", "… women are not eligible". */
const NEGATION = /\b(?:not|no|non|excluded?|ineligible|cannot|unless|except)\b/i;

/**
 * Every statement above names a sex (or pregnancy): criteria without such a word are skipped. Loose on purpose
 * ("man" also matches "human"): it only has to never miss.
 */
const MENTIONS_SEX = /wom[ae]n|female|girl|m[ae]n|male|boy|pregnant|breastfeeding|lactating/i;

/**
 * A criterion that opens by admitting both sexes as the study population: "Male or female patients aged 18-70",
 * "Men and women between 40 and 75 years", "Healthy males or females ≥ 18". Only at the start and followed by an
 * age, as the restrictions above: "Males and females of childbearing potential must use contraception" is a
 * condition, not the population.
 */
const BOTH_POPULATION = new RegExp(
  `^(?:(?:${WORDS.FEMALE.adjectives}|${WORDS.MALE.adjectives})[\\s,]+)*(?:males?\\s+(?:and|or|and/or|&)\\s+females?|females?\\s+(?:and|or|and/or|&)\\s+males?|men\\s+(?:and|or|and/or|&)\\s+women|women\\s+(?:and|or|and/or|&)\\s+men)${PEOPLE}\\s*,?\\s*(?:aged?\\b|ages\\b|between\\b|\\(?\\s*[≥>]?\\s*\\d|over\\s+\\d|older than\\b)`,
  'i',
);
/** Words that would turn such an opening around ("… aged 18-70 are not eligible"): then it is not read at all. */
const EXCLUDED = /\b(?:excluded|ineligible|not\s+eligible)\b/i;

/** Both sexes named together: "Male or female", "men and women", "regardless of gender". */
const BOTH =
  /\b(?:males?\s+(?:and|or|and\/or)\s+females?|females?\s+(?:and|or|and\/or)\s+males?|men\s+(?:and|or|and\/or)\s+women|women\s+(?:and|or|and\/or)\s+men|boys\s+(?:and|or)\s+girls|girls\s+(?:and|or)\s+boys|both\s+(?:sexes|genders)|either\s+(?:sex|gender)|all\s+(?:sexes|genders)|any\s+(?:sex|gender)|regardless\s+of\s+(?:sex|gender))\b/i;

/** A criterion as quoted in a message: at most 80 characters. */
function quoteOf(item: string): string {
  return item.length > 80 ? `${item.slice(0, 77)}…` : item;
}

export function statedSex(criteria: string): SexStatements {
  const items = inclusionItems(criteria);
  const admits: Partial<Record<StatedSex, string>> = {};
  const restrictions: Partial<Record<StatedSex, string>> = {};
  for (const item of items) {
    if (!MENTIONS_SEX.test(item)) continue;
    if (BOTH_POPULATION.test(item) && !EXCLUDED.test(item)) {
      // Both sexes admitted: neither is a restriction (the whole text names both), each admits the other.
      const quote = quoteOf(item);
      admits.FEMALE ??= quote;
      admits.MALE ??= quote;
      continue;
    }
    for (const sex of ['FEMALE', 'MALE'] as const) {
      const admitted = ADMITTING[sex].exec(item);
      if (admitted && !NEGATION.test(item)) admits[sex] ??= admitted[0].trim();
      const restricted = restrictive(sex).some((regex) => regex.test(item));
      // "Pregnant women are excluded" restricts nothing; "Women aged 18-45 who are not pregnant" does;
      // "Women aged 18-45 or men aged 18-60" names both.
      const negated = NEGATION.test(item) && /^(?:healthy\s+)?pregnant\b/i.test(item);
      if (!restricted || negated || admitted || NAMES_OTHER[sex].test(item)) continue;
      restrictions[sex] ??= quoteOf(item);
    }
  }
  for (const sex of ['FEMALE', 'MALE'] as const) {
    const quote = restrictions[sex];
    if (quote) admits[sex] ??= quote;
  }
  const female = restrictions.FEMALE;
  const male = restrictions.MALE;
  // Only one sex restricted, nothing naming both or admitting the other. (The whole text is searched for both
  // sexes named together only then: most criteria restrict neither.)
  const namesBoth = (): boolean => BOTH.test(plainInclusionText(criteria));
  if (female && !male && !admits.MALE && !namesBoth())
    return { restrictsTo: { sex: 'FEMALE', quote: female }, admits };
  if (male && !female && !admits.FEMALE && !namesBoth())
    return { restrictsTo: { sex: 'MALE', quote: male }, admits };
  return { admits };
}
