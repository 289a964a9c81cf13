import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { explainLog } from '../lib/errorlog/explain';
import { readErrorLog } from '../lib/errorlog/read-log';
import { renderExplanation } from './explain-render';
import { fail, readBytes } from './files';
import { writeJson } from './output';

export const EXPLAIN_USAGE = `Usage: npm run -s preflight -- explain LOG.csv [--json]

Explains HighLevel's import error log (Bulk Actions → the import → Show Stats → Error tab,
downloaded as CSV): per code, what it means, how many rows, what to do, and whether Preflight
finds it before an import. The log may name codes (1013), their names ("Could not parse the
phone number") or both, several a cell, in any column, with or without row numbers.

Options:
  --json       print the explanation as one JSON object, nothing else
  -h, --help   show this help

Exit status: 0 every failed row was not imported or lost a field (a file can finish the job),
1 some rows need you (a file not imported at all, possible duplicates, a missed workflow),
2 usage error or a file that is not an error log.`;

/** `explain LOG.csv`: the exit status, as `check`'s. */
export function explain(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(`${EXPLAIN_USAGE}\n`);
    return 0;
  }
  const [path, ...rest] = positionals;
  if (!path) fail('no LOG.csv given');
  if (rest.length) fail(`unexpected arguments: ${rest.join(' ')}`);
  const read = readErrorLog(readBytes(path, 'error log'));
  if (!read.ok) fail(`${path}: ${read.message}`);
  const explained = explainLog(read.log);
  if (values.json) {
    writeJson(explained, (text) => process.stdout.write(text));
    process.stdout.write('\n');
  } else process.stdout.write(renderExplanation(basename(path), explained));
  const { byOutcome } = explained;
  return byOutcome['nothing-imported'] + byOutcome['check-it'] > 0 ? 1 : 0;
}
