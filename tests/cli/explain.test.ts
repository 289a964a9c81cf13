import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

const ORIGINAL = logFile(
  'original.csv',
  [
    'First Name,Last Name,Email,Phone,Birthday',
    'Ann,Lee,ann@example.com,202-555-0147,07/04/1981',
    'Bob,Ray,bob@example,202-555-0148,',
    'Cy,Day,cy@example.com,(202) 555-0149,1981-07-04',
    'Flo,Hu,flo@example.com,2025550150,',
  ].join('\n'),
);

describe('preflight explain --original', () => {
  const log = logFile(
    'against.csv',
    'Row,Error,Email\n4,1014,cy@example.com\n5,Failed to create a contact,flo@example.com\n',
  );

  it('writes the create and update files beside --out, and exits 0 when every row has one', () => {
    const out = join(dir, 'retry.csv');
    const { status, stdout, stderr } = preflight(
      'explain',
      log,
      '--original',
      ORIGINAL,
      '--out',
      out,
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('Found 2 rows of 2 in the original.');
    expect(stdout).toContain(`Create: ${join(dir, 'retry-create.csv')}: 1 row, fixed`);
    expect(stdout).toContain('1014  Could not parse the date (1): log row 2');
    expect(stdout).toContain('Preflight finds it on this row with these settings.');
    expect(readFileSync(join(dir, 'retry-create.csv'), 'utf8')).toBe(
      'First Name,Last Name,Email,Phone,Birthday\r\nFlo,Hu,flo@example.com,+12025550150,',
    );
    expect(readFileSync(join(dir, 'retry-update.csv'), 'utf8')).toBe(
      'Email,Birthday\r\ncy@example.com,07/04/1981',
    );
  });

  it('exits 1 and lists the rows that need you, each with why', () => {
    const failing = logFile('failing.csv', 'Error,Email\n1008,bob@example\n1008,zed@example.com\n');
    const { status, stdout } = preflight('explain', failing, '--original', ORIGINAL);
    expect(status).toBe(1);
    expect(stdout).toContain('Needs you: 2 rows');
    expect(stdout).toContain('log row 2 (row 3 of the original), 1008: Preflight cannot fix it');
    expect(stdout).toContain('log row 3, 1008: Not found in the original file');
  });

  it('prints the matched and unmatched rows, the files and who needs you with --json', () => {
    const { stdout } = preflight('explain', log, '--original', ORIGINAL, '--json');
    expect(JSON.parse(stdout)).toMatchObject({
      codes: [
        { code: '1014', count: 1, predicted: 1 },
        { code: '1020', count: 1, predicted: 0, predictable: false },
      ],
      matched: [
        { line: 2, row: 4, by: 'row' },
        { line: 3, row: 5, by: 'row' },
      ],
      unmatched: [],
      files: {
        create: { path: null, rows: [5] },
        update: { rows: [4], columns: ['Email', 'Birthday'] },
      },
      needsYou: [],
    });
  });

  it('exits 2 for --out without --original', () => {
    const { status, stderr } = preflight('explain', log, '--out', join(dir, 'x.csv'));
    expect(status).toBe(2);
    expect(stderr).toContain('--out needs --original');
  });
});
