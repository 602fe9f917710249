import { describe, expect, it } from 'vitest';
import type { DiagnosticLike } from '../preview/preview-problems.js';
import { recordSummarySections } from './record-summary-sections.js';

/** A trial with a started identification module and no status module. */
const TRIAL = { identificationModule: { briefTitle: 'A study' } };

const error = (data: unknown, source = 'trialyaml'): DiagnosticLike => ({
  severity: 0,
  message: 'm',
  source,
  code: 'r',
  data,
});

/** The errors counted in Study Status and Study Identification, and the sum over every section. */
function counts(diagnostics: DiagnosticLike[], pointerAtStart = (): string | undefined => undefined) {
  const sections = recordSummarySections(TRIAL, diagnostics, pointerAtStart);
  const errorsOf = (module: string) => sections.find((section) => section.module === module)?.errors;
  return {
    status: errorsOf('statusModule'),
    identification: errorsOf('identificationModule'),
    total: sections.reduce((sum, section) => sum + section.errors, 0),
  };
}

describe('the record summary view counts diagnostics in their sections', () => {
  it.each([
    [
      'a missing module, by the data the server sends now',
      error({ pointer: '', missing: ['/statusModule/overallStatus'] }),
      { status: 1, identification: 0, total: 1 },
    ],
    [
      'a missing field of a present module, by its first missing pointer',
      error({ pointer: '/identificationModule', missing: ['/statusModule/x', '/identificationModule/y'] }),
      { status: 1, identification: 0, total: 1 },
    ],
    [
      'a value, by its pointer',
      error({ pointer: '/identificationModule/briefTitle' }),
      { status: 0, identification: 1, total: 1 },
    ],
    [
      'old-shaped data (the pointer alone)',
      error('/statusModule/overallStatus'),
      { status: 1, identification: 0, total: 1 },
    ],
    [
      'old-shaped data about the root: the whole file, in no section',
      error(''),
      { status: 0, identification: 0, total: 0 },
    ],
    [
      'missing pointers that are not pointers: the pointer is used',
      error({ pointer: '/identificationModule', missing: ['statusModule'] }),
      { status: 0, identification: 1, total: 1 },
    ],
    [
      'another extension’s diagnostic: not counted',
      error({ pointer: '', missing: ['/statusModule/overallStatus'] }, 'YAML'),
      { status: 0, identification: 0, total: 0 },
    ],
  ])('%s', (_name, diagnostic, expected) => {
    expect(counts([diagnostic])).toEqual(expected);
  });

  it('without data, the value where the diagnostic starts', () => {
    expect(counts([error(undefined)], () => '/statusModule')).toEqual({
      status: 1,
      identification: 0,
      total: 1,
    });
  });

  it('marks the missing module "Not started" with its error, leads to its first missing field', () => {
    const sections = recordSummarySections(
      TRIAL,
      [error({ pointer: '', missing: ['/statusModule/overallStatus'] })],
      () => undefined,
    );
    const status = sections.find((section) => section.module === 'statusModule');
    expect(status).toMatchObject({ started: false, errors: 1, pointer: '/statusModule/overallStatus' });
  });
});
