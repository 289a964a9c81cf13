import { CODES, type Code, type ReasonOf } from './codes';
import { PLACEHOLDER, TRAILING_SPACE } from './regexes';
import type { Issue } from './types';

export interface IssueDetails {
  row?: number | null;
  column?: string | null;
  value?: string | null;
  fix?: string | null;
  /** Fills the message template's other `{placeholders}`. */
  params?: Record<string, string | number>;
}

const DISPLAY_LIMIT = 80;

/** Values are shortened in messages only; `Issue.value` keeps what the file holds. */
export function shorten(text: string, limit = DISPLAY_LIMIT): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

/** Builds an issue from the data table: its class and message come from `codes.ts`. */
export function makeIssue<C extends Code>(
  code: C,
  reason: ReasonOf<C>,
  details: IssueDetails,
): Issue {
  const entry = CODES[code];
  const template = (entry.reasons as Record<string, { class?: Issue['class']; message: string }>)[
    reason
  ];
  if (!template || !entry.class) throw new Error(`No message for ${code}/${reason}`);
  const fields: Record<string, string | number> = {
    value: shorten(details.value ?? ''),
    fix: shorten(details.fix ?? ''),
    column: details.column ?? '',
    ...details.params,
  };
  const message = template.message
    .replace(PLACEHOLDER, (_, name: string) => String(fields[name] ?? ''))
    .replace(TRAILING_SPACE, '');
  return {
    code,
    class: template.class ?? entry.class,
    row: details.row ?? null,
    column: details.column ?? null,
    value: details.value ?? null,
    message,
    fix: details.fix ?? null,
  };
}
