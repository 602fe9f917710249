import { describe, expect, it } from 'vitest';
import { checkPrsUploadInfo, parsePrsUploadInfo } from './upload-info.js';

describe('PRS upload info', () => {
  it('reads YAML and JSON', () => {
    const yaml = parsePrsUploadInfo(
      'orgName: MyOrg\ninvestigatorUsername: jdoe\nreviewBoard:\n  approvalStatus: Approved\n  approvalNumber: "2024-17"\nindIde:\n  isIndStudy: true\n  grantor: CDER\n  number: "123456"\n',
    );
    expect(yaml.errors).toEqual([]);
    expect(yaml.info).toEqual({
      orgName: 'MyOrg',
      investigatorUsername: 'jdoe',
      reviewBoard: { approvalStatus: 'Approved', approvalNumber: '2024-17' },
      indIde: { isIndStudy: true, grantor: 'CDER', number: '123456' },
    });
    expect(parsePrsUploadInfo('{"orgName": "X"}').info).toEqual({ orgName: 'X' });
  });

  it.each([
    ['a list', '- a', /must be a mapping/],
    ['an unknown field', 'orgname: X', /orgname: unknown field; known: orgName, investigatorUsername/],
    ['a number for a name', 'orgName: 12', /orgName: expected a string, found 12/],
    [
      'a board status PRS does not know',
      'reviewBoard:\n  approvalStatus: approved',
      /"approved" is not one of Approved, Pending/,
    ],
    ['a board without status', 'reviewBoard:\n  name: IRB', /reviewBoard.approvalStatus: required/],
    [
      'an IND answer that is not a boolean',
      'indIde:\n  isIndStudy: "yes"',
      /indIde.isIndStudy: expected a boolean/,
    ],
    ['an IND without the answer', 'indIde:\n  number: "1"', /indIde.isIndStudy: required/],
    [
      'an unknown grantor',
      'indIde:\n  isIndStudy: true\n  grantor: FDA',
      /"FDA" is not one of CDER, CBER, CDRH/,
    ],
    ['YAML that does not parse', 'orgName: [x', /Not valid YAML or JSON/],
  ])('refuses %s', (_name, text, message) => {
    const result = parsePrsUploadInfo(text);
    expect(result.info).toBeUndefined();
    expect(result.errors.join('\n')).toMatch(message);
  });

  it('checks values built in code the same way', () => {
    expect(checkPrsUploadInfo({ reviewBoard: 'yes' }).errors).toEqual([
      'reviewBoard: expected a mapping (approvalStatus, approvalNumber, ...).',
    ]);
  });
});
