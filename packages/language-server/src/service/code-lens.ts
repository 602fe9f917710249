import { computeDeadlines, describeDeadline, summarizeDeadlines } from '@trialyaml/core';
import type { CodeLens } from 'vscode-languageserver';
import type { CachedDocument } from './document-cache.js';
import { rangeFromSpan } from './position.js';

/**
 * The deadline lens: one line above `statusModule` ("ACT · results due 2027-09-30 · verified 2026-11") from core's
 * deadline computation on the as-of day, with the reasons and each deadline's basis as its tooltip. It reads the
 * file's dates only (the git history is the CLI's). Not clickable: a lens without a command id is a label.
 */
export function deadlineLenses(cached: CachedDocument, asOf: string): CodeLens[] {
  const loaded = cached.loaded;
  const data = loaded.data;
  if (typeof data !== 'object' || data === null || !Object.hasOwn(data, 'statusModule')) return [];
  const result = computeDeadlines(data, { asOf });
  const tooltip = [
    `As of ${asOf}: a probable-ACT reading of registry fields (FDAAA 801, 42 CFR 11), not legal advice.`,
    ...result.reasons,
    ...result.deadlines.map(
      (deadline) =>
        `${describeDeadline(deadline) ?? `${deadline.kind} ${deadline.state}`}: ${deadline.basis}`,
    ),
  ].join('\n');
  const key = rangeFromSpan(loaded.rangeOf('/statusModule', 'key'), cached.bom);
  return [
    {
      range: { start: key.start, end: key.start },
      command: { title: summarizeDeadlines(result, data), command: '', tooltip },
    },
  ];
}
