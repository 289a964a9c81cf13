import { describe, expect, it } from 'vitest';
import { DISPLAY_LIMIT, PARAM_LIMIT, describeIssue, makeIssue } from '../../lib/issue';
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
});
