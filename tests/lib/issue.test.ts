import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISPLAY_LIMIT, PARAM_LIMIT, describeIssue, makeIssue, shorten } from '../../lib/issue';
import { check, cleanedRows, csv, issuesOf } from '../helpers';

const header = 'H'.repeat(100_000);
const shortened = (limit: number, text = header) => `${text.slice(0, limit - 1)}…`;

describe('describeIssue quotes at most a few hundred characters of what the file holds', () => {
  it('shortens a 100,000-character header in the message, never in the issue or the cleaned file', () => {
    const result = check(csv(`Email,${header},${header}`, 'a@example.com,x,y'));
    const [renamed] = issuesOf(result, 'PF05');
    expect(renamed).toMatchObject({ reason: 'duplicate', value: header, fix: `${header} (2)` });
    expect(renamed?.message).toBe(
      `Two columns are named "${shortened(DISPLAY_LIMIT)}"; HighLevel maps only one of them. The cleaned file renames this one "${shortened(DISPLAY_LIMIT)}".`,
    );
    expect(cleanedRows(result)[0]).toEqual(['Email', header, `${header} (2)`]);
  });

  it('shortens the column, a string parameter, and each item of a list and the list itself', () => {
    const items = Array.from({ length: 1_000 }, (_, i) => `${i}${header.slice(0, 100)}`);
    const period = makeIssue('PF17', 'period', {
      column: header,
      value: header,
      params: { items: 'tags', pieces: items, hint: 'tag' },
    });
    const message = describeIssue(period);
    expect(message).toContain(`in ${shortened(DISPLAY_LIMIT)} holds`);
    expect(message).toContain(
      `import ${shortened(PARAM_LIMIT, items.map((item) => shortened(DISPLAY_LIMIT, item)).join(', '))} as`,
    );
    expect(message.length).toBeLessThan(3 * DISPLAY_LIMIT + PARAM_LIMIT + 300);
    const nothing = makeIssue('PF05', 'nothing-maps', { params: { columns: header } });
    expect(describeIssue(nothing)).toContain(`(${shortened(PARAM_LIMIT)})`);
  });

  it('lists what the whole list, shortened, would show, reading only as far as it shows', () => {
    /** The list written whole, then shortened: what a message showed before it stopped early. */
    const whole = (items: string[], style: 'or' | 'and') => {
      const shown = items.map((item) => shorten(item));
      const text =
        shown.length < 2
          ? shown.join(', ')
          : `${shown.slice(0, -1).join(', ')} ${style} ${shown.at(-1)}`;
      return shorten(text, PARAM_LIMIT);
    };
    const item = fc.oneof(fc.string({ maxLength: 100 }), fc.nat({ max: 99_999 }).map(String));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), fc.nat({ max: 60 }), (items, own) => {
        const row = items[own] ?? '1';
        const others = makeIssue('1011', 'duplicate', {
          row: Number(row),
          value: 'a@b.co',
          params: { matching: 'Email', others: items },
        });
        const expected = whole(
          items.filter((i) => i !== String(Number(row))),
          'and',
        );
        expect(describeIssue(others)).toContain(`is also on row ${expected}. HighLevel`);
        const country = makeIssue('PF15', 'ambiguous', {
          value: 'x',
          params: { candidates: items },
        });
        expect(describeIssue(country)).toContain(`could mean ${whole(items, 'or')}, and`);
      }),
      { numRuns: 2_000 },
    );
  });
});
