import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIX_KIND_KEYS, type FixKind } from '../../../lib/fixes';
import { checkWithInvariant } from './invariant';

/** Header names as exports write them: aliases HighLevel maps, extra columns, and unmapped ones. */
const HEADERS = [
  'First Name',
  'Last Name',
  'Name',
  'Email',
  'Email 2',
  'Phone',
  'Phone 2',
  'Mobile Phone',
  'Additional Emails',
  'Additional Phones',
  'Company',
  'Notes',
  'Tags',
  'Contact Id',
  'Date of Birth',
  'City',
  'Postal Code',
  'Favourite Colour',
];

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

const email = fc.oneof(
  pick(['ann@example.com', 'Ann@Example.com', 'bob@example.org', 'cy@example.net']),
  pick(['ann@example', 'bob@@example.org', 'not an email', 'mailto:dee@example.com']),
  pick(['ann@example.com; bob@example.org', 'cy@example.net, x@y', 'a@b.co ::: ed@example.com']),
);
const phone = fc.oneof(
  pick(['(810) 292-9388', '+1 504-621-8927', '856.636.8749', '8103749840']),
  pick(['12345', 'n/a', '1.23457E+11', '555-0100 ext 4']),
  pick([
    '(419) 503-2484 / (419) 800-6759',
    '+1 810-292-9388 ::: +1 504-621-8927',
    '907-385-4412; x',
  ]),
);
const text = fc.oneof(
  pick(['Ann', 'Bob', 'Lee', 'Acme, Inc.', 'VIP, Lead', 'Brighton']),
  pick(['02/14/1984', '1979-07-23', 'March 3, 1990', '31/12/1975', '08014']),
  pick(['=SUM(A1)', '+1 call', '@home', '-5']),
  pick([
    'line one\r\nline two',
    'a "quoted" word',
    'tab\there',
    ' edge ',
    'zero\u200bwidth',
    'no\u00a0break',
  ]),
  pick(['abc123', 'abc123', 'id-2']),
);
const cell = fc.oneof({ arbitrary: fc.constant(''), weight: 2 }, email, phone, text);

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A messy file: maybe a title row and blank lines above a header of real aliases, then rows. */
const messyFile = fc
  .record({
    header: fc.uniqueArray(pick(HEADERS), { minLength: 1, maxLength: 7 }),
    title: fc.option(pick(['Expo Leads – March 2024', 'Contacts report', 'Exported by: Mia'])),
    blankLines: fc.nat(2),
    rows: fc.array(fc.array(cell, { minLength: 7, maxLength: 7 }), { minLength: 0, maxLength: 8 }),
    lineEnding: pick(['\r\n', '\n']),
  })
  .map(({ header, title, blankLines, rows, lineEnding }) => {
    const lines = [
      ...(title === null ? [] : [title + ','.repeat(header.length - 1)]),
      ...Array.from({ length: blankLines }, () => ''),
      header.map(field).join(','),
      ...rows.map((row) => row.slice(0, header.length).map(field).join(',')),
    ];
    return lines.join(lineEnding) + lineEnding;
  });

describe('nothing is lost, for any messy file', () => {
  it('keeps or names every value, and the cleaned file checks clean (merge on and off, any fixes off)', () => {
    fc.assert(
      fc.property(
        messyFile,
        fc.boolean(),
        pick([null, 'phone'] as const),
        pick(['additional-columns', 'extra-rows'] as const),
        fc.boolean(),
        fc.oneof(fc.constant<FixKind[]>([]), fc.subarray([...FIX_KIND_KEYS])),
        (file, merge, secondary, severalValues, updateByContactId, off) => {
          const { breaches } = checkWithInvariant(file, {
            secondary,
            severalValues,
            updateByContactId,
            fixes: { mergeDuplicates: merge, off },
          });
          expect(breaches).toEqual([]);
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) },
    );
  });
});

/** Values typed in the grid: any row (some past the file's end), any header (some not in it). */
const edits = fc.array(
  fc.record({ row: fc.integer({ min: 1, max: 12 }), column: pick(HEADERS), value: cell }),
  { maxLength: 6 },
);

describe('nothing is lost, for any edits typed in the grid', () => {
  it('keeps or names every value the file held, and the cleaned file checks clean', () => {
    fc.assert(
      fc.property(messyFile, edits, (file, typed) => {
        const { breaches } = checkWithInvariant(file, {}, { edits: typed });
        expect(breaches).toEqual([]);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) },
    );
  });
});
