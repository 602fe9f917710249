// Trial files for the deadline rules' table tests: an applicable clinical trial (interventional, phase 2,
// FDA-regulated drug) with the status fields given.

export interface ActFields {
  nctId?: string;
  status?: string;
  verified?: string;
  start?: string;
  startType?: string;
  primaryCompletion?: string;
  primaryCompletionType?: string;
  completion?: string;
  completionType?: string;
  /** Other lines of statusModule (registry dates), written as given, two spaces in. */
  extra?: string[];
  phase?: string;
}

/** The YAML of an ACT with these fields (omitted ones are left out). */
export function actYaml(fields: ActFields): string {
  const lines: string[] = [];
  if (fields.nctId) lines.push('identificationModule:', `  nctId: ${fields.nctId}`);
  lines.push('statusModule:');
  if (fields.verified) lines.push(`  statusVerifiedDate: ${fields.verified}`);
  lines.push(`  overallStatus: ${fields.status ?? 'RECRUITING'}`);
  const struct = (key: string, date: string | undefined, type: string | undefined): void => {
    if (date) lines.push(`  ${key}:`, `    date: ${date}`, `    type: ${type ?? 'ACTUAL'}`);
  };
  struct('startDateStruct', fields.start, fields.startType);
  struct('primaryCompletionDateStruct', fields.primaryCompletion, fields.primaryCompletionType);
  struct('completionDateStruct', fields.completion, fields.completionType);
  for (const line of fields.extra ?? []) lines.push(`  ${line}`);
  lines.push(
    'oversightModule:',
    '  isFdaRegulatedDrug: true',
    '  isFdaRegulatedDevice: false',
    'designModule:',
    '  studyType: INTERVENTIONAL',
    '  phases:',
    `    - ${fields.phase ?? 'PHASE2'}`,
    '  designInfo:',
    '    primaryPurpose: TREATMENT',
  );
  return `${lines.join('\n')}\n`;
}
