import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../lib/issue';
import { check } from '../helpers';

interface Case {
  description: string;
  input: string;
  config?: Record<string, unknown>;
  expected: { data: unknown[]; errors: { type: string; code: string; row?: number }[] };
}

const suites: Record<'CORE_PARSER_TESTS' | 'PARSE_TESTS', Case[]> = JSON.parse(
  readFileSync(new URL('../fixtures/papaparse/test-cases.parse.json', import.meta.url), 'utf8'),
);
/** As papaparse's own runner does: core cases go to the bare Parser, the others to Papa.parse. */
const cases = [
  ...suites.CORE_PARSER_TESTS.map((c) => ({ ...c, core: true })),
  ...suites.PARSE_TESTS.map((c) => ({ ...c, core: false })),
];
/** Cases whose config held a function or `undefined` cannot be replayed from JSON. */
const replayable = cases.filter((c) => !JSON.stringify(c.config ?? {}).includes('"['));

function parse(c: (typeof cases)[number]) {
  const config = (c.config ?? {}) as Papa.ParseConfig;
  // The expected output went through JSON when it was extracted (Dates became strings): so does ours.
  const result = c.core
    ? new Papa.Parser(config).parse(c.input, 0, false)
    : Papa.parse(c.input, config);
  return JSON.parse(JSON.stringify(result)) as {
    data: unknown[];
    errors: { type: string; code: string }[];
  };
}

describe('papaparse, as we ship it, parses its own test cases as they expect', () => {
  it('keeps most cases replayable', () => {
    expect(replayable.length).toBeGreaterThan(140);
  });

  it.each(replayable.map((c) => [c.description, c] as const))('%s', (_, c) => {
    const result = parse(c);
    expect(result.data).toEqual(c.expected.data);
    expect(result.errors.map((e) => [e.type, e.code])).toEqual(
      c.expected.errors.map((e) => [e.type, e.code]),
    );
  });
});

describe('the engine reads every papaparse test input without throwing', () => {
  it.each(cases.map((c) => [c.description, c] as const))('%s', (_, c) => {
    const result = check(c.input);
    expect(result.report.file.name).toBe('test.csv');
    for (const issue of result.report.issues) expect(describeIssue(issue)).not.toMatch(/\{\w+\}/);
  });
});
