// Validates XML against the PRS protocol upload schema with xmllint (Debian package libxml2-utils).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturesDir, prsXsdPath } from './paths.js';

export interface XmllintError {
  line: number;
  /** The element the error is about. */
  element: string;
  /** The element names xmllint says it expected there. */
  expected: string[];
  message: string;
}

export interface XmllintResult {
  valid: boolean;
  errors: XmllintError[];
  /** xmllint's whole stderr, for failure messages. */
  output: string;
}

let schemaDir: string | undefined;

/** The upload schema copied beside a stand-in for the results schema it imports (see fixtures/). */
function schemaPath(): string {
  if (!existsSync(prsXsdPath)) throw new Error(`The PRS upload schema is missing: ${prsXsdPath}`);
  if (!schemaDir) {
    schemaDir = mkdtempSync(join(tmpdir(), 'trialyaml-prs-xsd-'));
    copyFileSync(prsXsdPath, join(schemaDir, 'ProtocolRecordSchema.xsd'));
    copyFileSync(join(fixturesDir, 'RRSUploadSchema.stub.xsd'), join(schemaDir, 'RRSUploadSchema.xsd'));
  }
  return join(schemaDir, 'ProtocolRecordSchema.xsd');
}

/** Throws (so the test fails, never skips) when xmllint is not installed. */
export function requireXmllint(): void {
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'xmllint is not installed, and the PRS XML tests need it. Run scripts/ensure-system-deps.sh (as root) or `apt-get install -y libxml2-utils`.',
    );
  }
}

/** Validates an XML document against ProtocolRecordSchema.xsd (2018-05-08). */
export function validatePrsXml(xml: string): XmllintResult {
  requireXmllint();
  const run = spawnSync('xmllint', ['--noout', '--schema', schemaPath(), '-'], {
    input: xml,
    encoding: 'utf8',
  });
  const output = run.stderr;
  if (/failed to compile/.test(output))
    throw new Error(`xmllint could not read the upload schema:\n${output}`);
  const errors: XmllintError[] = [];
  for (const line of output.split('\n')) {
    const match = /^-:(\d+): element (\S+): Schemas validity error : (.*)$/.exec(line);
    if (!match) continue;
    const expected = /Expected is (?:one of )?\( ([^)]*) \)/.exec(match[3] ?? '');
    errors.push({
      line: Number(match[1]),
      element: match[2] ?? '',
      expected: expected?.[1]?.split(',').map((name) => name.trim()) ?? [],
      message: match[3] ?? '',
    });
  }
  return { valid: run.status === 0, errors, output };
}
