import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { LINKED } from '../../test/arms-fixture.js';
import { setup, trialDocument } from '../../test/helpers.js';

const service = setup();

function renamed(position: { line: number; character: number }, newName: string): string | undefined {
  const document = trialDocument(LINKED);
  const edit = service.doRename(document, position, newName);
  const edits = edit?.changes?.[document.uri];
  return edits ? TextDocument.applyEdits(document, edits) : undefined;
}

describe('prepare rename', () => {
  const document = trialDocument(LINKED);
  it.each([
    ['an arm label', { line: 2, character: 15 }, 'Arm A', [2, 13, 18]],
    ['an arm reference', { line: 15, character: 10 }, 'Arm B', [15, 10, 15]],
    ['an intervention name', { line: 12, character: 15 }, 'Pembrolizumab', [12, 12, 25]],
    ['an intervention reference: the name only', { line: 5, character: 20 }, 'Pembrolizumab', [5, 10, 31]],
  ] as const)('%s', (_name, position, placeholder, [line, start, end]) => {
    expect(service.prepareRename(document, position)).toEqual({
      placeholder,
      range: { start: { line, character: start }, end: { line, character: end } },
    });
  });

  it.each([
    ['an arm type', { line: 3, character: 14 }],
    ['a key', { line: 2, character: 8 }],
  ])('nothing to rename on %s', (_name, position) => {
    expect(service.prepareRename(document, position)).toBeNull();
  });
});

describe('rename', () => {
  it('an arm label: the label and every armGroupLabels entry', () => {
    const after = renamed({ line: 2, character: 15 }, 'Arm 1 (pembrolizumab)');
    expect(after).toBe(
      LINKED.replace('- label: Arm A', '- label: Arm 1 (pembrolizumab)')
        .replace('        - Arm A\n', '        - Arm 1 (pembrolizumab)\n')
        .replace('armGroupLabels: [Arm A]', 'armGroupLabels: [Arm 1 (pembrolizumab)]'),
    );
  });

  it('from a reference to the arm', () => {
    const after = renamed({ line: 15, character: 10 }, 'Placebo arm');
    expect(after).toContain('    - label: Placebo arm\n');
    expect(after).toContain('        - Placebo arm\n');
  });

  it('an intervention name: every "Type: name" entry, keeping its form', () => {
    const after = renamed({ line: 12, character: 15 }, 'MK-3475');
    expect(after).toBe(
      LINKED.replace('name: Pembrolizumab', 'name: MK-3475')
        .replace('"Drug: Pembrolizumab"', '"Drug: MK-3475"')
        .replace('["DRUG: Pembrolizumab"]', '["DRUG: MK-3475"]'),
    );
  });

  it("from an arm's interventionNames entry", () => {
    const after = renamed({ line: 6, character: 25 }, 'Cholecalciferol');
    expect(after).toContain('        - "Dietary Supplement: Cholecalciferol"\n');
    expect(after).toContain('      name: Cholecalciferol\n');
  });

  it('quotes names that need it', () => {
    const after = renamed({ line: 2, character: 15 }, 'A: B');
    expect(after).toContain('- label: "A: B"\n');
    expect(after).toContain('        - "A: B"\n');
  });

  it('breaks no cross-reference', async () => {
    const crossReferenceFindings = async (text: string) =>
      (await service.getDiagnostics(trialDocument(text))).filter(
        (d) => d.code === 'arm-intervention-reference',
      ).length;
    const before = await crossReferenceFindings(LINKED);
    expect(await crossReferenceFindings(renamed({ line: 12, character: 15 }, 'MK-3475') as string)).toBe(
      before,
    );
    expect(await crossReferenceFindings(renamed({ line: 2, character: 15 }, 'Arm 1') as string)).toBe(before);
  });

  it.each([
    ['an empty name', { line: 2, character: 15 }, '  '],
    ['a place that cannot be renamed', { line: 3, character: 14 }, 'X'],
  ])('nothing for %s', (_name, position, newName) => {
    expect(service.doRename(trialDocument(LINKED), position, newName)).toBeNull();
  });
});
