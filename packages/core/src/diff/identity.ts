import { isPlainObject } from '../object.js';
import type { PathSegment } from '../pointer.js';

/**
 * What identifies an item of each list of objects, by the list's path without indices: an arm is its label, an
 * intervention its type and name, an outcome its measure, a site its facility and city. A list not named here has
 * no identity; its items are matched by content alone.
 */
const IDENTITY_FIELDS: Record<string, { fields: readonly string[]; noun: string }> = {
  'identificationModule/secondaryIdInfos': { fields: ['id'], noun: 'Secondary ID' },
  'sponsorCollaboratorsModule/collaborators': { fields: ['name'], noun: 'Collaborator' },
  'armsInterventionsModule/armGroups': { fields: ['label'], noun: 'Arm' },
  'armsInterventionsModule/interventions': { fields: ['type', 'name'], noun: 'Intervention' },
  'outcomesModule/primaryOutcomes': { fields: ['measure'], noun: 'Primary outcome' },
  'outcomesModule/secondaryOutcomes': { fields: ['measure'], noun: 'Secondary outcome' },
  'outcomesModule/otherOutcomes': { fields: ['measure'], noun: 'Other outcome' },
  'contactsLocationsModule/centralContacts': { fields: ['name'], noun: 'Central contact' },
  'contactsLocationsModule/overallOfficials': { fields: ['name'], noun: 'Official' },
  'contactsLocationsModule/locations': { fields: ['facility', 'city'], noun: 'Site' },
  'contactsLocationsModule/locations/contacts': { fields: ['name'], noun: 'Site contact' },
  'referencesModule/references': { fields: ['pmid', 'citation'], noun: 'Reference' },
  'referencesModule/seeAlsoLinks': { fields: ['url'], noun: 'Link' },
  'referencesModule/availIpds': { fields: ['type', 'id', 'url'], noun: 'Available IPD' },
};

/** `armsInterventionsModule/armGroups` for `['armsInterventionsModule', 'armGroups', 3]`: indices left out. */
export function listKind(path: readonly PathSegment[]): string {
  return path.filter((segment) => typeof segment === 'string').join('/');
}

/** The fields that identify the items of the list at `path` (empty when its items have no identity). */
export function identityFields(path: readonly PathSegment[]): readonly string[] {
  return IDENTITY_FIELDS[listKind(path)]?.fields ?? [];
}

/** Text compared as identity: case, spacing and line endings do not make another item. */
function identityText(value: unknown): string {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim().toLowerCase();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/**
 * The identity of an item of the list at `path`, or undefined when the list has none or the item gives none (no
 * identifying field filled in). References are identified by their PubMed ID when they have one, else their
 * citation.
 */
export function itemIdentity(path: readonly PathSegment[], item: unknown): string | undefined {
  const fields = identityFields(path);
  if (!fields.length || !isPlainObject(item)) return undefined;
  if (listKind(path) === 'referencesModule/references') {
    const pmid = identityText(item.pmid);
    return pmid ? `pmid:${pmid}` : identityText(item.citation) || undefined;
  }
  const parts = fields.map((field) => identityText(item[field]));
  return parts.some(Boolean) ? JSON.stringify(parts) : undefined;
}

/** An item named for people: `Arm "Placebo"`, `Site "Mayo Clinic, Rochester"`, else `Arm #2`. */
export function describeItem(path: readonly PathSegment[], item: unknown, index: number): string {
  const known = IDENTITY_FIELDS[listKind(path)];
  const noun = known?.noun ?? 'Item';
  if (!known || !isPlainObject(item)) return `${noun} #${index + 1}`;
  const fields = listKind(path) === 'referencesModule/references' ? ['pmid'] : known.fields;
  const words = fields
    .map((field) => item[field])
    .filter((value): value is string | number => typeof value === 'string' || typeof value === 'number')
    .map((value) => String(value).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (!words.length) return `${noun} #${index + 1}`;
  const name = words.join(', ');
  return `${noun} "${name.length > 80 ? `${name.slice(0, 79)}…` : name}"`;
}
