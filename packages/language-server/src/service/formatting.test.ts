import { formatTrialText } from '@trialyaml/core';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { example, setup, trialDocument } from '../../test/helpers.js';

const service = setup();

function formatted(text: string): string {
  const document = trialDocument(text);
  return TextDocument.applyEdits(document, service.format(document));
}

describe('formatting', () => {
  it('puts keys in the registry order and keeps comments, as one minimal edit', () => {
    const text =
      '# header\nstatusModule:\n  # why\n  whyStopped: Funding\n  overallStatus: TERMINATED # now\nidentificationModule:\n  briefTitle: X\n';
    const document = trialDocument(text);
    const edits = service.format(document);
    expect(edits).toHaveLength(1);
    expect(TextDocument.applyEdits(document, edits)).toBe(formatTrialText(text));
    expect(formatted(text)).toContain('# why\n');
    expect(formatted(text)).toContain('overallStatus: TERMINATED # now\n');
    expect(formatted(text).indexOf('identificationModule')).toBeLessThan(
      formatted(text).indexOf('statusModule'),
    );
  });

  it('the edit spans only what changed', () => {
    const text =
      'identificationModule:\n  briefTitle: X\nstatusModule:\n  whyStopped: Funding\n  overallStatus: TERMINATED\n';
    const [edit] = service.format(trialDocument(text));
    expect(edit?.range.start.line).toBe(3);
  });

  it('nothing for a formatted file', () => {
    const text = formatTrialText(example('NCT04011033.trial.yaml')) as string;
    expect(service.format(trialDocument(text))).toEqual([]);
  });

  it('nothing for text that does not parse', () => {
    expect(service.format(trialDocument('statusModule:\n  overallStatus: [\n'))).toEqual([]);
  });

  it('keeps CRLF', () => {
    expect(formatted('statusModule:\r\n  whyStopped: F\r\n  overallStatus: TERMINATED\r\n')).toBe(
      'statusModule:\r\n  overallStatus: TERMINATED\r\n  whyStopped: F\r\n',
    );
  });
});
