import {
  COMBINING_MARKS,
  INVISIBLE,
  NON_ALPHANUMERIC_RUNS,
  LINE_BREAKS,
  MOJIBAKE,
  NO_BREAK_SPACE,
  SUSPECT_TEXT,
  TABS,
  WHITESPACE_RUNS,
} from '../regexes';
import { WINDOWS_1252_HIGH } from '../charsets/windows-1252';

/**
 * Cell hygiene: invisible characters (PF08), mojibake (PF02), and the folding used to compare
 * enum options and names.
 */

export type TidyStep = 'no-break-spaces' | 'zero-width' | 'edge-spaces' | 'line-breaks' | 'tabs';

export interface Tidied {
  value: string;
  /** What was removed, in the order found (PF08's phrase keys). */
  found: TidyStep[];
}

/** Null when nothing changes. Multiline fields (notes, address) keep their line breaks and tabs. */
export function tidyText(value: string, multiline: boolean): Tidied | null {
  if (!SUSPECT_TEXT.test(value)) return null;
  let text = value;
  const found: TidyStep[] = [];
  const step = (next: string, name: TidyStep) => {
    if (next === text) return;
    found.push(name);
    text = next;
  };
  step(text.replace(NO_BREAK_SPACE, ' '), 'no-break-spaces');
  step(text.replace(INVISIBLE, ''), 'zero-width');
  step(text.trim(), 'edge-spaces');
  if (!multiline) {
    step(text.replace(LINE_BREAKS, ' '), 'line-breaks');
    step(text.replace(TABS, ' '), 'tabs');
  }
  return found.length > 0 ? { value: text, found } : null;
}

/** Windows-1252 character → byte, built once from the platform's own decoder. */
let windows1252: Map<string, number> | null = null;

function windows1252Bytes(): Map<string, number> {
  if (!windows1252) {
    const decoder = new TextDecoder('windows-1252');
    windows1252 = new Map();
    for (let byte = 0; byte < 256; byte++) {
      windows1252.set(decoder.decode(Uint8Array.of(byte)), byte);
      // C1 controls also stand for their own byte: what a Latin-1 reader leaves.
      windows1252.set(String.fromCharCode(byte), byte);
    }
    WINDOWS_1252_HIGH.forEach((code, i) => windows1252?.set(String.fromCharCode(code), 0x80 + i));
  }
  return windows1252;
}

/**
 * UTF-8 that was read as Windows-1252 ("JosÃ©" for "José"): the value's characters as Windows-1252
 * bytes, read again as UTF-8. Null unless that round trip is clean, so text that merely looks odd
 * (or mixes repaired and broken parts) is left alone.
 */
export function repairMojibake(value: string): string | null {
  if (!MOJIBAKE.test(value)) return null;
  const table = windows1252Bytes();
  const bytes = new Uint8Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const byte = table.get(value.charAt(i));
    if (byte === undefined) return null;
    bytes[i] = byte;
  }
  try {
    const fixed = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return fixed === value ? null : fixed;
  } catch {
    return null;
  }
}

/** For comparing options and names: case, accents, invisible characters and spacing ignored. */
export function foldForMatch(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(INVISIBLE, '')
    .replace(WHITESPACE_RUNS, ' ')
    .trim();
}

/** A label with punctuation ignored too: "Dropdown (Single)" and "DROPDOWN_SINGLE" read alike. */
export function foldLabel(label: string): string {
  return foldForMatch(label).replace(NON_ALPHANUMERIC_RUNS, ' ').trim();
}
