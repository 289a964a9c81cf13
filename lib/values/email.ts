import { distance } from 'fastest-levenshtein';
import isEmail from 'validator/lib/isEmail';
import {
  EMAIL_ANGLE_BRACKETS,
  EMAIL_COMMON,
  EMAIL_LEADING_PUNCT,
  EMAIL_NEVER_UNQUOTED,
  EMAIL_TRAILING_PUNCT,
  MAILTO,
  MULTI_EMAIL_SEPARATOR,
  WHITESPACE_RUNS,
} from '../regexes';

/**
 * Email judgement: validator.js `isEmail` with its default options decides (HighLevel rejects what
 * it rejects), behind a cheap regex for the common shape. Repairs are the safe ones of spec 1008;
 * likely domain typos are only suggested.
 */

export type EmailVerdict =
  | { status: 'empty' }
  | { status: 'valid'; typo: string | null }
  | { status: 'repaired'; fixed: string; typo: string | null }
  | { status: 'invalid'; typo: string | null }
  | { status: 'multiple'; values: string[] };

const EMPTY: EmailVerdict = { status: 'empty' };
/** Shared: most addresses are valid with no typo, and a verdict is judged several times a row. */
const VALID: EmailVerdict = { status: 'valid', typo: null };

/** Mailbox domains people mistype, most used first (ties go to the earlier one). */
const TYPO_TARGETS = [
  'gmail.com',
  'yahoo.com',
  'hotmail.com',
  'outlook.com',
  'icloud.com',
  'aol.com',
  'live.com',
  'msn.com',
  'comcast.net',
  'me.com',
  'protonmail.com',
  'yahoo.co.uk',
  'hotmail.co.uk',
  'gmx.de',
  'web.de',
  'sbcglobal.net',
  'bellsouth.net',
  'verizon.net',
  'att.net',
];

/** Real domains that sit close to a target: never "corrected". */
const KNOWN_DOMAINS = new Set([
  ...TYPO_TARGETS,
  'googlemail.com',
  'ymail.com',
  'rocketmail.com',
  'mail.com',
  'email.com',
  'gmx.com',
  'gmx.net',
  'gmx.at',
  'gmx.ch',
  'mac.com',
  'aim.com',
  'cox.net',
  'charter.net',
  'earthlink.net',
  'optonline.net',
  'proton.me',
  'pm.me',
  'zoho.com',
  'live.co.uk',
  'live.ca',
  'live.fr',
  'live.de',
  'live.nl',
  'live.com.au',
  'outlook.fr',
  'outlook.de',
  'outlook.es',
  'hotmail.fr',
  'hotmail.de',
  'hotmail.it',
  'hotmail.es',
  'yahoo.ca',
  'yahoo.fr',
  'yahoo.de',
  'yahoo.it',
  'yahoo.es',
  'yahoo.in',
  'yahoo.co.in',
  'yahoo.com.au',
  'btinternet.com',
  'sky.com',
  'mail.ru',
  'yandex.ru',
  'qq.com',
]);

/** Endings that are never real top-level domains but ".com" mistyped. */
const COM_TYPOS = new Set(['con', 'cmo', 'ocm', 'comm', 'cpm', 'xom', 'vom', 'coom', 'c0m']);

/** Domain → suggested domain, memoised: a file repeats a few domains many times. */
const domainTypos = new Map<string, string | null>();

/** The last value judged: PF07, 1008 and 1011 judge the same cell one after another. */
let last: { value: string; verdict: EmailVerdict } = { value: '', verdict: EMPTY };

export function judgeEmail(value: string): EmailVerdict {
  if (value !== last.value) last = { value, verdict: judge(value) };
  return last.verdict;
}

function judge(value: string): EmailVerdict {
  if (!value.trim()) return EMPTY;
  if (acceptable(value)) {
    const typo = typoOf(value);
    return typo ? { status: 'valid', typo } : VALID;
  }
  const several = severalAddresses(value);
  if (several) return { status: 'multiple', values: several };
  const fixed = repair(value);
  if (fixed !== value && acceptable(fixed)) {
    return { status: 'repaired', fixed, typo: typoOf(fixed) };
  }
  return { status: 'invalid', typo: typoOf(fixed) };
}

/** Duplicate key (1011): addresses differ only by case in practice. */
export function emailKey(valid: string): string {
  return valid.trim().toLowerCase();
}

/**
 * validator.js's verdict; EMAIL_COMMON with the length limits is a proven subset of it, and no
 * '@', or an unquoted address with a character it never takes, a proven subset of its rejections.
 */
function acceptable(address: string): boolean {
  const at = address.indexOf('@');
  if (at <= 64 && address.length <= 254 && EMAIL_COMMON.test(address)) return true;
  if (at < 0 || (!address.includes('"') && EMAIL_NEVER_UNQUOTED.test(address))) return false;
  try {
    return isEmail(address);
  } catch {
    return false; // validator 13.15 throws URIError on lone surrogates; later versions say false
  }
}

/** PF07: two or more address-like pieces; each piece as written. */
function severalAddresses(value: string): string[] | null {
  const pieces = value
    .split(MULTI_EMAIL_SEPARATOR)
    .map((piece) => piece.trim())
    .filter((piece) => piece.indexOf('@') > 0 && piece.indexOf('@') < piece.length - 1);
  return pieces.length >= 2 ? pieces : null;
}

/** Spec 1008's safe repairs: nothing that could turn one person's address into another's. */
function repair(value: string): string {
  let text = value.trim().replace(MAILTO, '');
  text = bracketedAddress(text) ?? text;
  text = text
    .replace(EMAIL_LEADING_PUNCT, '')
    .replace(EMAIL_TRAILING_PUNCT, '')
    .replace(WHITESPACE_RUNS, '');
  const at = text.lastIndexOf('@');
  return at < 0 ? text : text.slice(0, at + 1) + text.slice(at + 1).toLowerCase();
}

/** "Jane Doe <jane@example.com>": the first bracketed text with an `@` that has a character each side. */
function bracketedAddress(text: string): string | null {
  for (const [, inside = ''] of text.matchAll(EMAIL_ANGLE_BRACKETS)) {
    if (inside.slice(1, -1).includes('@')) return inside;
  }
  return null;
}

function typoOf(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at <= 0) return null;
  // Keyed by the domain as written: lowercasing every address first costs more than the lookup.
  const written = address.slice(at + 1);
  let suggestion = domainTypos.get(written);
  if (suggestion === undefined) {
    suggestion = domainTypo(written.trim().toLowerCase());
    if (domainTypos.size >= 10_000) domainTypos.clear();
    domainTypos.set(written, suggestion);
  }
  return suggestion && address.slice(0, at + 1).trim() + suggestion;
}

function domainTypo(domain: string): string | null {
  if (!domain || KNOWN_DOMAINS.has(domain)) return null;
  const dot = domain.lastIndexOf('.');
  const ending = domain.slice(dot + 1);
  const com = dot > 0 && COM_TYPOS.has(ending) ? domain.slice(0, dot) + '.com' : domain;
  if (com !== domain && KNOWN_DOMAINS.has(com)) return com;
  return closeTarget(com) ?? (com !== domain ? com : null);
}

/** The nearest target within 2 edits (1 for short ones, where real domains sit close together). */
function closeTarget(domain: string): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const target of TYPO_TARGETS) {
    const edits = distance(domain, target);
    const allowed = target.length >= 9 ? 2 : 1;
    if (edits <= allowed && edits < bestDistance) [best, bestDistance] = [target, edits];
  }
  return best === domain ? null : best;
}
