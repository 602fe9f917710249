import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import { isDeepStrictEqual } from 'node:util';
import { loadTrial } from '@trialyaml/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, startRegistryStandIn, tempProject } from './run-cli.js';

const samplesDir = join(repoRoot, 'fixtures/ctgov-samples');
const sampleNames = readdirSync(samplesDir)
  .filter((name) => name.endsWith('.json'))
  .sort();
const sampleText = (name: string): string => readFileSync(join(samplesDir, name), 'utf8');
const protocolOf = (name: string): unknown =>
  (JSON.parse(sampleText(name)) as { protocolSection: unknown }).protocolSection;

let stopRegistry: (() => void) | undefined;
let baseUrl = '';
beforeAll(async () => {
  const registry = await startRegistryStandIn();
  baseUrl = registry.baseUrl;
  stopRegistry = registry.stop;
});
afterAll(() => stopRegistry?.());

describe('trialyaml import (real binary)', () => {
  it('prints its help', () => {
    const run = runCli(['import', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: trialyaml import <study\.json \| NCT12345678 \| folder \| -> /);
  });

  it('writes one record to standard output, with modeline, header and the protocolSection', () => {
    const run = runCli(['import', join(samplesDir, 'NCT02513394.json')]);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').slice(0, 4)).toEqual([
      '# yaml-language-server: $schema=https://trialyaml.dev/schemas/v1/trial.schema.json',
      '# Imported from ClinicalTrials.gov NCT02513394 (last update posted 2023-06-15).',
      '# Not imported: resultsSection, documentSection, derivedSection.',
      '',
    ]);
    const loaded = loadTrial(run.stdout);
    expect(loaded.problems).toEqual([]);
    expect(isDeepStrictEqual(loaded.data, protocolOf('NCT02513394.json'))).toBe(true);
    expect(run.stderr).toMatch(
      /→ standard output \(not imported: resultsSection, documentSection, derivedSection\)/,
    );
  });

  it('reads standard input and points the modeline where it is told', () => {
    const run = runCli(['import', '-', '--schema', '../schemas/trial.schema.json'], {
      input: sampleText('NCT00184067.json'),
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# yaml-language-server: \$schema=\.\.\/schemas\/trial\.schema\.json\n/);
    expect(
      runCli(['import', '-', '--schema', 'none'], { input: sampleText('NCT00184067.json') }).stdout,
    ).toMatch(/^# Imported from ClinicalTrials\.gov NCT00184067/);
  });

  it('imports a folder into a folder, skipping other files, and gives the same bytes twice', () => {
    const dir = tempProject({
      ...Object.fromEntries(sampleNames.map((name) => [`in/${name}`, sampleText(name)])),
      'in/README.txt': 'not a record',
    });
    const first = runCli(['import', 'in', '-o', 'out'], { cwd: dir });
    expect(first.status).toBe(0);
    expect(first.stderr).toContain(`trialyaml: skipped ${join('in', 'README.txt')}: not a .json file.`);
    expect(first.stderr).toMatch(
      /imported 16 of 16 records into out\. Not imported \(sections outside the protocol\): derivedSection \(16\), resultsSection \(6\), documentSection \(4\)\./,
    );
    const written = readdirSync(join(dir, 'out')).sort();
    expect(written).toEqual(sampleNames.map((name) => name.replace('.json', '.trial.yaml')));
    for (const name of sampleNames) {
      const loaded = loadTrial(readFileSync(join(dir, 'out', name.replace('.json', '.trial.yaml'))));
      expect(isDeepStrictEqual(loaded.data, protocolOf(name))).toBe(true);
    }
    const before = written.map((name) => readFileSync(join(dir, 'out', name), 'utf8'));
    const again = runCli(['import', 'in', '-o', 'again'], { cwd: dir });
    expect(again.status).toBe(0);
    expect(written.map((name) => readFileSync(join(dir, 'again', name), 'utf8'))).toEqual(before);
  });

  it('refuses to overwrite a file unless --force', () => {
    const dir = tempProject({ 'study.json': sampleText('NCT03418623.json'), 'out.trial.yaml': 'keep me\n' });
    const refused = runCli(['import', 'study.json', '-o', 'out.trial.yaml'], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('out.trial.yaml exists; not overwritten (use --force to replace it).');
    expect(readFileSync(join(dir, 'out.trial.yaml'), 'utf8')).toBe('keep me\n');
    const forced = runCli(['import', 'study.json', '-o', 'out.trial.yaml', '--force'], { cwd: dir });
    expect(forced.status).toBe(0);
    expect(readFileSync(join(dir, 'out.trial.yaml'), 'utf8')).toMatch(/^# yaml-language-server/);
    expect(readdirSync(dir).sort()).toEqual(['out.trial.yaml', 'study.json']);
  });

  it.each([
    [
      'invalid JSON',
      { 'a.json': '{\n  "protocolSection": {,}\n}' },
      ['a.json'],
      1,
      /a\.json: Invalid JSON at line 2, column 23: Expected property name or '}'\./,
    ],
    [
      'JSON that is not a study',
      { 'a.json': '{"name": "pkg"}' },
      ['a.json'],
      1,
      /a\.json: This JSON is not a ClinicalTrials\.gov study record/,
    ],
    [
      'a study without protocolSection',
      { 'a.json': '{"derivedSection": {}}' },
      ['a.json'],
      1,
      /has no protocolSection/,
    ],
    ['a missing file', {}, ['nope.json'], 2, /No such file or folder: nope\.json/],
    ['a malformed NCT number', {}, ['NCT123'], 2, /an NCT number is NCT followed by 8 digits/],
    [
      'several records without -o',
      { 'a.json': '{}', 'b.json': '{}' },
      ['a.json', 'b.json'],
      2,
      /2 records to import: name a folder/,
    ],
    [
      'a folder without .json files',
      { 'in/notes.md': '# notes' },
      ['in', '-o', 'out'],
      2,
      /No \.json files in in; nothing to import/,
    ],
    ['no input', {}, [], 2, /Name what to import/],
    ['a bad timeout', {}, ['NCT01234567', '--timeout', 'soon'], 2, /--timeout takes a number of seconds/],
  ])('reports %s, with the exit code that says what happened', (_name, files, args, status, message) => {
    const dir = tempProject(files);
    const run = runCli(['import', ...args], { cwd: dir });
    expect(run.stderr).toMatch(message);
    expect(run.status).toBe(status);
    expect(run.stdout).toBe('');
  });

  it('imports what it can and exits 1 when one input is not a study', () => {
    const dir = tempProject({ 'good.json': sampleText('NCT04207047.json'), 'bad.json': '[1, 2]' });
    const run = runCli(['import', 'good.json', 'bad.json', '-o', 'out'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('trialyaml: bad.json: Expected a ClinicalTrials.gov study record');
    expect(run.stderr).toContain('imported 1 of 2 records into out; 1 failed.');
    expect(readdirSync(join(dir, 'out'))).toEqual(['NCT04207047.trial.yaml']);
  });
});

describe('trialyaml import NCT… (fetching from a registry on 127.0.0.1)', () => {
  it('fetches a record and writes the same file as importing it saved', () => {
    const dir = tempProject({ 'saved.json': sampleText('NCT05147467.json') });
    const fetched = runCli(['import', 'nct05147467', '--base-url', baseUrl, '-o', 'fetched.trial.yaml'], {
      cwd: dir,
    });
    expect(fetched.stderr).toBe(
      'trialyaml: NCT05147467 → fetched.trial.yaml (not imported: derivedSection)\n',
    );
    expect(fetched.status).toBe(0);
    expect(runCli(['import', 'saved.json', '-o', 'saved.trial.yaml'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'fetched.trial.yaml'), 'utf8')).toBe(
      readFileSync(join(dir, 'saved.trial.yaml'), 'utf8'),
    );
  });

  it.each([
    [
      'an unknown NCT number',
      'NCT99999999',
      [],
      /No study NCT99999999 in the registry \(HTTP 404 from http:\/\/127\.0\.0\.1:\d+\/api\/v2\/studies\/NCT99999999\)/,
    ],
    ['a server error', 'NCT55555555', [], /The registry answered HTTP 500 Internal Server Error/],
    [
      'a registry that does not answer in time',
      'NCT66666666',
      ['--timeout', '0.5'],
      /No complete answer from 127\.0\.0\.1:\d+ within 0\.5 s/,
    ],
    [
      'malformed JSON',
      'NCT44444444',
      [],
      /is not JSON\. Invalid JSON at line 1, column 47: Expected property name or '}'\./,
    ],
    ['JSON that is not a study', 'NCT33333333', [], /is not a study record/],
  ])('exits 2 for %s, with a clear message', (_name, id, extra, message) => {
    const run = runCli(['import', id, '--base-url', baseUrl, ...extra]);
    expect(run.stderr).toMatch(message);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('exits 2 when the registry cannot be reached', async () => {
    // A port that was just freed: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const run = runCli(['import', 'NCT05147467', '--base-url', `http://127.0.0.1:${port}/api/v2`]);
    expect(run.stderr).toBe(
      `trialyaml: NCT05147467: Could not reach 127.0.0.1:${port} (connection refused, ECONNREFUSED). Check the network connection.\n`,
    );
    expect(run.status).toBe(2);
  });
});

describe('trialyaml export (real binary)', () => {
  it('gives back every shared record exactly: import then export', () => {
    const dir = tempProject(Object.fromEntries(sampleNames.map((name) => [`in/${name}`, sampleText(name)])));
    expect(runCli(['import', 'in', '-o', 'trials'], { cwd: dir }).status).toBe(0);
    for (const name of sampleNames) {
      const run = runCli(['export', join('trials', name.replace('.json', '.trial.yaml'))], { cwd: dir });
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      const exported = JSON.parse(run.stdout) as { protocolSection: unknown };
      expect(Object.keys(exported)).toEqual(['protocolSection']);
      expect(isDeepStrictEqual(exported.protocolSection, protocolOf(name))).toBe(true);
    }
  });

  it('writes to a file, refusing to overwrite without --force', () => {
    const dir = tempProject({ 'a.trial.yaml': 'identificationModule:\n  briefTitle: A\n', 'a.json': 'old' });
    const refused = runCli(['export', 'a.trial.yaml', '-o', 'a.json'], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('a.json exists; not overwritten (use --force to replace it).');
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('old');
    expect(runCli(['export', 'a.trial.yaml', '-o', 'a.json', '--force'], { cwd: dir }).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8'))).toEqual({
      protocolSection: { identificationModule: { briefTitle: 'A' } },
    });
  });

  it('refuses a trial with errors, with positions, and writes nothing', () => {
    const dir = tempProject({
      'b.trial.yaml':
        'identificationModule:\n  briefTitle: A study\nstatusModule:\n  overallStatus: recruiting\n',
    });
    const run = runCli(['export', 'b.trial.yaml', '-o', 'b.json'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^b\.trial\.yaml:4:18: error: Overall Recruitment Status \(statusModule\.overallStatus\): .*Did you mean Recruiting \(RECRUITING\)\?.* \(schema\)\n/,
    );
    expect(run.stderr).toContain('trialyaml: b.trial.yaml was not exported: 1 error to fix first.');
    expect(existsSync(join(dir, 'b.json'))).toBe(false);
  });

  it.each([
    [
      'an unknown format',
      ['export', 'x.trial.yaml', '--format', 'xml'],
      /Unknown format "xml"\. Use one of: json, prs-xml\./,
    ],
    ['a missing file', ['export', 'missing.trial.yaml'], /No such file: missing\.trial\.yaml/],
    ['two files', ['export', 'a', 'b'], /Export one trial file at a time/],
    [
      '--prs-info with JSON',
      ['export', 'x.trial.yaml', '--prs-info', 'p.yaml'],
      /--prs-info is for --format prs-xml/,
    ],
  ])('exits 2 for %s', (_name, args, message) => {
    const run = runCli(args, { cwd: tempProject({ 'x.trial.yaml': 'identificationModule: {}\n' }) });
    expect(run.stderr).toMatch(message);
    expect(run.status).toBe(2);
  });
});

describe('trialyaml export --format prs-xml (real binary)', () => {
  const example = join(repoRoot, 'examples/NCT06924645.trial.yaml');

  it('writes the XML and reports what the upload lacks, exiting 1', () => {
    const dir = tempProject({});
    const run = runCli(['export', example, '--format', 'prs-xml', '-o', 'upload.xml'], { cwd: dir });
    expect(run.status).toBe(1);
    const xml = readFileSync(join(dir, 'upload.xml'), 'utf8');
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<prs:study_collection xmlns:prs="http://clinicaltrials.gov/prs">\n',
      ),
    ).toBe(true);
    expect(xml).not.toContain('<org_name>');
    expect(run.stderr).toMatch(
      /wrote the PRS upload XML of .*NCT06924645\.trial\.yaml to upload\.xml; it is not ready to upload:/,
    );
    expect(run.stderr).toMatch(
      /Missing, required by the upload schema .*\n {4}clinical_study\/id_info\/org_name /,
    );
    expect(run.stderr).toMatch(
      /clinical_study\/oversight_info\/irb_info \(Human Subjects Protection Review Board\)/,
    );
    expect(run.stderr).toMatch(
      /Not in the upload:\n {4}\/identificationModule\/nctId: assigned by ClinicalTrials\.gov/,
    );
  });

  it('is ready to upload when the PRS-only data is given', () => {
    const dir = tempProject({
      'prs.yaml': [
        'orgName: ExampleOrg',
        'investigatorUsername: jdoe',
        'reviewBoard:',
        '  approvalStatus: Approved',
        'indIde:',
        '  isIndStudy: false',
        '',
      ].join('\n'),
    });
    const run = runCli(['export', example, '-f', 'prs-xml', '--prs-info', 'prs.yaml'], { cwd: dir });
    expect(run.stderr).toMatch(/to standard output; nothing the upload needs is missing\./);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('<org_name>ExampleOrg</org_name>');
    expect(run.stdout).toContain(
      '<irb_info>\n        <approval_status>Approved</approval_status>\n      </irb_info>',
    );
  });

  it('exits 2 for upload info it cannot use', () => {
    const dir = tempProject({ 'prs.yaml': 'reviewBoard:\n  approvalStatus: approved\n' });
    const run = runCli(['export', example, '-f', 'prs-xml', '--prs-info', 'prs.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /--prs-info prs\.yaml is not valid upload info:\n {2}reviewBoard\.approvalStatus: "approved" is not one of Approved, Pending, Exempt/,
    );
    expect(run.stdout).toBe('');
  });
});
