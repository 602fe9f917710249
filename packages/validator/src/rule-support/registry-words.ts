import { fieldLabel, keyPath, valueLabelAt } from '@trialyaml/core';

/**
 * How messages name fields and values: in the words of the registry's entry forms first, with the trial file's
 * own spelling after them where it helps the author find the place. Labels come from the schema (`x-formLabel`,
 * field titles, `x-enumLabels`), never from the rules.
 */

export { keyPath };

/**
 * A field named for the first time in a message: the registry's form label, then its YAML path
 * (`Brief Summary (descriptionModule.briefSummary)`); the path alone for a key the forms do not name.
 */
export function fieldName(pointer: string): string {
  const label = fieldLabel(pointer);
  return label ? `${label} (${keyPath(pointer)})` : keyPath(pointer);
}

/** A field named again in the same message: the form label alone, or the path when the forms do not name it. */
export function fieldLabelOf(pointer: string): string {
  return fieldLabel(pointer) ?? keyPath(pointer);
}

/**
 * A value of the enum field at `pointer` as the registry shows it, with the code the file holds:
 * `Enrolling by invitation (ENROLLING_BY_INVITATION)`. A code the field does not know is shown as it is.
 */
export function valueName(pointer: string, code: string): string {
  const label = valueLabelAt(pointer, code);
  return label && label !== code ? `${label} (${code})` : code;
}
