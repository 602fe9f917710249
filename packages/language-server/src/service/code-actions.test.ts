import { allRules, applyFixes, presetSettings } from '@trialyaml/validator';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { AS_OF, setup, trialDocument } from '../../test/helpers.js';
import { FIX_ALL_KIND, SHOW_RULE_DOCS_COMMAND } from './code-actions.js';
import type { ClientFeatures } from './client-features.js';

const ARMS_AND_INTERVENTIONS = `armsInterventionsModule:
  armGroups:
    - label: Arm A
      type: EXPERIMENTAL
      interventionNames:
        - "Drug: Pembrolizumab"
    - label: Arm B
      type: PLACEBO_COMPARATOR
  interventions:
    - type: DRUG
      name: Pembrolizumab
      armGroupLabels:
        - Arm A
    - type: DRUG
      name: Placebo
`;

/** The code actions for the diagnostics of `rule` in a text, as a client asks for them. */
async function actionsFor(
  text: string,
  rule: string,
  features: Partial<ClientFeatures> = {},
  only?: string[],
) {
  const service = setup(features);
  const document = trialDocument(text);
  const diagnostics = (await service.getDiagnostics(document)).filter((d) => d.code === rule);
  expect(diagnostics.length, `a ${rule} finding`).toBeGreaterThan(0);
  const diagnostic = diagnostics[0] as Diagnostic;
  const actions = await service.getCodeActions(document, diagnostic.range, {
    diagnostics: [diagnostic],
    ...(only ? { only } : {}),
  });
  return { service, document, diagnostic, actions };
}

/** The text after applying an action's edit (plain `changes` edits). */
function applied(document: TextDocument, action: CodeAction | undefined): string {
  const edits = action?.edit?.changes?.[document.uri] ?? [];
  expect(edits.length, `edits of ${action?.title}`).toBeGreaterThan(0);
  return TextDocument.applyEdits(document, edits);
}

function titled(actions: CodeAction[], title: string): CodeAction | undefined {
  return actions.find((action) => action.title === title);
}

describe('quick fixes from the validator', () => {
  it('a safe schema fix is preferred and changes only the value', async () => {
    const text = 'statusModule:\n  overallStatus: recruiting # comment kept\n';
    const { document, actions } = await actionsFor(text, 'schema');
    const fix = titled(actions, 'Change to RECRUITING');
    expect(fix).toMatchObject({ kind: CodeActionKind.QuickFix, isPreferred: true });
    expect(applied(document, fix)).toBe('statusModule:\n  overallStatus: RECRUITING # comment kept\n');
  });

  it('a guess is offered, not preferred', async () => {
    const { document, actions } = await actionsFor('statusModule:\n  overallStatus: RECRUTING\n', 'schema');
    const fix = titled(actions, 'Change to RECRUITING');
    expect(fix?.isPreferred).toBeUndefined();
    expect(applied(document, fix)).toBe('statusModule:\n  overallStatus: RECRUITING\n');
  });

  it('an unknown key offers its nearest name', async () => {
    const { document, actions } = await actionsFor('statusModule:\n  overalStatus: RECRUITING\n', 'schema');
    expect(applied(document, titled(actions, 'Rename to overallStatus'))).toBe(
      'statusModule:\n  overallStatus: RECRUITING\n',
    );
  });

  it('a value far from every code: the nearest valid codes', async () => {
    const { actions } = await actionsFor('designModule:\n  studyType: INTERVENTIONL_STUDY_X\n', 'schema');
    expect(actions.map((action) => action.title)).toContain('Change to INTERVENTIONAL');
  });

  it('a cross-reference typo offers the intervention meant', async () => {
    const text = ARMS_AND_INTERVENTIONS.replace('"Drug: Pembrolizumab"', '"Drug: Pembrolizumabb"');
    const { document, actions } = await actionsFor(text, 'arm-intervention-reference');
    expect(applied(document, titled(actions, 'Change to "Drug: Pembrolizumab"'))).toBe(
      ARMS_AND_INTERVENTIONS,
    );
  });

  it('a one-sided link is completed by the rule fix', async () => {
    const text = ARMS_AND_INTERVENTIONS.replace(
      '      armGroupLabels:\n        - Arm A\n',
      '      armGroupLabels:\n        - Arm B\n',
    );
    const { document, actions } = await actionsFor(text, 'arm-intervention-reference');
    const fix = actions.find((action) => action.isPreferred);
    expect(applied(document, fix)).toContain('      armGroupLabels:\n        - Arm B\n        - Arm A\n');
  });
});

describe('adding a missing cross-reference', () => {
  it('an arm without interventions: link it to an intervention, both ways', async () => {
    const { document, actions } = await actionsFor(ARMS_AND_INTERVENTIONS, 'arm-has-intervention');
    const link = titled(actions, 'Link arm "Arm B" and "Drug: Placebo"');
    const after = applied(document, link);
    expect(after).toContain(
      '    - label: Arm B\n      type: PLACEBO_COMPARATOR\n      interventionNames:\n        - "Drug: Placebo"\n',
    );
    expect(after).toContain('      name: Placebo\n      armGroupLabels:\n        - Arm B\n');
    const diagnostics = await setup().getDiagnostics(trialDocument(after));
    expect(diagnostics.map((d) => d.code)).not.toContain('arm-has-intervention');
    expect(diagnostics.map((d) => d.code)).not.toContain('arm-intervention-reference');
  });

  it('an intervention in no arm: link it to an arm', async () => {
    const { actions } = await actionsFor(ARMS_AND_INTERVENTIONS, 'intervention-in-arm');
    expect(actions.map((action) => action.title)).toEqual(
      expect.arrayContaining([
        'Link arm "Arm A" and "Drug: Placebo"',
        'Link arm "Arm B" and "Drug: Placebo"',
      ]),
    );
  });
});

describe('disable this rule for this line', () => {
  const text = 'statusModule:\n  overallStatus: TERMINATED\n';

  it('inserts a directive above, indented like the line, with a reason to fill in', async () => {
    const { document, actions } = await actionsFor(text, 'why-stopped-required');
    const disable = titled(actions, 'Disable why-stopped-required for this line');
    const after = applied(document, disable);
    expect(after).toBe(
      'statusModule:\n  # trialyaml-disable-next-line why-stopped-required -- reason\n  overallStatus: TERMINATED\n',
    );
    const diagnostics = await setup().getDiagnostics(trialDocument(after));
    expect(diagnostics.map((d) => d.code)).not.toContain('why-stopped-required');
  });

  it('a snippet placeholder for the reason when the client takes snippet edits', async () => {
    const { document, actions } = await actionsFor(text, 'why-stopped-required', { snippetEdits: true });
    const disable = titled(actions, 'Disable why-stopped-required for this line');
    expect(disable?.edit?.documentChanges).toEqual([
      {
        textDocument: { uri: document.uri, version: document.version },
        edits: [
          {
            range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } },
            snippet: {
              kind: 'snippet',
              value: '  # trialyaml-disable-next-line why-stopped-required -- ${1:reason}\n',
            },
          },
        ],
      },
    ]);
  });

  it('adds the rule to a directive already above the line', async () => {
    const withDirective =
      'statusModule:\n  # trialyaml-disable-next-line status-enterable -- legacy\n  overallStatus: TERMINATED\n';
    const { document, actions } = await actionsFor(withDirective, 'why-stopped-required');
    expect(applied(document, titled(actions, 'Disable why-stopped-required for this line'))).toBe(
      'statusModule:\n  # trialyaml-disable-next-line status-enterable, why-stopped-required -- legacy\n  overallStatus: TERMINATED\n',
    );
  });

  it('keeps CRLF line endings', async () => {
    const { document, actions } = await actionsFor(text.replace(/\n/g, '\r\n'), 'why-stopped-required');
    expect(applied(document, titled(actions, 'Disable why-stopped-required for this line'))).toContain(
      '-- reason\r\n  overallStatus',
    );
  });

  it('is not offered for syntax errors', async () => {
    const { actions } = await actionsFor('statusModule:\n  overallStatus: [x\n', 'syntax');
    expect(actions.map((action) => action.title).join()).not.toContain('Disable');
  });
});

describe('show rule documentation', () => {
  it('a command with the docs URL, for the client to open', async () => {
    const { actions } = await actionsFor(
      'statusModule:\n  overallStatus: TERMINATED\n',
      'why-stopped-required',
    );
    expect(titled(actions, 'Show documentation for why-stopped-required')?.command).toEqual({
      title: 'Show documentation for why-stopped-required',
      command: SHOW_RULE_DOCS_COMMAND,
      arguments: [expect.stringMatching(/docs\/rules\/why-stopped-required\.md$/)],
    });
  });
});

describe('fix all', () => {
  const text = 'statusModule:\n  overallStatus: recruiting\ndesignModule:\n  studyType: interventional\n';

  it('source.fixAll.trialyaml applies every safe fix as one edit, as trialyaml lint --fix', async () => {
    const service = setup();
    const document = trialDocument(text);
    const actions = await service.getCodeActions(
      document,
      { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      { diagnostics: [], only: [FIX_ALL_KIND] },
    );
    expect(actions).toHaveLength(1);
    expect(actions[0]?.kind).toBe(FIX_ALL_KIND);
    const edits = actions[0]?.edit?.changes?.[document.uri] ?? [];
    expect(edits).toHaveLength(1);
    const expected = applyFixes(text, {
      rules: allRules,
      settings: presetSettings('recommended', allRules),
      asOf: AS_OF,
    }).text;
    expect(TextDocument.applyEdits(document, edits)).toBe(expected);
    expect(await service.getFixAllEdits(document)).toEqual(edits);
  });

  it('is offered under the generic source.fixAll kind, not with quick fixes only', async () => {
    const service = setup();
    const document = trialDocument(text);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    expect(
      (await service.getCodeActions(document, range, { diagnostics: [], only: ['source.fixAll'] })).length,
    ).toBe(1);
    expect(
      (await service.getCodeActions(document, range, { diagnostics: [], only: ['quickfix'] })).length,
    ).toBe(0);
    expect((await service.getCodeActions(document, range, { diagnostics: [] })).length).toBe(0);
  });

  it('nothing when nothing is fixable', async () => {
    const service = setup();
    const document = trialDocument('statusModule:\n  overallStatus: TERMINATED\n');
    expect(await service.getFixAllEdits(document)).toEqual([]);
  });

  it('also as a quick fix next to a fixable problem', async () => {
    const { actions } = await actionsFor(text, 'schema');
    expect(actions.map((action) => action.title)).toContain('Fix all auto-fixable problems');
  });
});

describe('lazy edits (codeAction/resolve)', () => {
  it('actions come without edits and are resolved on demand', async () => {
    const { service, document, actions } = await actionsFor(
      'statusModule:\n  overallStatus: recruiting\n',
      'schema',
      {
        codeActionResolve: true,
      },
    );
    const fix = titled(actions, 'Change to RECRUITING') as CodeAction;
    expect(fix.edit).toBeUndefined();
    expect(fix.data).toMatchObject({ uri: document.uri, version: document.version });
    const resolved = await service.resolveCodeAction(fix);
    expect(applied(document, resolved)).toBe('statusModule:\n  overallStatus: RECRUITING\n');
  });

  it('an action for an older version is left unresolved', async () => {
    const { service, document, actions } = await actionsFor(
      'statusModule:\n  overallStatus: recruiting\n',
      'schema',
      {
        codeActionResolve: true,
      },
    );
    const fix = titled(actions, 'Change to RECRUITING') as CodeAction;
    const newer = TextDocument.update(
      document,
      [{ text: 'statusModule:\n  overallStatus: recruiting # x\n' }],
      5,
    );
    await service.getDiagnostics(newer);
    expect((await service.resolveCodeAction(fix)).edit).toBeUndefined();
  });

  it('fix all in the light bulb is resolved on demand too', async () => {
    const text = 'statusModule:\n  overallStatus: recruiting\ndesignModule:\n  studyType: interventional\n';
    const { service, document, actions } = await actionsFor(text, 'schema', { codeActionResolve: true });
    const all = titled(actions, 'Fix all auto-fixable problems') as CodeAction;
    expect(all.edit).toBeUndefined();
    expect(applied(document, await service.resolveCodeAction(all))).toBe(
      'statusModule:\n  overallStatus: RECRUITING\ndesignModule:\n  studyType: INTERVENTIONAL\n',
    );
  });

  it('garbage data is returned as is', async () => {
    const service = setup();
    expect(await service.resolveCodeAction({ title: 'x', data: { uri: 1 } })).toEqual({
      title: 'x',
      data: { uri: 1 },
    });
  });
});

describe('robustness', () => {
  it('diagnostics from another tool are ignored', async () => {
    const service = setup();
    const document = trialDocument('statusModule:\n  overallStatus: TERMINATED\n');
    const foreign: Diagnostic = {
      range: { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } },
      message: 'x',
      source: 'yaml',
      code: 'why-stopped-required',
    };
    expect(await service.getCodeActions(document, foreign.range, { diagnostics: [foreign] })).toEqual([]);
  });

  it('a stale diagnostic still gets the rule actions, not fixes', async () => {
    const service = setup();
    const document = trialDocument('statusModule:\n  overallStatus: TERMINATED\n');
    const stale: Diagnostic = {
      range: { start: { line: 9, character: 0 }, end: { line: 9, character: 3 } },
      message: 'x',
      source: 'trialyaml',
      code: 'why-stopped-required',
    };
    const actions = await service.getCodeActions(document, stale.range, { diagnostics: [stale] });
    expect(actions.map((action) => action.title)).toEqual(['Show documentation for why-stopped-required']);
  });
});
