import type { Status, Trial } from '@trialyaml/core';

/** A draft: a record not registered yet, so without `identificationModule.nctId`. */
export function isDraft(trial: Trial): boolean {
  return !trial.identificationModule?.nctId?.trim();
}

/**
 * The status the registrant last entered: `overallStatus`, or `lastKnownStatus` when the registry has set the
 * status to UNKNOWN (imported records). Undefined when neither says.
 */
export function effectiveStatus(trial: Trial): Status | undefined {
  const status = trial.statusModule?.overallStatus;
  if (status !== 'UNKNOWN') return status;
  const last = trial.statusModule?.lastKnownStatus;
  return last === 'UNKNOWN' ? undefined : last;
}

/** Site statuses of the locations, with each location's index; locations without a status are left out. */
export function siteStatuses(
  trial: Trial,
): Array<{ index: number; status: string; facility: string | undefined; city: string | undefined }> {
  const locations = trial.contactsLocationsModule?.locations ?? [];
  return locations.flatMap((location, index) =>
    location?.status
      ? [{ index, status: location.status, facility: location.facility, city: location.city }]
      : [],
  );
}
