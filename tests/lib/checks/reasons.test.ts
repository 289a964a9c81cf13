import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODES, type CodeEntry } from '../../../lib/highlevel/codes';

const testDirectory = new URL('.', import.meta.url);
const testFiles = readdirSync(testDirectory);
const predicted = (Object.entries(CODES) as [string, CodeEntry][]).filter(
  ([, entry]) => entry.predicted,
);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the test source asserts the reason as `reason: 'name'` (either quote style). */
function assertsReason(source: string, reason: string): boolean {
  return new RegExp(`\\breason:\\s*(['"])${escape(reason)}\\1`).test(source);
}

describe('every reason of every predicted code is asserted by its test file', () => {
  it.each(predicted)('%s', (code, entry) => {
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
