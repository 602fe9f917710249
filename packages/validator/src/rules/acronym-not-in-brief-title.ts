import { defineRule } from '../engine/rule.js';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
    // The acronym as a word of its own, written as given (so "HOPE" does not match "hope").
    const word = new RegExp(`(?<![\\p{L}\\p{N}])${escape(acronym)}(?![\\p{L}\\p{N}])`, 'u');
    if (!word.test(title)) return;
    const pointer = '/identificationModule/briefTitle';
    // "Title (ACRONYM)", "Title - ACRONYM", "ACRONYM: Title" lose the acronym cleanly.
    const shorter = title
      .replace(new RegExp(`\\s*[(\\[]${escape(acronym)}[)\\]]\\s*$`, 'u'), '')
      .replace(new RegExp(`\\s*[-–:]\\s*${escape(acronym)}\\s*$`, 'u'), '')
      .replace(new RegExp(`^${escape(acronym)}\\s*[-–:]\\s*`, 'u'), '')
      .trim();
    report({
      pointer,
      message: `identificationModule.briefTitle contains the acronym "${acronym}", which the registry already shows after the brief title: remove it from the title.`,
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
