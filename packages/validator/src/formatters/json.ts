import type { Formatter } from './formatter.js';

/** Machine output: the results array exactly as the CLI contract defines it. */
export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((result) => ({
      filePath: result.filePath,
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      infoCount: result.infoCount,
      messages: result.findings.map((message) => ({
        ruleId: message.ruleId,
        severity: message.severity,
        message: message.message,
        pointer: message.pointer,
        line: message.line,
        column: message.column,
        endLine: message.endLine,
        endColumn: message.endColumn,
      })),
    })),
  ) + '\n';
