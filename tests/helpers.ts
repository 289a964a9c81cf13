import Papa from 'papaparse';
import metadata from 'libphonenumber-js/metadata.max.json';
import type { MetadataJson } from 'libphonenumber-js/core';
import { checkFile, type CheckOptions, type CheckResult } from '../lib/engine';
import { describeIssue } from '../lib/issue';
import { parseSettings, type SettingsInput } from '../lib/settings';
import type { Issue } from '../lib/types';

export const phoneMetadata = metadata as unknown as MetadataJson;

/** Runs the whole engine on CSV text (or bytes), as the CLI and the worker do. */
export function check(
  input: string | Uint8Array,
  settings: SettingsInput = {},
  options: CheckOptions = {},
): CheckResult {
  const parsed = parseSettings(settings);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  return checkFile({ name: 'test.csv', bytes }, parsed.settings, { phoneMetadata }, options);
}

/** The issues of one code, each with its sentence as the user reads it. */
export function issuesOf(result: CheckResult, code: string): (Issue & { message: string })[] {
  return result.report.issues
    .filter((issue) => issue.code === code)
    .map((issue) => ({ ...issue, message: describeIssue(issue) }));
}

/** The cleaned CSV as rows of values (header first), for assertions. */
export function cleanedRows(result: CheckResult): string[][] {
  return Papa.parse<string[]>(result.cleaned ?? '', { newline: '\r\n' }).data;
}

/** The rejected file's text, whole (the engine hands it over in pieces); null when none. */
export function rejectedText(result: Pick<CheckResult, 'rejected'>): string | null {
  return result.rejected && result.rejected.join('');
}

/** CSV text from rows; values are written as given (quote them in the test when needed). */
export function csv(...lines: string[]): string {
  return `${lines.join('\r\n')}\r\n`;
}
