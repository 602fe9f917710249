import {
  getAtPointer,
  encodePointer,
  resolveSchema,
  type PathSegment,
  type SchemaNode,
} from '@trialyaml/core';
import {
  CompletionItemKind,
  CompletionTriggerKind,
  InsertTextFormat,
  InsertTextMode,
  type CompletionContext,
  type CompletionItem,
  type CompletionList,
  type MarkupContent,
  type Position,
  type Range,
} from 'vscode-languageserver';
import type { ClientFeatures } from './client-features.js';
import { codesForStudy } from './completion-values.js';
import { crossReferences } from './cross-references.js';
import type { CachedDocument } from './document-cache.js';
import { cursorContextAt, type CursorContext } from './path-at-offset.js';
import { rangeFromOffsets } from './position.js';
import {
  enumMarkdown,
  enumPlainText,
  fieldMarkdown,
  fieldPlainText,
  schemaAt,
  yamlScalar,
} from './schema-docs.js';
import { expandSnippet, snippetToYaml } from './snippets.js';

export interface CompletionEnvironment {
  features: ClientFeatures;
  /** Today, for date completions. */
  now: () => Date;
}

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

/** Opens the completion list again once a key is in: its values come next, with their labels and meanings. */
const SUGGEST_VALUES = { title: 'Suggest values', command: 'editor.action.triggerSuggest' };

/** Above this size, a document not read yet is not read for a nicety of completion (a parse per keystroke). */
const LARGE_UNREAD_DOCUMENT = 512 * 1024;

/** Typical values of the age and duration fields, most common first. */
const AGE_EXAMPLES: Record<string, string[]> = {
  minimumAge: ['18 Years', '12 Years', '6 Months', '28 Days', '65 Years'],
  maximumAge: ['65 Years', '75 Years', '17 Years', '80 Years', '99 Years'],
  targetDuration: ['12 Months', '6 Months', '2 Years', '5 Years', '10 Years'],
};
const TIME_UNITS = ['Years', 'Months', 'Weeks', 'Days', 'Hours', 'Minutes'];

/** Completion at a position: keys, values, cross-references, snippets. Never throws. */
export function doComplete(
  cached: CachedDocument,
  position: Position,
  env: CompletionEnvironment,
  trigger?: CompletionContext,
): CompletionList {
  try {
    const offset = Math.max(0, cached.document.offsetAt(position) - cached.bom);
    const context = cursorContextAt(cached.body, offset);
    // Typed ":" or a space: only worth a list right after "key:", "key: " or "- " (not in the middle of text).
    if (trigger?.triggerKind === CompletionTriggerKind.TriggerCharacter) {
      const onValue = context.position === 'value' || context.position === 'item';
      // "18 " in an age: the units follow.
      const atValueStart = onValue && (context.prefix === '' || /^\d+ $/.test(context.prefix));
      if (!atValueStart || context.continuation) return EMPTY;
    }
    const completer = new Completer(cached, context, env);
    return { isIncomplete: false, items: completer.items() };
  } catch {
    return EMPTY;
  }
}

class Completer {
  private readonly range: Range;

  constructor(
    private readonly cached: CachedDocument,
    private readonly context: CursorContext,
    private readonly env: CompletionEnvironment,
  ) {
    this.range = rangeFromOffsets(cached.document, context.replace.start, context.replace.end, cached.bom);
  }

  items(): CompletionItem[] {
    const context = this.context;
    switch (context.position) {
      case 'key': {
        const container = schemaAt(context.mapPath);
        if (container?.type === 'array') return this.newListItems(context.mapPath, container);
        return this.keys(container, context.presentKeys, false);
      }
      case 'item': {
        const item = schemaAt(context.path);
        if (!item) return [];
        if (item.type === 'object')
          return [...this.snippets(item, context.column, ''), ...this.keys(item, context.presentKeys, true)];
        return this.values(context.path, item, true);
      }
      case 'value': {
        if (context.continuation) return [];
        const schema = schemaAt(context.path);
        if (!schema) return [];
        return this.values(context.path, schema, typeof context.path[context.path.length - 1] === 'number');
      }
      default:
        return [];
    }
  }

  /** The keys of a mapping that are not there yet. */
  private keys(
    container: SchemaNode | undefined,
    present: readonly string[],
    afterDash: boolean,
  ): CompletionItem[] {
    const properties = container?.type === 'object' ? container.properties : undefined;
    if (!properties) return [];
    const context = this.context;
    const items: CompletionItem[] = [];
    Object.entries(properties).forEach(([name, property], index) => {
      if (present.includes(name) || property.doNotSuggest) return;
      const schema = resolveSchema(property);
      const system = schema['x-system'] === true;
      const item: CompletionItem = {
        label: name,
        kind:
          context.mapPath.length === 0 && !afterDash
            ? CompletionItemKind.Module
            : CompletionItemKind.Property,
        sortText: `${system ? '1' : '0'}${String(index).padStart(3, '0')}`,
        filterText: name,
        documentation: this.documentation(fieldMarkdown(schema), fieldPlainText(schema)),
        textEdit: { range: this.range, newText: name },
      };
      if (schema.title) item.detail = system ? `${schema.title} (assigned by the registry)` : schema.title;
      if (!context.hasColon) this.keyInsertion(item, name, schema);
      items.push(item);
    });
    return items;
  }

  /** `key: ` with, for mappings and lists, the next line indented, and for enums a choice of codes. */
  private keyInsertion(item: CompletionItem, name: string, schema: SchemaNode): void {
    const { features } = this.env;
    const key = yamlScalar(name);
    const child = ' '.repeat(this.context.column + 2);
    // Continuation lines: absolute when the client takes them as they are, else relative to the line.
    const indent = features.insertTextModeAsIs ? child : '  ';
    let text: string;
    let snippet = false;
    // An enum's codes come from the value completion that opens next (labels, meanings, only the codes that fit
    // the study), not from a snippet choice, which can show only bare codes.
    if (schema.type === 'object') {
      text = `${key}:\n${indent}`;
    } else if (schema.type === 'array') {
      const items = schema.items ? resolveSchema(schema.items) : undefined;
      text = `${key}:\n${indent}- `;
      if (items?.enum) item.command = SUGGEST_VALUES;
    } else if (schema.enum) {
      text = `${key}: `;
      item.command = SUGGEST_VALUES;
    } else if (schema.type === 'boolean' && features.snippets) {
      text = `${key}: \${1|true,false|}`;
      snippet = true;
    } else {
      text = `${key}: `;
    }
    if (item.textEdit) item.textEdit.newText = text;
    if (snippet) item.insertTextFormat = InsertTextFormat.Snippet;
    if (features.insertTextModeAsIs && text.includes('\n')) item.insertTextMode = InsertTextMode.asIs;
  }

  /** On a line of its own inside a list, before any dash: new items, with their dash. */
  private newListItems(listPath: PathSegment[], list: SchemaNode): CompletionItem[] {
    const item = list.items ? resolveSchema(list.items) : undefined;
    if (!item) return [];
    if (item.type === 'object') return this.snippets(item, this.context.column + 2, '- ');
    return this.values([...listPath, this.listLength(listPath)], item, true, '- ');
  }

  private listLength(listPath: PathSegment[]): number {
    if (!this.cached.isLoaded) return 0;
    const value = getAtPointer(this.cached.loaded.data, encodePointer(listPath));
    return Array.isArray(value) ? value.length : 0;
  }

  /** The schema's `defaultSnippets` for a list item, as YAML. */
  private snippets(item: SchemaNode, column: number, lead: string): CompletionItem[] {
    const { features } = this.env;
    if (!item.defaultSnippets?.length) return [];
    return item.defaultSnippets.map((snippet, index) => {
      const indent = features.insertTextModeAsIs ? column : column - this.context.column + (lead ? 0 : 2);
      const body = snippetToYaml(snippet.body, Math.max(0, indent));
      const text = lead + body;
      const plain = expandSnippet(text);
      const completion: CompletionItem = {
        label: snippet.label ?? item.title ?? 'New item',
        kind: CompletionItemKind.Snippet,
        sortText: `!${index}`,
        filterText: lead + (this.context.prefix || (snippet.label ?? '')),
        documentation: this.documentation(
          `${snippet.description ?? ''}\n\n\`\`\`yaml\n${lead}${snippetToYaml(stripPlaceholders(snippet.body), 0)}\n\`\`\``,
          snippet.description ?? '',
        ),
        textEdit: { range: this.range, newText: features.snippets ? text : plain },
      };
      if (snippet.description) completion.detail = snippet.description;
      if (features.snippets) completion.insertTextFormat = InsertTextFormat.Snippet;
      if (features.insertTextModeAsIs) completion.insertTextMode = InsertTextMode.asIs;
      return completion;
    });
  }

  /** Values for a scalar: enum codes, booleans, cross-references, ages, dates. */
  private values(path: PathSegment[], schema: SchemaNode, isListItem: boolean, lead = ''): CompletionItem[] {
    const before = this.cached.body.charCodeAt(this.context.replace.start - 1);
    // Right after "key:" with no space yet, the value needs one.
    const space = lead === '' && before === 58 /* : */ ? ' ' : '';
    const present = isListItem ? this.siblingValues(path) : [];
    const make = (
      value: string,
      kind: CompletionItemKind,
      index: number,
      extra: Partial<CompletionItem> = {},
    ): CompletionItem => {
      const text = `${lead}${space}${yamlScalar(value)}`;
      return {
        label: value,
        kind,
        sortText: String(index).padStart(4, '0'),
        filterText: `${lead}${yamlScalar(value)}`,
        textEdit: { range: this.range, newText: text },
        ...extra,
      };
    };
    if (schema.enum) {
      const offered = codesForStudy(path, schema.enum, this.trialData());
      return schema.enum
        .map((code, index) => ({ code, index, label: schema['x-enumLabels']?.[index] }))
        .filter(({ code }) => offered.includes(code) && !present.includes(code))
        .map(({ code, index, label }) =>
          make(code, CompletionItemKind.EnumMember, index, {
            // The label on every row of the list, the meaning in its details.
            ...(label ? { detail: label, labelDetails: { description: label } } : {}),
            documentation: this.documentation(enumMarkdown(schema, index), enumPlainText(schema, index)),
          }),
        );
    }
    if (schema.type === 'boolean')
      return ['true', 'false'].map((value, index) => ({
        ...make(value, CompletionItemKind.Value, index),
        textEdit: { range: this.range, newText: `${lead}${space}${value}` },
      }));
    const crossRefs = this.crossReferenceValues(path, present);
    if (crossRefs)
      return crossRefs.map(({ value, detail }, index) =>
        make(value, CompletionItemKind.Reference, index, { detail }),
      );
    if (schema.type !== 'string' || !schema.pattern) return [];
    if (schema.pattern.includes('Years')) return this.durations(path, make);
    if (schema.pattern.startsWith('^\\d{4}')) return this.dates(path, schema.pattern, make);
    return [];
  }

  /** The trial as read, or undefined for a large document not read yet (completion does not wait for it). */
  private trialData(): unknown {
    if (!this.cached.isLoaded && this.cached.body.length > LARGE_UNREAD_DOCUMENT) return undefined;
    return this.cached.loaded.data;
  }

  /** The values already in the list holding `path` (so they are not offered twice). */
  private siblingValues(path: PathSegment[]): string[] {
    // Only a nicety: on a large record that is not parsed yet, offering a code twice beats a parse per keystroke.
    const data = this.trialData();
    if (data === undefined) return [];
    const list = getAtPointer(data, encodePointer(path.slice(0, -1)));
    if (!Array.isArray(list)) return [];
    const own = path[path.length - 1];
    return list.filter((value, index): value is string => typeof value === 'string' && index !== own);
  }

  /** An arm's `interventionNames` from the interventions defined, an intervention's `armGroupLabels` from the arms. */
  private crossReferenceValues(
    path: PathSegment[],
    present: string[],
  ): Array<{ value: string; detail: string }> | undefined {
    const [module, list, , field] = path;
    if (module !== 'armsInterventionsModule' || path.length !== 5) return undefined;
    const isInterventionNames = list === 'armGroups' && field === 'interventionNames';
    const isArmLabels = list === 'interventions' && field === 'armGroupLabels';
    if (!isInterventionNames && !isArmLabels) return undefined;
    const refs = crossReferences(this.cached.loaded.data);
    if (isInterventionNames)
      return refs.interventions
        .map((intervention) => ({
          value: intervention.forms[0],
          detail: `Intervention ${intervention.index + 1}`,
        }))
        .filter(
          (entry): entry is { value: string; detail: string } =>
            entry.value !== undefined && !present.includes(entry.value),
        );
    return refs.arms
      .filter((arm) => !present.includes(arm.label))
      .map((arm) => ({ value: arm.label, detail: `Arm/group ${arm.index + 1}` }));
  }

  private durations(
    path: PathSegment[],
    make: (value: string, kind: CompletionItemKind, index: number) => CompletionItem,
  ): CompletionItem[] {
    const number = /^(\d+)\s*\S*$/.exec(this.context.prefix.trim())?.[1];
    const field = String(path[path.length - 1]);
    const values = number
      ? TIME_UNITS.map((unit) => `${number} ${unit}`)
      : (AGE_EXAMPLES[field] ?? AGE_EXAMPLES.minimumAge ?? []);
    return values.map((value, index) => make(value, CompletionItemKind.Value, index));
  }

  private dates(
    path: PathSegment[],
    pattern: string,
    make: (
      value: string,
      kind: CompletionItemKind,
      index: number,
      extra?: Partial<CompletionItem>,
    ) => CompletionItem,
  ): CompletionItem[] {
    const now = this.env.now();
    const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
    const day = `${month}-${String(now.getDate()).padStart(2, '0')}`;
    const partial = pattern.includes(')?');
    const monthFirst = path[path.length - 1] === 'statusVerifiedDate';
    const values = !partial ? [day] : monthFirst ? [month, day] : [day, month];
    return values.map((value, index) =>
      make(value, CompletionItemKind.Value, index, {
        detail: value === day ? 'Today' : 'This month',
        ...(index === 0 ? { preselect: true } : {}),
      }),
    );
  }

  private documentation(markdown: string, plain: string): MarkupContent | string {
    return this.env.features.markdown ? { kind: 'markdown', value: markdown } : plain;
  }
}

/** A snippet body with its placeholders replaced by their default text (for the documentation preview). */
function stripPlaceholders(body: unknown): unknown {
  if (typeof body === 'string') return expandSnippet(body);
  if (Array.isArray(body)) return body.map(stripPlaceholders);
  if (body !== null && typeof body === 'object')
    return Object.fromEntries(Object.entries(body).map(([key, value]) => [key, stripPlaceholders(value)]));
  return body;
}
