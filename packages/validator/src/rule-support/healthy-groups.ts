import type { ArmGroup } from '@trialyaml/core';

/** "healthy control(s)", "healthy volunteers", "healthy adult subjects", "healthy individuals". */
const HEALTHY_GROUP =
  /(?<![\w-])healthy\s+(?:[a-z-]+\s+){0,2}?(?:controls?|volunteers?|subjects?|participants?|individuals?)\b/gi;
/** Words before a mention that make it a comparison, not the arm itself ("compared with healthy controls"). */
const COMPARISON = /\b(?:compar\w*|versus|vs\.?|matched|than|relative to|against)\s+(?:[\w-]+\s+){0,3}$/i;

/** Whether a text says the group itself consists of healthy people. */
export function describesHealthyGroup(text: string | undefined, checkContext: boolean): boolean {
  if (!text) return false;
  for (const match of text.matchAll(HEALTHY_GROUP)) {
    if (!checkContext || !COMPARISON.test(text.slice(Math.max(0, match.index - 60), match.index)))
      return true;
  }
  return false;
}

/** Whether an arm or group consists of healthy participants, by its label or (not as a comparison) its description. */
export function isHealthyGroup(arm: ArmGroup): boolean {
  return describesHealthyGroup(arm.label, false) || describesHealthyGroup(arm.description, true);
}
