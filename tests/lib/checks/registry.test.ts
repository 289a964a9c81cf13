import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../lib/checks';
import { CODES, type CodeEntry } from '../../../lib/highlevel/codes';
import { describeIssue, makeIssue } from '../../../lib/issue';

const entries = Object.entries(CODES) as [keyof typeof CODES, CodeEntry][];
const predicted = entries.filter(([, entry]) => entry.predicted).map(([code]) => code);
const checkFiles = readdirSync(new URL('../../../lib/checks', import.meta.url)).filter((f) =>
  f.endsWith('.ts'),
);
const testFiles = readdirSync(new URL('.', import.meta.url));
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('the check registry', () => {
  it('has exactly one registered check for every code Preflight predicts', () => {
    const registered = CHECKS.map((check) => check.code).sort();
    expect(registered).toEqual([...predicted].sort());
  });

  it.each(predicted)(
    '%s has its own module, named after its code, and its own test file',
    (code) => {
      const module = checkFiles.find((f) => f.startsWith(`${code.toLowerCase()}-`));
      expect(module).toBeDefined();
      expect(testFiles).toContain(module!.replace(/\.ts$/, '.test.ts'));
    },
  );

  it.each(entries)('%s has a name, a fix text, a source and a README row', (code, entry) => {
    expect(entry.name).not.toBe('');
    expect(entry.fix).not.toBe('');
    expect(entry.source).toMatch(/^https:\/\//);
    expect(readme).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
  });

  it.each(predicted)('%s has an outcome class and a message for every reason', (code) => {
    const entry = CODES[code] as CodeEntry;
    expect(entry.class).not.toBeNull();
    const reasons = Object.keys(entry.reasons);
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) {
      const issue = makeIssue(code, reason as never, { row: 2, column: 'Email', value: 'x' });
      expect(issue.code).toBe(code);
      expect(describeIssue(issue).length).toBeGreaterThan(20);
    }
  });
});

describe('the phrase tables and list styles', () => {
  const withPhrases = entries.filter(([, entry]) => entry.phrases || entry.lists);

  it.each(withPhrases)(
    '%s names each of its phrase tables and lists in a message',
    (_code, entry) => {
      const messages = Object.values(entry.reasons).map((reason) => reason.message);
      for (const name of [...Object.keys(entry.phrases ?? {}), ...Object.keys(entry.lists ?? {})]) {
        expect(messages.some((message) => message.includes(`{${name}}`))).toBe(true);
      }
    },
  );

  it('fill a message from the key a check passes, and nothing from a key they lack', () => {
    const issue = makeIssue('1013', 'invalid', {
      row: 2,
      column: 'Phone',
      value: '555-01',
      params: { country: 'US', why: 'too-short' },
    });
    expect(describeIssue(issue)).toBe(
      'Phone "555-01" is not a valid phone number for US. HighLevel would import the row with no phone. It has too few digits.',
    );
    const unknown = { ...issue, params: { country: 'US', why: 'no-such-key' } };
    expect(describeIssue(unknown)).toBe(
      'Phone "555-01" is not a valid phone number for US. HighLevel would import the row with no phone.',
    );
  });

  it("write a group's other rows, leaving the issue's own out", () => {
    const group = ['2', '5', '9'];
    const on = (row: number) =>
      describeIssue(
        makeIssue('1012', 'duplicate', { row, value: 'abc', params: { others: group } }),
      );
    expect(on(2)).toContain('is also on row 5 and 9.');
    expect(on(5)).toContain('is also on row 2 and 9.');
  });
});
