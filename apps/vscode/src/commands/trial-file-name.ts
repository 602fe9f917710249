// The names New Trial proposes and accepts, without `vscode` (unit-tested).

export const SUFFIX = '.trial.yaml';

/**
 * The file name for what was typed: `ABC-123` becomes `ABC-123.trial.yaml`; a name already ending in
 * `.trial.yaml` or `.trial.yml` stays. Undefined with the reason when it cannot be a file name here.
 */
export function trialFileName(typed: string): { name: string } | { problem: string } {
  const value = typed.trim();
  if (!value) return { problem: 'Type a file name, e.g. ABC-123.trial.yaml (your study ID).' };
  if (/[\\/]/.test(value)) return { problem: 'Type a file name without folders.' };
  // Characters no file system takes everywhere (Windows is the strictest).
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[<>:"|?*\u0000-\u001f]/.test(value) || value === '.' || value === '..')
    return { problem: `"${value}" cannot be a file name: leave out < > : " | ? * and control characters.` };
  if (/\.trial\.ya?ml$/i.test(value)) return { name: value };
  return { name: `${value.replace(/\.ya?ml$/i, '')}${SUFFIX}` };
}

/**
 * The protocol ID as the stem of a file name: letters, digits, `.`, `_` and `-` kept, every other run of characters
 * (spaces, slashes, colons) one `-`; `draft` when nothing is left.
 */
export function fileStemOf(orgStudyId: string | undefined): string {
  const stem = (orgStudyId ?? '')
    .trim()
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return stem || 'draft';
}
