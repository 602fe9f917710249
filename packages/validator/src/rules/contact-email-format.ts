import { defineRule } from '../engine/rule.js';
import { contactEntries } from '../rule-support/contacts-list.js';
import { fieldName } from '../rule-support/registry-words.js';

/** local@domain.tld: one @, no blanks, a dotted domain whose last label is at least two letters. */
const ADDRESS = /^[^\s@<>()[\],;:"]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;
/** What a web page shows instead of an address it hides from scrapers. */
const HIDDEN = /\[?\s*email\s+protected\s*\]?/i;
const REAL_ADDRESS = 'write the contact\'s real address, e.g. "trials@example.org"';

function isAddress(text: string): boolean {
  return ADDRESS.test(text) && !text.includes('..');
}

/** What is wrong with an email value and how to put it right; undefined when it looks like one address. */
function diagnose(email: string): { problem: string; advice: string; fixed?: string } | undefined {
  if (isAddress(email)) return undefined;
  if (HIDDEN.test(email)) {
    return {
      problem: 'is the text a web page shows in place of a hidden address, not an address',
      advice: REAL_ADDRESS,
    };
  }
  const mailto = /^mailto:\s*(.*)$/i.exec(email)?.[1];
  if (mailto !== undefined && isAddress(mailto)) {
    return { problem: 'starts with "mailto:"', advice: `write only the address, "${mailto}"`, fixed: mailto };
  }
  if ((email.match(/@/g) ?? []).length > 1) {
    return {
      problem: 'holds more than one address',
      advice: 'keep one here and give the other in a backup contact',
    };
  }
  return { problem: 'does not look like an email address (name@example.org)', advice: REAL_ADDRESS };
}

export default defineRule(
  {
    id: 'contact-email-format',
    defaultSeverity: 'error',
    category: 'contacts-locations',
    description: 'Require contact email addresses to be well-formed single addresses',
    registry: 'tool',
    source: 'TrialYAML',
    fixable: true,
  },
  ({ trial, report }) => {
    for (const entry of contactEntries(trial)) {
      const { contact } = entry;
      const email = contact.email?.trim();
      if (!email) continue;
      const found = diagnose(email);
      if (!found) continue;
      const at = `${entry.pointer}/email`;
      report({
        pointer: at,
        message: `${fieldName(at)} "${email}" ${found.problem}: ${found.advice}.`,
        ...(found.fixed !== undefined
          ? { fix: [{ op: 'replace' as const, pointer: at, value: found.fixed }] }
          : {}),
      });
    }
  },
);
