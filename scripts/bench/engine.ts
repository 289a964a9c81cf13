/**
 * `npm run bench:engine [-- --rounds N] [-- --only name]`: the engine in process against
 * papaparse's parse-only time of the same bytes, on the profiles of profiles.ts, each checked for
 * plausible output first. Prints the ratio beside each target, and the per-row cost at 300,000
 * rows against 30,000. A measurement that prints figures, not a test: it fails only when the
 * output is wrong.
 */
import Papa from 'papaparse';
import metadata from 'libphonenumber-js/metadata.max.json';
import type { MetadataJson } from 'libphonenumber-js/core';
import { checkFile } from '../../lib/engine';
import { readRecords } from '../../lib/engine/records';
import { decode } from '../../lib/read/decode';
import { detectDialect } from '../../lib/read/dialect';
import { writeOutputs } from '../../lib/write';
import {
  cleanProfile,
  invalidPhonesProfile,
  messyProfile,
  ROWS_UNDER_30_MB,
  wideProfile,
  type Profile,
} from './profiles';

const deps = { phoneMetadata: metadata as unknown as MetadataJson };

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const ROUNDS = Number(option('rounds', '5'));
const ONLY = option('only', '');
/** Files of 300,000 rows pass the 30 MB limit: raised, so both sizes do the same work. */
const NO_SIZE_LIMIT = 1024 * 1024 * 1024;

interface Timed {
  profile: Profile;
  /** The full check may take at most this many times papaparse's time; null: no target. */
  target: number | null;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const fullCheck = (profile: Profile) =>
  checkFile({ name: `${profile.name}.csv`, bytes: profile.bytes }, profile.settings, deps);

const parseOnly = (profile: Profile) => Papa.parse(new TextDecoder().decode(profile.bytes));

/**
 * The engine's work that no check adds: decoding, the dialect, papaparse's records and the
 * writer's cleaned file. What a target leaves the checks is the target less this.
 */
function readAndWrite(profile: Profile): void {
  const dialect = detectDialect(decode(profile.bytes).text);
  let header: string[] = [];
  const rows: string[][] = [];
  readRecords(dialect.text, dialect, {
    headerScore: () => 0,
    header: (fields) => (header = fields),
    record: (_number, values) => rows.push(values),
  });
  writeOutputs({
    header,
    rows,
    firstRowNumber: 2,
    issues: [],
    limits: profile.settings.limits,
    addedColumns: [],
    omitted: new Set(),
    droppedColumns: new Set(),
    extraRows: new Map(),
  });
}

/** The planted problems are found, every row is read, and a cleaned file is written. */
function verify(profile: Profile): void {
  const result = fullCheck(profile);
  const { byCode } = result.report.summary;
  const short = Object.entries(profile.atLeast).filter(([code, n]) => (byCode[code] ?? 0) < n);
  if (short.length || result.report.file.rows !== profile.rows || !result.cleaned) {
    console.error(`The engine output is not plausible for "${profile.name}"; not timing it.`);
    console.error({ atLeast: profile.atLeast, found: byCode, rows: result.report.file.rows });
    process.exit(1);
  }
}

/** Median times of interleaved rounds, so all meet the same machine state. */
function measure(profile: Profile): { parse: number; full: number; noChecks: number } {
  verify(profile);
  const parse: number[] = [];
  const full: number[] = [];
  const noChecks: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    parse.push(time(() => parseOnly(profile)));
    full.push(time(() => fullCheck(profile)));
    noChecks.push(time(() => readAndWrite(profile)));
  }
  return { parse: median(parse), full: median(full), noChecks: median(noChecks) };
}

function ratios(): void {
  const timed: Timed[] = [
    { profile: cleanProfile(100_000), target: 3 },
    { profile: messyProfile(100_000), target: 3 },
    { profile: invalidPhonesProfile(100_000), target: 4 },
    { profile: wideProfile(30_000), target: 4 },
    { profile: cleanProfile(ROWS_UNDER_30_MB), target: null },
  ];
  const table: Record<string, Record<string, string | number>> = {};
  for (const { profile, target } of timed) {
    if (ONLY && !profile.name.includes(ONLY)) continue;
    const { parse, full, noChecks } = measure(profile);
    const ratio = full / parse;
    table[profile.name] = {
      rows: profile.rows.toLocaleString('en-US'),
      MB: (profile.bytes.length / 1024 / 1024).toFixed(1),
      'papaparse ms': Math.round(parse),
      'full ms': Math.round(full),
      'full / parse': `${ratio.toFixed(1)}×`,
      // Read and written with no check: the floor any target sits above.
      'no checks / parse': `${(noChecks / parse).toFixed(1)}×`,
      target: target === null ? '' : `≤ ${target}× ${ratio <= target ? 'met' : 'MISSED'}`,
    };
    console.log(`  ${profile.name}: ${Math.round(full)} ms, ${ratio.toFixed(1)}× papaparse`);
  }
  console.table(table);
}

/**
 * Per-row cost of the full check at 300,000 rows against 30,000: at most 1.2 times as much. Both
 * sizes are timed in each round, one after the other, and the ratio is the median of the rounds'
 * ratios: timed minutes apart, as they were, the machine's drift moved it from 0.6× to 1.3×.
 */
function perRow(): void {
  const [small, large] = [30_000, 300_000].map((rows) => cleanProfile(rows, NO_SIZE_LIMIT)) as [
    Profile,
    Profile,
  ];
  verify(small);
  verify(large);
  const µs = (profile: Profile) => (time(() => fullCheck(profile)) / profile.rows) * 1000;
  const rounds = Array.from({ length: ROUNDS }, () => {
    const [a, b] = [µs(small), µs(large)];
    return { small: a, large: b, growth: b / a };
  });
  const growth = median(rounds.map((round) => round.growth));
  const [at30k, at300k] = [median(rounds.map((r) => r.small)), median(rounds.map((r) => r.large))];
  console.log(
    `\nPer row: ${at30k.toFixed(1)} µs at 30k, ${at300k.toFixed(1)} µs at 300k: ` +
      `${growth.toFixed(2)}× (median of each round's ratio; target ≤ 1.2× ${growth <= 1.2 ? 'met' : 'MISSED'})`,
  );
}

console.log(`Preflight engine bench: median of ${ROUNDS} rounds, Node ${process.version}\n`);
ratios();
if (!ONLY || ONLY === 'per-row') perRow();
