// The change list of `trialyaml diff` as Markdown for a pull-request comment (GitHub-flavoured): one table per
// form section. User text is escaped so that it cannot break the table or inject HTML or mentions.
import type { TrialChange } from '@trialyaml/core';
import { bySection, countWords, pathOf, type ComparedVersions } from './report.js';
import { fieldName } from './format-text.js';
import { valueLines } from './value-lines.js';
import { visibleText } from './visible-text.js';

/** Cell values longer than this are cut (the JSON output has them whole). */
const MAX_CELL_CHARS = 500;

/**
 * Text safe inside a table cell: control characters shown, HTML and table syntax escaped, Markdown punctuation
 * neutralized, lines as <br>.
 */
export function markdownCell(text: string): string {
  const shown = visibleText(text.replace(/\r\n/g, '\n'));
  const cut = shown.length > MAX_CELL_CHARS ? `${shown.slice(0, MAX_CELL_CHARS - 1)}…` : shown;
  return (
    cut
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Markdown punctuation (emphasis, links, code, headings, mentions) as character references.
      .replace(/[\\`*_[\]|#@!~]/g, (char) => `&#${char.charCodeAt(0)};`)
      .replace(/\r?\n/g, '<br>')
  );
}

const CHANGE_WORDS: Record<TrialChange['change'], string> = {
  added: 'added',
  removed: 'removed',
  changed: 'changed',
};

function valueCell(change: TrialChange, value: unknown, present: boolean): string {
  return present ? markdownCell(valueLines(value, pathOf(change)).join('\n')) : '';
}

export function formatMarkdown(changes: readonly TrialChange[], versions: ComparedVersions): string {
  const title = `### ${markdownCell(versions.file)}: changes compared with ${markdownCell(versions.other)}`;
  if (!changes.length) return `${title}\n\nNo differences in registry terms.\n`;
  const sections = bySection(changes);
  const lines = [
    title,
    '',
    `${countWords(changes.length, 'change')} in ${countWords(sections.length, 'form section')}, in the order of the registry's forms.`,
  ];
  for (const [section, group] of sections) {
    lines.push(
      '',
      `#### ${markdownCell(section)}`,
      '',
      `| Field | Change | ${markdownCell(versions.beforeName)} | ${markdownCell(versions.afterName)} |`,
      '| --- | --- | --- | --- |',
    );
    for (const change of group) {
      const field = `${markdownCell(fieldName(change))}<br><sub>${markdownCell(change.pointer)}</sub>`;
      lines.push(
        `| ${field} | ${CHANGE_WORDS[change.change]} | ${valueCell(change, change.before, change.change !== 'added')} | ${valueCell(change, change.after, change.change !== 'removed')} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
