import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../lint-result.js';
import type { Formatter, RuleDescription } from './formatter.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** Findings that are not rule findings still get a rule entry, so code scanning can group them. */
const BUILT_IN: Record<string, RuleDescription> = {
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
    ...new Set(results.flatMap((result) => result.messages.map((message) => message.ruleId))),
  ].sort();
  const describe = (id: string): RuleDescription | undefined => context.rulesMeta?.get(id) ?? BUILT_IN[id];
  const rules = ruleIds.map((id) => {
    const meta = describe(id);
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
  });
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
          result.messages.map((message) => ({
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
  return JSON.stringify(log, null, 2) + '\n';
};

function uriOf(cwd: string, filePath: string): string {
  return relative(cwd, filePath).split(sep).map(encodeURIComponent).join('/');
}
