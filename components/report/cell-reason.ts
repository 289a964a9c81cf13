import { describeIssue } from '../../lib/issue';
import type { Issue } from '../../lib/types';

/** What the reason line says of the selected cell: its problem, its fix, or that it has none. */
export function cellReason(issue: Issue | undefined, was: string | undefined, value: string) {
  if (issue) return `${issue.code}: ${describeIssue(issue)}`;
  if (was !== undefined) return `Was "${was}"; the cleaned file has "${value}".`;
  return 'Nothing to fix in this cell.';
}

/** What hovering a cell tells: its reason, and the whole value a narrow cell cuts. */
export function cellTitle(issue: Issue | undefined, was: string | undefined, value: string) {
  if (issue) return `${cellReason(issue, was, value)}${value && `\n${value}`}`;
  if (was !== undefined) return cellReason(issue, was, value);
  return value;
}
