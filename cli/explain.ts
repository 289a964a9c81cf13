import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { explainErrorLog, type AgainstOriginal } from '../lib/errorlog';
import type { Explanation } from '../lib/errorlog/explain';
import { validateSettings } from '../lib/settings-file';
import { renderExplanation, type Written } from './explain-render';
import { besideOut, fail, phoneMetadata, readBytes, readSettingsFile } from './files';
import { writeJson, writeTextFile } from './output';

export const EXPLAIN_USAGE = `Usage: npm run -s preflight -- explain LOG.csv [--original FILE.csv] [--settings S.json]
    [--json] [--out RETRY.csv]

Explains HighLevel's import error log (Bulk Actions → the import → Show Stats → Error tab,
downloaded as CSV): per code, what it means, how many rows, what to do. The log may name codes
(1013), their names ("Could not parse the phone number") or both, several a cell, in any column,
with or without row numbers.

Options:
  --original FILE   the file that was imported: each failed row is found in it, Preflight says
                    whether it predicts each code with the settings, and builds the files that
                    finish the import
  --settings FILE   the settings the import used (as for check)
  --out FILE        with --original: write FILE-create.csv (rows not imported, fixed) and
                    FILE-update.csv (the matching column and the lost fields, fixed)
  --json            print the explanation as one JSON object, nothing else
  -h, --help        show this help

Exit status: 0 every failed row has a file to go into, 1 some need you, 2 usage error or a file
that is not an error log.`;

/** Writes the files the original made, when asked: the paths written. */
function writeFiles(against: AgainstOriginal | null, out: string | undefined): Written {
  const written: Written = { create: null, update: null };
  if (!against || !out) return written;
  for (const kind of ['create', 'update'] as const) {
    const file = against.files[kind];
    if (!file) continue;
    written[kind] = besideOut(out, kind);
    writeTextFile(written[kind], file.csv);
  }
  return written;
}

function json(explained: Explanation, against: AgainstOriginal | null, written: Written) {
  if (!against) return explained;
  const { matching, files } = against;
  return {
    ...explained,
    matched: matching.matches,
    unmatched: matching.unmatched,
    files: {
      create: files.create && { path: written.create, rows: files.create.rows },
      update: files.update && {
        path: written.update,
        rows: files.update.rows,
        columns: files.update.columns,
      },
    },
    needsYou: files.needsYou,
  };
}

/** `explain LOG.csv`: the exit status, as `check`'s. */
export function explain(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      original: { type: 'string' },
      settings: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${EXPLAIN_USAGE}\n`);
    return 0;
  }
  const [path, ...rest] = positionals;
  if (!path) fail('no LOG.csv given');
  if (rest.length) fail(`unexpected arguments: ${rest.join(' ')}`);
  if (values.out && !values.original) fail('--out needs --original: the files are built from it');
  const parsed = validateSettings(
    values.settings ? readSettingsFile(values.settings) : {},
    phoneMetadata,
  );
  if (!parsed.ok) fail(`invalid settings:\n  ${parsed.errors.join('\n  ')}`);
  const original = values.original
    ? { name: basename(values.original), bytes: readBytes(values.original, 'original file') }
    : null;
  const result = explainErrorLog(readBytes(path, 'error log'), original, parsed.settings, {
    phoneMetadata,
  });
  if (!result.ok) fail(`${path}: ${result.message}`);
  const { explanation, original: against } = result;
  const written = writeFiles(against, values.out);
  if (values.json) {
    writeJson(json(explanation, against, written), (text) => process.stdout.write(text));
    process.stdout.write('\n');
  } else {
    process.stdout.write(renderExplanation(basename(path), explanation, against, written));
  }
  if (against) return against.files.needsYou.length > 0 ? 1 : 0;
  const { byOutcome } = explanation;
  return byOutcome['nothing-imported'] + byOutcome['check-it'] > 0 ? 1 : 0;
}
