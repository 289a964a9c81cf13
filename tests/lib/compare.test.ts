import { describe, expect, it } from 'vitest';
import { verdictOf } from '../../lib/verdict';
import { compareAttempts, settingDifferences, type Attempt } from '../../lib/compare';
import { defaultSettings, type Settings } from '../../lib/settings';
import type { Summary } from '../../lib/types';
import { check, csv } from '../helpers';

function summary(overrides: Partial<Summary> = {}): Summary {
  return {
    byClass: {
      'file-blocked': 0,
      'row-skipped': 0,
      'field-dropped': 0,
      'duplicate-risk': 0,
      notice: 0,
    },
    byCode: {},
    fileBlocked: false,
    rows: {
      total: 10,
      clean: 10,
      skipped: 0,
      fieldDropped: 0,
      duplicateRisk: 0,
      cleanedOut: 10,
      rejectedOut: 0,
    },
    changes: 0,
    ...overrides,
  };
}

function attempt(overrides: Partial<Attempt> = {}): Attempt {
  return {
    hash: 'a'.repeat(64),
    size: 100,
    settings: defaultSettings(),
    summary: summary(),
    ...overrides,
  };
}

const settings = (overrides: Partial<Settings>): Settings => ({
  ...defaultSettings(),
  ...overrides,
});

describe('compareAttempts', () => {
  it('finds nothing to tell between two identical attempts', () => {
    const comparison = compareAttempts(attempt(), attempt());
    expect(comparison.fileChanged).toBe(false);
    expect(comparison.settings).toEqual([]);
    expect(comparison.byCode).toEqual([]);
    expect([...comparison.rows, ...comparison.byClass].every((c) => c.change === 0)).toBe(true);
    expect(comparison.byClass.map((c) => c.key)).toEqual([
      'file-blocked',
      'row-skipped',
      'field-dropped',
      'duplicate-risk',
      'notice',
    ]);
  });

  it('counts per code across both attempts, a code missing on one side as zero', () => {
    const before = attempt({ summary: summary({ byCode: { '1008': 3, PF08: 1 } }) });
    const after = attempt({ summary: summary({ byCode: { '1008': 1, '1013': 2 } }) });
    expect(compareAttempts(before, after).byCode).toEqual([
      { key: '1008', before: 3, after: 1, change: -2, verdict: 'better' },
      { key: '1013', before: 0, after: 2, change: 2, verdict: 'worse' },
      { key: 'PF08', before: 1, after: 0, change: -1, verdict: 'better' },
    ]);
  });

  it('calls more clean rows better, more skipped rows worse, and the total neither', () => {
    const before = attempt();
    const after = attempt({
      summary: summary({
        rows: {
          total: 12,
          clean: 9,
          skipped: 3,
          fieldDropped: 0,
          duplicateRisk: 0,
          cleanedOut: 11,
          rejectedOut: 1,
        },
      }),
    });
    const rows = Object.fromEntries(compareAttempts(before, after).rows.map((c) => [c.key, c]));
    expect(rows.total).toMatchObject({ change: 2, verdict: 'neutral' });
    expect(rows.clean).toMatchObject({ change: -1, verdict: 'worse' });
    expect(rows.skipped).toMatchObject({ change: 3, verdict: 'worse' });
    expect(rows.rejectedOut).toMatchObject({ change: 1, verdict: 'worse' });
    expect(rows.fieldDropped).toMatchObject({ change: 0, verdict: 'neutral' });
  });

  it('tells whether the file itself changed, by its hash', () => {
    const comparison = compareAttempts(attempt(), attempt({ hash: 'b'.repeat(64), size: 120 }));
    expect(comparison.fileChanged).toBe(true);
    expect(comparison.size).toMatchObject({ before: 100, after: 120, change: 20 });
  });

  it('compares two real checks of a file fixed in between', () => {
    const header = 'First Name,Email';
    const first = check(csv(header, 'Ann,ann@example', 'Bob,bob@example.com'));
    const second = check(csv(header, 'Ann,ann@example.com', 'Bob,bob@example.com'));
    const comparison = compareAttempts(
      { hash: '1', size: 1, settings: first.report.settings, summary: first.report.summary },
      { hash: '2', size: 1, settings: second.report.settings, summary: second.report.summary },
    );
    expect(comparison.byCode).toEqual([
      { key: '1008', before: 1, after: 0, change: -1, verdict: 'better' },
    ]);
    expect(comparison.rows.find((c) => c.key === 'clean')).toMatchObject({
      before: 1,
      after: 2,
      verdict: 'better',
    });
    expect(comparison.settings).toEqual([]);
    // Kept without their verdicts (reports from before it was counted): nothing to compare.
    expect(comparison.afterFixes).toBeNull();
    const withVerdicts = compareAttempts(
      { ...attempt(), verdict: verdictOf(first.report) },
      { ...attempt(), verdict: verdictOf(second.report) },
    );
    expect(withVerdicts.afterFixes).toEqual([
      { key: 'ready', before: 1, after: 2, change: 1, verdict: 'better' },
      { key: 'fixed', before: 0, after: 0, change: 0, verdict: 'neutral' },
      { key: 'needYou', before: 1, after: 0, change: -1, verdict: 'better' },
    ]);
  });
});

describe('settingDifferences', () => {
  it('names each differing setting with its value before and after', () => {
    const before = settings({ country: 'US', dateFormat: 'MM/DD/YYYY' });
    const after = settings({ country: 'GB', dateFormat: 'DD/MM/YYYY' });
    expect(settingDifferences(before, after)).toEqual([
      { path: 'country', label: 'Country', before: 'US', after: 'GB' },
      { path: 'dateFormat', label: 'Date format', before: 'MM/DD/YYYY', after: 'DD/MM/YYYY' },
    ]);
  });

  it('walks nested settings and shows booleans, nulls and missing keys in words', () => {
    const before = settings({ secondary: null, mapping: { 'E-mail': 'email' } });
    const after = settings({
      secondary: 'phone',
      mapping: {},
      fixes: { mergeDuplicates: true, applyEmailTypos: false, off: ['dates', 'phones'] },
    });
    expect(settingDifferences(before, after)).toEqual([
      { path: 'secondary', label: 'Secondary matching', before: 'none', after: 'phone' },
      {
        path: 'mapping.E-mail',
        label: 'Column "E-mail" mapped to',
        before: 'email',
        after: 'not set',
      },
      { path: 'fixes.mergeDuplicates', label: 'Merge duplicates', before: 'off', after: 'on' },
      { path: 'fixes.off', label: 'Fixes turned off', before: 'none', after: 'dates, phones' },
    ]);
  });

  it('reads a report kept before fixes could be turned off as having none turned off', () => {
    const before = settings({});
    const { mergeDuplicates, applyEmailTypos } = before.fixes;
    const old = { ...before, fixes: { mergeDuplicates, applyEmailTypos } } as unknown as Settings;
    expect(settingDifferences(old, settings({}))).toEqual([]);
  });

  it('compares lists whole', () => {
    const before = settings({ users: [{ name: 'Ann', email: 'ann@example.com' }] });
    const after = settings({ users: [] });
    expect(settingDifferences(before, after)).toEqual([
      {
        path: 'users',
        label: 'Users',
        before: '[{"name":"Ann","email":"ann@example.com"}]',
        after: 'none',
      },
    ]);
  });
});
