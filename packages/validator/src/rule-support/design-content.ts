import type { StudyType } from '@trialyaml/core';

/** Whether a value carries anything: not missing, not blank text, not an empty list or mapping. */
export function hasContent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** "this observational study", "this expanded-access record", "this interventional study". */
export function thisStudy(type: StudyType): string {
  switch (type) {
    case 'OBSERVATIONAL':
      return 'this observational study';
    case 'EXPANDED_ACCESS':
      return 'this expanded-access record';
    default:
      return 'this interventional study';
  }
}
