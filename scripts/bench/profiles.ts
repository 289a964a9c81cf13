/**
 * The engine bench's files (`npm run bench:engine`), deterministic like generate.ts: a messy
 * export from a neglected CRM, a 60-column file with custom phone and date fields, a file of
 * numbers invalid for the country, and a file near HighLevel's 30 MB limit. Each says which codes
 * its planted problems must raise at least how often, so the bench checks the output first.
 */

import { parseSettings, type Settings, type SettingsInput } from '../../lib/settings';
import { generateContacts, random } from './generate';

export interface Profile {
  name: string;
  bytes: Uint8Array;
  rows: number;
  settings: Settings;
  /** Codes the planted problems raise, with the least count each must reach. */
  atLeast: Record<string, number>;
}

const FIRST = ['Olivia', 'Liam', 'Emma', 'Noah', 'José', 'Zoë', 'Chloé', 'Mateo', 'Harper', 'Kim'];
const LAST = ['Smith', 'Garcia', "O'Brien", 'Nguyen', 'Müller', 'Patel', 'Davis', 'Kim'];
const DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'acme-corp.com', 'example.org'];
const AREAS = ['212', '310', '312', '713', '602', '617', '206', '305'];
const USERS = [
  { name: 'Dana Scully', email: 'dana@acme-corp.com' },
  { name: 'Fox Mulder', email: 'fox@acme-corp.com' },
];

function settingsOf(input: SettingsInput): Settings {
  const parsed = parseSettings(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.settings;
}

function quote(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    // '"', ',', '\n', '\r'
    if (c === 34 || c === 44 || c === 10 || c === 13) return `"${value.replaceAll('"', '""')}"`;
  }
  return value;
}

function csv(header: readonly string[], rows: readonly (readonly string[])[]): Uint8Array {
  const lines = [header.map(quote).join(',')];
  for (const row of rows) lines.push(row.map(quote).join(','));
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

/** A seeded picker and digit maker, shared by the generators below. */
function seeded(seed: number) {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const digits = (n: number) => String(Math.floor(next() * 10 ** n)).padStart(n, '0');
  const usPhone = () => `(${pick(AREAS)}) ${2 + Math.floor(next() * 8)}${digits(2)}-${digits(4)}`;
  const person = (i: number) => {
    const first = pick(FIRST);
    const last = pick(LAST);
    const local = `${first}.${last}${i}`.toLowerCase().replace(/[^a-z0-9.]/g, '');
    return { first, last, email: `${local}@${pick(DOMAINS)}` };
  };
  return { next, pick, digits, usPhone, person };
}

const MESSY_HEADER = [
  'First Name',
  'Last Name',
  'Email',
  'Phone',
  'Contact Owner',
  'Tags',
  'Date of Birth',
  'Country',
  'Notes',
];

/**
 * An export from a neglected CRM: about one row in ten has a bad email, one in ten none, one in
 * five a national or broken phone, dates in mixed formats, owners misspelt or unknown, a fifth
 * of the emails and phones two to a cell, tags split by commas, semicolons or pipes.
 */
export function messyProfile(rows: number, seed = 7): Profile {
  const { next, pick, digits, usPhone, person } = seeded(seed);
  const data: string[][] = [];
  const planted = {
    badEmail: 0,
    noEmail: 0,
    brokenPhone: 0,
    twoEmails: 0,
    unknownOwner: 0,
    isoDate: 0,
  };
  for (let i = 0; i < rows; i++) {
    const { first, last, email: address } = person(i);
    let email = address;
    let phone = usPhone();
    const slot = i % 20;
    if (slot === 1) {
      email = address.replace('@', ' at ');
      planted.badEmail++;
    } else if (slot === 2) {
      email = '';
      planted.noEmail++;
    } else if (slot === 3) {
      email = `${address}; ${first.toLowerCase()}@${pick(DOMAINS)}`;
      planted.twoEmails++;
    }
    if (slot === 4) {
      phone = `${pick(AREAS)}-${digits(2)}`;
      planted.brokenPhone++;
    } else if (slot === 5) phone = `${pick(AREAS)}${digits(7)}`;
    else if (slot === 6) phone = `${usPhone()} / ${usPhone()}`;
    else if (slot === 7) phone = '';
    let owner = pick(['Dana Scully', 'fox mulder', '', 'dana@acme-corp.com']);
    if (slot === 8) {
      owner = 'Walter Skinner';
      planted.unknownOwner++;
    }
    const tags = pick(['VIP, Lead', 'Lead; Customer', 'Customer|Newsletter', 'lead', '', '']);
    const [month, day, year] = [
      1 + Math.floor(next() * 12),
      1 + Math.floor(next() * 28),
      1950 + Math.floor(next() * 50),
    ];
    const padded = (n: number) => String(n).padStart(2, '0');
    // ISO dates where the file's format is MM/DD/YYYY; the rest with and without zeros.
    if (slot === 9) planted.isoDate++;
    const dob =
      slot === 9
        ? `${year}-${padded(month)}-${padded(day)}`
        : pick([`${month}/${day}/${year}`, `${padded(month)}/${padded(day)}/${year}`, '']);
    const note = next() < 0.1 ? 'Called twice, "no answer"\nTry again' : '';
    data.push([
      first,
      last,
      email,
      phone,
      owner,
      tags,
      dob,
      pick(['US', 'USA', 'United States', '']),
      note,
    ]);
  }
  return {
    name: 'messy',
    bytes: csv(MESSY_HEADER, data),
    rows,
    settings: settingsOf({ users: USERS }),
    atLeast: {
      '1008': planted.badEmail,
      '1009': planted.noEmail,
      '1013': planted.brokenPhone,
      '1014': planted.isoDate,
      PF07: planted.twoEmails,
      '1015': planted.unknownOwner,
    },
  };
}

const WIDE_COLUMNS = 60;
const CUSTOM_DATES = ['Renewal Date', 'Signed On', 'Last Visit'];
const CUSTOM_PHONES = ['Office Phone', 'Mobile Phone'];

/** 60 columns: the standard ones, two custom phones beside Phone, three custom dates, filler text. */
export function wideProfile(rows: number, seed = 11): Profile {
  const { next, pick, digits, usPhone, person } = seeded(seed);
  const fixed = ['First Name', 'Last Name', 'Email', 'Phone', ...CUSTOM_PHONES, ...CUSTOM_DATES];
  const filler = Array.from({ length: WIDE_COLUMNS - fixed.length }, (_, i) => `Field ${i + 1}`);
  const data: string[][] = [];
  let brokenPhones = 0;
  for (let i = 0; i < rows; i++) {
    const { first, last, email } = person(i);
    const phones = [usPhone(), usPhone(), `${pick(AREAS)}${digits(7)}`];
    if (i % 50 === 13) {
      phones[1] = digits(5);
      brokenPhones++;
    }
    const dates = CUSTOM_DATES.map(
      () => `${1 + Math.floor(next() * 12)}/${1 + Math.floor(next() * 28)}/20${digits(2)}`,
    );
    const rest = filler.map((_, j) =>
      j % 3 === 0 ? digits(4) : pick(['yes', 'no', 'maybe', '', 'n/a']),
    );
    data.push([first, last, email, ...phones, ...dates, ...rest]);
  }
  const customFields = [
    ...CUSTOM_PHONES.map((name) => ({ name, type: 'phone' as const })),
    ...CUSTOM_DATES.map((name) => ({ name, type: 'date' as const })),
  ];
  return {
    name: 'wide (60 columns)',
    bytes: csv([...fixed, ...filler], data),
    rows,
    settings: settingsOf({ customFields }),
    atLeast: { '1013': brokenPhones },
  };
}

/** Every phone invalid for the US: 7 digits (a local number without its area code) or random. */
export function invalidPhonesProfile(rows: number, seed = 13): Profile {
  const { next, digits, person } = seeded(seed);
  const data: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const { first, last, email } = person(i);
    const phone = i % 2 === 0 ? `${digits(3)}-${digits(4)}` : digits(5 + Math.floor(next() * 8));
    data.push([first, last, email, phone]);
  }
  return {
    name: 'invalid phones',
    bytes: csv(['First Name', 'Last Name', 'Email', 'Phone'], data),
    rows,
    settings: settingsOf({}),
    // Random digits are sometimes valid somewhere, or in the US; most are not.
    atLeast: { '1013': Math.floor(rows * 0.8) },
  };
}

/** bench/generate.ts's realistic contacts, at the row count given. */
export function cleanProfile(rows: number, maxBytes?: number): Profile {
  const generated = generateContacts(rows);
  return {
    name: `clean ${(rows / 1000).toFixed(0)}k`,
    bytes: generated.bytes,
    rows,
    settings: settingsOf(maxBytes ? { limits: { maxBytes } } : {}),
    atLeast: generated.expected,
  };
}

/** Rows of generate.ts's contacts that come to just under HighLevel's 30 MB limit. */
export const ROWS_UNDER_30_MB = 235_000;
