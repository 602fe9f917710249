import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { example, setup, trialDocument } from '../../test/helpers.js';

const service = setup();

/** A symbol tree as "name [detail] startLine-endLine", indented by depth. */
function outline(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((symbol) => [
    `${'  '.repeat(depth)}${symbol.name}${symbol.detail ? ` [${symbol.detail}]` : ''} ${symbol.range.start.line}-${symbol.range.end.line}`,
    ...outline(symbol.children ?? [], depth + 1),
  ]);
}

const TRIAL = `# yaml-language-server: $schema=../schemas/trial.schema.json
identificationModule:
  briefTitle: A study
armsInterventionsModule:
  armGroups:
    - label: Arm A
      type: EXPERIMENTAL
      interventionNames:
        - "Drug: X"
    # a comment between items
    - label: Arm B
      type: PLACEBO_COMPARATOR
  interventions:
    - type: DRUG
      name: X
outcomesModule:
  primaryOutcomes:
    - measure: Overall survival
      timeFrame: 2 years
  secondaryOutcomes:
  - measure: Toxicity
    timeFrame: 6 months
contactsLocationsModule:
  locations:
    - facility: Mayo Clinic
      city: Rochester
      country: United States
    - city: Paris
      country: France
`;

describe('document symbols', () => {
  it('modules, arms, interventions, outcomes and locations', () => {
    expect(outline(service.getDocumentSymbols(trialDocument(TRIAL)) as DocumentSymbol[])).toEqual([
      'identificationModule [Study identification] 1-2',
      'armsInterventionsModule [Arms, groups and interventions] 3-14',
      '  Arms and groups [2] 4-11',
      '    Arm A [Experimental] 5-8',
      '    Arm B [Placebo Comparator] 10-11',
      '  Interventions [1] 12-14',
      '    Drug: X 13-14',
      'outcomesModule [Outcome measures] 15-21',
      '  Primary outcomes [1] 16-18',
      '    Overall survival [2 years] 17-18',
      '  Secondary outcomes [1] 19-21',
      '    Toxicity [6 months] 20-21',
      'contactsLocationsModule [Contacts, locations and investigators] 22-28',
      '  Locations [2] 23-28',
      '    Mayo Clinic [Rochester, United States] 24-26',
      '    Paris, France 27-28',
    ]);
  });

  it('kinds and selection ranges inside ranges', () => {
    const symbols = service.getDocumentSymbols(trialDocument(TRIAL)) as DocumentSymbol[];
    const arms = symbols[1]?.children?.[0];
    expect(symbols[1]?.kind).toBe(SymbolKind.Module);
    expect(arms?.kind).toBe(SymbolKind.Array);
    expect(arms?.children?.[0]?.kind).toBe(SymbolKind.Struct);
    // The selection is the label's value.
    expect(arms?.children?.[0]?.selectionRange).toEqual({
      start: { line: 5, character: 13 },
      end: { line: 5, character: 18 },
    });
    const within = (symbol: DocumentSymbol): void => {
      const { range, selectionRange } = symbol;
      expect(selectionRange.start.line).toBeGreaterThanOrEqual(range.start.line);
      expect(selectionRange.end.line).toBeLessThanOrEqual(range.end.line);
      for (const child of symbol.children ?? []) {
        expect(child.range.start.line).toBeGreaterThanOrEqual(range.start.line);
        expect(child.range.end.line).toBeLessThanOrEqual(range.end.line);
        within(child);
      }
    };
    symbols.forEach(within);
  });

  it.each(['NCT04011033.trial.yaml', 'NCT04163237.trial.yaml', 'NCT05032014.trial.yaml'])(
    '%s has its modules',
    (name) => {
      const symbols = service.getDocumentSymbols(trialDocument(example(name))) as DocumentSymbol[];
      expect(symbols.map((symbol) => symbol.name)).toContain('identificationModule');
      expect(symbols.every((symbol) => symbol.name.length > 0)).toBe(true);
    },
  );

  it('modules still show when the YAML does not parse', () => {
    const symbols = service.getDocumentSymbols(
      trialDocument('statusModule:\n  overallStatus: [\ndesignModule:\n  x: y\n'),
    ) as DocumentSymbol[];
    expect(symbols.map((symbol) => symbol.name)).toEqual(['statusModule', 'designModule']);
  });

  it('flat symbols for clients without nesting', () => {
    const flat = setup({ hierarchicalSymbols: false }).getDocumentSymbols(
      trialDocument(TRIAL),
    ) as SymbolInformation[];
    expect(flat.find((symbol) => symbol.name === 'Arm A')).toMatchObject({
      containerName: 'Arms and groups',
      kind: SymbolKind.Struct,
    });
  });

  it('unnamed items get a numbered name', () => {
    const symbols = service.getDocumentSymbols(
      trialDocument('armsInterventionsModule:\n  armGroups:\n    - type: EXPERIMENTAL\n'),
    ) as DocumentSymbol[];
    expect(symbols[0]?.children?.[0]?.children?.[0]?.name).toBe('Arms and groups 1');
  });
});
