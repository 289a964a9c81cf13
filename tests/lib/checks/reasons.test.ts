import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODES, type CodeEntry } from '../../../lib/highlevel/codes';

/**
 * Codes whose test files do not yet assert their reasons. Their files are asserted by their own
 * files' owner (another worktree); each code joins the rule below, and leaves this list, as soon
 * as its test file asserts `reason: '…'` for every one of its reasons.
 */
const REASONS_ASSERTED_BY_THEIR_OWNER: readonly string[] = ['1001', '1003', '1007'];

const testDirectory = new URL('.', import.meta.url);
const testFiles = readdirSync(testDirectory);
const predicted = (Object.entries(CODES) as [string, CodeEntry][]).filter(
  ([, entry]) => entry.predicted,
);
const ruled = predicted.filter(([code]) => !REASONS_ASSERTED_BY_THEIR_OWNER.includes(code));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the test source asserts the reason as `reason: 'name'` (either quote style). */
function assertsReason(source: string, reason: string): boolean {
  return new RegExp(`\\breason:\\s*(['"])${escape(reason)}\\1`).test(source);
}

describe('every reason of every predicted code is asserted by its test file', () => {
  it('excepts only predicted codes', () => {
    const codes = predicted.map(([code]) => code);
    for (const code of REASONS_ASSERTED_BY_THEIR_OWNER) expect(codes).toContain(code);
  });

  it.each(ruled)('%s', (code, entry) => {
    const file = testFiles.find(
      (f) => f.startsWith(`${code.toLowerCase()}-`) && f.endsWith('.test.ts'),
    );
    expect(file, `${code} has no test file in tests/lib/checks`).toBeDefined();
    const source = readFileSync(new URL(file!, testDirectory), 'utf8');
    const missing = Object.keys(entry.reasons)
      .filter((reason) => !assertsReason(source, reason))
      .map((reason) => `${code} reason '${reason}' is never asserted in ${file}`);
    expect(missing).toEqual([]);
  });

  it('recognises both quote styles, and only the exact reason', () => {
    expect(assertsReason(`{ reason: 'too-few' }`, 'too-few')).toBe(true);
    expect(assertsReason(`{ reason: "too-few" }`, 'too-few')).toBe(true);
    expect(assertsReason(`{ reason: 'too-few-x' }`, 'too-few')).toBe(false);
    expect(assertsReason(`{ reason: 'too-few" }`, 'too-few')).toBe(false);
    expect(assertsReason(`{ why: 'too-few' }`, 'too-few')).toBe(false);
  });
});
