import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorse, OUTCOME_CLASSES } from '../../../lib/highlevel/outcomes';
import type { Issue } from '../../../lib/types';
import { verdictOf } from '../../../lib/verdict';
import { beforeLookup } from '../../../utils/report-index/befores';
import { IssueIndex, issueIndexOf } from '../../../utils/report-index/issue-index';
import {
  inParts,
  postGridFacts,
  postReportParts,
  ReportParts,
} from '../../../utils/worker/report-parts';
import { check, csv } from '../../helpers';

const anIssue: fc.Arbitrary<Issue> = fc.record({
  // 1005 and 1015 suggest a value (`closest`, `closestEmail`); 1008 does not.
  code: fc.constantFrom('1005', '1008', '1015'),
  reason: fc.constant('unknown'),
  class: fc.constantFrom(...OUTCOME_CLASSES),
  row: fc.option(fc.integer({ min: 2, max: 12 })),
  column: fc.option(fc.constantFrom('Email', 'Owner', 'Interests')),
  value: fc.constant(null),
  fix: fc.constantFrom(null, '', 'fixed'),
  params: fc.record({ closest: fc.string(), closestEmail: fc.string() }),
});

/** Everything the index holds, as plain data. */
const contents = (index: IssueIndex) => ({
  marks: [...index.marks].map(([row, mark]) => [
    row,
    mark.outcome,
    [...mark.cells()],
    [...mark.codes],
  ]),
  groups: [...index.groups].map(([outcome, codes]) => [outcome, [...codes]]),
  suggestions: [...index.suggestions].map(([column, rows]) => [column, [...rows]]),
  problemRows: [...index.problemRows()],
});

describe('the issue index', () => {
  it('holds the same whether the issues came whole or in parts of any size', () => {
    fc.assert(
      fc.property(
        fc.array(anIssue, { maxLength: 60 }),
        fc.integer({ min: 1, max: 9 }),
        (issues, size) => {
          const inPieces = new IssueIndex();
          for (const part of inParts(issues, size)) inPieces.add(part);
          const whole = new IssueIndex();
          whole.add(issues);
          expect(contents(inPieces)).toEqual(contents(whole));
        },
      ),
    );
  });

  it('marks each cell with its worst issue, and a row’s own issues under no column', () => {
    const issue = (column: string | null, outcome: Issue['class'], code: string): Issue => ({
      code,
      reason: 'unknown',
      class: outcome,
      row: 5,
      column,
      value: null,
      fix: null,
    });
    const notice = issue('Email', 'notice', 'PF08');
    const dropped = issue('Email', 'field-dropped', '1008');
    const skipped = issue(null, 'row-skipped', '1009');
    const mark = issueIndexOf([notice, dropped, skipped]).marks.get(5);
    expect(mark?.outcome).toBe('row-skipped');
    expect(mark?.cell('Email')).toBe(dropped);
    expect(mark?.cell('')).toBe(skipped);
    expect([...(mark?.codes ?? [])]).toEqual(['PF08', '1008', '1009']);
  });

  it('finds the worst issue of every cell, also on a row with more marked cells than it lists', () => {
    const wide = fc.record({
      code: fc.constantFrom('1005', '1008', 'PF08'),
      class: fc.constantFrom(...OUTCOME_CLASSES),
      column: fc.option(fc.integer({ min: 1, max: 20 }).map((n) => `Field ${n}`)),
    });
    fc.assert(
      fc.property(fc.array(wide, { minLength: 1, maxLength: 80 }), (drawn) => {
        const issues = drawn.map((each): Issue => ({
          ...each,
          reason: 'unknown',
          row: 2,
          value: null,
          fix: null,
        }));
        const mark = issueIndexOf(issues).marks.get(2);
        // The model: a Map of the worst issue per column, the first of equals kept.
        const worst = new Map<string, Issue>();
        for (const issue of issues) {
          const current = worst.get(issue.column ?? '');
          if (!current || isWorse(issue.class, current.class)) worst.set(issue.column ?? '', issue);
        }
        expect([...(mark?.cells() ?? [])]).toEqual([...worst.values()]);
        for (const [column, issue] of worst) expect(mark?.cell(column)).toBe(issue);
        expect(mark?.cell('Field 99')).toBeUndefined();
        expect(mark?.codes).toEqual([...new Set(issues.map((issue) => issue.code))]);
      }),
    );
  });

  it('is made once per list of issues', () => {
    const issues: Issue[] = [];
    expect(issueIndexOf(issues)).toBe(issueIndexOf(issues));
  });
});

describe('a report put back from its parts', () => {
  const text = csv(
    'Email,Phone,Contact Owner',
    'a@example.com,not a phone,Mia Lopes',
    'b@example,+1 212 555 0100,',
    'b@example,+1 212 555 0100,',
    ',,',
  );
  const { report } = check(text, { users: [{ name: 'Mia Lopez', email: 'mia@example.com' }] });

  it('comes with its issues indexed, its verdict counted, its file facts, its changes as befores', () => {
    const parts = new ReportParts();
    const rest = postReportParts(report, (part) => parts.take(part));
    const whole = parts.into(rest);
    // The grid's facts follow the rest (the grid shows with the rows, after the result).
    expect(parts.grid.befores.rows).toHaveLength(0);
    postGridFacts(report, (part) => parts.take(part));
    expect(whole.issues).toEqual(report.issues);
    expect(contents(issueIndexOf(whole.issues))).toEqual(
      contents(issueIndexOf([...report.issues])),
    );
    expect(verdictOf(whole)).toEqual(verdictOf({ ...report }));
    expect(whole.changes).toEqual([]);
    expect(whole.file).toEqual(report.file);
    expect(rest.file.mapping).toEqual([]);
    const before = beforeLookup(parts.grid.befores);
    for (const change of report.changes) expect(before(change.row, change.column)).toBeDefined();
  });
});
