import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../lib/issue';
import { reportCsv, upgradeReport, type ReportV1 } from '../../lib/report';
import { check, csv } from '../helpers';

describe('reportCsv', () => {
  it('lists every issue with its row, column, code, outcome, values and message', () => {
    const result = check(csv('First Name,Email', 'Ann,ann@', 'Bob,"=HYPERLINK(""x"")"'));
    const lines = reportCsv(result.report).split('\r\n');
    expect(lines[0]).toBe('Row,Column,Code,Outcome,Value,Fixed value,Message');
    expect(lines[1]).toMatch(
      /^2,Email,1008,row-skipped,ann@,,"Email ""ann@"" is not a valid address/,
    );
  });

  it('keeps formulas from the file from running when the report is opened', () => {
    const result = check(csv('First Name,Email', '=1+1,a@example.com'));
    expect(reportCsv(result.report)).toContain(",PF09,notice,'=1+1,'=1+1,");
  });

  it('counts rows by outcome, not issues', () => {
    const result = check(csv('First Name,Email', 'Ann,ann@', 'Ann,ann@'));
    expect(result.report.summary.rows).toMatchObject({ total: 2, skipped: 2, clean: 0 });
    expect(result.report.summary.byClass['row-skipped']).toBe(2);
  });
});

describe('upgradeReport', () => {
  it('keeps the sentences of a report kept by version 1, and shows them as written', () => {
    const { report } = check(csv('First Name,Email', 'Ann,ann@'));
    const { code, class: outcome, row, column, value, fix } = report.issues[0]!;
    const kept: ReportV1 = {
      ...report,
      version: 1,
      issues: [{ code, class: outcome, row, column, value, fix, message: 'Written by version 1.' }],
    };
    const upgraded = upgradeReport(kept);
    expect(upgraded.version).toBe(2);
    expect(upgraded.issues).toHaveLength(1);
    expect(describeIssue(upgraded.issues[0]!)).toBe('Written by version 1.');
    expect(upgraded.issues[0]).toMatchObject({ code: '1008', row: 2, value: 'ann@' });
  });

  it('leaves a current report as it is', () => {
    const { report } = check(csv('First Name,Email', 'Ann,ann@'));
    expect(upgradeReport(report)).toBe(report);
  });
});
