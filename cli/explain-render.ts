import type { Explanation } from '../lib/errorlog/explain';
import type { LogOutcome } from '../lib/highlevel/error-log';
import { rowList } from './render';

const number = (n: number) => n.toLocaleString('en-US');

/** Each outcome as the summary line says it, after the number of rows. */
const OUTCOME_WORDS: Record<LogOutcome, string> = {
  'nothing-imported': 'in a file HighLevel did not import at all: import the whole file again',
  'not-imported': 'not imported: a file that creates them finishes the job',
  'field-lost': 'imported without a field: a file that updates only that field fills it',
  'check-it': 'imported, but to look at yourself: possible duplicates or a missed workflow',
};

function wrap(label: string, text: string): string {
  return `    ${label}: ${text}`;
}

/** The readable explanation: what became of the rows, then each code once, with its rows. */
export function renderExplanation(name: string, explained: Explanation): string {
  const { rows, byOutcome, codes, withoutCode } = explained;
  const lines = [`Error log: ${name} · ${number(rows)} failed ${rows === 1 ? 'row' : 'rows'}`];
  for (const [outcome, count] of Object.entries(byOutcome) as [LogOutcome, number][]) {
    if (count === 0) continue;
    const named = codes.filter((code) => code.outcome === outcome).map(({ code }) => code);
    lines.push(`  ${number(count)} ${OUTCOME_WORDS[outcome]} (${named.join(', ')})`);
  }
  for (const code of codes) {
    lines.push(
      '',
      `  ${code.code}  ${code.name} (${number(code.count)}): log ${rowList(code.lines)}`,
      wrap('What it means', code.meaning),
      wrap('What to do', code.todo),
      wrap(
        'Preflight',
        code.predictable
          ? 'finds this before an import: check the file with `preflight check` first next time.'
          : 'cannot see this in a file: it happens inside HighLevel.',
      ),
    );
  }
  if (withoutCode.length > 0) {
    lines.push('', `  Log ${rowList(withoutCode)} name no error code and are left out.`);
  }
  return `${lines.join('\n')}\n`;
}
