import { defineRule } from '../engine/rule.js';
import { isBlank, missingFieldsAt, wordList } from '../rule-support/presence.js';
import { fieldLabelOf, fieldName } from '../rule-support/registry-words.js';

const LINKS = '/referencesModule/seeAlsoLinks';

/** True for an absolute http(s) address with a host. */
function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** A guess at the address meant, for a value that looks like a host name without a scheme ("www.example.org/x"). */
function withScheme(value: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || !/^[^\s/]+\.[a-z]{2,}(?:[/?#]\S*)?$/i.test(value))
    return undefined;
  const guess = `https://${value}`;
  return isWebAddress(guess) ? guess : undefined;
}

const HINTS: Record<string, string> = {
  label: 'a short description of the page in label',
  url: 'its complete address in url, starting with https:// or http://',
};

export default defineRule(
  {
    id: 'see-also-link-fields',
    defaultSeverity: 'error',
    category: 'required',
    description: 'Require a label and a complete http or https address for every link',
    registry: 'error',
    source: 'REQ-LINK',
    fixable: false,
  },
  ({ trial, report }) => {
    (trial.referencesModule?.seeAlsoLinks ?? []).forEach((link, index) => {
      const item = `${LINKS}/${index}`;
      const missing = (['label', 'url'] as const).filter((field) => isBlank(link[field]));
      if (missing.length) {
        report({
          ...missingFieldsAt(trial, item, missing),
          message: `${fieldName(item)} has no ${wordList(
            missing.map((field) => fieldLabelOf(`${item}/${field}`)),
            'or',
          )}: give ${wordList(missing.map((field) => HINTS[field] ?? field))}.`,
        });
      }
      const url = link.url?.trim();
      if (url === undefined || url === '') return;
      if (isWebAddress(url)) {
        // The URL parser accepts "https://example.org/study site" (it encodes the space), but an address
        // cannot contain one: the link would end at the space.
        const space = /\s/.exec(url);
        if (space) {
          report({
            pointer: `${item}/url`,
            message: `${fieldName(`${item}/url`)} "${url}" contains a space after "${url.slice(0, space.index)}": a web address cannot contain spaces. Write it as it is on the site (a space in the path is written %20).`,
          });
        }
        return;
      }
      const guess = withScheme(url);
      report({
        pointer: `${item}/url`,
        message: `${fieldName(`${item}/url`)} "${url}" is not a complete web address: write it with http:// or https://${guess ? `, e.g. "${guess}"` : ''}.`,
        ...(guess
          ? {
              suggestions: [
                {
                  title: `Change to "${guess}"`,
                  fix: [{ op: 'replace' as const, pointer: `${item}/url`, value: guess }],
                },
              ],
            }
          : {}),
      });
    });
  },
);
