// The change list of `trialyaml diff` for a terminal: grouped by the registry's form sections, in form order,
// one entry per field with its form label and the values on both sides. Colour only when asked (a terminal).
import type { TrialChange } from '@trialyaml/core';
import { createColors } from 'picocolors';
import { bySection, countWords, pathOf, type ComparedVersions } from './report.js';
import { valueLines } from './value-lines.js';
import { visibleText } from './visible-text.js';

const MARKS: Record<TrialChange['change'], string> = { added: '+', removed: '-', changed: '~' };

/** `Site "Mayo Clinic, Rochester" › Facility Contact Name`. */
export function fieldName(change: TrialChange): string {
  return [...change.context, change.label].map(visibleText).join(' › ');
}

export function formatText(
  changes: readonly TrialChange[],
  versions: ComparedVersions,
  color: boolean,
): string {
  const c = createColors(color);
  const paint: Record<TrialChange['change'], (text: string) => string> = {
    added: c.green,
    removed: c.red,
    changed: c.yellow,
  };
  const heading = `${visibleText(versions.file)} compared with ${visibleText(versions.other)}`;
  if (!changes.length) return `${heading}: no differences in registry terms.\n`;
  const width = Math.max(versions.beforeName.length, versions.afterName.length) + 1;
  const side = (name: string, value: unknown, change: TrialChange): string[] => {
    const [first = '', ...rest] = valueLines(value, pathOf(change)).map(visibleText);
    const indent = ' '.repeat(6 + width + 1);
    return [`      ${c.dim(`${name}:`.padEnd(width))} ${first}`, ...rest.map((line) => `${indent}${line}`)];
  };
  const lines = [
    `${heading}: ${countWords(changes.length, 'change')} in ${countWords(bySection(changes).length, 'section')}.`,
  ];
  for (const [section, group] of bySection(changes)) {
    lines.push('', c.bold(visibleText(section)));
    for (const change of group) {
      lines.push(
        `  ${paint[change.change](`${MARKS[change.change]} ${fieldName(change)}`)} ${c.dim(`(${change.change}, ${visibleText(change.pointer)})`)}`,
      );
      if (change.change !== 'added') lines.push(...side(versions.beforeName, change.before, change));
      if (change.change !== 'removed') lines.push(...side(versions.afterName, change.after, change));
    }
  }
  return `${lines.join('\n')}\n`;
}
