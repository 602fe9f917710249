/** An upload field the XML lacks. */
export interface MissingUploadField {
  /** Path of the element in the upload (`clinical_study/location[3]/facility/name`; indices are 1-based). */
  element: string;
  /** What PRS calls it. */
  label: string;
  /**
   * `upload-schema`: the XSD requires it, so the XML does not validate until it is given;
   * `prs`: the XSD lets it out, but PRS requires it (registration rules).
   */
  requiredBy: 'upload-schema' | 'prs';
  /**
   * `not-in-api-model`: PRS-only data that no registry record or trial file holds (review board, IND/IDE, PRS
   * account names); give it as upload info. `not-in-trial`: the trial file lacks it. `no-upload-value`: the
   * trial's value has no word in the upload vocabulary.
   */
  reason: 'not-in-api-model' | 'not-in-trial' | 'no-upload-value';
  /** Where the trial holds (or would hold) the value. */
  pointer?: string;
  /** One sentence on what to do. */
  detail: string;
}

/** Trial data the upload has no place for. Array indices in `path` are `*`; `count` says how many. */
export interface NotExportedField {
  path: string;
  count: number;
  reason: string;
}

/** A translation worth a look: a legacy or newer code, a value rewritten, characters XML cannot hold. */
export interface PrsNote {
  pointer: string;
  message: string;
}

export interface PrsXmlReport {
  missingUploadFields: MissingUploadField[];
  notExported: NotExportedField[];
  notes: PrsNote[];
}

/** Whether the XML can be uploaded as it is (nothing required is missing). */
export function isUploadReady(report: PrsXmlReport): boolean {
  return report.missingUploadFields.length === 0;
}

/** The report as indented lines for a terminal. */
export function formatPrsReport(report: PrsXmlReport): string[] {
  const lines: string[] = [];
  const schemaMissing = report.missingUploadFields.filter((field) => field.requiredBy === 'upload-schema');
  const prsMissing = report.missingUploadFields.filter((field) => field.requiredBy === 'prs');
  // Items of a list that lack the same field are one line: `location[*]/facility/name (42×)`.
  const grouped = (fields: MissingUploadField[]): string[] => {
    const groups = new Map<string, { field: MissingUploadField; element: string; count: number }>();
    for (const field of fields) {
      const element = field.element.replace(/\[\d+\]/g, '[*]');
      const key = `${element}\u0000${field.detail}`;
      const group = groups.get(key);
      if (group) group.count++;
      else groups.set(key, { field, element, count: 1 });
    }
    return [...groups.values()].map(({ field, element, count }) => {
      const from = field.pointer
        ? ` from ${count > 1 ? field.pointer.replace(/\/\d+\//g, '/*/') : field.pointer}`
        : '';
      return `    ${element}${count > 1 ? ` (${count}×)` : ''} (${field.label})${from}: ${field.detail}`;
    });
  };
  if (schemaMissing.length) {
    lines.push(`  Missing, required by the upload schema (the XML does not validate without them):`);
    lines.push(...grouped(schemaMissing));
  }
  if (prsMissing.length) {
    lines.push(`  Missing, required by PRS:`);
    lines.push(...grouped(prsMissing));
  }
  if (report.notExported.length) {
    lines.push(`  Not in the upload:`);
    for (const field of report.notExported) {
      lines.push(`    ${field.path}${field.count > 1 ? ` (${field.count}×)` : ''}: ${field.reason}`);
    }
  }
  if (report.notes.length) {
    lines.push(`  Notes:`);
    lines.push(...report.notes.map((note) => `    ${note.pointer}: ${note.message}`));
  }
  return lines;
}
