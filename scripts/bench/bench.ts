/**
 * `npm run bench`: times papaparse alone and the full check on deterministic contact files of
 * 10,000 and 100,000 rows, after checking the engine's output is right. Prints figures and the
 * targets; it is a measurement, not a test, so it fails only when the output is wrong. Then times
 * keeping the report in the history: the worker compressing it into the pieces the page sends on.
 * Last, the memory case (bad-rows.ts; `npm run bench -- --bad-rows` runs it alone).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import metadata from 'libphonenumber-js/metadata.max.json';
import type { MetadataJson } from 'libphonenumber-js/core';
import { checkFile, type CheckResult } from '../../lib/engine';
import { defaultSettings } from '../../lib/settings';
import { fromBase64, packForMessage, unpack } from '../../utils/db/archive';
import { MOST_PIECES } from '../../utils/background/report-pieces';
import { piecesOf } from '../../utils/messaging/pieces';
import { BAD_ROWS, MANY_BAD_ROWS, benchBadRows, runBadRowsChild } from './bad-rows';
import { generateContacts } from './generate';

const deps = { phoneMetadata: metadata as unknown as MetadataJson };
const SIZES = [10_000, 100_000] as const;
/**
 * Rounds per size; each round times papaparse and the full check back to back, so both meet the
 * same machine state. Sizes run one after the other, smallest first, so that no small run pays
 * for collecting a large run's garbage.
 */
const ROUNDS = 9;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function fullCheck(bytes: Uint8Array) {
  return checkFile({ name: 'bench.csv', bytes }, defaultSettings(), deps);
}

function parseOnly(bytes: Uint8Array) {
  return Papa.parse(new TextDecoder().decode(bytes));
}

/** The planted problems must all be found, and nothing else. */
function verify(rows: number, bytes: Uint8Array, expected: Record<string, number>): void {
  const result = fullCheck(bytes);
  const { byCode } = result.report.summary;
  const wrong = Object.entries(expected).filter(([code, count]) => (byCode[code] ?? 0) !== count);
  const unexpected = Object.keys(byCode).filter((code) => !(code in expected));
  if (wrong.length || unexpected.length || result.report.file.rows !== rows || !result.cleaned) {
    console.error(`The engine output is wrong for ${rows} rows; not timing it.`);
    console.error({ expected, found: byCode });
    process.exit(1);
  }
}

const KEEP_ROUNDS = 3;

async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/**
 * The report as the worker packs it and the background joins its pieces, unpacked again: it must
 * be the same. Gives the body's length and its pieces.
 */
async function verifyKept(outcome: CheckResult): Promise<{ length: number; pieces: number }> {
  const body = await packForMessage(outcome);
  const pieces = piecesOf(body);
  const back = await unpack(fromBase64(pieces.join('')));
  if (
    back.cleaned !== outcome.cleaned ||
    back.rejected?.join('') !== outcome.rejected?.join('') ||
    back.report.issues.length !== outcome.report.issues.length
  ) {
    console.error('A kept report does not unpack to what was checked; not timing it.');
    process.exit(1);
  }
  return { length: body.length, pieces: pieces.length };
}

/** Peak memory of a whole process doing one full check: a fresh child per size. */
function peakMemoryMb(rows: number): number {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, script, '--memory', String(rows)],
    {
      encoding: 'utf8',
    },
  );
  if (child.status !== 0) throw new Error(child.stderr);
  return Number(child.stdout.trim());
}

function measureMemoryChild(rows: number): void {
  fullCheck(generateContacts(rows).bytes);
  process.stdout.write(`${(process.resourceUsage().maxRSS / 1024).toFixed(0)}\n`);
}

async function main(): Promise<void> {
  console.log(`Preflight benchmark: median of ${ROUNDS} rounds, Node ${process.version}\n`);
  const files = SIZES.map((size) => ({
    ...generateContacts(size),
    parse: [] as number[],
    full: [] as number[],
  }));
  for (const file of files) verify(file.rows, file.bytes, file.expected);
  for (const file of files) {
    for (let round = 0; round < ROUNDS; round++) {
      file.parse.push(time(() => parseOnly(file.bytes)));
      file.full.push(time(() => fullCheck(file.bytes)));
    }
  }
  const results = files.map((file) => ({
    rows: file.rows,
    mb: file.bytes.length / 1024 / 1024,
    parse: median(file.parse),
    full: median(file.full),
    peak: peakMemoryMb(file.rows),
  }));
  console.table(
    Object.fromEntries(
      results.map((r) => [
        `${r.rows.toLocaleString('en-US')} rows`,
        {
          'file MB': r.mb.toFixed(1),
          'papaparse ms': Math.round(r.parse),
          'full check ms': Math.round(r.full),
          'full / parse': `${(r.full / r.parse).toFixed(1)}×`,
          'rows / s': Math.round((r.rows / r.full) * 1000).toLocaleString('en-US'),
          'peak MB': r.peak,
        },
      ]),
    ),
  );
  const [small, large] = results as [(typeof results)[0], (typeof results)[0]];
  const targets = [
    ['full check of 10,000 rows < 500 ms', small.full < 500],
    ['full check <= 6× papaparse (both sizes)', results.every((r) => r.full <= 6 * r.parse)],
    ['100,000 rows < 10× the 10,000-row time', large.full < 10 * small.full],
    ['peak memory for 100,000 rows < 400 MB', large.peak < 400],
  ] as const;
  console.log('\nTargets:');
  for (const [label, met] of targets) console.log(`  ${met ? 'met   ' : 'MISSED'}  ${label}`);

  console.log(
    `\nKeeping the report (compress, encode and cut into pieces), median of ${KEEP_ROUNDS}:`,
  );
  const kept = [];
  for (const file of files) {
    const outcome = fullCheck(file.bytes);
    const body = await verifyKept(outcome);
    const rounds = [];
    for (let round = 0; round < KEEP_ROUNDS; round++) {
      rounds.push(await timeAsync(async () => piecesOf(await packForMessage(outcome))));
    }
    kept.push({ rows: file.rows, ms: median(rounds), body });
  }
  console.table(
    Object.fromEntries(
      kept.map((k) => [
        `${k.rows.toLocaleString('en-US')} rows`,
        {
          'keep ms': Math.round(k.ms),
          'body MB': (k.body.length / 1024 / 1024).toFixed(1),
          pieces: k.body.pieces,
        },
      ]),
    ),
  );
  const fits = kept.every((k) => k.body.pieces <= MOST_PIECES);
  console.log(
    `  ${fits ? 'met   ' : 'MISSED'}  every kept report travels in the pieces the background takes (${MOST_PIECES} at most)`,
  );
}

/** The memory cases: their figures, and the targets they have. */
function badRows(): void {
  console.log('\nShort bad rows (the CLI, --json --out --rejected):');
  const script = fileURLToPath(import.meta.url);
  const figures = [BAD_ROWS, MANY_BAD_ROWS].map((rows) => benchBadRows(script, rows));
  console.table(
    Object.fromEntries(
      figures.map(({ rows, ms, peakMb }) => [
        `${rows.toLocaleString('en-US')} rows`,
        { 'elapsed ms': Math.round(ms), 'peak MB': Math.round(peakMb) },
      ]),
    ),
  );
  const met = (figures[0]?.peakMb ?? Infinity) <= 600;
  console.log(`  ${met ? 'met   ' : 'MISSED'}  peak memory for 1,000,000 bad rows <= 600 MB`);
  // benchBadRows stops the bench if a case fails; reaching here means the larger one finished.
  console.log('  met     5,000,000 bad rows checked, their files written whole');
}

const memoryFlag = process.argv.indexOf('--memory');
if (await runBadRowsChild(process.argv)) {
  // The memory case's child: the CLI has run.
} else if (memoryFlag >= 0) measureMemoryChild(Number(process.argv[memoryFlag + 1]));
else if (process.argv.includes('--bad-rows')) badRows();
else {
  await main();
  badRows();
}
