import { relative } from 'node:path';
import type { Severity } from '../findings.js';
import type { Formatter } from './formatter.js';
import { visibleTextKeepingLineBreaks } from './visible-text.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions' escaping for workflow command data and properties: line breaks as %0A (the runner shows them),
 * other control characters as visible escapes, so the log shows them instead of a terminal acting on them.
 */
const escapeData = (text: string): string =>
  visibleTextKeepingLineBreaks(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: one annotation per finding, shown on the pull request's diff. */
export const github: Formatter = (results, context) =>
  results
    .flatMap((result) =>
      result.findings.map((message) => {
        const file = escapeProperty(relative(context.cwd, result.filePath) || result.filePath);
        const properties = [
          `file=${file}`,
          `line=${message.line}`,
          `col=${message.column}`,
          `endLine=${message.endLine}`,
          `endColumn=${message.endColumn}`,
          `title=${escapeProperty(`trialyaml(${message.ruleId})`)}`,
        ].join(',');
        return `::${COMMAND[message.severity]} ${properties}::${escapeData(message.message)}\n`;
      }),
    )
    .join('');
