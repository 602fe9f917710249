import { relative } from 'node:path';
import type { Formatter } from './formatter.js';
import { visibleText } from './visible-text.js';

// XML 1.0 cannot carry most C0 control characters at all, and CI pages print the rest raw: user text shows them
// all as visible escapes (`\x1b`, `\n`), then XML's own escaping applies.
const escapeXml = (text: string): string =>
  visibleText(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/** JUnit XML: a test suite per file, a failing test case per error or warning, a passing case for clean files. */
export const junit: Formatter = (results, context) => {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<testsuites name="trialyaml">'];
  for (const result of results) {
    const name = escapeXml(relative(context.cwd, result.filePath) || result.filePath);
    const failing = result.findings.filter((message) => message.severity !== 'info');
    lines.push(
      `  <testsuite name="${name}" tests="${Math.max(1, failing.length)}" failures="${failing.length}" errors="0">`,
    );
    if (!failing.length) lines.push(`    <testcase name="${name}" classname="${name}"/>`);
    for (const message of failing) {
      const title = escapeXml(`${message.line}:${message.column} ${message.ruleId}`);
      lines.push(`    <testcase name="${title}" classname="${name}">`);
      lines.push(
        `      <failure message="${escapeXml(message.message)}" type="${message.severity}">${escapeXml(`${message.severity} at ${name}:${message.line}:${message.column}: ${message.message} (${message.ruleId})`)}</failure>`,
      );
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>', '');
  return lines.join('\n');
};
