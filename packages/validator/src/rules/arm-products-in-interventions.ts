import type { ArmGroup, Intervention } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';
import { armsAndInterventions, linked } from '../rule-support/arms-links.js';
import { quoted } from '../rule-support/arms-paths.js';
import { fieldName } from '../rule-support/registry-words.js';

/**
 * Words that are certainly products: international non-proprietary name stems ("-mab", "-tinib", "-platin",
 * "-ciclib", ...), a few product abbreviations, and "vaccine". Only these are matched: other words of an arm
 * description ("usual care", "surgery") cannot be told from products safely.
 */
const PRODUCT = new RegExp(
  String.raw`\b(?:[a-z]{3,}(?:mab|tinib|ciclib|parib|platin|taxel|rubicin|tecan|cillin|mycin|floxacin|zole|vastatin|parin|sartan|gliptin|gliflozin|glutide|lukast|prazole|dronate|setron|triptan|semide|thiazide|zepam|zolam|tegravir|buvir|previr|asvir)|vaccines?|gm-csf|g-csf|bcg|ivig|5-fu|il-2)\b`,
  'gi',
);

/** Sentences about what participants get besides the study's interventions: not the arm's regimen. */
const BACKGROUND =
  /\b(?:background|standard(?: of)? care|usual care|concomitant|continu\w*|prior|previous\w*|stable|rescue|premedicat\w*|already|as needed|permitted|allowed|excluded|not receive|without)\b/i;

/** An intervention that stands for a class or a regimen ("Standard adjuvant endocrine therapy"): its members may be named anywhere. */
const CLASS =
  /\b(?:therapy|therapies|regimen|chemotherapy|standard|usual|care|treatment|drugs|agents|inhibitors?|antibiotics|vaccination)\b/i;

/** Products named in a text, in lower case, each once. */
function productsIn(text: string): string[] {
  return [...new Set([...text.matchAll(PRODUCT)].map((match) => match[0].toLowerCase()))];
}

/** Text compared for containment: lower case, hyphens and blanks dropped ("GM-CSF" = "gm csf" = "GMCSF"). */
function squashed(text: string): string {
  return text.toLowerCase().replace(/[\s-]+/g, '');
}

/** Whether the interventions name a product, in their names, other names or descriptions. */
function listed(product: string, interventions: readonly Intervention[]): boolean {
  const wanted = squashed(product.replace(/s$/, ''));
  return interventions.some((intervention) =>
    [intervention.name, ...(intervention.otherNames ?? []), intervention.description].some(
      (text) => typeof text === 'string' && squashed(text).includes(wanted),
    ),
  );
}

/** The arm's text that says what it receives: the label, and the description's sentences that are not background. */
function regimenTexts(
  arm: ArmGroup,
  interventions: readonly Intervention[],
): Array<['label' | 'description', string]> {
  const texts: Array<['label' | 'description', string]> = [];
  if (typeof arm.label === 'string') texts.push(['label', arm.label]);
  const classes = interventions.some(
    (intervention) => linked(arm, intervention) && CLASS.test(intervention.name ?? ''),
  );
  if (typeof arm.description === 'string' && !classes) {
    const sentences = arm.description
      .split(/(?<=[.;:])\s+|\n+/)
      .filter((sentence) => !BACKGROUND.test(sentence));
    texts.push(['description', sentences.join(' ')]);
  }
  return texts;
}

/**
 * A pegylated product named with its prefix ("PEG-rhG-CSF"): a different, long-acting product from the one named
 * without it ("rhG-CSF"), even when the record lists the plain name as an other name (NCT05531279).
 */
const PEGYLATED = /^\s*(?:peg|pegylated)[- ]([\p{L}\d][\p{L}\d-]{2,})\s*$/iu;

/** Whether a text names a product as a word of its own, not inside a longer name ("rhG-CSF" but not in "PEG-rhG-CSF"). */
function namesAlone(text: string, product: string): boolean {
  const escaped = product.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(String.raw`(?<![\p{L}\d-])${escaped}(?![\p{L}\d-])`, 'iu').test(text);
}

/**
 * The unmodified product an arm names while the only intervention it receives is the pegylated one, and the arm
 * never names the pegylated one: `{ plain: "rhG-CSF", given: "PEG-rhG-CSF", where }`.
 */
function plainForPegylated(
  arm: ArmGroup,
  received: readonly Intervention[],
  texts: ReadonlyArray<['label' | 'description', string]>,
): { plain: string; given: string; where: 'label' | 'description' } | undefined {
  if (received.length !== 1) return undefined;
  const name = received[0]?.name;
  const given = typeof name === 'string' ? name : '';
  const plain = PEGYLATED.exec(given)?.[1];
  if (!plain) return undefined;
  if (texts.some(([, text]) => squashed(text).includes(squashed(given)))) return undefined;
  const named = texts.find(([, text]) => namesAlone(text, plain));
  return named ? { plain, given, where: named[0] } : undefined;
}

export default defineRule(
  {
    id: 'arm-products-in-interventions',
    defaultSeverity: 'warning',
    category: 'arms-interventions',
    description:
      'Require the products an arm names in its label or description to be among the interventions',
    registry: 'review-major',
    source: 'TrialYAML (PRS review: trial design unclear)',
    fixable: false,
  },
  ({ trial, report }) => {
    const { arms, interventions } = armsAndInterventions(trial);
    if (!interventions.length) return;
    arms.forEach((arm, index) => {
      const missing: string[] = [];
      let where: 'label' | 'description' | undefined;
      for (const [field, text] of regimenTexts(arm, interventions)) {
        for (const product of productsIn(text)) {
          if (missing.includes(product) || listed(product, interventions)) continue;
          missing.push(product);
          where ??= field;
        }
      }
      const label = arm.label ?? String(index + 1);
      if (!missing.length || !where) {
        const received = interventions.filter((intervention) => linked(arm, intervention));
        const pegylated = plainForPegylated(arm, received, regimenTexts(arm, interventions));
        if (!pegylated) return;
        const pointer = `/armsInterventionsModule/armGroups/${index}/${pegylated.where}`;
        report({
          pointer,
          message: `Arm "${label}" names "${pegylated.plain}" in its ${fieldName(pointer)}, but the only intervention it receives is "${pegylated.given}", a different (pegylated) product, whatever its other names say: add "${pegylated.plain}" to the interventions and link it to this arm, or correct the arm if it receives "${pegylated.given}".`,
        });
        return;
      }
      const pointer = `/armsInterventionsModule/armGroups/${index}/${where}`;
      report({
        pointer,
        message: `Arm "${label}" names ${quoted(missing)} in its ${fieldName(pointer)}, which ${missing.length === 1 ? 'is' : 'are'} not among the interventions: add each product the arm receives to the interventions and link it to the arm, so the regimen can be read from the record.`,
      });
    });
  },
);
