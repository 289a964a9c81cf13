import { describeIssue } from '../lib/issue';
import { codeEntry } from '../lib/highlevel/codes';
import { type Issue, type Report } from '../lib/types';
import { OUTCOME_CLASSES, OUTCOMES } from '../lib/highlevel/outcomes';

/** Issues listed per code before "... and N more". */
const SHOWN_PER_CODE = 8;

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

function renderCode(code: string, issues: Issue[]): string[] {
  const lines = [`  ${code}  ${codeEntry(code)?.name ?? ''} (${number(issues.length)})`];
  for (const issue of issues.slice(0, SHOWN_PER_CODE)) {
    lines.push(`        ${where(issue)}: ${oneLine(describeIssue(issue))}`);
  }
  if (issues.length > SHOWN_PER_CODE) {
    lines.push(
      `        ... and ${number(issues.length - SHOWN_PER_CODE)} more (--json lists them all)`,
    );
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
  if (file.encoding) {
    lines.push(
      `Of ${plural(rows.total, 'row')}: ${number(rows.clean)} import cleanly, ${number(rows.skipped)} would be skipped, ` +
        `${number(rows.fieldDropped)} would lose a field, ${number(rows.duplicateRisk)} risk duplicates.`,
    );
  }

  for (const outcome of OUTCOME_CLASSES) {
    const issues = report.issues.filter((i) => i.class === outcome);
    if (!issues.length) continue;
    lines.push('', `${OUTCOMES[outcome].name.toUpperCase()}: ${OUTCOMES[outcome].hint}`);
    const byCode = new Map<string, Issue[]>();
    for (const issue of issues) byCode.set(issue.code, [...(byCode.get(issue.code) ?? []), issue]);
    for (const [code, list] of byCode) lines.push(...renderCode(code, list));
  }
  if (report.issues.length === 0)
    lines.push('', 'No problems found: HighLevel should import every row.');

  lines.push('');
  if (summary.changes)
    lines.push(`Fixes: ${plural(summary.changes, 'cell')} changed in the cleaned file.`);
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
