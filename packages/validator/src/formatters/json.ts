import type { Formatter } from './formatter.js';
import { escapeJsonUnsafe } from './visible-text.js';

/**
 * Machine output: the results array exactly as the CLI contract defines it; U+0085, U+2028, U+2029 and other
 * controls JSON allows raw are escaped (visible-text.ts).
 */
export const json: Formatter = (results) =>
  escapeJsonUnsafe(
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
    ),
  ) + '\n';
