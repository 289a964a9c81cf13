import { describeIssue } from '../lib/issue';
import { codeEntry } from '../lib/highlevel/codes';
import { type Issue, type Report } from '../lib/types';
import { OUTCOME_CLASSES, OUTCOMES } from '../lib/highlevel/outcomes';
import { fixedNote, verdictOf } from '../lib/verdict';
import { FIX_KINDS } from '../lib/fixes';

/** Groups (one reason in one column) explained per code before "... and N more". */
const GROUPS_PER_CODE = 6;
/** Rows (or runs of rows) listed per group before "and N more". */
const ROWS_PER_GROUP = 10;

const number = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, word: string) => `${number(n)} ${word}${n === 1 ? '' : 's'}`;

const DELIMITERS: Record<string, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function where(issue: Issue): string {
  const parts = [issue.row === null ? 'file' : `row ${issue.row}`];
  if (issue.column) parts.push(issue.column);
  return parts.join(' · ');
}

/** "rows 3, 7–9, 12 and 40 more": runs of consecutive rows shortened, the rest counted. */
export function rowList(rows: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const row of rows) {
    const last = runs.at(-1);
    if (last && row === last[1] + 1) last[1] = row;
    else if (!last || row !== last[1]) runs.push([row, row]);
  }
  const shown = runs.slice(0, ROWS_PER_GROUP).map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`));
  const rest = runs.slice(ROWS_PER_GROUP).reduce((sum, [a, b]) => sum + b - a + 1, 0);
  const word = rows.length === 1 ? 'row' : 'rows';
  return `${word} ${shown.join(', ')}${rest ? ` and ${number(rest)} more` : ''}`;
}

/** Issues of one code by what they say: one reason in one column. */
function byReasonAndColumn(issues: readonly Issue[]): Issue[][] {
  const groups = new Map<string, Issue[]>();
  for (const issue of issues) {
    const key = `${issue.reason}\u0000${issue.column ?? ''}\u0000${issue.row === null ? 'file' : ''}`;
    const group = groups.get(key);
    if (group) group.push(issue);
    else groups.set(key, [issue]);
  }
  return [...groups.values()];
}

/** One code: its name and count, then each group once, with its rows and one example. */
function renderCode(code: string, issues: Issue[]): string[] {
  const fixed = fixedNote(issues, number);
  const count = `${number(issues.length)}${fixed && `, ${fixed}`}`;
  const lines = [`  ${code}  ${codeEntry(code)?.name ?? ''} (${count})`];
  const groups = byReasonAndColumn(issues);
  for (const group of groups.slice(0, GROUPS_PER_CODE)) {
    const [first] = group as [Issue, ...Issue[]];
    const sentence = oneLine(describeIssue(first));
    if (group.length === 1) {
      lines.push(`        ${where(first)}: ${sentence}`);
      continue;
    }
    const rows = group.flatMap((issue) => (issue.row === null ? [] : [issue.row]));
    const scope = first.row === null ? [first.column ?? 'file'] : [first.column, rowList(rows)];
    const example = first.row === null ? sentence : `e.g. row ${first.row}: ${sentence}`;
    lines.push(`        ${scope.filter(Boolean).join(', ')}: ${example}`);
  }
  if (groups.length > GROUPS_PER_CODE) {
    const more = groups.slice(GROUPS_PER_CODE).reduce((sum, group) => sum + group.length, 0);
    lines.push(`        ... and ${plural(more, 'more issue')} (--json lists them all)`);
  }
  return lines;
}

export interface Written {
  out: string | null;
  parts: string[];
  rejected: string | null;
}

/** The report for a person at a terminal: grouped by outcome class, then by code, with rows. */
export function renderText(report: Report, written: Written): string {
  const { file, summary } = report;
  const lines: string[] = [`Preflight: ${file.name}`];
  const facts = [`${number(file.bytes)} bytes`];
  if (file.encoding) {
    facts.push(
      plural(file.rows, 'row'),
      plural(file.columns.length, 'column'),
      file.encoding.toUpperCase() + (file.bom ? ' with BOM' : ''),
      `${DELIMITERS[file.delimiter ?? ','] ?? file.delimiter}-separated`,
    );
  } else facts.push(file.kind);
  lines.push(`  ${facts.join(' · ')}`);
  const mapped = file.mapping.filter((m) => m.field);
  if (mapped.length) {
    lines.push(`  Mapping: ${mapped.map((m) => `${m.header} → ${m.field}`).join(', ')}`);
  }
  lines.push('');

  const { rows } = summary;
  if (summary.fileBlocked) lines.push('HighLevel would reject this file as it is.');
  if (file.encoding && !summary.fileBlocked) {
    const { ready, fixed, needYou, left } = verdictOf(report);
    lines.push(
      `With the cleaned file: ${number(ready)} of ${plural(rows.total, 'row')} ready to import (${number(fixed)} fixed automatically), ${number(needYou)} need you` +
        (needYou
          ? ` (${number(left.skipped)} skipped, ${number(left.fieldDropped)} lose a field, ${number(left.duplicateRisk)} risk duplicates).`
          : '.'),
      `Without the fixes: ${number(rows.clean)} would import cleanly, ${number(rows.skipped)} be skipped, ` +
        `${number(rows.fieldDropped)} lose a field, ${number(rows.duplicateRisk)} risk duplicates.`,
    );
  }

  for (const outcome of OUTCOME_CLASSES) {
    const issues = report.issues.filter((i) => i.class === outcome);
    if (!issues.length) continue;
    lines.push('', `${OUTCOMES[outcome].name.toUpperCase()}: ${OUTCOMES[outcome].hint}`);
    const byCode = new Map<string, Issue[]>();
    for (const issue of issues) {
      const group = byCode.get(issue.code);
      if (group) group.push(issue);
      else byCode.set(issue.code, [issue]);
    }
    for (const [code, list] of byCode) lines.push(...renderCode(code, list));
  }
  if (report.issues.length === 0)
    lines.push('', 'No problems found: HighLevel should import every row.');

  lines.push('');
  if (summary.changes)
    lines.push(`Fixes: ${plural(summary.changes, 'cell')} changed in the cleaned file.`);
  for (const kind of report.settings.fixes.off) {
    const left = summary.fixes?.[kind]?.declined ?? 0;
    lines.push(`Turned off: ${FIX_KINDS[kind].label} (${plural(left, 'cell')} left as written).`);
  }
  if (written.out) {
    lines.push(`Cleaned file: ${written.out} (${plural(rows.cleanedOut, 'row')})`);
    for (const part of written.parts) lines.push(`  split part: ${part}`);
  } else if (file.encoding) {
    lines.push('Add --out FILE to write the cleaned CSV.');
  }
  if (written.rejected) {
    lines.push(`Rejected rows: ${written.rejected} (${plural(rows.rejectedOut, 'row')})`);
  }
  return `${lines.join('\n')}\n`;
}
