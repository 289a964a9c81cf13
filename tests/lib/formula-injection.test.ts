import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../lib/engine';
import { reportCsv } from '../../lib/report';
import type { SettingsInput } from '../../lib/settings';
import { check, csv, rejectedText } from '../helpers';
import { partTexts } from '../../lib/write';

/**
 * Issue 11: a formula from the file must not run in a spreadsheet that opens any file Preflight
 * writes. Each test sends the tester's values down one path and reads every output back.
 */
const CALC = "=cmd|' /C calc'!A0";
const FORMULAS = [CALC, '@SUM(1)', '+1+1', '-2+3', '\t=1'];

/** A CSV field holding the value as it is (quoted: the values hold `'`, `|` and a tab). */
const quoted = (value: string) => `"${value.replace(/"/g, '""')}"`;
const F = FORMULAS.map(quoted);

/** Written by hand, not with the engine's rule: a number, phone numbers, a list of E.164 numbers. */
const NUMBER_OR_PHONE =
  /^(?:[+-]?\d+(?:[.,]\d+)*|\+?\d[\d ().-]{5,}\d(?: ?(?:ext\.?|x|#) ?\d+)?(?:, \+\d{8,15})*)$/;
const FORMULA_START = /^[=+\-@\t\r]/;

interface Written {
  cleaned: string[][];
  rejected: string[][];
  parts: string[][][];
  report: string[][];
}

const cells = (text: string | null) =>
  text === null ? [] : Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n' }).data;

function written(result: CheckResult): Written {
  return {
    cleaned: cells(result.cleaned),
    rejected: cells(rejectedText(result)),
    parts: partTexts(result).map(cells),
    report: cells(reportCsv(result.report)),
  };
}

/** Every cell of every output a spreadsheet may open that would run as a formula. */
function runnable(out: Written): string[] {
  return [out.cleaned, out.rejected, ...out.parts, out.report]
    .flat(2)
    .filter((cell) => FORMULA_START.test(cell) && !NUMBER_OR_PHONE.test(cell));
}

/** Checks the file and holds every output to the rule; returns what was written, for the path. */
function checkSafe(text: string, settings: SettingsInput = {}): Written {
  const out = written(check(text, settings));
  expect(runnable(out)).toEqual([]);
  return out;
}

const column = (rows: string[][], index: number) => rows.map((row) => row[index] ?? '');

/** The planted values found with the apostrophe among the cells (a trimmed cell loses its tab). */
const neutralisedIn = (found: readonly (string | undefined)[]) =>
  FORMULAS.filter((value) => found.includes(`'${value}`) || found.includes(`'${value.trim()}`));

describe('formula injection: every output a spreadsheet may open', () => {
  it('header cells: the cleaned file, the rejected file and the report CSV', () => {
    const out = checkSafe(
      csv(
        `First Name,Email,${F.join(',')}`,
        `Ann,ann@example.com,a,b,c,d,e`,
        `Bob,not an email,a,b,c,d,e`,
      ),
    );
    expect(neutralisedIn(out.cleaned[0] ?? [])).toEqual(FORMULAS);
    expect(neutralisedIn(out.rejected[0] ?? [])).toEqual(FORMULAS);
    // PF06 names each unmapped column in the report's Column.
    expect(neutralisedIn(column(out.report, 1))).toEqual(FORMULAS);
  });

  it('a file blocked at its header: no column maps', () => {
    const out = checkSafe(csv(F.join(','), 'a,b,c,d,e'));
    expect(neutralisedIn(out.cleaned[0] ?? [])).toEqual(FORMULAS);
    expect(out.report.map((row) => row[2])).toContain('PF05');
  });

  it("PF07's Additional Emails column", () => {
    const out = checkSafe(
      csv(
        'First Name,Email,Email 2,Additional Emails',
        `Ann,ann@example.com,+1+1@example.com,"-2+3@example.com, =x@example.com"`,
      ),
    );
    const additional = out.cleaned[0]?.indexOf('Additional Emails') ?? -1;
    expect(out.cleaned[1]?.[additional]).toMatch(/^'[-+=]/);
  });

  it("PF07's extra rows", () => {
    const out = checkSafe(
      csv(
        'First Name,Last Name,Email,Email 2',
        `${F[0]},${F[1]},ann@example.com,ann2@example.com`,
        `${F[2]},${F[3]},bob@example.com,"bob2@example.com; bob3@example.com"`,
      ),
      { severalValues: 'extra-rows' },
    );
    expect(out.cleaned.length).toBeGreaterThan(3);
    expect(column(out.cleaned.slice(1), 0)).toEqual(expect.arrayContaining([`'${CALC}`]));
  });

  it('malformed rows (PF04), in the rejected file', () => {
    const out = checkSafe(
      csv('First Name,Email,Notes', `Ann,ann@example.com,ok`, `${F.join(',')},one too many`),
    );
    expect(neutralisedIn(out.rejected[1] ?? [])).toEqual(FORMULAS);
  });

  it('an invalid phone in the matching column (1004), in the rejected file and the report', () => {
    const rows = FORMULAS.map((value, i) => `Ann ${i},${quoted(value)}`);
    const out = checkSafe(csv('First Name,Phone', ...rows), { primary: 'phone' });
    expect(neutralisedIn(column(out.rejected, 3))).toEqual(FORMULAS);
    expect(neutralisedIn(column(out.report, 4))).toEqual(FORMULAS);
  });

  it('extra phone columns, in the rejected file', () => {
    const out = checkSafe(
      csv(
        'First Name,Email,Phone,Phone 2,Phone 3',
        `Ann,not an email,+12025550147,${F[0]},${F[1]}`,
        `Bob,bob@,+12025550148,${F[2]},${F[3]}`,
        `Cy,cy@,+12025550149,${F[4]},`,
      ),
    );
    expect(neutralisedIn(out.rejected.slice(1).flatMap((row) => row.slice(4)))).toEqual(FORMULAS);
  });

  it('PF01 parts: the header and every row of each part', () => {
    const rows = FORMULAS.map((value, i) => `Ann ${i},ann${i}@example.com,${quoted(value)}`);
    const out = checkSafe(csv(`First Name,Email,${F[0]}`, ...rows), { limits: { maxRows: 2 } });
    expect(out.parts).toHaveLength(3);
    for (const part of out.parts) expect(part[0]?.[2]).toBe(`'${CALC}`);
    expect(neutralisedIn(out.parts.flatMap((part) => column(part, 2)))).toEqual(FORMULAS);
  });

  it("the report CSV's value and fix columns", () => {
    const rows = FORMULAS.map((value, i) => `Ann ${i},${quoted(value)}`);
    const out = checkSafe(csv('First Name,Email', ...rows));
    const [values, fixes] = [column(out.report, 4), column(out.report, 5)];
    expect(neutralisedIn(values)).toEqual(FORMULAS);
    // PF09's fix already holds the apostrophe: the writer does not add another.
    expect(neutralisedIn(fixes)).toEqual(FORMULAS);
    expect([...values, ...fixes].filter((cell) => cell.startsWith("''"))).toEqual([]);
  });

  it('leaves numbers and phone numbers as the cleaned file holds them, in the report CSV too', () => {
    const out = checkSafe(
      csv(
        'First Name,Email,Phone,Phone 2,Phone 3,Notes',
        'Ann,ann@example.com,,+12025550147,,-5',
        'Bob,bob@example.com,+1 (202) 555-0148,+12025550149,+12025550150,+3.2',
      ),
    );
    const [header = [], ...rows] = out.cleaned;
    const at = (name: string) => column(rows, header.indexOf(name));
    expect(at('Phone')).toEqual(['+12025550147', '+12025550148']);
    expect(at('Additional Phones')).toEqual(['', '+12025550149, +12025550150']);
    expect(at('Notes')).toEqual(['-5', '+3.2']);
    // PF07 moves Phone 2 into the empty Phone: the report names the number as the file holds it.
    expect(column(out.report, 5)).toContain('+12025550147');
  });
});
