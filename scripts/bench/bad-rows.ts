/**
 * The bench's memory case: 1,000,000 one-letter rows, each a bad email, through the CLI with
 * `--json --out --rejected`, in a child process so that its peak memory is its own. Every row
 * is an issue and a rejected line: memory must follow the file and what is written, not grow by
 * a rendered message per problem.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../lib/types';

export const BAD_ROWS = 1_000_000;
/** The case that once ran the CLI out of memory: its report is longer than one string can be. */
export const MANY_BAD_ROWS = 5_000_000;
const CHILD_FLAG = '--bad-rows-child';
const CLI = fileURLToPath(new URL('../../cli/preflight.ts', import.meta.url));

export interface BadRowsFigures {
  rows: number;
  ms: number;
  peakMb: number;
}

/** Runs the CLI in this process, then reports its peak memory on stderr as it exits. */
export async function runBadRowsChild(argv: string[]): Promise<boolean> {
  const flag = argv.indexOf(CHILD_FLAG);
  if (flag < 0) return false;
  process.argv = [process.argv[0] ?? 'node', CLI, ...argv.slice(flag + 1)];
  process.on('exit', () => {
    process.stderr.write(`peak ${process.resourceUsage().maxRSS}\n`);
  });
  await import(CLI);
  return true;
}

function fail(message: string): never {
  console.error(`Short bad rows: ${message}; not timing it.`);
  process.exit(1);
}

const ISSUES = Buffer.from('"issues":[');
const ISSUE = Buffer.from('{"code":');

/**
 * The report's summary and its number of issues, read from its bytes: the JSON of millions of
 * issues is longer than one string can be. What comes before the issues is parsed as the report
 * without them; the issues are counted where each starts.
 */
function reportFacts(bytes: Buffer): { summary: Report['summary']; issues: number } {
  const at = bytes.indexOf(ISSUES);
  const head = JSON.parse(`${bytes.subarray(0, at).toString('utf8')}"issues":[]}`) as Report;
  let issues = 0;
  for (let next = bytes.indexOf(ISSUE, at); next >= 0; next = bytes.indexOf(ISSUE, next + 1))
    issues++;
  return { summary: head.summary, issues };
}

/** `script`: the bench's own file, which hands its child to `runBadRowsChild`. */
export function benchBadRows(script: string, rows = BAD_ROWS): BadRowsFigures {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-bench-'));
  try {
    const input = join(dir, 'bad.csv');
    const [json, cleaned, rejected] = ['report.json', 'cleaned.csv', 'rejected.csv'].map((name) =>
      join(dir, name),
    ) as [string, string, string];
    writeFileSync(input, `Email\n${'a\n'.repeat(rows)}`);
    const stdout = openSync(json, 'w');
    const start = performance.now();
    const child = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        script,
        CHILD_FLAG,
        'check',
        input,
        '--json',
        '--out',
        cleaned,
        '--rejected',
        rejected,
      ],
      { stdio: ['ignore', stdout, 'pipe'], encoding: 'utf8' },
    );
    const ms = performance.now() - start;
    closeSync(stdout);
    const peak = /peak (\d+)/.exec(child.stderr)?.[1];
    if (child.status !== 1 || !peak) fail(`the CLI ended with ${child.status}: ${child.stderr}`);
    const rejectedLines = readFileSync(rejected, 'utf8').split('\r\n');
    if (
      readFileSync(cleaned, 'utf8') !== 'Email' ||
      rejectedLines.length !== rows + 1 ||
      rejectedLines[rows] !== `${rows + 1},1008 Failed validation of Email (Email),a`
    ) {
      fail('wrong cleaned or rejected file');
    }
    const { summary, issues } = reportFacts(readFileSync(json));
    const { byCode, rows: counted } = summary;
    if (
      issues !== rows ||
      byCode['1008'] !== rows ||
      Object.keys(byCode).length !== 1 ||
      counted.rejectedOut !== rows ||
      counted.cleanedOut !== 0
    ) {
      fail(`wrong report: ${JSON.stringify(summary)}`);
    }
    return { rows, ms, peakMb: Number(peak) / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
