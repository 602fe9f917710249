import { describe, expect, it } from 'vitest';
import { formatTrialText } from './format-trial-document.js';

describe('formatTrialText', () => {
  it('reorders to registry order and keeps comments with the keys they sit above', () => {
    const before = [
      '# yaml-language-server: $schema=../schemas/trial.schema.json',
      'statusModule:',
      '  overallStatus: RECRUITING # as of March',
      '  # verified by the PI',
      '  statusVerifiedDate: 2024-03',
      'identificationModule:',
      '  briefTitle: A study',
      '  # our internal number',
      '  orgStudyIdInfo:',
      '    id: ABC-1',
      '',
    ].join('\n');
    expect(formatTrialText(before)).toBe(
      [
        '# yaml-language-server: $schema=../schemas/trial.schema.json',
        '',
        'identificationModule:',
        '  # our internal number',
        '  orgStudyIdInfo:',
        '    id: ABC-1',
        '  briefTitle: A study',
        'statusModule:',
        '  # verified by the PI',
        '  statusVerifiedDate: 2024-03',
        '  overallStatus: RECRUITING # as of March',
        '',
      ].join('\n'),
    );
  });

  it('leaves canonical text as it is, blank lines included', () => {
    const text = [
      'identificationModule:',
      '  briefTitle: A',
      '',
      '# status',
      'statusModule:',
      '  overallStatus: RECRUITING',
      '',
    ].join('\n');
    expect(formatTrialText(text)).toBe(text);
  });

  it('keeps CRLF and the BOM', () => {
    const text =
      '\uFEFFstatusModule:\r\n  overallStatus: RECRUITING\r\nidentificationModule:\r\n  briefTitle: A\r\n';
    expect(formatTrialText(text)).toBe(
      '\uFEFFidentificationModule:\r\n  briefTitle: A\r\nstatusModule:\r\n  overallStatus: RECRUITING\r\n',
    );
  });

  it('refuses to rewrite text that is not valid YAML', () => {
    expect(formatTrialText('a: [1\n')).toBeUndefined();
  });
});
