import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTrial } from '@trialyaml/core';
import { describe, expect, it } from 'vitest';
import { presetSettings } from '../engine/severity-config.js';
import { allRules } from '../rules/index.js';
import { applyFixes } from './apply-fixes.js';
import { commentsOf, unsafeFixReason } from './fix-safety.js';

const example = readFileSync(
  resolve(dirname(fileURLToPath(import.meta.url)), '../../../../examples/NCT04011033.trial.yaml'),
  'utf8',
);
const options = { rules: allRules, settings: presetSettings('recommended', allRules), asOf: '2026-11-21' };
const maskingBlock = '    maskingInfo:\n      masking: NONE\n';

function withMasking(flow: string): string {
  expect(example).toContain(maskingBlock);
  return example.replace(maskingBlock, flow);
}

describe('applyFixes on flow collections, block scalar headers, line breaks and BOM', () => {
  it.each([
    ['a trailing comma', '    maskingInfo: {whoMasked: [PARTICIPANT],}\n', 'masking: SINGLE,}'],
    [
      'the closing brace on its own line',
      '    maskingInfo: {\n      whoMasked: [PARTICIPANT]\n     }\n',
      'masking: SINGLE\n',
    ],
    [
      'a trailing comma in the list',
      '    maskingInfo: {whoMasked: [PARTICIPANT, ]}\n',
      '[PARTICIPANT, ], masking: SINGLE}',
    ],
  ])('adds the masking level to a flow mapping with %s, and the file reads', (_name, flow, added) => {
    const result = applyFixes(withMasking(flow), options);
    expect(result.notApplied).toBeUndefined();
    expect(result.fixed).toBeGreaterThanOrEqual(1);
    expect(result.text).toContain(added);
    const read = loadTrial(result.text);
    expect(read.ok).toBe(true);
    expect(read.data).toMatchObject({ designModule: { designInfo: { maskingInfo: { masking: 'SINGLE' } } } });
  });

  it('keeps the comment on a block scalar header it rewrites', () => {
    const text = example
      .replace('  briefSummary: |-\n', '  briefSummary: |-  # keep me\n')
      .replace(
        '(TAE) / transcatheter arterial chemoembolization (TACE).\n',
        '(TAE) / transcatheter arterial chemoembolization (TACE).   \n',
      );
    const result = applyFixes(text, options);
    expect(result.fixed).toBe(1);
    expect(result.text).toContain('  briefSummary: |-  # keep me\n    Hepatocellular');
    expect(result.text).toContain('(TACE).\n');
  });

  it('keeps CRLF line breaks, a stray LF line and the BOM', () => {
    const lines = withMasking('    maskingInfo:\n      whoMasked:\n        - PARTICIPANT\n').split('\n');
    // Every line CRLF except the first: edited and added lines take the dominant CRLF.
    const text = `\uFEFF${lines[0]}\n${lines.slice(1).join('\r\n')}`;
    const result = applyFixes(text, options);
    expect(result.fixed).toBe(1);
    expect(result.text.startsWith('\uFEFF')).toBe(true);
    expect(result.text).toContain('        - PARTICIPANT\r\n      masking: SINGLE\r\n');
    expect(result.text.split('\n').filter((line) => !line.endsWith('\r')).length).toBe(2);
  });
});

describe('the safety check before fixed text is returned', () => {
  const original = loadTrial('a: {b: [x],}  # note\nc: |-  # header\n  text\n');

  it('passes text that reads and keeps every comment', () => {
    expect(
      unsafeFixReason(original, 'a: {b: [x], d: y,}  # note\nc: |-  # header\n  text\n'),
    ).toBeUndefined();
  });

  it('refuses text that does not read, saying where', () => {
    expect(unsafeFixReason(original, 'a: {b: [x],, d: y}  # note\nc: |-  # header\n  text\n')).toMatch(
      /^the fixed text would not read \(YAML syntax error: .* at line 1, column \d+\)$/,
    );
  });

  it('refuses text that loses a comment, naming it', () => {
    expect(unsafeFixReason(original, 'a: {b: [x],}  # note\nc: |-\n  text\n')).toBe(
      'the fixed text would lose the comment "# header"',
    );
  });

  it('refuses text that would be too large to read', () => {
    expect(unsafeFixReason(original, `a: ${'x'.repeat(200)}\n`, { maxBytes: 100 })).toMatch(
      /^the fixed text would be too large to read \(The file is 0\.0 MB, more than the 0\.0 MB a trial file may have\)$/,
    );
  });

  it('finds comments on every kind of line, and not in text that only looks like one', () => {
    const text =
      '# top\na: 1 # after\nb: |  # header\n  # not a comment\nc: "# not either"\nd: [x, # inside\n  ]\n';
    expect(commentsOf(text)).toEqual(['# top', '# after', '# header', '# inside']);
  });

  it('applyFixes returns the input unchanged, with the reason, when its result fails the check', () => {
    // A trial just under the size limit: the fix (a longer masking level) would push it over.
    const text = withMasking(
      '    maskingInfo:\n      whoMasked: [PARTICIPANT, CARE_PROVIDER]\n      masking: NONE\n',
    );
    const limit = Buffer.byteLength(text);
    const result = applyFixes(text, { ...options, maxBytes: limit });
    expect(result.text).toBe(text);
    expect(result.fixed).toBe(0);
    expect(result.notApplied?.fixes).toBe(1);
    expect(result.notApplied?.reason).toMatch(/^the fixed text would be too large to read \(The file is/);
  });
});
