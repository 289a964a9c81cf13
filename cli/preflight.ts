#!/usr/bin/env node
/**
 * The engine's own front door: `npm run -s preflight -- check FILE [options]`, and after an
 * import `explain LOG.csv` (explain.ts).
 * Exit status: 0 when HighLevel would import every row, 1 when it would reject the file or skip
 * rows, 2 for a usage error or an unreadable path.
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { checkFile } from '../lib/engine';
import { buildReference } from '../lib/highlevel/contacts-export';
import { validateSettings } from '../lib/settings-file';
import { createPhoneJudge } from '../lib/values/phone';
import { EXPLAIN_USAGE, explain } from './explain';
import { besideOut, fail, phoneMetadata, readBytes, readSettingsFile, UsageError } from './files';
import { writeJson, writeTextFile } from './output';
import { renderText } from './render';
import { FIX_KIND_KEYS, type FixKind } from '../lib/fixes';
import { partTexts } from '../lib/write';

const USAGE = `Usage: npm run -s preflight -- check FILE [options]
       npm run -s preflight -- explain LOG.csv [--json]   (after an import; explain --help)

Predicts what HighLevel's contact import will do with FILE, and writes a cleaned copy.

Options:
  --settings FILE        settings JSON (the extension's schema, or the options page's export)
  --country CC           sub-account country for phones without a country code (default US)
  --phone-country CC     this file's phones without a country code are from CC (1013 offers it)
  --extra-rows           several emails/phones become extra rows (the seed FAQ's way), not
                         HighLevel's Additional Emails / Additional Phones columns
  --date-format FMT      MM/DD/YYYY, DD/MM/YYYY or YYYY/MM/DD (default MM/DD/YYYY)
  --primary COLUMN       email, phone or contact_id: the column HighLevel matches on (default email)
  --secondary COLUMN     email or phone: used where the primary is empty
  --update-by-id         update existing contacts by Contact ID
  --fix-off KINDS        leave these kinds of fix out, comma-separated, keeping the values as
                         written: ${FIX_KIND_KEYS.join(', ')}
  --reference FILE       a contacts export from HighLevel, for 1006 and 1010
  --json                 print the report as one JSON object, nothing else
  --out FILE             write the cleaned CSV (and FILE-part1.csv ... when it must be split)
  --rejected FILE        write the rows HighLevel would still skip, with why
  -h, --help             show this help

Exit status: 0 nothing would be rejected or skipped, 1 something would, 2 usage error.`;

const PRIMARY = { email: 'email', phone: 'phone', contact_id: 'contactId', contactId: 'contactId' };

/** `--fix-off dates,phones`: each a kind of fix (lib/fixes.ts), or a message naming the kinds. */
function fixKinds(list: string): FixKind[] {
  const named = list.split(',').map((kind) => kind.trim());
  const unknown = named.filter((kind) => !(FIX_KIND_KEYS as readonly string[]).includes(kind));
  if (unknown.length) {
    fail(
      `--fix-off: ${unknown.map((k) => `"${k}"`).join(', ')} is not a kind of fix; the kinds are ${FIX_KIND_KEYS.join(', ')}`,
    );
  }
  return named as FixKind[];
}

function main(argv: string[]): number {
  if (argv[0] === 'explain') return explain(argv.slice(1));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      settings: { type: 'string' },
      country: { type: 'string' },
      'phone-country': { type: 'string' },
      'extra-rows': { type: 'boolean' },
      'date-format': { type: 'string' },
      primary: { type: 'string' },
      secondary: { type: 'string' },
      'update-by-id': { type: 'boolean' },
      'fix-off': { type: 'string' },
      reference: { type: 'string' },
      json: { type: 'boolean' },
      out: { type: 'string' },
      rejected: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [command, path, ...rest] = positionals;
  if (command !== 'check') fail(command ? `unknown command "${command}"` : 'no command given');
  if (!path) fail('no FILE given');
  if (rest.length) fail(`unexpected arguments: ${rest.join(' ')}`);

  const input = values.settings ? readSettingsFile(values.settings) : {};
  if (values.country) input.country = values.country;
  if (values['phone-country']) input.phoneCountry = values['phone-country'];
  if (values['extra-rows']) input.severalValues = 'extra-rows';
  if (values['date-format']) input.dateFormat = values['date-format'];
  if (values.primary) {
    input.primary =
      PRIMARY[values.primary as keyof typeof PRIMARY] ??
      fail(`--primary must be email, phone or contact_id, not "${values.primary}"`);
  }
  if (values.secondary) input.secondary = values.secondary;
  if (values['update-by-id']) input.updateByContactId = true;
  if (values['fix-off'] !== undefined) {
    input.fixes = { ...(input.fixes as object | undefined), off: fixKinds(values['fix-off']) };
  }
  const parsed = validateSettings(input, phoneMetadata);
  if (!parsed.ok) fail(`invalid settings:\n  ${parsed.errors.join('\n  ')}`);
  const settings = parsed.settings;

  let reference = null;
  if (values.reference) {
    const built = buildReference(
      readBytes(values.reference, 'contacts export'),
      createPhoneJudge(settings.country, phoneMetadata),
    );
    if (!built.ok) fail(`cannot use ${values.reference}: ${built.message}`);
    reference = built.reference;
  }

  const bytes = readBytes(path, 'file');
  const result = checkFile(
    { name: basename(path), bytes },
    settings,
    { phoneMetadata },
    { reference },
  );
  const { report } = result;

  const out = values.out;
  const parts = partTexts(result);
  const partPaths = out ? parts.map((_, i) => besideOut(out, `part${i + 1}`)) : [];
  if (out && result.cleaned !== null) {
    writeTextFile(out, result.cleaned);
    parts.forEach((part, i) => writeTextFile(partPaths[i] ?? '', part));
  }
  if (values.rejected) writeTextFile(values.rejected, result.rejected ?? '');

  if (values.json) {
    const print = (text: string) => process.stdout.write(text);
    writeJson(report, print);
    print('\n');
  } else {
    process.stdout.write(
      renderText(report, {
        out: out && result.cleaned !== null ? out : null,
        parts: partPaths,
        rejected: values.rejected ?? null,
      }),
    );
  }
  const { byClass } = report.summary;
  return byClass['file-blocked'] + byClass['row-skipped'] > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (
    error instanceof UsageError ||
    (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
  ) {
    const usage = process.argv[2] === 'explain' ? EXPLAIN_USAGE : USAGE;
    process.stderr.write(`preflight: ${(error as Error).message}\n\n${usage}\n`);
    process.exitCode = 2;
  } else throw error;
}
