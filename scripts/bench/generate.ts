/**
 * Deterministic, realistic contact files for the benchmark: the same seed gives the same bytes.
 * Known problems are planted at fixed rows so the benchmark can check the engine's output is
 * right before it times it.
 */

import { FAQ_LIMIT } from '../../lib/highlevel/limits';

const FIRST = [
  'Olivia',
  'Liam',
  'Emma',
  'Noah',
  'Ava',
  'Elijah',
  'Sophia',
  'James',
  'Isabella',
  'Lucas',
  'Mia',
  'Mason',
  'Amelia',
  'Ethan',
  'Harper',
  'José',
  'Zoë',
  'Chloé',
  'Renée',
  'Mateo',
];
const LAST = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  "O'Brien",
  'Nguyen',
  'Kim',
  'Patel',
  'Müller',
];
const DOMAINS = [
  'gmail.com',
  'yahoo.com',
  'outlook.com',
  'hotmail.com',
  'icloud.com',
  'aol.com',
  'example.org',
  'acme-corp.com',
];
const COMPANIES = [
  'Acme, Inc.',
  'Globex LLC',
  'Initech',
  'Umbrella Corp',
  'Stark Industries',
  'Wayne Enterprises',
  '',
  '',
];
const CITIES: [string, string, string, string][] = [
  ['New York', 'NY', '10036', '212'],
  ['Los Angeles', 'CA', '90034', '310'],
  ['Chicago', 'IL', '60606', '312'],
  ['Houston', 'TX', '77002', '713'],
  ['Phoenix', 'AZ', '85013', '602'],
  ['Boston', 'MA', '02108', '617'],
  ['Seattle', 'WA', '98101', '206'],
  ['Miami', 'FL', '33139', '305'],
];
const TAGS = ['VIP, Lead', 'Lead', 'Customer', 'Newsletter', '', ''];
const SOURCES = ['Website', 'Referral', 'Facebook Ad', 'Trade Show'];
const HEADER = [
  'First Name',
  'Last Name',
  'Email',
  'Phone',
  'Company Name',
  'Address',
  'City',
  'State',
  'Postal Code',
  'Country',
  'Tags',
  'Date of Birth',
  'Source',
  'Notes',
];

/** mulberry32: a tiny seeded PRNG, so files are identical across runs and machines. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Generated {
  bytes: Uint8Array;
  rows: number;
  /** Issues the engine must report, by code, for the planted problems. */
  expected: Record<string, number>;
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function generateContacts(rows: number, seed = 42): Generated {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const digits = (n: number) => String(Math.floor(next() * 10 ** n)).padStart(n, '0');
  const expected: Record<string, number> = {
    '1008': 0,
    '1013': 0,
    '1011': 0,
    '1014': 0,
    PF10: 0,
    PF08: 0,
    // Over the troubleshooting FAQ's row figure, PF01's notice offers parts.
    ...(rows > FAQ_LIMIT.rows ? { PF01: 1 } : {}),
  };
  const lines = [HEADER.join(',')];
  let previousEmail = '';
  for (let i = 0; i < rows; i++) {
    const [first, last] = [pick(FIRST), pick(LAST)];
    const [city, state, zip, area] = pick(CITIES);
    const local = `${first}.${last}${i}`.toLowerCase().replace(/[^a-z0-9.]/g, '');
    let email = `${local}@${pick(DOMAINS)}`;
    const exchange = `${2 + Math.floor(next() * 8)}${digits(2)}`;
    const line = digits(4);
    let phone = pick([
      `(${area}) ${exchange}-${line}`,
      `${area}-${exchange}-${line}`,
      `${area}.${exchange}.${line}`,
      `+1 ${area} ${exchange} ${line}`,
      `${area}${exchange}${line}`,
    ]);
    let dob = `${String(1 + Math.floor(next() * 12)).padStart(2, '0')}/${String(1 + Math.floor(next() * 28)).padStart(2, '0')}/${1950 + Math.floor(next() * 50)}`;
    let postal = zip;
    let firstName = first;
    // One planted problem per row at most, each at its own fixed slot.
    switch (i % 100) {
      case 7:
        email = `${local}@`;
        expected['1008']!++;
        break;
      case 17:
        phone = `${area}-55`;
        expected['1013']!++;
        break;
      case 27:
        email = previousEmail.toUpperCase();
        expected['1011']! += 2;
        break;
      case 37:
        dob = `${1950 + Math.floor(next() * 50)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`;
        expected['1014']!++;
        break;
      case 47:
        postal = '2108';
        expected.PF10!++;
        break;
      case 57:
        firstName = `${first}  `;
        expected.PF08!++;
        break;
    }
    previousEmail = email;
    const note = next() < 0.1 ? 'Asked for a callback, prefers "mornings"' : '';
    const address = `${1 + Math.floor(next() * 9999)} ${pick(['Main St', 'Oak Ave', 'Pine Rd', 'Maple Dr'])}`;
    const values = [
      firstName,
      last,
      email,
      phone,
      pick(COMPANIES),
      address,
      city,
      state,
      postal,
      'US',
      pick(TAGS),
      dob,
      pick(SOURCES),
      note,
    ];
    lines.push(values.map(quote).join(','));
  }
  return { bytes: new TextEncoder().encode(`${lines.join('\r\n')}\r\n`), rows, expected };
}
