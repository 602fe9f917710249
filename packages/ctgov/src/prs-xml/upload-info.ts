import { isPlainObject } from '@trialyaml/core';
import { parse } from 'yaml';

/** PRS's Human Subjects Protection Review Board status words. */
export const REVIEW_BOARD_STATUSES = [
  'Approved',
  'Pending',
  'Exempt',
  'Denied',
  'Not required',
  'Not yet submitted',
] as const;
export type ReviewBoardStatus = (typeof REVIEW_BOARD_STATUSES)[number];

/** FDA centers that grant an IND or IDE. */
export const IND_GRANTORS = ['CDER', 'CBER', 'CDRH'] as const;
export type IndGrantor = (typeof IND_GRANTORS)[number];

/**
 * Upload data that PRS needs but the registry's API model (and so a trial file) does not hold. Nothing here
 * is ever guessed: what is not given is reported as missing.
 */
export interface PrsUploadInfo {
  /** `id_info/org_name`: the organization's short name used to log in to PRS. */
  orgName?: string;
  /** `resp_party/investigator_username`: the PRS user name of an investigator responsible party. */
  investigatorUsername?: string;
  /** `oversight_info/irb_info`: Human Subjects Protection Review Board. */
  reviewBoard?: {
    approvalStatus: ReviewBoardStatus;
    approvalNumber?: string;
    name?: string;
    affiliation?: string;
    phone?: string;
    phoneExt?: string;
    email?: string;
    fullAddress?: string;
  };
  /** `is_ind_study` and `ind_info`: U.S. FDA IND/IDE. */
  indIde?: {
    isIndStudy: boolean;
    grantor?: IndGrantor;
    number?: string;
    serialNumber?: string;
  };
}

type Fields = Record<string, 'string' | 'boolean'>;

const TOP: Fields = { orgName: 'string', investigatorUsername: 'string' };
const BOARD: Fields = {
  approvalStatus: 'string',
  approvalNumber: 'string',
  name: 'string',
  affiliation: 'string',
  phone: 'string',
  phoneExt: 'string',
  email: 'string',
  fullAddress: 'string',
};
const IND: Fields = { isIndStudy: 'boolean', grantor: 'string', number: 'string', serialNumber: 'string' };

function checkFields(value: Record<string, unknown>, fields: Fields, where: string, errors: string[]): void {
  for (const [key, item] of Object.entries(value)) {
    const type = fields[key];
    if (!type) errors.push(`${where}${key}: unknown field; known: ${Object.keys(fields).join(', ')}.`);
    else if (typeof item !== type)
      errors.push(`${where}${key}: expected a ${type}, found ${JSON.stringify(item)}.`);
  }
}

/** Checks upload info read from a file; `errors` say what is wrong, one sentence each. */
export function checkPrsUploadInfo(value: unknown): { info: PrsUploadInfo | undefined; errors: string[] } {
  const errors: string[] = [];
  if (!isPlainObject(value))
    return { info: undefined, errors: ['The upload info must be a mapping of fields.'] };
  const { reviewBoard, indIde, ...top } = value;
  checkFields(top, TOP, '', errors);
  if (reviewBoard !== undefined) {
    if (!isPlainObject(reviewBoard))
      errors.push('reviewBoard: expected a mapping (approvalStatus, approvalNumber, ...).');
    else {
      checkFields(reviewBoard, BOARD, 'reviewBoard.', errors);
      const status = reviewBoard.approvalStatus;
      if (status === undefined) errors.push('reviewBoard.approvalStatus: required.');
      else if (typeof status === 'string' && !(REVIEW_BOARD_STATUSES as readonly string[]).includes(status))
        errors.push(
          `reviewBoard.approvalStatus: "${status}" is not one of ${REVIEW_BOARD_STATUSES.join(', ')}.`,
        );
    }
  }
  if (indIde !== undefined) {
    if (!isPlainObject(indIde))
      errors.push('indIde: expected a mapping (isIndStudy, grantor, number, serialNumber).');
    else {
      checkFields(indIde, IND, 'indIde.', errors);
      if (indIde.isIndStudy === undefined) errors.push('indIde.isIndStudy: required (true or false).');
      const grantor = indIde.grantor;
      if (typeof grantor === 'string' && !(IND_GRANTORS as readonly string[]).includes(grantor))
        errors.push(`indIde.grantor: "${grantor}" is not one of ${IND_GRANTORS.join(', ')}.`);
    }
  }
  return errors.length ? { info: undefined, errors } : { info: value, errors };
}

/** Reads upload info from YAML or JSON text (e.g. a `prs-upload.yaml` kept beside the trial files). */
export function parsePrsUploadInfo(text: string): { info: PrsUploadInfo | undefined; errors: string[] } {
  let value: unknown;
  try {
    value = parse(text, {
      version: '1.2',
      uniqueKeys: true,
      prettyErrors: false,
      maxAliasCount: 10,
    }) as unknown;
  } catch (error) {
    return {
      info: undefined,
      errors: [`Not valid YAML or JSON: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
  return checkPrsUploadInfo(value);
}
