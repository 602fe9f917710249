import { visit, type Document } from 'yaml';

/** Why a parsed YAML document could not be turned into data because of its aliases. */
export interface AliasProblem {
  /** `undefined-alias`: `*name` with no `&name` before it; `alias-limit`: aliases that expand too far. */
  kind: 'undefined-alias' | 'alias-limit';
  /** Offsets of the alias to point at. */
  range: [number, number];
  message: string;
}

/**
 * Explains an error thrown by `document.toJS({ maxAliasCount })` when aliases caused it: an alias that names no
 * anchor before it, or more alias expansions than allowed (a "billion laughs" guard). Undefined when the error
 * has another cause. Both are problems of the input, told apart so that a typo is not called an attack.
 */
export function aliasProblem(
  document: Document,
  error: unknown,
  maxAliasCount: number,
): AliasProblem | undefined {
  if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) return undefined;
  let undefinedAlias: AliasProblem | undefined;
  let firstAlias: [number, number] | undefined;
  visit(document, {
    Alias(_key, node) {
      const range: [number, number] = node.range ? [node.range[0], node.range[1]] : [0, 0];
      firstAlias ??= range;
      if (node.resolve(document) === undefined) {
        undefinedAlias = {
          kind: 'undefined-alias',
          range,
          message: `The alias *${node.source} refers to no anchor &${node.source} before it; define the anchor (&${node.source}) earlier or write the value out.`,
        };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return (
    undefinedAlias ?? {
      kind: 'alias-limit',
      range: firstAlias ?? [0, 0],
      message: `The YAML aliases here expand to more than ${maxAliasCount} copies; such files are refused as a resource-exhaustion guard. Write the values out instead of using aliases.`,
    }
  );
}
