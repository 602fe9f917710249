import { ageInDays } from './age.js';
import { inclusionItems } from '@trialyaml/core';

/** An age limit stated in the criteria text. */
export interface StatedAgeLimit {
  /** The field values the statement allows, e.g. ["18 Years"], or ["18 Years", "19 Years"] for "over 18". */
  values: string[];
  /** The words of the criteria that state it. */
  quote: string;
}

export interface StatedAges {
  min?: StatedAgeLimit;
  max?: StatedAgeLimit;
}

const N = '(\\d{1,3})';
const UNIT = '(years?|yrs?\\.?|y/o|months?|mos?\\.?|weeks?|wks?\\.?|days?)';
/** "years old", "year-old", "years of age". */
const OLD = '(?:[\\s-]*old|\\s+of\\s+age)';
/** What may stand between "age" and the number: "age is", "age:", "aged between", "age range of". */
const AGE = '\\bage[sd]?\\b(?:\\s*(?:is|of|:|=|range|in|between|from)\\b|\\s*[:=])*';
const GREATER = '(≥|>|over|above|older than|greater than|more than|at least|minimum(?: of)?|from)';
const LESS =
  '(≤|<|under|below|younger than|less than|up to|not more than|no more than|not older than|no older than|maximum(?: of)?|not exceeding)';
const EXCLUSIVE = /^(?:>|over|above|older than|greater than|more than|<|under|below|younger than|less than)$/;

const HAS_DIGIT = /\d/;

type Kind = 'range' | 'min' | 'max';

/** What a match says: the numbers, their units (the other side's when one is left out) and the comparison word. */
interface Read {
  from?: string;
  to?: string;
  fromUnit?: string;
  toUnit?: string;
  op?: string;
}

/**
 * Each pattern yields, in its groups, numbers, units and (for min/max) the comparison word. Every pattern needs
 * the word "age" or a unit somewhere in the item: `needs` says which, so an item without it skips the pattern.
 */
interface Pattern {
  kind: Kind;
  regex: RegExp;
  needs: 'age' | 'unit';
  read: (match: RegExpExecArray) => Read;
}

const AGE_WORD = /\bage[sd]?\b/i;
const ANY_UNIT = new RegExp(UNIT, 'i');

const pattern = (kind: Kind, needs: Pattern['needs'], source: string, read: Pattern['read']): Pattern => ({
  kind,
  regex: new RegExp(source, 'gi'),
  needs,
  read,
});

const PATTERNS: Pattern[] = [
  // "Age 18-75", "aged 18 to 65 years", "aged between 18 and 70 years of age", "age is 5-8 years old"
  pattern('range', 'age', `${AGE}\\s*${N}\\s*${UNIT}?\\s*(?:-|to|and|~)\\s*${N}\\s*${UNIT}?${OLD}?`, (m) => ({
    from: m[1],
    to: m[3],
    fromUnit: m[2] ?? m[4],
    toUnit: m[4] ?? m[2],
  })),
  // "18 to 65 years old", "12-24 years of age"
  pattern('range', 'unit', `(?:between\\s+)?${N}\\s*${UNIT}?\\s*(?:-|to)\\s*${N}\\s*${UNIT}${OLD}`, (m) => ({
    from: m[1],
    to: m[3],
    fromUnit: m[2] ?? m[4],
    toUnit: m[4],
  })),
  // "between 18 and 70 years"
  pattern('range', 'unit', `between\\s+${N}\\s*${UNIT}?\\s*and\\s*${N}\\s*${UNIT}${OLD}?`, (m) => ({
    from: m[1],
    to: m[3],
    fromUnit: m[2] ?? m[4],
    toUnit: m[4],
  })),
  // "Age ≥ 18 years", "age over 60", "aged at least 18"
  pattern('min', 'age', `${AGE}\\s*${GREATER}\\s*${N}\\s*${UNIT}?`, (m) => ({
    op: m[1],
    from: m[2],
    fromUnit: m[3],
  })),
  // "age 18 years and older", "aged 18 or over", "age 18+"
  pattern(
    'min',
    'age',
    `${AGE}\\s*${N}\\s*${UNIT}?${OLD}?\\s*(?:\\+\\s*${UNIT}?|(?:or|and)\\s+(?:older|over|above|greater|up(?:wards)?)\\b)`,
    (m) => ({ from: m[1], fromUnit: m[2] ?? m[3] }),
  ),
  // "≥ 18 years", "at least 18 years old", "over 18 years of age"
  pattern('min', 'unit', `${GREATER}\\s*${N}\\s*${UNIT}${OLD}?`, (m) => ({
    op: m[1],
    from: m[2],
    fromUnit: m[3],
  })),
  // "18 years of age or older", "18 years and above"
  pattern(
    'min',
    'unit',
    `${N}\\s*${UNIT}${OLD}?\\s*(?:or|and)\\s+(?:older|over|above|up(?:wards)?)\\b`,
    (m) => ({
      from: m[1],
      fromUnit: m[2],
    }),
  ),
  // "over the age of 18"
  pattern('min', 'age', `(over|above|older than)\\s+(?:the\\s+)?age\\s+(?:of\\s+)?${N}\\b`, (m) => ({
    op: m[1],
    from: m[2],
  })),
  // "Age ≤ 75 years", "age under 60"
  pattern('max', 'age', `${AGE}\\s*${LESS}\\s*${N}\\s*${UNIT}?`, (m) => ({
    op: m[1],
    to: m[2],
    toUnit: m[3],
  })),
  // "age 75 years or younger"
  pattern(
    'max',
    'age',
    `${AGE}\\s*${N}\\s*${UNIT}?${OLD}?\\s*(?:or|and)\\s+(?:younger|under|below)\\b`,
    (m) => ({
      to: m[1],
      toUnit: m[2],
    }),
  ),
  // "under 65 years of age", "younger than 75 years"
  pattern('max', 'unit', `${LESS}\\s*${N}\\s*${UNIT}${OLD}`, (m) => ({ op: m[1], to: m[2], toUnit: m[3] })),
  pattern('max', 'unit', `(younger than)\\s*${N}\\s*${UNIT}`, (m) => ({ op: m[1], to: m[2], toUnit: m[3] })),
  // "75 years or younger"
  pattern('max', 'unit', `${N}\\s*${UNIT}${OLD}?\\s*(?:or|and)\\s+(?:younger|under|below)\\b`, (m) => ({
    to: m[1],
    toUnit: m[2],
  })),
  // "under age 60", "below the age of 65"
  pattern('max', 'age', `(under|below|younger than)\\s+(?:the\\s+)?age\\s+(?:of\\s+)?${N}\\b`, (m) => ({
    op: m[1],
    to: m[2],
  })),
];

/**
 * Words that may come before an age statement in the same item: who is described ("Male or female patients
 * aged …", "Healthy adults under age 60"). Anything else ("For adolescents under 18 …", "Parents of children
 * aged 2-5", "Disease duration over 5 years") means the ages may not be the participants' limits.
 */
const SUBJECT_WORDS = new Set(
  (
    'a all an and and/or are be being both female females girl girls boy boys healthy adult adults ' +
    "patient patients patient's participant participants participant's subject subjects subject's " +
    'volunteer volunteers person persons people individual individuals child children adolescent adolescents ' +
    'infant infants man men woman women male males elderly older young pregnant postmenopausal premenopausal ' +
    'outpatients inpatients must or the who is'
  ).split(' '),
);

function isSubjectPrefix(prefix: string): boolean {
  if (/\d/.test(prefix)) return false;
  const words = prefix
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/[^a-z'/]+/)
    .filter(Boolean);
  return words.every((word) => SUBJECT_WORDS.has(word));
}

const UNIT_NAMES: Array<[RegExp, string]> = [
  [/^(?:y|years?|yrs?\.?|y\/o)$/i, 'Year'],
  [/^(?:months?|mos?\.?)$/i, 'Month'],
  [/^(?:weeks?|wks?\.?)$/i, 'Week'],
  [/^days?$/i, 'Day'],
];

/** "18 Years", "1 Year", in the unit of the text. */
function ageValue(amount: number, unit: string | undefined): string {
  const name = UNIT_NAMES.find(([regex]) => regex.test(unit ?? 'y'))?.[1] ?? 'Year';
  return `${amount} ${name}${amount === 1 ? '' : 's'}`;
}

function limit(
  amount: number,
  unit: string | undefined,
  op: string | undefined,
  side: 'min' | 'max',
  quote: string,
): StatedAgeLimit {
  const exclusive = op !== undefined && EXCLUSIVE.test(op.toLowerCase());
  // "over 18" is written as 18 or 19 in the field; "under 65" as 64 or 65.
  const amounts = !exclusive
    ? [amount]
    : side === 'min'
      ? [amount, amount + 1]
      : [amount - 1, amount].filter((n) => n >= 0);
  // Lists made as literals, not by map() and filter(): V8 gives those arrays another kind depending on whether
  // the calling code is optimized yet, and recompiled the reading of statements each time a new kind turned up.
  const values: string[] = [];
  for (const each of amounts) values.push(ageValue(each, unit));
  return { values, quote };
}

/** Keeps the values every statement allows; undefined when statements disagree or there are none. */
function agree(limits: StatedAgeLimit[]): StatedAgeLimit | undefined {
  const [first, ...rest] = limits;
  if (!first) return undefined;
  const values: string[] = [];
  for (const value of first.values)
    if (rest.every((other) => other.values.some((each) => sameAge(each, value)))) values.push(value);
  return values.length ? { values, quote: first.quote } : undefined;
}

/** Two ages are the same when they differ by no more than a day or 1 %. */
export function sameAge(a: string, b: string): boolean {
  const x = ageInDays(a);
  const y = ageInDays(b);
  return x !== undefined && y !== undefined && Math.abs(x - y) <= Math.max(1, 0.01 * Math.max(x, y));
}

/**
 * The participants' minimum and maximum age as the inclusion criteria state them, read conservatively: only
 * statements that open a criterion ("Age 18-75", "Male or female patients aged 18-70", "≥ 18 years of age")
 * count, and limits that different statements disagree on are dropped.
 */
export function statedAges(criteria: string): StatedAges {
  const mins: StatedAgeLimit[] = [];
  const maxes: StatedAgeLimit[] = [];
  for (const item of inclusionItems(criteria)) {
    // Every pattern needs a number: most criteria have none and skip the patterns.
    if (!HAS_DIGIT.test(item)) continue;
    const hasAge = AGE_WORD.test(item);
    const hasUnit = ANY_UNIT.test(item);
    for (const { kind, regex, needs, read } of PATTERNS) {
      if (needs === 'age' ? !hasAge : !hasUnit) continue;
      regex.lastIndex = 0;
      for (let match = regex.exec(item); match; match = regex.exec(item)) {
        if (!isSubjectPrefix(item.slice(0, match.index))) continue;
        const { from, to, fromUnit, toUnit, op } = read(match);
        const quote = match[0].trim();
        const low =
          from === undefined
            ? undefined
            : limit(Number(from), fromUnit, kind === 'min' ? op : undefined, 'min', quote);
        const high =
          to === undefined
            ? undefined
            : limit(Number(to), toUnit, kind === 'max' ? op : undefined, 'max', quote);
        // A "range" whose ends are the wrong way round is not an age range.
        if (
          kind === 'range' &&
          (!low || !high || (ageInDays(low.values[0]) ?? 0) >= (ageInDays(high.values[0]) ?? 0))
        )
          continue;
        if (low) mins.push(low);
        if (high) maxes.push(high);
      }
    }
  }
  const min = agree(mins);
  const max = agree(maxes);
  return { ...(min ? { min } : {}), ...(max ? { max } : {}) };
}
