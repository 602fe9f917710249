import { defineRule, type RuleReport } from '../engine/rule.js';
import { hasText } from '../rule-support/presence.js';
import { fieldLabelOf, fieldName } from '../rule-support/registry-words.js';

/** Degrees and honorifics around a person's name: not part of what makes two names the same. */
const HONORIFICS = new Set(
  'dr dr. prof prof. professor mr mrs ms miss md phd mph msc ms ma ba bsc mbbs mbchb frcp frcs facp rn np pa pharmd do dds dmd mba mscr jr sr ii iii m d ph d'.split(
    ' ',
  ),
);

/** The words of a person's name, without honorifics, degrees and initials, sorted ("Arbelaez, Ana Maria" = "Ana Maria Arbelaez"). */
function nameKey(text: string): string {
  const words = (text.toLowerCase().match(/[\p{L}'-]+/gu) ?? []).filter(
    (word) => word.length > 1 && !HONORIFICS.has(word),
  );
  return words.length >= 2 ? [...new Set(words)].sort().join(' ') : '';
}

/** A phone number: mostly digits with separators ("1-844-599-2273 (UCB)", "+33 1 42 34 56 78"). */
const PHONE = /(?:\+?\d[\d\s().-]{7,}\d)/;
/** An honorific followed by a name and nothing else: "Dr Smith", "Dr. Jane Smith", "Prof. Li". */
const TITLED_NAME =
  /^\s*(?:[Dd]r|[Pp]rof|M(?:r|rs|s))\.?\s+[\p{Lu}][\p{L}'-]*(?:\s+[\p{Lu}][\p{L}'.-]*){0,3}\s*$/u;
/** What an organisation's name is made of. */
const ORGANIZATION =
  /\b(?:hospital|university|universit\w+|clinic|institute|institut|center|centre|college|foundation|inc|ltd|llc|gmbh|corporation|company|pharma\w*|school|department|ministry|council|association)\b/i;
/** What a job title is made of. */
const JOB =
  /\b(?:professor|director|investigator|physician|doctor|chief|head|fellow|resident|nurse|lecturer|chair\w*|associate|assistant|researcher|scientist|surgeon|consultant|specialist|manager|coordinator|dean|attending|instructor|pharmacist|psychologist|therapist|dentist|student|officer|lead|member|staff|president|clinician|md|phd)\b/i;

/** The head word of a job title that can stand alone ("Professor", "Director", "Registrar"). */
const TITLE_HEAD = String.raw`(?:professor|lecturer|chair(?:man|woman|person)?|director|dean|fellow|resident|registrar|consultant|investigator|scientist|researcher|physician|surgeon|nurse|instructor|pharmacist|psychologist|head)`;
/**
 * An affiliation that is one job title and nothing else: "William K Warren Foundation Professor of Psychology"
 * (NCT05602779), "Associate Professor", "Director of Clinical Research". The head word is last, or followed only
 * by "of/in <field>"; no "of/for/at/in" comes before it (so "Office of the Director" is an organization), and no
 * comma or dash could join an organization to it.
 */
const TITLE_ONLY = new RegExp(
  String.raw`^(?:(?!\b(?:of|for|at|in)\b)[\p{L}.' ])*?\b${TITLE_HEAD}(?:\s+(?:of|in)\s+[\p{L} ]+)?$`,
  'iu',
);
/** Everything up to the title's head word: what follows it must not name an organization ("Director of the Institute"). */
const UP_TO_TITLE = new RegExp(String.raw`^.*?\b${TITLE_HEAD}\b`, 'iu');

/** Whether an affiliation is a job title rather than an organization. */
function isJobTitle(affiliation: string): boolean {
  const text = affiliation.trim();
  return TITLE_ONLY.test(text) && !ORGANIZATION.test(text.replace(UP_TO_TITLE, ''));
}

export default defineRule(
  {
    id: 'investigator-field-kind',
    defaultSeverity: 'warning',
    category: 'contacts-locations',
    description:
      "Disallow investigator and site fields that hold the wrong kind of value: a person's name or a job title as an affiliation, a person's name as a facility, a name or an organization as a title",
    registry: 'review-major',
    source: 'TrialYAML (PRS review: information inconsistent; TXT-FACILITY-NAME)',
    fixable: false,
  },
  ({ trial, report }) => {
    const party = trial.sponsorCollaboratorsModule?.responsibleParty;
    const officials = trial.contactsLocationsModule?.overallOfficials ?? [];
    const PARTY = '/sponsorCollaboratorsModule/responsibleParty';
    const findings: RuleReport[] = [];

    const affiliationProblem = (affiliation: string, person: string | undefined): string | undefined => {
      if (person && nameKey(person) && nameKey(affiliation) === nameKey(person))
        return `is the person's own name ("${affiliation.trim()}")`;
      if (isJobTitle(affiliation)) return `is a job title ("${affiliation.trim()}"), not an organization`;
      if (PHONE.test(affiliation) && !/[\p{L}]{4,}.*[\p{L}]{4,}/u.test(affiliation.replace(/\([^)]*\)/g, '')))
        return `is a phone number ("${affiliation.trim()}")`;
      return undefined;
    };

    if (party && hasText(party.investigatorAffiliation)) {
      const problem = affiliationProblem(party.investigatorAffiliation, party.investigatorFullName);
      if (problem)
        findings.push({
          pointer: `${PARTY}/investigatorAffiliation`,
          message: `${fieldName(`${PARTY}/investigatorAffiliation`)} ${problem}: give the organization the investigator works for, e.g. the university or hospital.`,
        });
    }
    if (party && hasText(party.investigatorTitle)) {
      const title = party.investigatorTitle.trim();
      const isName =
        TITLED_NAME.test(title) ||
        (hasText(party.investigatorFullName) &&
          nameKey(party.investigatorFullName) !== '' &&
          nameKey(title) === nameKey(party.investigatorFullName));
      const isOrganization = !isName && ORGANIZATION.test(title) && !JOB.test(title);
      if (isName || isOrganization)
        findings.push({
          pointer: `${PARTY}/investigatorTitle`,
          message: `${fieldName(`${PARTY}/investigatorTitle`)} "${title}" is ${isName ? 'a name' : 'an organization'}, not a title: give the investigator's official title or position, e.g. "Professor of Medicine" or "Principal Investigator"${isOrganization ? `, and the organization in ${fieldLabelOf(`${PARTY}/investigatorAffiliation`)}` : ''}.`,
        });
    }
    officials.forEach((official, index) => {
      if (!hasText(official.affiliation)) return;
      const problem = affiliationProblem(official.affiliation, official.name);
      const pointer = `/contactsLocationsModule/overallOfficials/${index}/affiliation`;
      if (problem)
        findings.push({
          pointer,
          message: `${fieldName(pointer)} of "${official.name?.trim() ?? index + 1}" ${problem}: give the organization the official works for.`,
        });
    });

    // A site named after a person the record names: the investigator's name typed as the facility.
    const people = new Map<string, string>();
    const addPerson = (name: string | undefined): void => {
      const key = name ? nameKey(name) : '';
      if (key && name) people.set(key, name.trim());
    };
    addPerson(party?.investigatorFullName);
    for (const official of officials) addPerson(official.name);
    const locations = trial.contactsLocationsModule?.locations ?? [];
    for (const location of locations) for (const contact of location.contacts ?? []) addPerson(contact.name);
    locations.forEach((location, index) => {
      if (!hasText(location.facility)) return;
      const person = people.get(nameKey(location.facility));
      if (!person) return;
      const pointer = `/contactsLocationsModule/locations/${index}/facility`;
      findings.push({
        pointer,
        message: `${fieldName(pointer)} is "${location.facility.trim()}", the name of ${person === location.facility.trim() ? 'a person in this record' : `"${person}"`}: give the name of the organization (hospital, clinic or practice), and the person as the site's contact or investigator.`,
      });
    });
    findings.forEach(report);
  },
);
