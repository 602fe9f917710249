import { encodePointer, type Trial } from '@trialyaml/core';

/**
 * Visits every string value of a trial. The pointer is built only when the visitor asks for it: a trial has
 * thousands of strings and few findings.
 */
export function walkStrings(trial: Trial, visit: (value: string, pointer: () => string) => void): void {
  const path: Array<string | number> = [];
  const pointer = (): string => encodePointer(path);
  const walk = (value: unknown): void => {
    if (typeof value === 'string') visit(value, pointer);
    else if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        walk(value[index]);
        path.pop();
      }
    } else if (value !== null && typeof value === 'object') {
      for (const key in value) {
        path.push(key);
        walk((value as Record<string, unknown>)[key]);
        path.pop();
      }
    }
  };
  walk(trial);
}
