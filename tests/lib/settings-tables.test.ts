import { describe, expect, it } from 'vitest';
import { customFieldType } from '../../lib/highlevel/custom-field-types';
import {
  fieldProblem,
  mergeRows,
  parseFieldsTable,
  parseUsersTable,
  splitFieldOptions,
  tableText,
  userKey,
  userProblem,
} from '../../lib/settings-tables';

const mia = { name: 'Mia Lopez', email: 'mia@agency.example' };
const noah = { name: 'Noah Kim', email: 'noah@agency.example' };

describe('parseUsersTable', () => {
  it('reads a spreadsheet paste without a header: the cell with an @ is the email', () => {
    expect(
      parseUsersTable('Mia Lopez\tmia@agency.example\nnoah@agency.example\tNoah\tKim\n'),
    ).toEqual({ rows: [mia, noah], problems: [] });
  });

  it('reads a CSV with a header, in any column order, joining first and last names', () => {
    const text = 'Email,First Name,Last Name,Role\r\nmia@agency.example,Mia,Lopez,Admin\r\n';
    expect(parseUsersTable(text)).toEqual({ rows: [mia], problems: [] });
    expect(parseUsersTable('Full Name;E-mail\nNoah Kim;noah@agency.example').rows).toEqual([noah]);
  });

  it('prefers a full name column', () => {
    const text =
      'Name,First Name,Email\nMia Lopez,Mimi,mia@agency.example\n,Noah,noah@agency.example';
    expect(parseUsersTable(text).rows).toEqual([mia, { name: 'Noah', email: noah.email }]);
  });

  it('does not take an unknown header for a user', () => {
    expect(parseUsersTable('Owner,Mail\nMia Lopez,mia@agency.example')).toEqual({
      rows: [mia],
      problems: ['Line 1: a user needs an email.'],
    });
  });

  it('names each line left out, and why, keeping the others (blank ones are just skipped)', () => {
    const text = [
      'Name,Email',
      'Mia Lopez,mia@agency.example',
      'Bad Address,mia@',
      ',,Admin',
      'Mia Again,MIA@agency.example',
      ',',
      '',
      'Noah Kim,nope',
    ].join('\n');
    expect(parseUsersTable(text)).toEqual({
      rows: [mia],
      problems: [
        'Line 3: "mia@" is not an email address.',
        'Line 4: a user needs a name, as First Last.',
        'Line 5: the same as line 2, left out.',
        'Line 8: "nope" is not an email address.',
      ],
    });
  });

  it.each(['\n', '\r\n', '\r'])(
    'counts lines across a quoted cell that spans several (%j)',
    (eol) => {
      const text = ['Name,Email', '"Mia', 'Lopez",mia@agency.example', 'No Email,nope', ''].join(
        eol,
      );
      expect(parseUsersTable(text)).toEqual({
        rows: [{ name: `Mia${eol}Lopez`, email: 'mia@agency.example' }],
        problems: ['Line 4: "nope" is not an email address.'],
      });
    },
  );

  it('reads a spreadsheet paste by its tabs, whatever commas its cells hold', () => {
    expect(
      parseUsersTable('Lopez, Mia\tmia@agency.example\nKim, Noah\tnoah@agency.example'),
    ).toEqual({
      rows: [
        { name: 'Lopez, Mia', email: mia.email },
        { name: 'Kim, Noah', email: noah.email },
      ],
      problems: [],
    });
  });

  it('reads a CSV the way the checker reads one: any delimiter, mixed line endings', () => {
    expect(parseUsersTable('Name|Email\r\nMia Lopez|mia@agency.example\nNoah Kim|nope\r')).toEqual({
      rows: [mia],
      problems: ['Line 3: "nope" is not an email address.'],
    });
    expect(parseUsersTable('<html><body>Mia</body></html>').problems).toEqual([
      'This is not text from a spreadsheet: paste the cells or pick a CSV file.',
    ]);
  });

  it('says what is wrong with empty, binary and broken input, without throwing', () => {
    expect(parseUsersTable('')).toEqual({
      rows: [],
      problems: ['There is nothing to read: the text is empty.'],
    });
    expect(parseUsersTable(' \n\t\n')).toEqual(parseUsersTable(''));
    expect(parseUsersTable('PK\u0003\u0004\u0000\u0000binary').problems).toEqual([
      'This is not text from a spreadsheet: paste the cells or pick a CSV file.',
    ]);
    expect(parseUsersTable('Name,Email')).toEqual({
      rows: [],
      problems: ['There is nothing to read below the header row.'],
    });
    expect(
      parseUsersTable('Mia Lopez,mia@agency.example\n"Noah Kim,noah@agency.example\n'),
    ).toEqual({
      rows: [mia],
      problems: ['Line 2: a quote is not closed, so the rest of the text was read as one cell.'],
    });
  });
});

describe('parseFieldsTable', () => {
  it("maps HighLevel's type labels and splits options on | ; and line breaks", () => {
    const text = [
      'Field Name\tData Type\tOptions',
      'Lifecycle Stage\tDropdown (Single)\tLead | Customer;Churned',
      'Interests\tDropdown (Multiple)\t"Golf\nTennis"',
      'Notes\tMulti Line\t',
      'Budget\tMonetary\tignored | for a number',
      'Contract\tFile Upload\t',
    ].join('\n');
    expect(parseFieldsTable(text)).toEqual({
      rows: [
        { name: 'Lifecycle Stage', type: 'dropdown', options: ['Lead', 'Customer', 'Churned'] },
        { name: 'Interests', type: 'multiselect', options: ['Golf', 'Tennis'] },
        { name: 'Notes', type: 'large-text', options: [] },
        { name: 'Budget', type: 'monetary', options: [] },
        { name: 'Contract', type: 'file', options: [] },
      ],
      problems: [],
    });
  });

  it('reads rows without a header as name, type, then options, one per cell', () => {
    expect(parseFieldsTable('Stage,Radio Select,Lead,Won\nBirthday,DATE_PICKER\nNickname')).toEqual(
      {
        rows: [
          { name: 'Stage', type: 'radio', options: ['Lead', 'Won'] },
          { name: 'Birthday', type: 'date', options: [] },
          { name: 'Nickname', type: 'text', options: [] },
        ],
        problems: [],
      },
    );
  });

  it('names unknown types, fields without options or names, and twins', () => {
    const result = parseFieldsTable(
      [
        'Name,Type,Options',
        'Stage,Dropdown,',
        'Score,Spinner,',
        ',Number,',
        'Source,Single Line,',
        'SOURCE,Number,',
      ].join('\n'),
    );
    expect(result.rows).toEqual([{ name: 'Source', type: 'text', options: [] }]);
    expect(result.problems).toEqual([
      'Line 2: Stage is a Dropdown (Single) field: list its options, or every value is flagged.',
      expect.stringMatching(/^Line 3: "Spinner" is not a custom field type \(use Single Line, /),
      'Line 4: a custom field needs a name.',
      'Line 6: the same as line 5, left out.',
    ]);
  });

  it('does not take the names every object has for types', () => {
    expect(parseFieldsTable('Stage\tConstructor')).toEqual({
      rows: [],
      problems: [expect.stringMatching(/^Line 1: "Constructor" is not a custom field type /)],
    });
  });

  it('does not take a field named like a header for one', () => {
    expect(parseFieldsTable('Type,Number').rows).toEqual([
      { name: 'Type', type: 'number', options: [] },
    ]);
  });
});

describe('customFieldType', () => {
  it.each([
    ['Single Line', 'text'],
    ['TEXT', 'text'],
    ['Text Box List', 'text'],
    ['Multi Line', 'large-text'],
    ['large-text', 'large-text'],
    ['Numerical', 'number'],
    ['monetory', 'monetary'],
    ['Phone', 'phone'],
    ['Email', 'email'],
    ['Date Picker', 'date'],
    ['dropdown (single)', 'dropdown'],
    ['SINGLE_OPTIONS', 'dropdown'],
    ['Dropdown (Multiple)', 'multiselect'],
    ['Radio Select', 'radio'],
    ['Checkbox', 'checkbox'],
    ['File Upload', 'file'],
    ['Signature', 'signature'],
  ] as const)('reads %s as %s', (label, type) => {
    expect(customFieldType(label)).toBe(type);
  });

  it('knows nothing else', () => {
    expect(customFieldType('Spinner')).toBeNull();
    expect(customFieldType('')).toBeNull();
  });

  it.each(['constructor', 'Constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'does not take %s, which every object has, for a type',
    (label) => {
      expect(customFieldType(label)).toBeNull();
    },
  );
});

describe('rules shared with the table edited by hand', () => {
  it('splits options, dropping blanks and repeats', () => {
    expect(splitFieldOptions(' Lead |lead| Customer ;\r\n;Won, Lost')).toEqual([
      'Lead',
      'Customer',
      'Won, Lost',
    ]);
  });

  it('checks a user and a field', () => {
    expect(userProblem(mia)).toBeNull();
    expect(userProblem({ name: 'Mia Lopez', email: '' })).toBe('a user needs an email');
    expect(userProblem({ name: 'Mia', email: 'mia at agency' })).toBe(
      '"mia at agency" is not an email address',
    );
    expect(fieldProblem({ name: 'Stage', type: 'checkbox', options: ['A'] })).toBeNull();
    expect(fieldProblem({ name: 'Stage', type: 'checkbox', options: [] })).toContain(
      'list its options',
    );
  });

  it('merges: a row with a known key replaces it in place, the others go at the end', () => {
    const renamed = { name: 'Mia L.', email: 'MIA@agency.example' };
    expect(mergeRows([mia, noah], [renamed, { name: 'Ava', email: '' }], userKey)).toEqual({
      rows: [renamed, noah, { name: 'Ava', email: '' }],
      added: 1,
      updated: 1,
    });
  });

  it('merges a paste of 50,000 users the same way', () => {
    const user = (n: number, name = `User ${n}`) => ({ name, email: `user${n}@agency.example` });
    const existing = Array.from({ length: 25_000 }, (_, n) => user(n));
    // The second half of the users again, renamed and in capitals, then 37,500 new ones, the
    // last of them twice: the second copy replaces the first.
    const renamed = (n: number) => ({
      ...user(n, `Renamed ${n}`),
      email: `USER${n}@agency.example`,
    });
    const incoming = [
      ...Array.from({ length: 50_000 }, (_, n) => renamed(12_500 + n)),
      user(62_499, 'Last'),
    ];
    expect(mergeRows(existing, incoming, userKey)).toEqual({
      rows: [
        ...existing.slice(0, 12_500),
        ...Array.from({ length: 49_999 }, (_, n) => renamed(12_500 + n)),
        user(62_499, 'Last'),
      ],
      added: 37_500,
      updated: 12_501,
    });
  });
});

describe('tableText', () => {
  it('decodes a CSV file, and refuses what is not one', () => {
    const latin1 = Uint8Array.from(
      [...'Name,Email\nJos', 0xe9, ...',jose@x.example\n'].map((c) =>
        typeof c === 'number' ? c : c.charCodeAt(0),
      ),
    );
    expect(tableText(latin1)).toEqual({ ok: true, text: 'Name,Email\nJosé,jose@x.example\n' });
    expect(tableText(new Uint8Array())).toEqual({ ok: false, problem: 'The file is empty.' });
    expect(tableText(new TextEncoder().encode('%PDF-1.7\n%\u00e2\n'))).toMatchObject({ ok: false });
    expect(tableText(Uint8Array.from([0, 1, 2, 3, 0, 0, 5, 6, 0, 7]))).toMatchObject({ ok: false });
  });
});
