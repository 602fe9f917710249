import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../findings.js';
import type { RuleMeta } from '../engine/rule.js';
import type { Formatter } from './formatter.js';
import { escapeJsonUnsafe } from './visible-text.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** What a rule entry says: a rule's metadata, or the same facts about the findings that no rule reports. */
type Described = Pick<RuleMeta, 'description' | 'defaultSeverity'> & { docsUrl: string; category: string };

/** Findings that are not rule findings still get a rule entry, so code scanning can group them. */
const BUILT_IN: Record<string, Described> = {
  syntax: {
    description: 'The file must be readable YAML holding one mapping',
    docsUrl: '',
    defaultSeverity: 'error',
    category: 'syntax',
  },
  schema: {
    description: 'The file must match the trial format (schemas/trial.schema.json)',
    docsUrl: '',
    defaultSeverity: 'error',
    category: 'schema',
  },
};

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: one run, the rules that reported (with their docs links as
 * helpUri), results with repository-relative paths against %SRCROOT%.
 */
export const sarif: Formatter = (results, context) => {
  const ruleIds = [
    ...new Set(results.flatMap((result) => result.findings.map((message) => message.ruleId))),
  ].sort();
  const metaById = new Map(context.rules?.map((rule) => [rule.meta.id, rule.meta]));
  const rules = ruleIds.map((id) => ruleDescriptor(id, metaById.get(id) ?? BUILT_IN[id]));
  const base = pathToFileURL(context.cwd.endsWith(sep) ? context.cwd : context.cwd + sep).href;
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'trialyaml',
            informationUri: 'https://github.com/trialyaml/trialyaml',
            ...(context.toolVersion ? { version: context.toolVersion } : {}),
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: base } },
        artifacts: results.map((result) => ({
          location: { uri: uriOf(context.cwd, result.filePath), uriBaseId: '%SRCROOT%' },
        })),
        results: results.flatMap((result, artifactIndex) =>
          result.findings.map((message) => ({
            ruleId: message.ruleId,
            ruleIndex: ruleIds.indexOf(message.ruleId),
            level: LEVEL[message.severity],
            message: { text: message.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: {
                    uri: uriOf(context.cwd, result.filePath),
                    uriBaseId: '%SRCROOT%',
                    index: artifactIndex,
                  },
                  region: {
                    startLine: message.line,
                    startColumn: message.column,
                    endLine: message.endLine,
                    endColumn: message.endColumn,
                  },
                },
              },
            ],
            ...(message.pointer ? { properties: { pointer: message.pointer } } : {}),
          })),
        ),
      },
    ],
  };
  // U+0085, U+2028, U+2029 and C1 controls escaped, as in the json format.
  return escapeJsonUnsafe(JSON.stringify(log, null, 2)) + '\n';
};

/** The SARIF entry of a rule (a reportingDescriptor), from its metadata; just the id for a rule not known. */
function ruleDescriptor(id: string, meta: Described | undefined) {
  return {
    id,
    ...(meta ? { shortDescription: { text: meta.description } } : {}),
    ...(meta?.docsUrl ? { helpUri: meta.docsUrl, help: { text: `See ${meta.docsUrl}` } } : {}),
    ...(meta
      ? {
          defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
          properties: { category: meta.category },
        }
      : {}),
  };
}

function uriOf(cwd: string, filePath: string): string {
  return relative(cwd, filePath).split(sep).map(encodeURIComponent).join('/');
}
