import { defineRule } from '../engine/rule.js';
import { contactEntries } from '../rule-support/contacts-list.js';
import { fieldLabelOf, fieldName } from '../rule-support/registry-words.js';

/** An extension written into the number: "x 123", "ext. 123", "extension 123", "#123". */
const EXTENSION = /\s*(?:,|;)?\s*(?:ext(?:ension)?\.?|x|#)\s*:?\s*\d+\s*$/i;
/** What a phone number may be written with. */
const PHONE_CHARACTERS = /^[0-9 +()./-]+$/;
/** What an extension may be written with. */
const EXTENSION_VALUE = /^(?:(?:ext(?:ension)?\.?|x|#)\s*:?\s*)?[0-9][0-9 -]*$/i;

function digits(text: string): number {
  return (text.match(/\d/g) ?? []).length;
}

export default defineRule(
  {
    id: 'contact-phone-format',
    defaultSeverity: 'warning',
    category: 'contacts-locations',
    description: 'Require contact phone numbers with 6 to 20 digits and an extension without a country code',
    registry: 'tool',
    source: 'TrialYAML',
    fixable: false,
  },
  ({ trial, report }) => {
    for (const entry of contactEntries(trial)) {
      const { contact } = entry;
      const phone = contact.phone?.trim();
      const phoneAt = `${entry.pointer}/phone`;
      const extensionAt = `${entry.pointer}/phoneExt`;
      if (phone) {
        const number = phone.replace(EXTENSION, '');
        const count = digits(number);
        if (!PHONE_CHARACTERS.test(number)) {
          report({
            pointer: `${entry.pointer}/phone`,
            message: `${fieldName(phoneAt)} "${phone}" is not just a phone number: write the number with digits, spaces and + - ( ) . / only, e.g. "+1 301-555-0100" (an extension goes in ${fieldLabelOf(extensionAt)}, a second number in a backup contact).`,
          });
        } else if (count < 6) {
          report({
            pointer: `${entry.pointer}/phone`,
            message: `${fieldName(phoneAt)} "${phone}" has only ${count} digits: write the full number with its country or area code, e.g. "+1 301-555-0100".`,
          });
        } else if (count > 20) {
          report({
            pointer: `${entry.pointer}/phone`,
            message: `${fieldName(phoneAt)} "${phone}" has ${count} digits, more than one phone number: keep one number here and give another in a backup contact.`,
          });
        }
      }
      const ext = contact.phoneExt?.trim();
      if (!ext) continue;
      const at = extensionAt;
      if (ext.startsWith('+') || /^00\d/.test(ext)) {
        const code = ext.replace(/^(?:\+|00)0*/, '');
        report({
          pointer: at,
          message: `${fieldName(at)} "${ext}" looks like a country code, not an extension: write the phone number in international form ("+${code} ...") and keep the ${fieldLabelOf(at)} for an extension number.`,
        });
      } else if (!EXTENSION_VALUE.test(ext)) {
        report({
          pointer: at,
          message: `${fieldName(at)} "${ext}" is not an extension number: write only the extension digits, e.g. "1234".`,
        });
      }
    }
  },
);
