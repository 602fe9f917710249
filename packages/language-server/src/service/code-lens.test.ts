import { describe, expect, it } from 'vitest';
import { createLanguageService } from './language-service.js';
import { example, setup, trialDocument } from '../../test/helpers.js';

const service = setup();

/** A draft ACT (phase 2, FDA-regulated drug) that started 2026-03-02: registration overdue as of 2026-11-21. */
const ACT_DRAFT = `# a draft
identificationModule:
  orgStudyIdInfo:
    id: VITD-2026-01
statusModule:
  statusVerifiedDate: 2026-10
  overallStatus: RECRUITING
  startDateStruct:
    date: 2026-03-02
    type: ACTUAL
  primaryCompletionDateStruct:
    date: 2027-06
    type: ESTIMATED
oversightModule:
  isFdaRegulatedDrug: true
designModule:
  studyType: INTERVENTIONAL
  phases:
    - PHASE2
`;

describe('the deadline lens', () => {
  it('sits above statusModule and sums up the deadlines as of the configured day', async () => {
    const [lens, ...others] = await service.getCodeLenses(trialDocument(ACT_DRAFT));
    expect(others).toEqual([]);
    expect(lens!.range).toEqual({ start: { line: 4, character: 0 }, end: { line: 4, character: 0 } });
    expect(lens!.command?.title).toBe('ACT · registration overdue since 2026-03-23 · results due 2028-06-30');
    expect(lens!.command?.command).toBe('');
    expect(lens!.command?.tooltip).toContain('not legal advice');
    expect(lens!.command?.tooltip).toContain(
      'registration overdue since 2026-03-23: Start date 2026-03-02 (ACTUAL) + 21 days (42 CFR 11.24(a)',
    );
  });

  it('reads an imported record: not an ACT, the verification it owes', async () => {
    const [lens] = await service.getCodeLenses(trialDocument(example('NCT05032014.trial.yaml')));
    expect(lens!.command?.title).toBe('not an ACT · verification overdue since 2022-10-31');
  });

  it('follows the trialyaml.asOf setting', async () => {
    const earlier = createLanguageService({ lintConfiguration: () => ({ asOf: '2026-03-10' }) });
    const [lens] = await earlier.getCodeLenses(trialDocument(ACT_DRAFT));
    expect(lens!.command?.title).toBe('ACT · register by 2026-03-23 · results due 2028-06-30');
  });

  it('shows "verified" while verification is not due', async () => {
    const registered = ACT_DRAFT.replace(
      'identificationModule:\n',
      'identificationModule:\n  nctId: NCT09999999\n',
    );
    const [lens] = await service.getCodeLenses(trialDocument(registered));
    expect(lens!.command?.title).toBe('ACT · registered · results due 2028-06-30 · verified 2026-10');
  });

  it('keeps its place in a document with a byte-order mark', async () => {
    const [lens] = await service.getCodeLenses(trialDocument(`\uFEFF${ACT_DRAFT}`));
    expect(lens!.range.start).toEqual({ line: 4, character: 0 });
  });

  it.each([
    ['no statusModule', 'identificationModule:\n  briefTitle: A study\n'],
    ['an empty document', ''],
    ['not a mapping', '- a\n- b\n'],
  ])('is absent for %s', async (_name, text) => {
    expect(await service.getCodeLenses(trialDocument(text))).toEqual([]);
  });

  it('reads what it can of a file with YAML errors', async () => {
    const broken = `${ACT_DRAFT}designModule:\n  studyType: [\n`;
    const lenses = await service.getCodeLenses(trialDocument(broken));
    expect(lenses.length).toBeLessThanOrEqual(1);
  });
});
