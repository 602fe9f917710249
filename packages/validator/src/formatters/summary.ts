import { relative } from 'node:path';
import { sectionState, summarizeSections, type SectionSummary } from '@trialyaml/core';
import pc from 'picocolors';
import type { Formatter } from './formatter.js';
import { visiblePathAtLineStart } from './visible-text.js';

type Colors = ReturnType<typeof pc.createColors>;

/** A section's cell: `ok`, `-` (not started), or its error and warning counts (`2E1W`; `-1E` when not started). */
function cell(section: SectionSummary): string {
  const state = sectionState(section);
  if (state === 'complete') return 'ok';
  if (state === 'not-started') return '-';
  const counts = `${section.errors ? `${section.errors}E` : ''}${section.warnings ? `${section.warnings}W` : ''}`;
  return section.started ? counts : `-${counts}`;
}

function paint(section: SectionSummary, text: string, colors: Colors): string {
  if (section.errors) return colors.red(text);
  if (section.warnings) return colors.yellow(text);
  return section.started ? colors.green(text) : colors.dim(text);
}

/**
 * The record summary of every file, for a team lead's morning check: one line per file, one column per form
 * section of the registry (in the registry's order), each `ok`, `-` (not started) or its error and warning
 * counts, like the record summary of the registry's entry system.
 */
export const summary: Formatter = (results, context) => {
  const colors = pc.createColors(context.color);
  const rows = results.map((result) => ({
    file: visiblePathAtLineStart(relative(context.cwd, result.filePath) || result.filePath),
    ...summarizeSections(result.startedSections ?? [], result.findings),
  }));
  const headings = summarizeSections([], []).sections.map((section) => section.short);
  const fileWidth = Math.max(4, ...rows.map((row) => row.file.length));
  const widths = headings.map((heading, index) =>
    Math.max(heading.length, ...rows.map((row) => cell(row.sections[index] as SectionSummary).length)),
  );
  const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - text.length));
  const out = [
    colors.bold([pad('File', fileWidth), ...headings.map((h, i) => pad(h, widths[i] ?? 0))].join('  ')),
  ];
  let complete = 0;
  for (const row of rows) {
    const cells = row.sections.map((section, index) =>
      paint(section, pad(cell(section), widths[index] ?? 0), colors),
    );
    const whole = row.record.errors + row.record.warnings;
    const note = whole ? colors.red(`  + ${whole} about the whole file`) : '';
    out.push(`${pad(row.file, fileWidth)}  ${cells.join('  ')}`.trimEnd() + note);
    if (!whole && row.sections.every((section) => sectionState(section) === 'complete')) complete++;
  }
  out.push(
    '',
    colors.dim(
      'ok complete · - not started · 2E1W errors and warnings in the section (-1E: missing, with an error)',
    ),
    `${rows.length} file${rows.length === 1 ? '' : 's'}, ${complete} with every section complete and no problems`,
    '',
  );
  return out.join('\n');
};
