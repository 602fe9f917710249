import { firstCriteriaHeading } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';
import { wordList } from '../rule-support/presence.js';
import { fieldName } from '../rule-support/registry-words.js';

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/i;
const PHONES = [
  /(?<![\w-])\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?![\w-])/,
  /(?<![\w-])\+\d{1,3}[ .-]?\(?\d{1,4}\)?(?:[ .-]?\d{2,4}){2,}(?![\w-])/,
  /\b(?:phone|telephone|tel|call|fax)\b\.?\s*(?:(?:number|no\.?|at|on)\s*)?:?\s*\+?\(?\d[\d\s().-]{5,}\d/i,
];

export default defineRule(
  {
    id: 'brief-summary-content',
    defaultSeverity: 'info',
    category: 'text',
    description: 'Disallow contact details and eligibility lists in the brief summary',
    registry: 'review-advisory',
    source: 'TXT-SUMMARY-LAY',
    fixable: false,
  },
  ({ trial, report }) => {
    const summary = trial.descriptionModule?.briefSummary;
    if (typeof summary !== 'string') return;
    const found: string[] = [];
    const moves: string[] = [];
    const email = EMAIL.exec(summary)?.[0];
    const phone = PHONES.map((pattern) => pattern.exec(summary)?.[0]).find(Boolean);
    if (email) found.push(`an e-mail address ("${email}")`);
    if (phone) found.push(`a phone number ("${phone.trim()}")`);
    if (email || phone)
      moves.push(`contact details to ${fieldName('/contactsLocationsModule/centralContacts')}`);
    const heading = firstCriteriaHeading(summary);
    if (heading) {
      found.push(`an eligibility list ("${heading}")`);
      moves.push(`the criteria to ${fieldName('/eligibilityModule/eligibilityCriteria')}`);
    }
    if (!found.length) return;
    report({
      pointer: '/descriptionModule/briefSummary',
      message: `${fieldName('/descriptionModule/briefSummary')} contains ${wordList(found)}: move ${wordList(moves)}, and keep the summary a short lay description of the study and its hypothesis.`,
    });
  },
);
