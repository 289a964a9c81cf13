import { METADATA_PATTERN_TOKEN } from '../../regexes';

/**
 * Metadata patterns as trees. libphonenumber-js decides validity only by matching these patterns
 * (and by lengths), so what they can test in the last K characters bounds what the verdict can
 * depend on there. Only the syntax `metadata.max.json` uses is read (`METADATA_PATTERN_TOKEN`);
 * anything else throws, and `numbering-plans.ts` then leaves the fast path off there.
 */

/** Alternatives of sequences; an item is an atom (a bitmask of the digits it accepts) or a group. */
type Alternation = Sequence[];
type Sequence = Item[];
interface Item {
  node: number | Alternation;
  min: number;
  max: number;
}

export const ALL_DIGITS = 0x3ff;

function tokenize(source: string): string[] {
  const tokens: string[] = [];
  METADATA_PATTERN_TOKEN.lastIndex = 0;
  while (METADATA_PATTERN_TOKEN.lastIndex < source.length) {
    const match = METADATA_PATTERN_TOKEN.exec(source);
    if (!match) throw new Error(`unsupported metadata pattern: ${source}`);
    tokens.push(match[0]);
  }
  return tokens;
}

function atomMask(token: string): number {
  if (token === '\\d') return ALL_DIGITS;
  if (token.length === 1 && token >= '0' && token <= '9') return 1 << Number(token);
  if (!token.startsWith('[')) throw new Error(`unexpected token ${token}`);
  let mask = 0;
  const body = token.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const low = Number(body[i]);
    const high = body[i + 1] === '-' ? Number(body[(i += 2)]) : low;
    for (let d = low; d <= high; d++) mask |= 1 << d;
  }
  return mask;
}

function quantifier(token: string | undefined): [number, number] | null {
  if (token === '?') return [0, 1];
  if (!token?.startsWith('{')) return null;
  const [min, max = min] = token.slice(1, -1).split(',').map(Number) as [number, number?];
  return [min, max];
}

export function parsePattern(source: string): Alternation {
  const tokens = tokenize(source);
  let at = 0;
  const item = (): Item => {
    const token = tokens[at++] as string;
    if (token === '$') return { node: 0, min: 0, max: 0 };
    let node: number | Alternation;
    if (token === '(' || token === '(?:') {
      node = alternation();
      if (tokens[at++] !== ')') throw new Error(`unbalanced metadata pattern: ${source}`);
    } else node = atomMask(token);
    const range = quantifier(tokens[at]);
    if (range) at++;
    const [min, max] = range ?? [1, 1];
    return { node, min, max };
  };
  const sequence = (): Sequence => {
    const items: Item[] = [];
    while (at < tokens.length && tokens[at] !== '|' && tokens[at] !== ')') items.push(item());
    return items;
  };
  const alternation = (): Alternation => {
    const alternatives = [sequence()];
    while (tokens[at] === '|') {
      at++;
      alternatives.push(sequence());
    }
    return alternatives;
  };
  const tree = alternation();
  if (at !== tokens.length) throw new Error(`unbalanced metadata pattern: ${source}`);
  return tree;
}

/** The pattern again, every atom also accepting '?': a '?' then stands for "any digit". */
export function wildSource(tree: Alternation): string {
  return tree.map((sequence) => sequence.map(wildItem).join('')).join('|');
}

function wildItem({ node, min, max }: Item): string {
  if (max === 0) return '$';
  const body = typeof node === 'number' ? `[${digitsOf(node)}?]` : `(?:${wildSource(node)})`;
  if (min === 1 && max === 1) return body;
  if (min === 0 && max === 1) return body + '?';
  return min === max ? `${body}{${min}}` : `${body}{${min},${max}}`;
}

function digitsOf(mask: number): string {
  let digits = '';
  for (let d = 0; d <= 9; d++) if (mask & (1 << d)) digits += d;
  return digits;
}

/** Length of every match, when fixed. */
export function fixedLength(tree: Alternation): number | null {
  const lengths = tree.map((sequence) => {
    let total = 0;
    for (const { node, min, max } of sequence) {
      const each = typeof node === 'number' ? 1 : fixedLength(node);
      if (min !== max || each === null) return null;
      total += each * min;
    }
    return total;
  });
  const first = lengths[0] ?? null;
  return lengths.every((length) => length === first) ? first : null;
}

/** The shortest and the longest match. */
export function lengthRange(tree: Alternation): [number, number] {
  let shortest = Infinity;
  let longest = 0;
  for (const sequence of tree) {
    let low = 0;
    let high = 0;
    for (const { node, min, max } of sequence) {
      const [each, most] = typeof node === 'number' ? [1, 1] : lengthRange(node);
      low += each * min;
      high += most * max;
    }
    shortest = Math.min(shortest, low);
    longest = Math.max(longest, high);
  }
  return [shortest, longest];
}

/** Digits a match can start with, or null when unknown (an optional start). */
export function firstDigits(tree: Alternation): number | null {
  let mask = 0;
  for (const sequence of tree) {
    const start = sequence.find((item) => item.max > 0);
    if (!start || start.min === 0) return null;
    const digits = typeof start.node === 'number' ? start.node : firstDigits(start.node);
    if (digits === null) return null;
    mask |= digits;
  }
  return mask;
}

/**
 * For each of the last k characters of any match (index 0 = last), the atoms that can test it;
 * null when that is not fixed (variable lengths reach into those k characters).
 */
export function tailAtoms(tree: Alternation, k: number): number[][] | null {
  const tails = tree.map((sequence) => sequenceTail(sequence, k));
  if (tails.some((tail) => tail === null)) return null;
  return Array.from({ length: k }, (_, j) => [
    ...new Set(tails.flatMap((tail) => tail?.[j] ?? [])),
  ]);
}

function sequenceTail(sequence: Sequence, k: number): number[][] | null {
  const out: number[][] = [];
  for (let i = sequence.length - 1; i >= 0 && out.length < k; i--) {
    const { node, min, max } = sequence[i] as Item;
    const need = k - out.length;
    if (max === 0) continue;
    if (typeof node === 'number' && min >= need) {
      for (let r = 0; r < need; r++) out.push([node]);
      break;
    }
    const length = typeof node === 'number' ? 1 : fixedLength(node);
    if (min !== max) return null;
    if (length === null) {
      // A group of varying length is fine only as the last thing needed.
      const inner = min === 1 && typeof node !== 'number' ? tailAtoms(node, need) : null;
      if (!inner) return null;
      out.push(...inner);
      break;
    }
    for (let r = 0; r < min && out.length < k; r++) {
      const inner =
        typeof node === 'number' ? [[node]] : tailAtoms(node, Math.min(length, k - out.length));
      if (!inner) return null;
      out.push(...inner);
    }
  }
  return out.length === k ? out : null;
}
