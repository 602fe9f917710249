import { decodePointer } from '../pointer.js';
import type { SchemaNode } from './schema-node.js';
import { trialSchema } from './trial-schema.js';

const resolved = new WeakMap<SchemaNode, SchemaNode>();

/**
 * Follows a `$ref` to its definition and overlays the annotations written beside the `$ref` (a usage's own
 * title and description win over the definition's). Nodes without `$ref` are returned as they are.
 */
export function resolveSchema(node: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  const cached = resolved.get(node);
  if (cached) return cached;
  const name = node.$ref.replace('#/definitions/', '');
  const target = trialSchema.definitions[name];
  if (!target) throw new Error(`Unresolvable $ref ${node.$ref} in the trial schema`);
  const { $ref: _ref, ...annotations } = node;
  const merged = { ...resolveSchema(target), ...annotations };
  resolved.set(node, merged);
  return merged;
}

/** The definition name a node refers to (`ArmGroup`), if it is a `$ref`. */
export function definitionName(node: SchemaNode | undefined): string | undefined {
  return node?.$ref?.replace('#/definitions/', '');
}

/**
 * The (resolved) schema of the value at a path inside a trial, or undefined when the path leaves the schema
 * (an unknown key). Array indices may be numbers or digit strings.
 */
export function schemaAtPath(
  path: readonly (string | number)[],
  root: SchemaNode = trialSchema,
): SchemaNode | undefined {
  let node: SchemaNode | undefined = resolveSchema(root);
  for (const segment of path) {
    if (!node) return undefined;
    if (node.type === 'array') node = node.items ? resolveSchema(node.items) : undefined;
    else
      // Own properties only: a key such as "__proto__" in a file must not find Object.prototype.
      node =
        node.properties && Object.hasOwn(node.properties, String(segment))
          ? resolveSchema(node.properties[String(segment)] as SchemaNode)
          : undefined;
  }
  return node;
}

/** Like {@link schemaAtPath}, for a JSON pointer. */
export function schemaAtPointer(pointer: string): SchemaNode | undefined {
  return schemaAtPath(decodePointer(pointer));
}
