import type { AgainstOriginal } from '../lib/errorlog';
import type { CodeExplanation, Explanation } from '../lib/errorlog/explain';
import type { LogOutcome } from '../lib/highlevel/error-log';
import { number, OUTCOME_WORDS, predictionWords, rows } from '../lib/errorlog/words';
import { rowList } from './render';

/** The files `--out` wrote, by kind; null when not written. */
export interface Written {
  create: string | null;
  update: string | null;
}

/** Rows that need the user listed one a line before "and N more". */
const NEEDS_YOU_SHOWN = 20;

function summary(name: string, explained: Explanation): string[] {
  const lines = [
    `Error log: ${name} · ${number(explained.rows)} failed ${explained.rows === 1 ? 'row' : 'rows'}`,
  ];
  for (const [outcome, count] of Object.entries(explained.byOutcome) as [LogOutcome, number][]) {
    if (count === 0) continue;
    const named = explained.codes
      .filter((code) => code.outcome === outcome)
      .map(({ code }) => code);
    lines.push(`  ${number(count)} ${OUTCOME_WORDS[outcome]} (${named.join(', ')})`);
  }
  return lines;
}

function codeBlock(code: CodeExplanation): string[] {
  return [
    '',
    `  ${code.code}  ${code.name} (${number(code.count)}): log ${rowList(code.lines)}`,
    `    What it means: ${code.meaning}`,
    `    What to do: ${code.todo}`,
    `    Preflight ${predictionWords(code)}`,
  ];
}

function filesBlock({ matching, files }: AgainstOriginal, written: Written): string[] {
  const found = matching.matches.length;
  const lines = [
    '',
    `Found ${rows(found)} of ${number(found + matching.unmatched.length)} in the original.`,
  ];
  const where = (kind: keyof Written) => written[kind] ?? `(write it with --out RETRY.csv)`;
  if (files.create) {
    lines.push(
      `  Create: ${where('create')}: ${rows(files.create.rows.length)}, fixed; import it as new contacts.`,
    );
  }
  if (files.update) {
    lines.push(
      `  Update: ${where('update')}: ${rows(files.update.rows.length)}, only ${files.update.columns.join(', ')}; import it with "Don't update empty values" ticked.`,
    );
  }
  if (files.needsYou.length > 0) {
    lines.push(`  Needs you: ${rows(files.needsYou.length)}`);
    for (const row of files.needsYou.slice(0, NEEDS_YOU_SHOWN)) {
      const at = row.row === null ? '' : ` (row ${row.row} of the original)`;
      lines.push(`    log row ${row.line}${at}, ${row.codes.join(', ')}: ${row.why}`);
    }
    const more = files.needsYou.length - NEEDS_YOU_SHOWN;
    if (more > 0) lines.push(`    and ${number(more)} more (--json lists them all)`);
  }
  return lines;
}

/** The readable explanation: what became of the rows, each code once, then the files. */
export function renderExplanation(
  name: string,
  explained: Explanation,
  against: AgainstOriginal | null,
  written: Written,
): string {
  const lines = [...summary(name, explained), ...explained.codes.flatMap(codeBlock)];
  if (explained.withoutCode.length > 0) {
    lines.push('', `  Log ${rowList(explained.withoutCode)} name no error code and are left out.`);
  }
  if (against) lines.push(...filesBlock(against, written));
  return `${lines.join('\n')}\n`;
}
