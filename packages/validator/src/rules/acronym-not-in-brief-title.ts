import { defineRule } from '../engine/rule.js';
import { fieldLabelOf, fieldName } from '../rule-support/registry-words.js';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The character (a whole surrogate pair, if it is one) that ends just before `at`. */
function characterBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const last = text.charCodeAt(at - 1);
  return last >= 0xdc00 && last <= 0xdfff && at > 1 ? text.slice(at - 2, at) : text.charAt(at - 1);
}

/** Whether `word` occurs in `text` as a word of its own, written as given (so "HOPE" does not match "hope"). */
function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    const next = end < text.length ? String.fromCodePoint(text.codePointAt(end) as number) : '';
    if (!LETTER_OR_DIGIT.test(characterBefore(text, at)) && !LETTER_OR_DIGIT.test(next)) return true;
  }
  return false;
}

export default defineRule(
  {
    id: 'acronym-not-in-brief-title',
    defaultSeverity: 'info',
    category: 'text',
    description: 'Disallow the study acronym inside the brief title, which the registry shows after it',
    registry: 'review-advisory',
    source: 'TXT-ACRONYM-NOT-IN-TITLE',
    fixable: false,
  },
  ({ trial, report }) => {
    const acronym = trial.identificationModule?.acronym?.trim();
    const title = trial.identificationModule?.briefTitle;
    if (!acronym || !title) return;
    if (!containsWord(title, acronym)) return;
    const pointer = '/identificationModule/briefTitle';
    // "Title (ACRONYM)", "Title - ACRONYM", "ACRONYM: Title" lose the acronym cleanly.
    const shorter = title
      .replace(new RegExp(`\\s*[(\\[]${escape(acronym)}[)\\]]\\s*$`, 'u'), '')
      .replace(new RegExp(`\\s*[-–:]\\s*${escape(acronym)}\\s*$`, 'u'), '')
      .replace(new RegExp(`^${escape(acronym)}\\s*[-–:]\\s*`, 'u'), '')
      .trim();
    report({
      pointer,
      message: `${fieldName(pointer)} contains the acronym "${acronym}", which the registry already shows after the title: remove it from the ${fieldLabelOf(pointer)}.`,
      ...(shorter !== title.trim() && shorter !== ''
        ? {
            suggestions: [
              { title: `Change to "${shorter}"`, fix: [{ op: 'replace' as const, pointer, value: shorter }] },
            ],
          }
        : {}),
    });
  },
);
