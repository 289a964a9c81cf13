import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixedNote, verdictOf } from '../../lib/verdict';
import { check, csv } from '../helpers';

describe('the verdict after the fixes', () => {
  it('counts a row Preflight fixes as ready, and one that still loses a value as needing the user', () => {
    const { report } = check(
      csv(
        'First Name,Email,Phone,Date of Birth',
        'Ann,ann@example.com,(212) 555-0147,1990-07-23', // phone and date rewritten: fixed
        'Bob,bob@example.com,+12125550148,07/23/1990', // nothing to fix
        'Cy,cy@,+12125550149,07/23/1990', // email unfixable: the row is skipped
        'Di,di@example.com,555,07/23/1990', // phone unreadable: emptied, the field is lost
      ),
    );
    expect(verdictOf(report)).toEqual({
      ready: 2,
      fixed: 1,
      needYou: 2,
      left: { skipped: 1, fieldDropped: 1, duplicateRisk: 0 },
    });
  });

  it('needs the user for every row of a file HighLevel would reject whole', () => {
    const { report } = check(csv('Notes', 'just a note', 'another'));
    expect(report.summary.fileBlocked).toBe(true);
    expect(verdictOf(report)).toMatchObject({ ready: 0, fixed: 0, needYou: 2 });
  });

  it('reads the duplicates sample as the cleaned file leaves it, merging or not', () => {
    const settings = JSON.parse(
      readFileSync(new URL('../../assets/samples/settings.example.json', import.meta.url), 'utf8'),
    ) as object;
    const text = readFileSync(
      new URL('../../assets/samples/duplicates.csv', import.meta.url),
      'utf8',
    );
    const { report } = check(text, settings);
    // Before the fixes no row imports cleanly: all 7 lose Lifecycle Stage, which the cleaned
    // file sets to its option; the 4 rows that share emails are still the user's to merge,
    // unless Preflight merges them (the 7 rows then go in as 5 contacts).
    expect(report.summary.rows.clean).toBe(0);
    expect(verdictOf(report)).toEqual({
      ready: 3,
      fixed: 3,
      needYou: 4,
      left: { skipped: 0, fieldDropped: 0, duplicateRisk: 4 },
    });
    expect(
      verdictOf(check(text, { ...settings, fixes: { mergeDuplicates: true } }).report),
    ).toMatchObject({ ready: 7, fixed: 7, needYou: 0 });
  });

  it("says of a code's issues how many the cleaned file resolved", () => {
    const { report } = check(
      csv(
        'Email,Date of Birth,Phone',
        'a@example.com,1990-07-23,555', // date rewritten: fixed; phone emptied: not
        'b@example.com,1990-07-24,556', // the same
        'c@example.com,07/25/1990,+12125550149',
      ),
    );
    const of = (code: string) => report.issues.filter((issue) => issue.code === code);
    const format = (n: number) => n.toLocaleString('en-US');
    expect(of('1014')).toHaveLength(2);
    expect(fixedNote(of('1014'), format)).toBe('all fixed');
    expect(of('1013')).toHaveLength(2);
    expect(fixedNote(of('1013'), format)).toBe('');
    expect(fixedNote([...of('1014'), ...of('1013')], format)).toBe('2 fixed');
  });
});
