// Quick fixes that add what a finding says is missing: the missing keys at their canonical place, a new
// intervention for an arm's reference to one that does not exist, the new-trial template in an empty file.
import {
  enumLabel,
  enumValues,
  getAtPointer,
  isPlainObject,
  newTrialSnippet,
  snippetToText,
  type LoadedTrial,
} from '@trialyaml/core';
import type { Finding } from '@trialyaml/validator';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { CachedDocument } from './document-cache.js';
import type { ClientFeatures } from './client-features.js';
import { crossReferences } from './cross-references.js';
import {
  appendEntryInsertion,
  missingInsertion,
  missingLabel,
  type Fragment,
  type Leaf,
  type MissingInsertion,
} from './missing-insertion.js';
import { rangeFromOffsets } from './position.js';
import { yamlScalar } from './schema-docs.js';

/**
 * The command a client runs to insert a snippet (`{ uri, version, range, snippet }`), when it says it has one
 * (initialization option `insertSnippetCommand: true`). Other clients get the same text without tab stops.
 */
export const INSERT_SNIPPET_COMMAND = 'trialyaml.insertSnippet';

/** The argument of {@link INSERT_SNIPPET_COMMAND}. */
export interface InsertSnippetArgument {
  uri: string;
  /** The document version the range refers to: a client drops the insertion on another version. */
  version: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  snippet: string;
}

const INTERVENTIONS = '/armsInterventionsModule/interventions';
const ARM_REFERENCE = /^\/armsInterventionsModule\/armGroups\/(\d+)\/interventionNames\/(\d+)$/;

/** The "add what is missing" actions for a finding, the preferred one first. */
export function addMissingActions(
  cached: CachedDocument,
  features: ClientFeatures,
  finding: Finding,
  diagnostic: Diagnostic,
  today: string,
): CodeAction[] {
  const trial = cached.loaded;
  const actions: CodeAction[] = [];
  const offer = (title: string, insertion: MissingInsertion | undefined): void => {
    if (insertion) actions.push(insertAction(cached, features, title, insertion, diagnostic));
  };
  if (finding.ruleId === 'syntax' && isEmptyTrial(trial))
    offer('Insert the new-trial template', template(trial, today));
  if (finding.missing?.length)
    offer(`Add ${missingLabel(finding.missing)}`, missingInsertion(trial, finding.missing));
  if (finding.ruleId === 'arm-intervention-reference' && finding.pointer) {
    const added = danglingIntervention(trial, finding.pointer);
    if (added) offer(`Add intervention "${added.reference}"`, added.insertion);
  }
  actions.forEach((action, index) => {
    if (index === 0) action.isPreferred = true;
  });
  return actions;
}

/** A quick fix inserting a snippet: by the client's command where it has one, else as a plain-text edit. */
function insertAction(
  cached: CachedDocument,
  features: ClientFeatures,
  title: string,
  insertion: MissingInsertion,
  diagnostic: Diagnostic,
): CodeAction {
  const range = rangeFromOffsets(cached.document, insertion.offset, insertion.endOffset, cached.bom);
  const action: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] };
  if (features.insertSnippetCommand) {
    const argument: InsertSnippetArgument = {
      uri: cached.uri,
      version: cached.version,
      range,
      snippet: insertion.snippet,
    };
    action.command = { title, command: INSERT_SNIPPET_COMMAND, arguments: [argument] };
  } else {
    action.edit = { changes: { [cached.uri]: [{ range, newText: insertion.text }] } };
  }
  return action;
}

/** True for a file with nothing but blanks and comments (the reader's "empty file" problem). */
function isEmptyTrial(trial: LoadedTrial): boolean {
  return (
    (trial.data === undefined || trial.data === null) &&
    trial.text.split(/\r?\n/).every((line) => /^\s*(#.*)?$/.test(line))
  );
}

/** The template, replacing a blank file or after the comments already there. */
function template(trial: LoadedTrial, today: string): MissingInsertion {
  const snippet = newTrialSnippet({ today }).replace(/\n/g, trial.lineEnding);
  const text = trial.text;
  if (text.trim() === '') return { offset: 0, endOffset: text.length, snippet, text: snippetToText(snippet) };
  const lead = text.endsWith('\n') ? '' : trial.lineEnding;
  return {
    offset: text.length,
    endOffset: text.length,
    snippet: lead + snippet,
    text: lead + snippetToText(snippet),
  };
}

/**
 * For an arm's `interventionNames` entry that names no intervention ("Drug: Aspirin"): the intervention entry it
 * names (type and name from the reference, the arm in armGroupLabels, the description left to write). Undefined
 * when the reference is not "<type label>: <name>".
 */
function danglingIntervention(
  trial: LoadedTrial,
  pointer: string,
): { reference: string; insertion: MissingInsertion | undefined } | undefined {
  const match = ARM_REFERENCE.exec(pointer);
  const reference = getAtPointer(trial.data, pointer);
  if (!match || typeof reference !== 'string') return undefined;
  // A reference to an intervention that exists is a link to complete (the rule's own fix), not one to add.
  if (crossReferences(trial.data).interventions.some((entry) => entry.forms.includes(reference)))
    return undefined;
  const separator = reference.indexOf(':');
  if (separator === -1) return undefined;
  const label = reference.slice(0, separator).trim().toLowerCase();
  const name = reference.slice(separator + 1).trim();
  const type = enumValues('InterventionType').find(
    (code) => enumLabel('InterventionType', code)?.toLowerCase() === label,
  );
  if (!type || !name) return undefined;
  const armLabel = getAtPointer(trial.data, `/armsInterventionsModule/armGroups/${match[1] ?? ''}/label`);
  const writeEntry = (fragment: Fragment, indent: number): boolean => {
    const pad = ' '.repeat(indent);
    fragment.literal(`type: ${type}`).newline();
    fragment.literal(`${pad}name: ${yamlScalar(name)}`).newline();
    fragment.literal(`${pad}description: `).placeholder();
    if (typeof armLabel === 'string' && armLabel.trim() !== '')
      fragment
        .newline()
        .literal(`${pad}armGroupLabels:`)
        .newline()
        .literal(`${pad}  - ${yamlScalar(armLabel)}`);
    return true;
  };
  const list = getAtPointer(trial.data, INTERVENTIONS);
  if (Array.isArray(list) && list.length)
    return { reference, insertion: appendEntryInsertion(trial, INTERVENTIONS, writeEntry) };
  if (list !== undefined || !isPlainObject(getAtPointer(trial.data, '/armsInterventionsModule')))
    return { reference, insertion: undefined };
  const leaf: Leaf = (fragment, indent) => {
    fragment.newline().literal(`${' '.repeat(indent + 2)}- `);
    return writeEntry(fragment, indent + 4);
  };
  return {
    reference,
    insertion: missingInsertion(trial, [INTERVENTIONS], new Map([[INTERVENTIONS, leaf]])),
  };
}
