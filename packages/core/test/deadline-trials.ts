// Crafted trials for the deadline tests: a complete ACT draft, changed one field at a time.

type Data = Record<string, unknown>;

/** A draft that is an ACT: interventional phase 2 drug trial, started 2026-11-01 (estimated). */
export function actDraft(): Data {
  return {
    identificationModule: { orgStudyIdInfo: { id: 'VITD-2026' }, briefTitle: 'Vitamin D in asthma' },
    statusModule: {
      statusVerifiedDate: '2026-10',
      overallStatus: 'NOT_YET_RECRUITING',
      startDateStruct: { date: '2026-11-01', type: 'ESTIMATED' },
      primaryCompletionDateStruct: { date: '2028-06-30', type: 'ESTIMATED' },
      completionDateStruct: { date: '2028-12-31', type: 'ESTIMATED' },
    },
    oversightModule: { isFdaRegulatedDrug: true, isFdaRegulatedDevice: false },
    designModule: {
      studyType: 'INTERVENTIONAL',
      phases: ['PHASE2'],
      designInfo: { primaryPurpose: 'TREATMENT' },
    },
  };
}

/**
 * The draft with changes: `{ 'statusModule.overallStatus': 'RECRUITING' }` sets a field (creating the mappings on
 * the way), `undefined` deletes it.
 */
export function craft(changes: Record<string, unknown>, base: Data = actDraft()): Data {
  const data = structuredClone(base);
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    let target = data;
    for (const key of keys) {
      if (typeof target[key] !== 'object' || target[key] === null) target[key] = {};
      target = target[key] as Data;
    }
    if (value === undefined) delete target[last];
    else target[last] = value;
  }
  return data;
}

/** The draft, registered: an NCT number and the registry's submission dates. */
export function registered(changes: Record<string, unknown> = {}): Data {
  return craft({
    'identificationModule.nctId': 'NCT09999999',
    'statusModule.overallStatus': 'RECRUITING',
    'statusModule.startDateStruct': { date: '2026-11-01', type: 'ACTUAL' },
    'statusModule.studyFirstSubmitDate': '2026-10-20',
    ...changes,
  });
}
