import { enumLabel, getAtPointer, resolveSchema, trialSchema } from '@trialyaml/core';
import { SymbolKind, type DocumentSymbol, type Range, type SymbolInformation } from 'vscode-languageserver';
import { blockEnd } from './blocks.js';
import { interventionReference } from './cross-references.js';
import type { CachedDocument } from './document-cache.js';
import { rangeFromOffsets } from './position.js';
import { lineStartAt, nextLineStart, quickIndent, readLine } from './yaml-lines.js';

/** The lists shown in the outline, per module, with how to name their items. */
const LISTS: Record<
  string,
  Array<{ key: string; title: string; kind: SymbolKind; item: (value: unknown, index: number) => ItemName }>
> = {
  armsInterventionsModule: [
    { key: 'armGroups', title: 'Arms and groups', kind: SymbolKind.Struct, item: armName },
    { key: 'interventions', title: 'Interventions', kind: SymbolKind.Function, item: interventionName },
  ],
  outcomesModule: [
    { key: 'primaryOutcomes', title: 'Primary outcomes', kind: SymbolKind.Event, item: outcomeName },
    { key: 'secondaryOutcomes', title: 'Secondary outcomes', kind: SymbolKind.Event, item: outcomeName },
    { key: 'otherOutcomes', title: 'Other outcomes', kind: SymbolKind.Event, item: outcomeName },
  ],
  contactsLocationsModule: [
    { key: 'locations', title: 'Locations', kind: SymbolKind.Object, item: locationName },
  ],
};

interface ItemName {
  name: string | undefined;
  detail?: string;
  /** The field holding the name, for the selection range. */
  field?: string;
}

function text(value: unknown, key: string): string | undefined {
  const field =
    value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return typeof field === 'string' && field.trim() ? field : undefined;
}

function armName(value: unknown): ItemName {
  const type = text(value, 'type');
  return {
    name: text(value, 'label'),
    field: 'label',
    ...(type ? { detail: enumLabel('ArmGroupType', type) ?? type } : {}),
  };
}

function interventionName(value: unknown): ItemName {
  const name = text(value, 'name');
  const type = text(value, 'type');
  return { name: name && (interventionReference(type, name) ?? name), field: 'name' };
}

function outcomeName(value: unknown): ItemName {
  const timeFrame = text(value, 'timeFrame');
  return { name: text(value, 'measure'), field: 'measure', ...(timeFrame ? { detail: timeFrame } : {}) };
}

function locationName(value: unknown): ItemName {
  const place = [text(value, 'city'), text(value, 'country')].filter(Boolean).join(', ');
  const facility = text(value, 'facility');
  return {
    name: facility ?? (place || undefined),
    field: 'facility',
    ...(facility && place ? { detail: place } : {}),
  };
}

/**
 * The outline: the modules (found from the text, so they show while it does not parse), and inside them the
 * arms, interventions, outcomes and locations (from the parsed data).
 */
export function documentSymbols(cached: CachedDocument): DocumentSymbol[] {
  try {
    const body = cached.body;
    const symbols: DocumentSymbol[] = [];
    const root = resolveSchema(trialSchema);
    for (let at = 0; at !== -1; at = nextLineStart(body, at)) {
      if (quickIndent(body, at) !== 0) continue;
      const line = readLine(body, at);
      const key = line.content?.key;
      if (!key || line.dashes.length) continue;
      const end = blockEnd(body, at, 0, true);
      const property = root.properties?.[key.name];
      const module: DocumentSymbol = {
        name: key.name || '(empty key)',
        kind: SymbolKind.Module,
        range: range(cached, at, end),
        selectionRange: range(cached, key.start, key.end),
        children: listSymbols(cached, key.name),
      };
      const title = property ? resolveSchema(property).title : undefined;
      if (title) module.detail = title;
      symbols.push(module);
    }
    return symbols;
  } catch {
    return [];
  }
}

function range(cached: CachedDocument, start: number, end: number): Range {
  return rangeFromOffsets(cached.document, start, end, cached.bom);
}

function listSymbols(cached: CachedDocument, module: string): DocumentSymbol[] {
  const lists = LISTS[module];
  if (!lists) return [];
  const trial = cached.loaded;
  const symbols: DocumentSymbol[] = [];
  for (const list of lists) {
    const pointer = `/${module}/${list.key}`;
    const items = getAtPointer(trial.data, pointer);
    if (!Array.isArray(items)) continue;
    const keyRange = trial.rangeOf(pointer, 'key');
    const keyLine = lineStartAt(cached.body, keyRange.offset);
    const children: DocumentSymbol[] = [];
    items.forEach((item, index) => {
      const itemRange = trial.rangeOf(`${pointer}/${index}`);
      let start = itemRange.offset;
      // The item starts at its dash.
      const lineStart = lineStartAt(cached.body, start);
      const dash = cached.body.lastIndexOf('-', start);
      if (dash >= lineStart) start = dash;
      const end = Math.max(itemRange.endOffset, blockEnd(cached.body, lineStart, start - lineStart, false));
      const named = list.item(item, index);
      let selection = { start: itemRange.offset, end: itemRange.endOffset };
      if (named.field && named.name) {
        const field = trial.rangeOf(`${pointer}/${index}/${named.field}`);
        if (field.offset >= start && field.endOffset <= end)
          selection = { start: field.offset, end: field.endOffset };
      }
      const symbol: DocumentSymbol = {
        name: named.name ?? `${list.title} ${index + 1}`,
        kind: list.kind,
        range: range(cached, start, end),
        selectionRange: range(
          cached,
          selection.start,
          Math.max(selection.start, Math.min(selection.end, end)),
        ),
      };
      if (named.detail) symbol.detail = named.detail;
      children.push(symbol);
    });
    const listEnd = blockEnd(cached.body, keyLine, keyRange.offset - keyLine, true);
    const lastChild = items.length ? trial.rangeOf(`${pointer}/${items.length - 1}`) : undefined;
    const end = Math.max(listEnd, lastChild?.endOffset ?? 0);
    symbols.push({
      name: list.title,
      kind: SymbolKind.Array,
      detail: `${items.length}`,
      range: range(cached, keyRange.offset, end),
      selectionRange: range(cached, keyRange.offset, keyRange.endOffset),
      children,
    });
  }
  return symbols;
}

/** The outline as flat symbol information, for clients without nested symbols. */
export function flattenSymbols(
  uri: string,
  symbols: DocumentSymbol[],
  container?: string,
): SymbolInformation[] {
  const flat: SymbolInformation[] = [];
  for (const symbol of symbols) {
    flat.push({
      name: symbol.name,
      kind: symbol.kind,
      location: { uri, range: symbol.range },
      ...(container ? { containerName: container } : {}),
    });
    if (symbol.children) flat.push(...flattenSymbols(uri, symbol.children, symbol.name));
  }
  return flat;
}
