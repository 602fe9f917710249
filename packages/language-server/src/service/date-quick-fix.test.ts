import { CodeActionKind, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { setup, trialDocument } from '../../test/helpers.js';

/** The diagnostics and code actions of a trial's one date-exists finding, as the editor gets them. */
async function dateFinding(text: string) {
  const service = setup();
  const document = trialDocument(text);
  const all = await service.getDiagnostics(document);
  const dates = all.filter((diagnostic) => diagnostic.code === 'date-exists');
  expect(dates).toHaveLength(1);
  const diagnostic = dates[0] as Diagnostic;
  const actions = await service.getCodeActions(document, diagnostic.range, { diagnostics: [diagnostic] });
  return { all, diagnostic, actions, document };
}

describe('date-exists in the editor', () => {
  it('a date written another way: one error with the field label, and a preferred quick fix to the ISO form', async () => {
    const text = 'statusModule:\n  startDateStruct:\n    date: 31/12/2027 # planned\n    type: ESTIMATED\n';
    const { all, diagnostic, actions, document } = await dateFinding(text);
    expect(all.filter((each) => each.range.start.line === 2)).toEqual([diagnostic]);
    expect(diagnostic.message).toContain('Study Start Date (statusModule.startDateStruct.date) 31/12/2027');
    expect(diagnostic.severity).toBe(1);
    const fix = actions.find((action) => action.title === 'Change to 2027-12-31');
    expect(fix).toMatchObject({ kind: CodeActionKind.QuickFix, isPreferred: true });
    const edits = fix?.edit?.changes?.[document.uri] ?? [];
    expect(TextDocument.applyEdits(document, edits)).toBe(text.replace('31/12/2027', '2027-12-31'));
  });

  it('a day that does not exist: an error, and no quick fix that guesses', async () => {
    const text = 'statusModule:\n  startDateStruct:\n    date: 2025-02-30\n    type: ACTUAL\n';
    const { diagnostic, actions } = await dateFinding(text);
    expect(diagnostic.message).toBe(
      'Study Start Date (statusModule.startDateStruct.date) 2025-02-30 does not exist: February 2025 has 28 days.',
    );
    expect(actions.filter((action) => action.kind === CodeActionKind.QuickFix && action.isPreferred)).toEqual(
      [],
    );
  });
});
