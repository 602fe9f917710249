import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringifyTrial, type Trial } from '@trialyaml/core';
import { samplesDir } from './helpers.js';

/** A real record (NCT02210780) with sites added until it is about `bytes` long, every site recruiting. */
export function largeRecord(bytes: number): string {
  const base = (
    JSON.parse(readFileSync(join(samplesDir, 'NCT02210780.json'), 'utf8')) as { protocolSection: Trial }
  ).protocolSection;
  const pool = base.contactsLocationsModule?.locations ?? [];
  const trial = structuredClone(base);
  const text = (count: number): string => {
    trial.contactsLocationsModule = {
      ...trial.contactsLocationsModule,
      locations: Array.from({ length: count }, (_, i) => ({
        ...structuredClone(pool[i % pool.length]),
        status: 'RECRUITING',
      })),
    };
    return stringifyTrial(trial);
  };
  const perSite = (text(200).length - text(100).length) / 100;
  return text(Math.max(1, Math.round((bytes - text(0).length) / perSite)));
}
