import { relative } from 'node:path';
import pc from 'picocolors';
import type { Severity } from '../findings.js';
import { codeFrame } from './code-frame.js';
import type { Formatter } from './formatter.js';
import { visiblePathAtLineStart, visibleText } from './visible-text.js';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Human output: per file, each finding with position, severity, message, rule id and a code frame. User text (file
 * names, messages quoting values, source lines) shows control characters as escapes (visible-text.ts).
 */
export const stylish: Formatter = (results, context) => {
  const colors = pc.createColors(context.color);
  const paint: Record<Severity, (text: string) => string> = {
    error: colors.red,
    warning: colors.yellow,
    info: colors.blue,
  };
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const result of results) {
    if (!result.findings.length) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
    out.push(
      colors.underline(visiblePathAtLineStart(relative(context.cwd, result.filePath) || result.filePath)),
    );
    const excerpt = context.excerptOf?.(result.filePath);
    for (const message of result.findings) {
      const position = colors.dim(`${message.line}:${message.column}`);
      out.push(
        `  ${position}  ${paint[message.severity](message.severity)}  ${visibleText(message.message)}  ${colors.dim(visibleText(message.ruleId))}`,
      );
      if (excerpt) out.push(codeFrame(excerpt, message, colors).replace(/^/gm, '    '));
    }
    out.push('');
  }
  const total = errors + warnings + infos;
  if (total === 0) return '';
  const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')})`;
  out.push((errors ? colors.red : warnings ? colors.yellow : colors.blue)(colors.bold(summary)), '');
  return out.join('\n');
};
