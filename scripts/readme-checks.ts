import { readFileSync, writeFileSync } from 'node:fs';
import { codeEntry, CODES } from '../lib/highlevel/codes';

/**
 * The README's table of checks, made from the codes table so the two cannot drift:
 * `npm run readme` rewrites it, and tests/build/readme.test.ts fails when it is out of date.
 */

export const README = new URL('../README.md', import.meta.url);
const START = '<!-- checks table: made by `npm run readme` from lib/highlevel/codes.ts -->';
const END = '<!-- end of checks table -->';
const HEADER = ['code', 'what it catches', 'class', 'automatic fix in the cleaned CSV'];

/** A code's outcome classes: its own, then any a reason overrides it with. */
function classes(code: string): string {
  const entry = codeEntry(code);
  if (!entry?.class) return '-';
  const all = new Set([entry.class, ...Object.values(entry.reasons).map((r) => r.class)]);
  return [...all].filter(Boolean).join(' or ');
}

/** One row per code, in the table's order, each cell as the README shows it. */
export function checksTableRows(): string[][] {
  return Object.entries(CODES).map(([code, entry]) => [
    code,
    `${entry.name}: ${entry.about}`,
    classes(code),
    entry.fix,
  ]);
}

const cell = (text: string) => text.replaceAll('|', '\\|');

function markdown(rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(HEADER), line(HEADER.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Where the table sits: from its start marker to its end marker. */
function tableBounds(readme: string): { start: number; end: number } {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${START} … ${END}`);
  return { start, end };
}

/** The rows between the README's markers, cells unescaped and trimmed. */
export function readmeTableRows(readme: string): string[][] {
  const { start, end } = tableBounds(readme);
  return readme
    .slice(start + START.length, end)
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((text) => text.trim().replaceAll('\\|', '|')),
    );
}

function rewrite(): void {
  const readme = readFileSync(README, 'utf8');
  const { start, end } = tableBounds(readme);
  const table = `${START}\n\n${markdown(checksTableRows())}\n\n`;
  writeFileSync(README, readme.slice(0, start) + table + readme.slice(end));
}

if (import.meta.url === `file://${process.argv[1]}`) rewrite();
