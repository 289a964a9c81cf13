/**
 * `npm run bench`: times papaparse alone and the full check on deterministic contact files of
 * 10,000 and 100,000 rows, after checking the engine's output is right. Prints figures and the
 * targets; it is a measurement, not a test, so it fails only when the output is wrong.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import metadata from 'libphonenumber-js/metadata.max.json';
import type { MetadataJson } from 'libphonenumber-js/core';
import { checkFile } from '../lib/engine';
import { defaultSettings } from '../lib/settings';
import { generateContacts } from './generate';

const deps = { phoneMetadata: metadata as unknown as MetadataJson };
const SIZES = [10_000, 100_000];
const RUNS = 7;

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

/** The planted problems must all be found, and nothing else beyond the owner-less notice. */
function verify(rows: number): void {
  const { bytes, expected } = generateContacts(rows);
  const result = fullCheck(bytes);
  const { byCode } = result.report.summary;
  const wrong = Object.entries(expected).filter(([code, count]) => (byCode[code] ?? 0) !== count);
  const unexpected = Object.keys(byCode).filter((code) => !(code in expected));
  if (wrong.length || unexpected.length || result.report.file.rows !== rows || !result.cleaned) {
    console.error('The engine output is wrong; not timing it.');
    console.error({ expected, found: byCode });
    process.exit(1);
  }
}

/** Peak memory of a whole process doing one full check: a fresh child per size. */
function peakMemoryMb(rows: number): number {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--memory', String(rows)],
    {
      encoding: 'utf8',
    },
  );
  if (child.status !== 0) throw new Error(child.stderr);
  return Number(child.stdout.trim());
}

function measureMemoryChild(rows: number): void {
  const { bytes } = generateContacts(rows);
  fullCheck(bytes);
  process.stdout.write(`${(process.resourceUsage().maxRSS / 1024).toFixed(0)}\n`);
}

function main(): void {
  console.log(`Preflight benchmark: median of ${RUNS} runs, Node ${process.version}\n`);
  const fullTimes: Record<number, number> = {};
  const ratios: number[] = [];
  let peak = 0;
  const table: Record<string, Record<string, string>> = {};
  for (const rows of SIZES) {
    verify(rows);
    const { bytes } = generateContacts(rows);
    const parse = median(
      Array.from({ length: RUNS }, () => time(() => Papa.parse(new TextDecoder().decode(bytes)))),
    );
    const full = median(Array.from({ length: RUNS }, () => time(() => fullCheck(bytes))));
    fullTimes[rows] = full;
    ratios.push(full / parse);
    peak = peakMemoryMb(rows);
    table[`${rows.toLocaleString('en-US')} rows`] = {
      'file MB': (bytes.length / 1024 / 1024).toFixed(1),
      'papaparse ms': parse.toFixed(0),
      'full check ms': full.toFixed(0),
      'full / parse': `${(full / parse).toFixed(1)}×`,
      'rows / s': Math.round((rows / full) * 1000).toLocaleString('en-US'),
      'peak MB': String(peak),
    };
  }
  console.table(table);
  const [small, large] = SIZES as [number, number];
  const targets = [
    [`full check of 10,000 rows < 500 ms`, fullTimes[small]! < 500],
    [`full check <= 6× papaparse (both sizes)`, ratios.every((r) => r <= 6)],
    [`100,000 rows < 10× the 10,000-row time`, fullTimes[large]! < 10 * fullTimes[small]!],
    [`peak memory for 100,000 rows < 400 MB`, peak < 400],
  ] as const;
  console.log('\nTargets:');
  for (const [label, met] of targets) console.log(`  ${met ? 'met ' : 'MISSED'}  ${label}`);
}

const memoryFlag = process.argv.indexOf('--memory');
if (memoryFlag >= 0) measureMemoryChild(Number(process.argv[memoryFlag + 1]));
else main();
