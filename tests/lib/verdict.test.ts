import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../../lib/verdict';
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
});
