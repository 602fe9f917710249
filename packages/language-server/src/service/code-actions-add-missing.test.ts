import { snippetToText } from '@trialyaml/core';
import type { CodeAction, Diagnostic, MarkupContent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { setup, trialDocument } from '../../test/helpers.js';
import { INSERT_SNIPPET_COMMAND, type InsertSnippetArgument } from './code-actions-add-missing.js';

/** A diagnostic's message as text. */
function plain(message: string | MarkupContent): string {
  return typeof message === 'string' ? message : message.value;
}

/** Generous: the machine running the tests may be busy. */
const TIMEOUT = 60_000;

const INTERVENTIONAL = 'designModule:\n  studyType: INTERVENTIONAL\n';

/** The actions for the first finding of `rule` whose message matches, as a client asks for them. */
async function firstActions(text: string, rule: string, message?: RegExp, insertSnippetCommand = false) {
  const service = setup({ insertSnippetCommand });
  const document = trialDocument(text);
  const diagnostics = (await service.getDiagnostics(document)).filter(
    (d) => d.code === rule && (!message || message.test(plain(d.message))),
  );
  expect(diagnostics.length, `a ${rule} finding in ${JSON.stringify(text)}`).toBeGreaterThan(0);
  const diagnostic = diagnostics[0] as Diagnostic;
  const actions = await service.getCodeActions(document, diagnostic.range, { diagnostics: [diagnostic] });
  return { service, document, diagnostic, actions };
}

function applyEdit(document: TextDocument, action: CodeAction): string {
  const edits = action.edit?.changes?.[document.uri] ?? [];
  expect(edits.length, `edits of ${action.title}`).toBe(1);
  return TextDocument.applyEdits(document, edits);
}

/** The text once the snippet command ran and the author tabbed through the defaults. */
function applySnippet(document: TextDocument, action: CodeAction): string {
  expect(action.edit).toBeUndefined();
  expect(action.command?.command).toBe(INSERT_SNIPPET_COMMAND);
  const argument = action.command?.arguments?.[0] as InsertSnippetArgument;
  expect(argument.uri).toBe(document.uri);
  expect(argument.version).toBe(document.version);
  return TextDocument.applyEdits(document, [
    { range: argument.range, newText: snippetToText(argument.snippet) },
  ]);
}

/** The findings of a text, as rule id and message. */
async function findings(text: string): Promise<Array<{ code: unknown; message: string }>> {
  const diagnostics = await setup().getDiagnostics(trialDocument(text));
  return diagnostics.map(({ code, message }) => ({ code, message: plain(message) }));
}

interface Case {
  name: string;
  text: string;
  rule: string;
  message?: RegExp;
  title: string;
  /** The text after the plain-text fix. */
  expected?: string;
}

const CASES: Case[] = [
  {
    name: 'a field beside the others of its module, in the schema order',
    text: 'descriptionModule:\n  detailedDescription: More.\n',
    rule: 'brief-summary-required',
    title: 'Add Brief Summary (briefSummary)',
    expected: 'descriptionModule:\n  briefSummary: TBD\n  detailedDescription: More.\n',
  },
  {
    name: 'a missing module between the modules around it',
    text: 'identificationModule:\n  briefTitle: Falls\nconditionsModule: # the focus\n  conditions: [Falls]\n',
    rule: 'brief-summary-required',
    title: 'Add Brief Summary (briefSummary)',
    expected:
      'identificationModule:\n  briefTitle: Falls\ndescriptionModule:\n  briefSummary: TBD\nconditionsModule: # the focus\n  conditions: [Falls]\n',
  },
  {
    name: 'a field between two existing keys',
    text: 'identificationModule:\n  briefTitle: Falls\n  acronym: FALLS\n',
    rule: 'official-title-required',
    title: 'Add Official Title (officialTitle)',
    expected: 'identificationModule:\n  briefTitle: Falls\n  officialTitle: TBD\n  acronym: FALLS\n',
  },
  {
    name: 'a nested field before the first key',
    text: 'identificationModule:\n  briefTitle: Falls\n',
    rule: 'org-study-id-required',
    title: 'Add Unique Protocol Identification Number (id)',
    expected: 'identificationModule:\n  orgStudyIdInfo:\n    id: TBD\n  briefTitle: Falls\n',
  },
  {
    name: 'a code, as a choice',
    text: 'statusModule:\n  statusVerifiedDate: 2026-11\n',
    rule: 'overall-status-required',
    title: 'Add Overall Recruitment Status (overallStatus)',
    expected: 'statusModule:\n  statusVerifiedDate: 2026-11\n  overallStatus: TBD\n',
  },
  {
    name: 'a date with its type',
    text: `statusModule:\n  overallStatus: RECRUITING\n${INTERVENTIONAL}`,
    rule: 'start-date-required',
    title: 'Add Study Start Date (startDateStruct)',
  },
  {
    name: 'the enrollment',
    text: INTERVENTIONAL,
    rule: 'enrollment-required',
    title: 'Add Enrollment (enrollmentInfo)',
  },
  {
    name: 'the phases, as a list',
    text: INTERVENTIONAL,
    rule: 'interventional-design-required',
    message: /phases/,
    title: 'Add Study Phase (phases)',
  },
  {
    name: 'the masking, two levels down',
    text: INTERVENTIONAL,
    rule: 'interventional-design-required',
    message: /masking/,
    title: 'Add Masking (masking)',
  },
  {
    name: 'a whole missing module with three fields',
    text: INTERVENTIONAL,
    rule: 'eligibility-required',
    title:
      'Add Eligibility Criteria (eligibilityCriteria), Sex/Gender (sex) and Accepts Healthy Volunteers (healthyVolunteers)',
  },
  {
    name: 'the conditions',
    text: INTERVENTIONAL,
    rule: 'conditions-required',
    title: 'Add Conditions or Focus of Study (conditions)',
  },
  { name: 'the arms', text: INTERVENTIONAL, rule: 'arms-required', title: 'Add Arm/Group (armGroups)' },
  {
    name: 'the interventions',
    text: INTERVENTIONAL,
    rule: 'interventions-required',
    title: 'Add Intervention (interventions)',
  },
  {
    name: 'a primary outcome',
    text: INTERVENTIONAL,
    rule: 'primary-outcome-required',
    title: 'Add Primary Outcome Measure (primaryOutcomes)',
  },
  {
    name: 'the FDA questions, both',
    text: INTERVENTIONAL,
    rule: 'fda-regulated-flags-required',
    title:
      'Add Studies a U.S. FDA-regulated Drug Product (isFdaRegulatedDrug) and Studies a U.S. FDA-regulated Device Product (isFdaRegulatedDevice)',
  },
  {
    name: "the responsible party's type",
    text: 'sponsorCollaboratorsModule:\n  leadSponsor:\n    name: Univ\n',
    rule: 'responsible-party-required',
    title: 'Add Responsible Party Type (type)',
  },
  {
    name: "the lead sponsor's name",
    text: 'sponsorCollaboratorsModule:\n  responsibleParty:\n    type: SPONSOR\n',
    rule: 'lead-sponsor-required',
    title: 'Add Sponsor Name (name)',
  },
  {
    name: "an arm's fields, the first key moving off the dash line",
    text: `${INTERVENTIONAL}armsInterventionsModule:\n  armGroups:\n    - description: Given vitamin D.\n`,
    rule: 'arms-required',
    title: 'Add Arm/Group Title (label) and Arm Type (type)',
    expected: `${INTERVENTIONAL}armsInterventionsModule:\n  armGroups:\n    - label: TBD\n      type: TBD\n      description: Given vitamin D.\n`,
  },
  {
    name: "an outcome's time frame",
    text: 'outcomesModule:\n  primaryOutcomes:\n    - measure: Falls\n      description: Count of falls.\n',
    rule: 'outcome-fields-required',
    title: 'Add Primary Outcome Measure Time Frame (timeFrame)',
    expected:
      'outcomesModule:\n  primaryOutcomes:\n    - measure: Falls\n      description: Count of falls.\n      timeFrame: TBD\n',
  },
  {
    name: 'an intervention named by an arm, into the list',
    text: `${INTERVENTIONAL}armsInterventionsModule:\n  armGroups:\n    - label: Vitamin D\n      type: EXPERIMENTAL\n      interventionNames:\n        - "Dietary Supplement: Vitamin D3"\n  interventions:\n    - type: DRUG\n      name: Placebo\n`,
    rule: 'arm-intervention-reference',
    title: 'Add intervention "Dietary Supplement: Vitamin D3"',
    expected: `${INTERVENTIONAL}armsInterventionsModule:\n  armGroups:\n    - label: Vitamin D\n      type: EXPERIMENTAL\n      interventionNames:\n        - "Dietary Supplement: Vitamin D3"\n  interventions:\n    - type: DRUG\n      name: Placebo\n    - type: DIETARY_SUPPLEMENT\n      name: Vitamin D3\n      description: TBD\n      armGroupLabels:\n        - Vitamin D\n`,
  },
  {
    name: 'an intervention named by an arm, as the first',
    text: `${INTERVENTIONAL}armsInterventionsModule:\n  armGroups:\n    - label: A\n      type: EXPERIMENTAL\n      interventionNames:\n        - "Drug: Aspirin"\n`,
    rule: 'arm-intervention-reference',
    title: 'Add intervention "Drug: Aspirin"',
    expected: `${INTERVENTIONAL}armsInterventionsModule:\n  armGroups:\n    - label: A\n      type: EXPERIMENTAL\n      interventionNames:\n        - "Drug: Aspirin"\n  interventions:\n    - type: DRUG\n      name: Aspirin\n      description: TBD\n      armGroupLabels:\n        - A\n`,
  },
  {
    name: "an investigator's fields, when the investigator is the responsible party",
    text: 'sponsorCollaboratorsModule:\n  responsibleParty:\n    type: PRINCIPAL_INVESTIGATOR\n    investigatorTitle: Professor\n',
    rule: 'responsible-party-investigator',
    title:
      'Add Investigator Name (investigatorFullName) and Investigator Affiliation (investigatorAffiliation)',
    expected:
      'sponsorCollaboratorsModule:\n  responsibleParty:\n    type: PRINCIPAL_INVESTIGATOR\n    investigatorFullName: TBD\n    investigatorTitle: Professor\n    investigatorAffiliation: TBD\n',
  },
  {
    name: "a primary outcome's description",
    text: 'outcomesModule:\n  primaryOutcomes:\n    - measure: Change in HbA1c\n      timeFrame: Week 12\n',
    rule: 'outcome-description-present',
    title: 'Add Primary Outcome Measure Description (description)',
    expected:
      'outcomesModule:\n  primaryOutcomes:\n    - measure: Change in HbA1c\n      description: TBD\n      timeFrame: Week 12\n',
  },
  {
    name: 'a central contact while recruiting',
    text: `statusModule:\n  overallStatus: RECRUITING\n${INTERVENTIONAL}`,
    rule: 'contact-required-while-recruiting',
    title: 'Add Central Contact (centralContacts)',
  },
  {
    name: 'the template in an empty file',
    text: '',
    rule: 'syntax',
    title: 'Insert the new-trial template',
  },
  {
    name: 'the template below the comments of an otherwise empty file',
    text: '# my trial\n',
    rule: 'syntax',
    title: 'Insert the new-trial template',
  },
  {
    name: 'a field in a CRLF file',
    text: 'descriptionModule:\r\n  detailedDescription: More.\r\n',
    rule: 'brief-summary-required',
    title: 'Add Brief Summary (briefSummary)',
    expected: 'descriptionModule:\r\n  briefSummary: TBD\r\n  detailedDescription: More.\r\n',
  },
];

describe('adding what is missing', () => {
  it.each(CASES)(
    '$name: $rule',
    async ({ text, rule, message, title, expected }) => {
      const { document, diagnostic, actions } = await firstActions(text, rule, message);
      const first = actions[0];
      expect(first?.title).toBe(title);
      expect(first?.isPreferred).toBe(true);
      expect(actions.filter((action) => action.isPreferred)).toHaveLength(1);
      const fixed = applyEdit(document, first as CodeAction);
      if (expected !== undefined) expect(fixed).toBe(expected);
      const after = await findings(fixed);
      expect(after).not.toContainEqual({ code: rule, message: plain(diagnostic.message) });
      expect(after.filter((finding) => finding.code === 'syntax')).toEqual([]);
      expect(after.filter((finding) => /^Unknown key/.test(finding.message))).toEqual([]);

      // The same as a snippet, with the author taking each default.
      const viaCommand = await firstActions(text, rule, message, true);
      const snippetFixed = applySnippet(viaCommand.document, viaCommand.actions[0] as CodeAction);
      expect(snippetFixed.split(/\r?\n/).length).toBe(fixed.split(/\r?\n/).length);
      const afterSnippet = await findings(snippetFixed);
      expect(afterSnippet).not.toContainEqual({ code: rule, message: plain(diagnostic.message) });
      expect(afterSnippet.filter((finding) => finding.code === 'syntax')).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'offers codes as choices and tab stops in the snippet',
    async () => {
      const { actions } = await firstActions(INTERVENTIONAL, 'enrollment-required', undefined, true);
      const argument = actions[0]?.command?.arguments?.[0] as InsertSnippetArgument;
      expect(argument.snippet).toBe(
        '  enrollmentInfo:\n    count: ${1:TBD}\n    type: ${2|ESTIMATED,ACTUAL|}\n',
      );
    },
    TIMEOUT,
  );

  it(
    'is listed before "Disable" and "Show documentation"',
    async () => {
      const { actions } = await firstActions(
        'descriptionModule:\n  detailedDescription: More.\n',
        'brief-summary-required',
      );
      expect(actions.map((action) => action.title)).toEqual([
        'Add Brief Summary (briefSummary)',
        'Disable brief-summary-required for this line',
        'Show documentation for brief-summary-required',
      ]);
    },
    TIMEOUT,
  );

  it(
    'is not offered into a flow mapping',
    async () => {
      const { actions } = await firstActions(
        'descriptionModule: { detailedDescription: More. }\n',
        'brief-summary-required',
      );
      expect(actions.map((action) => action.title)).not.toContain('Add Brief Summary (briefSummary)');
    },
    TIMEOUT,
  );

  it(
    'links an intervention in no arm to the only arm, as the preferred fix',
    async () => {
      const text = `${INTERVENTIONAL}armsInterventionsModule:\n  armGroups:\n    - label: A\n      type: EXPERIMENTAL\n      interventionNames:\n        - "Drug: Aspirin"\n  interventions:\n    - type: DRUG\n      name: Aspirin\n      armGroupLabels:\n        - A\n    - type: DRUG\n      name: Placebo\n`;
      const { document, diagnostic, actions } = await firstActions(text, 'intervention-in-arm');
      expect(actions[0]?.title).toBe('Link arm "A" and "Drug: Placebo"');
      expect(actions[0]?.isPreferred).toBe(true);
      const edits = actions[0]?.edit?.changes?.[document.uri] ?? [];
      const after = await findings(TextDocument.applyEdits(document, edits));
      expect(after).not.toContainEqual({ code: 'intervention-in-arm', message: plain(diagnostic.message) });
    },
    TIMEOUT,
  );
});
