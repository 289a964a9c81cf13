import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HighLevelCode } from '../../../lib/highlevel/error-log';
import { ERROR_LOG } from '../../../lib/highlevel/error-log';
import type { SettingsInput } from '../../../lib/settings';
import { steadyGrowthRatio } from '../../growth-ratio';
import { check } from '../../helpers';
import { explainAgainst, ORIGINAL } from './fixtures';

/** What a file would still lose: anything HighLevel would skip, block, or drop unfixed. */
function losses(csv: string, settings: SettingsInput = {}) {
  return check(csv, settings).report.issues.filter(
    (issue) =>
      issue.class === 'file-blocked' ||
      issue.class === 'row-skipped' ||
      (issue.class === 'field-dropped' && !issue.fix),
  );
}

const LOG = [
  'Email,Error',
  'bob@example,Failed validation of Email',
  'cy@example.com,Could not parse the date',
  'di@example.com,Could not parse the phone number',
  'flo@example.com,Failed to create a contact',
  'gus@example.com,1011',
  'zed@example.com,1008',
].join('\n');

describe('the files that finish the import', () => {
  const { original } = explainAgainst(LOG, ORIGINAL);
  const files = original?.files;

  it('creates the rows that were not imported, fixed', () => {
    expect(files?.create?.rows).toEqual([7]);
    expect(files?.create?.csv).toBe(
      'First Name,Last Name,Email,Phone,Birthday,Contact Id\r\nFlo,Hu,flo@example.com,+12025550150,,',
    );
  });

  it('updates only the matching column and the field each contact lost, fixed', () => {
    expect(files?.update).toEqual({
      rows: [4],
      columns: ['Email', 'Birthday'],
      csv: 'Email,Birthday\r\ncy@example.com,07/04/1981',
    });
  });

  it('lists the rows no file can finish, each with why', () => {
    expect(files?.needsYou.map(({ line, row, why }) => ({ line, row, why }))).toEqual([
      { line: 2, row: 3, why: 'Preflight cannot fix it: 1008 Failed validation of Email (Email).' },
      { line: 4, row: 5, why: 'Preflight cannot fix Phone: correct it by hand.' },
      { line: 6, row: 8, why: ERROR_LOG['1011'].todo },
      { line: 7, row: null, why: expect.stringMatching(/^Not found in the original file/) },
    ]);
  });

  it('says how many rows of each code Preflight predicts with the same settings', () => {
    const { explanation } = explainAgainst(LOG, ORIGINAL);
    expect(
      Object.fromEntries(explanation.codes.map(({ code, predicted }) => [code, predicted])),
    ).toEqual({
      '1008': 1,
      '1011': 0,
      '1013': 1,
      '1014': 1,
      '1020': 0,
    });
  });

  it('each re-checks clean', () => {
    expect(losses(files?.create?.csv ?? '')).toEqual([]);
    expect(losses(files?.update?.csv ?? '')).toEqual([]);
  });

  it('fills every field a row lost, those Preflight does not find the code on included', () => {
    const { original: against } = explainAgainst('Row,Error\n4,"1014 | 1013"\n', ORIGINAL);
    expect(against?.files.update).toMatchObject({
      columns: ['Email', 'Phone', 'Birthday'],
      csv: 'Email,Phone,Birthday\r\ncy@example.com,+12025550149,07/04/1981',
    });
  });

  it('is linear: n contacts that lost a field take about twice the time of n/2', () => {
    // Every row has an issue of its own (an unreadable date): the original's issues grow with n.
    const original = (n: number) =>
      `Email,Phone,Birthday\n${Array.from({ length: n }, (_, i) => `p${i}@example.com,2025550${String(100 + (i % 900))},someday`).join('\n')}\n`;
    const log = (n: number) =>
      `Row,Error\n${Array.from({ length: n }, (_, i) => `${i + 2},1013`).join('\n')}\n`;
    const update = (n: number) => explainAgainst(log(n), original(n)).original?.files.update;
    expect(update(10)?.rows).toHaveLength(10);
    expect(steadyGrowthRatio((n) => [n], update, 1_000, 5)).toBeLessThan(3);
  });

  it('tells a whole file HighLevel did not import apart', () => {
    const { original: against } = explainAgainst('Row,Error\n2,1003\n', ORIGINAL);
    expect(against?.files.needsYou[0]?.why).toMatch(/imported none of the file/);
  });
});

const CELLS = {
  name: ['Ann', 'Bob', '', 'Lee'],
  email: [
    'ann@example.com',
    'Bob@Example.org ',
    'cy@example',
    '',
    'mailto:dee@example.com',
    'ann@example.com',
  ],
  phone: ['(810) 292-9388', '555', '', '+44 20 7946 0958', '8103749840', 'n/a'],
  date: ['02/14/1984', '1979-07-23', 'someday', ''],
  owner: ['Mia', ''],
};
const CODES = Object.keys(ERROR_LOG) as HighLevelCode[];
const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
const quote = (value: string) =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

const original = fc
  .array(
    fc.tuple(
      pick(CELLS.name),
      pick(CELLS.email),
      pick(CELLS.phone),
      pick(CELLS.date),
      pick(CELLS.owner),
    ),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map((rows) =>
    ['First Name,Email,Phone,Birthday,Owner', ...rows.map((row) => row.map(quote).join(','))].join(
      '\n',
    ),
  );

describe('for any original and any log of its rows', () => {
  it('puts every failed row in one place (the create file, the update file, or needs you), and both files re-check clean', () => {
    fc.assert(
      fc.property(
        original,
        fc.array(fc.tuple(fc.nat(9), fc.uniqueArray(pick(CODES), { minLength: 1, maxLength: 3 })), {
          minLength: 1,
          maxLength: 8,
        }),
        pick(['email', 'phone'] as const),
        (file, failed, primary) => {
          const log = [
            'Row,Error',
            ...failed.map(([row, codes]) => `${row + 2},${quote(codes.join(' | '))}`),
          ].join('\n');
          const { original: against } = explainAgainst(`${log}\n`, file, { primary });
          if (!against) throw new Error('no original');
          const { matching, files } = against;
          const lineOfRow = new Map(matching.matches.map(({ line, row }) => [row, line]));
          const placed = [
            ...(files.create?.rows ?? []).map((row) => lineOfRow.get(row)),
            ...(files.update?.rows ?? []).map((row) => lineOfRow.get(row)),
            ...files.needsYou.map(({ line }) => line),
          ].sort((a, b) => (a ?? 0) - (b ?? 0));
          expect(placed).toEqual(failed.map((_, i) => i + 2));
          for (const csv of [files.create?.csv, files.update?.csv]) {
            if (csv) expect(losses(csv, { primary })).toEqual([]);
          }
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) },
    );
  });
});
