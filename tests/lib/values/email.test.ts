import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import isEmail from 'validator/lib/isEmail';
import { describe, expect, it } from 'vitest';
import { EMAIL_COMMON, EMAIL_NEVER_UNQUOTED } from '../../../lib/regexes';
import { emailKey, judgeEmail } from '../../../lib/values/email';

const fixtures = new URL('../../fixtures/', import.meta.url);

/** Tab-separated records ending in CRLF, fields quoted CSV-style (quotes doubled, LF inside). */
function readTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === '\t') [row, field] = [[...row, field], ''];
    else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      [row, field, i] = [[], '', i + 1];
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** is_email's tests write control characters as Unicode "control pictures" (U+2400 + code). */
function unpicture(text: string): string {
  return [...text]
    .map((c) => {
      const code = c.codePointAt(0) as number;
      if (code >= 0x2400 && code <= 0x241f) return String.fromCharCode(code - 0x2400);
      return code === 0x2421 ? '\u007f' : c;
    })
    .join('');
}

const isemail = readTsv(readFileSync(new URL('isemail/tests.tsv', fixtures), 'utf8'))
  .slice(1)
  .map(([id, address, category]) => ({ id, address: unpicture(address ?? ''), category }));

interface Block {
  valid?: string[];
  invalid?: string[];
  args?: Record<string, unknown>[];
}
const blocks: Block[] = JSON.parse(
  readFileSync(new URL('validatorjs/isEmail.json', fixtures), 'utf8'),
);
/** Blocks run with validator's default options (none given, or only the default spelled out). */
const defaultBlocks = blocks.filter(
  ({ args }) => !args || JSON.stringify(args) === JSON.stringify([{ ignore_max_length: false }]),
);

const validAsWritten = (value: string) => judgeEmail(value).status === 'valid';

describe('the corpora', () => {
  it('read as expected', () => {
    expect(isemail).toHaveLength(164);
    expect(isemail.find(({ id }) => id === '57')?.address).toBe('"test\u0000"@iana.org');
    expect(isemail.find(({ id }) => id === '88')?.address).toBe('\r\n test@iana.org');
    expect(defaultBlocks.flatMap((block) => block.valid ?? [])).toHaveLength(18);
    expect(defaultBlocks.flatMap((block) => block.invalid ?? [])).toHaveLength(44);
  });
});

describe('judgeEmail agrees with validator.js isEmail (default options) on what is valid as written', () => {
  it.each(defaultBlocks.flatMap((block) => block.valid ?? []))('valid: %j', (address) => {
    expect(judgeEmail(address)).toMatchObject({ status: 'valid' });
  });

  it.each(defaultBlocks.flatMap((block) => block.invalid ?? []))('not valid: %j', (address) => {
    expect(validAsWritten(address)).toBe(false);
  });

  it('on every is_email test address', () => {
    const differences = isemail.filter(
      ({ address }) => validAsWritten(address) !== isEmail(address),
    );
    expect(differences).toEqual([]);
    // Sanity: the corpus has both kinds.
    expect(isemail.filter(({ address }) => validAsWritten(address)).length).toBeGreaterThan(20);
    expect(isemail.filter(({ address }) => !validAsWritten(address)).length).toBeGreaterThan(60);
  });
});

describe('EMAIL_COMMON (with the length limits) accepts nothing isEmail rejects', () => {
  const common = (address: string) =>
    EMAIL_COMMON.test(address) && address.indexOf('@') <= 64 && address.length <= 254;

  /** Addresses at the edges of the regex: label and TLD lengths, dots, symbols, total length. */
  function edges(): string[] {
    const out: string[] = [];
    const locals = [
      'a',
      'a.b',
      'a_b',
      '%',
      '+',
      '-',
      'a-',
      '_a',
      'a+b-c',
      'x'.repeat(64),
      'x'.repeat(65),
    ];
    const labels = [
      'a',
      'a-b',
      '0',
      '-a',
      'a-',
      'x'.repeat(62),
      'x'.repeat(63),
      'x'.repeat(64),
      'xn--p1ai',
    ];
    const tlds = ['c', 'co', 'com', 'x'.repeat(24), 'x'.repeat(25), 'c0m', 'xn--p1ai'];
    for (const local of locals) {
      for (const label of labels) {
        for (const tld of tlds)
          out.push(`${local}@${label}.${tld}`, `${local}@${label}.${label}.${tld}`);
      }
    }
    // Total lengths around the 254 limit, with labels of up to 50 characters.
    for (let length = 240; length <= 260; length++) {
      const labels: string[] = [];
      for (let left = length - 'local@'.length - '.com'.length; left > 0; left -= 51) {
        labels.push('y'.repeat(Math.min(50, left)));
      }
      out.push(`local@${labels.join('.')}.com`);
    }
    return out;
  }

  it('across all corpora and edge cases', () => {
    const everything = [
      ...isemail.map(({ address }) => address),
      ...blocks.flatMap((block) => [...(block.valid ?? []), ...(block.invalid ?? [])]),
      ...edges(),
    ];
    const accepted = everything.filter(common);
    expect(accepted.length).toBeGreaterThan(200);
    expect(accepted.filter((address) => !isEmail(address))).toEqual([]);
  });
});

describe('the quick rejections reject nothing isEmail accepts', () => {
  /** What `acceptable` rejects without asking validator.js: no '@', or an impossible character. */
  const rejectedQuickly = (address: string) =>
    !address.includes('@') || (!address.includes('"') && EMAIL_NEVER_UNQUOTED.test(address));
  /** validator 13.15 throws on lone surrogates; judgeEmail reads that as a rejection. */
  const accepts = (address: string) => {
    try {
      return isEmail(address);
    } catch {
      return false;
    }
  };

  it('across all corpora', () => {
    const everything = [
      ...isemail.map(({ address }) => address),
      ...blocks.flatMap((block) => [...(block.valid ?? []), ...(block.invalid ?? [])]),
    ];
    const rejected = everything.filter(rejectedQuickly);
    expect(rejected.length).toBeGreaterThan(50);
    expect(rejected.filter(accepts)).toEqual([]);
  });

  it('on text made of what addresses are made of, and what breaks them', () => {
    const unit = fc.constantFrom(
      ...'aZ09.@-_+"\\ ;,<>()[]:\t\u0000\u007f\u00a0\u00e9\uff01\ud800'.split(''),
      'x@y.com',
      'mailto:',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (address) => {
        expect(judgeEmail(address).status === 'valid').toBe(accepts(address));
        if (rejectedQuickly(address)) expect(accepts(address)).toBe(false);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('judgeEmail on real-looking values', () => {
  it.each([
    ['Jane.Doe@Example.COM', { status: 'valid', typo: null }],
    ['jane+news@example.co.uk', { status: 'valid', typo: null }],
    [' jane@x.com ', { status: 'repaired', fixed: 'jane@x.com', typo: null }],
    ['mailto:jane@x.com', { status: 'repaired', fixed: 'jane@x.com', typo: null }],
    ['MAILTO:Jane@X.com', { status: 'repaired', fixed: 'Jane@x.com', typo: null }],
    ['Jane Doe <jane@x.com>', { status: 'repaired', fixed: 'jane@x.com', typo: null }],
    ['"Doe, Jane" <jane@x.com>', { status: 'repaired', fixed: 'jane@x.com', typo: null }],
    ['<jane@x.com>', { status: 'repaired', fixed: 'jane@x.com', typo: null }],
    ['Jane <jd> <jane@x.com>', { status: 'repaired', fixed: 'jane@x.com', typo: null }],
    ['jane@x.com.', { status: 'repaired', fixed: 'jane@x.com', typo: null }],
    ['(jane@x.com),', { status: 'repaired', fixed: 'jane@x.com', typo: null }],
    ['jane @x.com', { status: 'repaired', fixed: 'jane@x.com', typo: null }],
    ['jane@ x .com', { status: 'repaired', fixed: 'jane@x.com', typo: null }],
    ['JANE@GMAIL.COM ', { status: 'repaired', fixed: 'JANE@gmail.com', typo: null }],
    ['jane@gmial.com', { status: 'valid', typo: 'jane@gmail.com' }],
    ['jane@gmial.com.', { status: 'repaired', fixed: 'jane@gmial.com', typo: 'jane@gmail.com' }],
    ['a@b.com; c@d.com', { status: 'multiple', values: ['a@b.com', 'c@d.com'] }],
    ['a@b.com, c@d.com', { status: 'multiple', values: ['a@b.com', 'c@d.com'] }],
    [
      'a@b.com c@d.com / e@f.org',
      { status: 'multiple', values: ['a@b.com', 'c@d.com', 'e@f.org'] },
    ],
    ['jane', { status: 'invalid', typo: null }],
    ['jane@', { status: 'invalid', typo: null }],
    ['@x.com', { status: 'invalid', typo: null }],
    ['jane@x', { status: 'invalid', typo: null }],
    ['jane@@x.com', { status: 'invalid', typo: null }],
    ['jane@x..com', { status: 'invalid', typo: null }],
    ['n/a', { status: 'invalid', typo: null }],
    ['', { status: 'empty' }],
    [' \t ', { status: 'empty' }],
  ])('%j → %j', (value, verdict) => {
    expect(judgeEmail(value)).toEqual(verdict);
  });

  it('never calls a repaired or multiple value valid as written', () => {
    for (const value of [' jane@x.com', 'jane@x.com;', 'a@b.com;c@d.com']) {
      expect(isEmail(value)).toBe(false);
      expect(judgeEmail(value).status).not.toBe('valid');
    }
  });
});

describe('domain typos', () => {
  it.each([
    ['x@gmial.com', 'x@gmail.com'],
    ['x@gmai.com', 'x@gmail.com'],
    ['x@gamil.com', 'x@gmail.com'],
    ['x@gmail.co', 'x@gmail.com'],
    ['x@gmail.con', 'x@gmail.com'],
    ['x@gmail.cmo', 'x@gmail.com'],
    ['x@GMAIL.OCM', 'x@gmail.com'],
    ['x@gmail.comm', 'x@gmail.com'],
    ['x@gmial.con', 'x@gmail.com'],
    ['x@yaho.com', 'x@yahoo.com'],
    ['x@hotmial.com', 'x@hotmail.com'],
    ['x@outlok.com', 'x@outlook.com'],
    ['x@icloud.co', 'x@icloud.com'],
    ['x@aol.co', 'x@aol.com'],
    ['x@comcast.ent', 'x@comcast.net'],
    ['x@yahoo.co.ku', 'x@yahoo.co.uk'],
    ['x@acme.con', 'x@acme.com'],
  ])('%s → %s', (address, typo) => {
    expect(judgeEmail(address)).toMatchObject({ typo });
  });

  it.each([
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
    'ymail.com',
    'mail.com',
    'googlemail.com',
    'outlook.fr',
    'example.com',
    'acme.co',
    'smith-law.com',
  ])('no typo for %s', (domain) => {
    expect(judgeEmail(`jane@${domain}`)).toEqual({ status: 'valid', typo: null });
  });
});

describe('emailKey', () => {
  it('ignores case and edge spaces', () => {
    expect(emailKey(' Jane.Doe@Example.COM ')).toBe('jane.doe@example.com');
    expect(emailKey('jane.doe@example.com')).toBe(emailKey('JANE.DOE@EXAMPLE.COM'));
    expect(emailKey('jane@example.com')).not.toBe(emailKey('jane2@example.com'));
  });
});
