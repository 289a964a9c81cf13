import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_FORMATS, type DateFormat } from '../../../lib/values/date';
import { judgeDate, parsesAs, readDate, type CalendarDate } from '../../../lib/values/date';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A date written in a format, with a separator (test-side, independent of the module). */
function written({ year, month, day }: CalendarDate, format: DateFormat, separator = '/'): string {
  const parts =
    format === 'YYYY/MM/DD'
      ? [year, pad(month), pad(day)]
      : format === 'MM/DD/YYYY'
        ? [pad(month), pad(day), year]
        : [pad(day), pad(month), year];
  return parts.join(separator);
}

/** Every real date of 2024 (a leap year) and 2025. */
function everyDay(): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let time = Date.UTC(2024, 0, 1); time < Date.UTC(2026, 0, 1); time += 86_400_000) {
    const date = new Date(time);
    days.push({
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
    });
  }
  return days;
}

describe('judgeDate under MM/DD/YYYY', () => {
  const judge = (value: string) => judgeDate(value, 'MM/DD/YYYY');

  it.each([
    '03/14/2025',
    '3/14/2025',
    '03-14-2025',
    '03.14.2025',
    '12/31/1999',
    '02/29/2024',
    ' 03/14/2025 ',
    '03/04/2025',
  ])('%j is ok', (value) => {
    expect(judge(value)).toEqual({ status: 'ok' });
  });

  it.each([
    ['14/03/2025', '03/14/2025'],
    ['14.3.2025', '03/14/2025'],
    ['2025-03-14', '03/14/2025'],
    ['2025/3/4', '03/04/2025'],
    ['2025-03-14T09:30:00Z', '03/14/2025'],
    ['2025-03-14T09:30:00.123+01:00', '03/14/2025'],
    ['2025-03-14 09:30', '03/14/2025'],
    ['03/14/2025 10:30 AM', '03/14/2025'],
    ['3/4/2025 9:05', '03/04/2025'],
    ['March 14, 2025', '03/14/2025'],
    ['Mar. 14th 2025', '03/14/2025'],
    ['mar 14 2025', '03/14/2025'],
    ['Sept 1, 2025', '09/01/2025'],
    ['14 March 2025', '03/14/2025'],
    ['14 Mar 2025', '03/14/2025'],
    ['14-Mar-2025', '03/14/2025'],
    ['1st Feb 2024', '02/01/2024'],
    ['Friday, March 14, 2025', '03/14/2025'],
    ['Fri 14 Mar 2025', '03/14/2025'],
    ['March 14, 2025 10:30 PM', '03/14/2025'],
    ['2000-02-29', '02/29/2000'],
  ])('%j is rewritten as %s', (value, fixed) => {
    expect(judge(value)).toEqual({ status: 'rewritten', fixed });
  });

  it.each([
    '02/30/2025',
    '02/29/2025',
    '13/13/2025',
    '00/10/2025',
    '04/31/2025',
    '1900-02-29',
    '3/14/85',
    '03/14/25',
    '85/3/14',
    '03/14-2025',
    '03/14/02025',
    '0999-01-01',
    'soon',
    '45000',
    'Marc 14, 2025',
    'March 32, 2025',
    'March 2025',
    '2025-14-03',
    '14/03/2025 25:00:00 junk',
  ])('%j is invalid', (value) => {
    expect(judge(value)).toEqual({ status: 'invalid' });
  });

  it('is empty for blanks', () => {
    expect(judge('')).toEqual({ status: 'empty' });
    expect(judge('   ')).toEqual({ status: 'empty' });
  });
});

describe('judgeDate under DD/MM/YYYY', () => {
  const judge = (value: string) => judgeDate(value, 'DD/MM/YYYY');

  it.each(['14/03/2025', '03/04/2025', '14-03-2025', '14.3.2025', '29/02/2024'])(
    '%j is ok',
    (value) => {
      expect(judge(value)).toEqual({ status: 'ok' });
    },
  );

  it.each([
    ['03/14/2025', '14/03/2025'],
    ['2025-03-14', '14/03/2025'],
    ['2025-03-14T09:30:00Z', '14/03/2025'],
    ['March 14, 2025', '14/03/2025'],
    ['14 Mar 2025', '14/03/2025'],
    ['14/03/2025 18:00', '14/03/2025'],
  ])('%j is rewritten as %s', (value, fixed) => {
    expect(judge(value)).toEqual({ status: 'rewritten', fixed });
  });

  it.each(['31/02/2025', '13/13/2025', '14/03/25'])('%j is invalid', (value) => {
    expect(judge(value)).toEqual({ status: 'invalid' });
  });
});

describe('judgeDate under YYYY/MM/DD', () => {
  const judge = (value: string) => judgeDate(value, 'YYYY/MM/DD');

  it.each(['2025/03/14', '2025-03-14', '2025.3.4', '2024/02/29'])('%j is ok', (value) => {
    expect(judge(value)).toEqual({ status: 'ok' });
  });

  it.each([
    ['03/14/2025', '2025/03/14'],
    ['14/03/2025', '2025/03/14'],
    ['05/05/2025', '2025/05/05'],
    ['2025-03-14T09:30:00Z', '2025/03/14'],
    ['2025-03-14 09:30:00', '2025/03/14'],
    ['March 14, 2025', '2025/03/14'],
  ])('%j is rewritten as %s', (value, fixed) => {
    expect(judge(value)).toEqual({ status: 'rewritten', fixed });
  });

  it.each([
    ['03/04/2025', ['2025/03/04', '2025/04/03']],
    ['3.4.2025', ['2025/03/04', '2025/04/03']],
    ['12-11-2024', ['2024/12/11', '2024/11/12']],
  ])('%j is ambiguous: %j', (value, candidates) => {
    expect(judge(value)).toEqual({ status: 'ambiguous', candidates });
  });

  it.each(['2025/02/30', '2025/13/01', '25/03/14', '2025/3/14/1'])('%j is invalid', (value) => {
    expect(judge(value)).toEqual({ status: 'invalid' });
  });
});

describe('every day of 2024 and 2025, in every format and separator', () => {
  const days = everyDay();

  it('covers 731 days', () => {
    expect(days).toHaveLength(731);
  });

  it.each(DATE_FORMATS)('written as %s: ok in it, and never misread in the others', (format) => {
    for (const day of days) {
      for (const separator of ['/', '-', '.']) {
        const value = written(day, format, separator);
        expect(judgeDate(value, format), value).toEqual({ status: 'ok' });
        for (const target of DATE_FORMATS.filter((other) => other !== format)) {
          const verdict = judgeDate(value, target);
          const truth = written(day, target);
          if (verdict.status === 'rewritten') expect(verdict.fixed, value).toBe(truth);
          else if (verdict.status === 'ambiguous')
            expect(verdict.candidates, value).toContain(truth);
          else expect(verdict.status, value).toBe('ok'); // also a real date there (03/04 style)
        }
      }
    }
  });
});

describe('parsesAs (PF14)', () => {
  it.each([
    ['14/03/2025', { 'MM/DD/YYYY': false, 'DD/MM/YYYY': true, 'YYYY/MM/DD': false }],
    ['03/14/2025', { 'MM/DD/YYYY': true, 'DD/MM/YYYY': false, 'YYYY/MM/DD': false }],
    ['03/04/2025', { 'MM/DD/YYYY': true, 'DD/MM/YYYY': true, 'YYYY/MM/DD': false }],
    ['2025-03-14', { 'MM/DD/YYYY': false, 'DD/MM/YYYY': false, 'YYYY/MM/DD': true }],
    ['March 14, 2025', { 'MM/DD/YYYY': false, 'DD/MM/YYYY': false, 'YYYY/MM/DD': false }],
    ['', { 'MM/DD/YYYY': false, 'DD/MM/YYYY': false, 'YYYY/MM/DD': false }],
  ])('%j', (value, expected) => {
    for (const format of DATE_FORMATS)
      expect(parsesAs(value, format), format).toBe(expected[format]);
  });

  it('remembers per format: the same value answers differently per format', () => {
    expect(judgeDate('03/04/2025', 'MM/DD/YYYY')).toEqual({ status: 'ok' });
    expect(judgeDate('03/04/2025', 'YYYY/MM/DD').status).toBe('ambiguous');
    expect(judgeDate('03/04/2025', 'MM/DD/YYYY')).toEqual({ status: 'ok' });
  });
});

describe('judgeDate', () => {
  it('answers as a fresh reading does, whichever way it finds the answer', () => {
    const unit = fc.constantFrom(...'0123456789/-.: TAPMZ+'.split(''), '12', '2024', 'Mar', ' ');
    const field = fc.oneof(fc.nat(40).map(String), fc.nat(40).map(pad), fc.nat(2100).map(String));
    const separator = fc.constantFrom('/', '-', '.', ':');
    const around = fc.constantFrom('', ' ', ' 10:30', 'T09:30:00Z', ' PM');
    const date = fc
      .tuple(around, field, separator, field, separator, field, around)
      .map((parts) => parts.join(''));
    const format = fc.constantFrom(...DATE_FORMATS);
    fc.assert(
      fc.property(fc.oneof(date, fc.string({ unit, maxLength: 8 })), format, (value, format) => {
        expect(judgeDate(value, format)).toEqual(readDate(value.trim(), format));
      }),
      { numRuns: 20_000 },
    );
  });
});
