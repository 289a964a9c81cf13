import { describe, expect, it } from 'vitest';
import { FIX_KIND_KEYS, fixKindOf, withFixKind, type FixKind } from '../../lib/fixes';
import { verdictOf } from '../../lib/verdict';
import { check, cleanedRows, csv, issuesOf, rejectedText } from '../helpers';

const off = (...kinds: FixKind[]) => ({ fixes: { off: kinds } });

/** One file that needs every kind of fix. */
const MESSY = csv(
  'First Name,Email,Phone,Date of Birth,Country,Notes',
  'Ann, ann@example.com ,(810) 292-9388,1979-07-23,USA,a\u200bb',
  'Bob,bob@example.com,12345,31/02/1975,Atlantis,',
  'Cy,cy@example.com; dee@example.org,(504) 621-8927,,US,',
  'Dee,Dee <dee@example.net>,,,,',
);

describe('kinds of fix', () => {
  it('names each fix by its code and what it writes; emptying is one kind whatever the code', () => {
    expect(fixKindOf('1013', '+18102929388')).toBe('phones');
    expect(fixKindOf('1013', '')).toBe('emptied');
    expect(fixKindOf('1014', '07/23/1979')).toBe('dates');
    expect(fixKindOf('PF07', '')).toBe('severalValues');
    expect(fixKindOf('PF09', "'=1+1")).toBeNull();
    expect(fixKindOf('edit', 'x')).toBeNull();
  });

  it('turns one kind off and on again, leaving the others', () => {
    const fixes = { mergeDuplicates: true, applyEmailTypos: false, off: ['dates' as const] };
    expect(withFixKind(fixes, 'phones', false).off).toEqual(['dates', 'phones']);
    expect(withFixKind(fixes, 'dates', true)).toEqual({ ...fixes, off: [] });
  });

  it('counts the cells each kind changed', () => {
    const { report } = check(MESSY);
    expect(report.summary.fixes).toMatchObject({
      phones: { applied: 2, declined: 0 },
      dates: { applied: 1, declined: 0 },
      emails: { applied: 1, declined: 0 },
      places: { applied: 1, declined: 0 },
      characters: { applied: 2, declined: 0 },
      severalValues: { applied: 2, declined: 0 },
      emptied: { applied: 3, declined: 0 },
    });
  });
});

describe('a kind of fix turned off', () => {
  it('keeps phones as written, and counts them', () => {
    const result = check(MESSY, off('phones'));
    expect(cleanedRows(result)[1]?.[2]).toBe('(810) 292-9388');
    expect(result.report.summary.fixes?.phones).toEqual({ applied: 0, declined: 2 });
    // HighLevel reads a number of the sub-account's country as written: nothing is lost.
    expect(verdictOf(result.report).left.fieldDropped).toBe(
      verdictOf(check(MESSY).report).left.fieldDropped,
    );
  });

  it('keeps a date as written, and the finding stays: HighLevel would leave the field empty', () => {
    const result = check(MESSY, off('dates'));
    expect(cleanedRows(result)[1]?.[3]).toBe('1979-07-23');
    const [date] = issuesOf(result, '1014').filter((i) => i.value === '1979-07-23');
    expect(date).toMatchObject({
      class: 'field-dropped',
      fix: null,
      params: { declined: 'dates' },
    });
    expect(date?.message).toBe(
      '1014 Could not parse the date: "1979-07-23" in Date of Birth is kept as written, because "Dates rewritten into the chosen format" is turned off in the fixes. HighLevel would import the row with Date of Birth empty.',
    );
    expect(verdictOf(result.report).needYou).toBeGreaterThan(
      verdictOf(check(MESSY).report).needYou,
    );
  });

  it('keeps an email HighLevel rejects as written: its row goes to the rejected file', () => {
    const result = check(MESSY, off('emails'));
    expect(result.cleaned).not.toContain('Dee');
    expect(rejectedText(result)).toContain('Dee <dee@example.net>');
    const [repair] = issuesOf(result, '1008').filter((i) => i.row === 5);
    expect(repair).toMatchObject({ class: 'row-skipped', fix: null });
    expect(repair?.message).toContain(
      'HighLevel would skip the row, so it is in the rejected file.',
    );
  });

  it('keeps values HighLevel cannot read instead of emptying them: a skipped row is rejected', () => {
    const result = check(MESSY, off('emptied'));
    // "Atlantis" is no country HighLevel lists: kept, it skips Bob's row.
    expect(result.cleaned).not.toContain('Bob');
    expect(rejectedText(result)).toContain('Bob,bob@example.com,12345,31/02/1975,Atlantis');
    expect(result.report.summary.fixes?.emptied).toEqual({ applied: 0, declined: 3 });
    const phone = issuesOf(result, '1013').find((i) => i.value === '12345');
    expect(phone).toMatchObject({ class: 'field-dropped', fix: null });
  });

  it('leaves several emails in their cell and moves nothing: the row is rejected', () => {
    const result = check(MESSY, off('severalValues'));
    expect(result.cleaned).not.toContain('Additional Emails');
    expect(rejectedText(result)).toContain('cy@example.com; dee@example.org');
    const [cell] = issuesOf(result, 'PF07');
    expect(cell).toMatchObject({ reason: 'email-cell', class: 'row-skipped', fix: null });
  });

  it('leaves the others on: each kind alone still fixes its cells', () => {
    const all = check(MESSY).report.summary.fixes ?? {};
    for (const kind of FIX_KIND_KEYS) {
      const others = FIX_KIND_KEYS.filter((other) => other !== kind);
      const alone = check(MESSY, off(...others)).report.summary.fixes?.[kind]?.applied ?? 0;
      // Kinds overlap: with invisible characters kept, the email repair trims the spaces itself.
      expect(alone, kind).toBeGreaterThanOrEqual(all[kind]?.applied ?? 0);
    }
  });
});
