import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Explanation } from '../../lib/errorlog/explain';
import { preflight, run, sample } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'preflight-explain-'));
function logFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const LOG = logFile(
  'log.csv',
  'Row,Error,Email\n2,1008 - Failed validation of Email,bob@\n3,"1013 - Could not parse the phone number | 1014 - Could not parse the date",ann@example.com\n4,Failed to create a contact,cy@example.com\n',
);

describe('preflight explain', () => {
  it('explains each code once, with its rows, what it means and what to do', () => {
    const { status, stdout, stderr } = preflight('explain', LOG);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('Error log: log.csv · 3 failed rows');
    expect(stdout).toContain(
      '2 not imported: a file that creates them finishes the job (1008, 1020)',
    );
    expect(stdout).toContain('  1013  Could not parse the phone number (1): log row 3');
    expect(stdout).toContain('cannot see this in a file: it happens inside HighLevel.');
  });

  it('prints one JSON object with --json', () => {
    const { status, stdout } = preflight('explain', LOG, '--json');
    expect(status).toBe(0);
    const explained = JSON.parse(stdout) as Explanation;
    expect(
      explained.codes.map(({ code, count, predictable }) => [code, count, predictable]),
    ).toEqual([
      ['1008', 1, true],
      ['1013', 1, true],
      ['1014', 1, true],
      ['1020', 1, false],
    ]);
  });

  it('exits 1 when rows need the user: possible duplicates', () => {
    const log = logFile('dups.csv', 'Error;Email\n1011;ann@example.com\n1013;bob@example.com\n');
    const { status, stdout } = preflight('explain', log);
    expect(status).toBe(1);
    expect(stdout).toContain('1 imported, but to look at yourself');
  });

  it('exits 2 with a clear message on a file that is not an error log', () => {
    const { status, stdout, stderr } = preflight('explain', sample('keap-export.csv'));
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /keap-export\.csv: The file names no HighLevel error code .* not an import error log/,
    );
    expect(stderr).toContain('Usage: npm run -s preflight -- explain LOG.csv');
  });

  it('exits 2 without a log, or with a path that is not there', () => {
    expect(preflight('explain').status).toBe(2);
    expect(preflight('explain', join(dir, 'missing.csv')).stderr).toMatch(
      /cannot read error log .*ENOENT/,
    );
  });

  it('answers from the bundle exactly as from the TypeScript sources', () => {
    expect(preflight('explain', LOG)).toEqual(
      run(['--import', 'tsx', 'cli/preflight.ts', 'explain', LOG]),
    );
  });
});
