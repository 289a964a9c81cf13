import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OutcomeClass } from '../../lib/highlevel/outcomes';
import { check, issuesOf } from '../helpers';

/**
 * Exports that other CRMs and address books write, each a small file of fictional people on the
 * vendor's documented header row (tests/fixtures/vendors/SOURCE.md says where each comes from).
 */
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/vendors/${name}`, import.meta.url)));

/** Outcomes that lose a file, a row or a value. */
const LOSSES: ReadonlySet<OutcomeClass> = new Set(['file-blocked', 'row-skipped', 'field-dropped']);

interface Finding {
  /** Spreadsheet row, or null for a finding about the whole file. */
  row: number | null;
  code: string;
  class: OutcomeClass;
}

interface Vendor {
  file: string;
  /** Every column with a HighLevel meaning → the field it maps to. */
  mapped: Record<string, string>;
  /** Every column HighLevel has no field for: type and label columns, vendor IDs, job titles… */
  unmapped: string[];
  /** The only losses in the file: rows broken on purpose, values the vendor writes wrongly. */
  losses?: Finding[];
}

const VENDORS: Vendor[] = [
  {
    file: 'google-contacts.csv',
    mapped: {
      Name: 'fullName',
      'Given Name': 'firstName',
      'Family Name': 'lastName',
      Birthday: 'dateOfBirth',
      Notes: 'notes',
      'Group Membership': 'tags',
      'E-mail 1 - Value': 'email',
      'E-mail 2 - Value': 'email',
      'Phone 1 - Value': 'phone',
      'Phone 2 - Value': 'phone',
      'Address 1 - Street': 'address1',
      'Address 1 - City': 'city',
      'Address 1 - Region': 'state',
      'Address 1 - Postal Code': 'postalCode',
      'Address 1 - Country': 'country',
      'Organization 1 - Name': 'companyName',
      'Website 1 - Value': 'website',
    },
    unmapped: [
      'Additional Name',
      'Yomi Name',
      'Given Name Yomi',
      'Additional Name Yomi',
      'Family Name Yomi',
      'Name Prefix',
      'Name Suffix',
      'Initials',
      'Nickname',
      'Short Name',
      'Maiden Name',
      'Gender',
      'Location',
      'Billing Information',
      'Directory Server',
      'Mileage',
      'Occupation',
      'Hobby',
      'Sensitivity',
      'Priority',
      'Subject',
      'Language',
      'Photo',
      'E-mail 1 - Type',
      'E-mail 2 - Type',
      'Phone 1 - Type',
      'Phone 2 - Type',
      'Address 1 - Type',
      'Address 1 - Formatted',
      'Address 1 - PO Box',
      'Address 1 - Extended Address',
      'Organization 1 - Type',
      'Organization 1 - Yomi Name',
      'Organization 1 - Title',
      'Organization 1 - Department',
      'Organization 1 - Symbol',
      'Organization 1 - Location',
      'Organization 1 - Job Description',
      'Website 1 - Type',
    ],
    losses: [
      // Google writes birthdays as ISO dates; the cleaned file rewrites them.
      { row: 2, code: '1014', class: 'field-dropped' },
      // Broken on purpose: "drew.parker@" has no domain.
      { row: 5, code: '1008', class: 'row-skipped' },
    ],
  },
  {
    file: 'google-contacts-labels.csv',
    mapped: {
      'First Name': 'firstName',
      'Last Name': 'lastName',
      'Organization Name': 'companyName',
      Birthday: 'dateOfBirth',
      Notes: 'notes',
      Labels: 'tags',
      'E-mail 1 - Value': 'email',
      'E-mail 2 - Value': 'email',
      'Phone 1 - Value': 'phone',
      'Phone 2 - Value': 'phone',
      'Address 1 - Street': 'address1',
      'Address 1 - City': 'city',
      'Address 1 - Region': 'state',
      'Address 1 - Postal Code': 'postalCode',
      'Address 1 - Country': 'country',
      'Website 1 - Value': 'website',
    },
    unmapped: [
      'Middle Name',
      'Phonetic First Name',
      'Phonetic Middle Name',
      'Phonetic Last Name',
      'Name Prefix',
      'Name Suffix',
      'Nickname',
      'File As',
      'Organization Title',
      'Organization Department',
      'Photo',
      'E-mail 1 - Label',
      'E-mail 2 - Label',
      'Phone 1 - Label',
      'Phone 2 - Label',
      'Address 1 - Label',
      'Address 1 - Formatted',
      'Address 1 - PO Box',
      'Address 1 - Extended Address',
      'Website 1 - Label',
    ],
  },
  {
    file: 'pipedrive.csv',
    mapped: {
      'Person - Name': 'fullName',
      'Person - First name': 'firstName',
      'Person - Last name': 'lastName',
      'Person - Organization': 'companyName',
      'Person - Labels': 'tags',
      'Person - Email - Work': 'email',
      'Person - Email - Home': 'email',
      'Person - Email - Other': 'email',
      'Person - Phone - Work': 'phone',
      'Person - Phone - Home': 'phone',
      'Person - Phone - Mobile': 'phone',
      'Person - Phone - Other': 'phone',
      'Person - Owner': 'owner',
    },
    unmapped: ['Person - ID', 'Person - Job title', 'Person - Marketing status'],
    // Broken on purpose: "555-01" is too short to be a phone number.
    losses: [{ row: 5, code: '1013', class: 'field-dropped' }],
  },
  {
    file: 'hubspot.csv',
    mapped: {
      'First Name': 'firstName',
      'Last Name': 'lastName',
      Email: 'email',
      'Phone Number': 'phone',
      'Mobile Phone Number': 'phone',
      'Street Address': 'address1',
      City: 'city',
      'State/Region': 'state',
      'Postal Code': 'postalCode',
      'Country/Region': 'country',
      'Company Name': 'companyName',
      'Website URL': 'website',
    },
    // HubSpot's Record ID is HubSpot's, not a HighLevel Contact ID; HighLevel has no lifecycle field.
    unmapped: ['Record ID', 'Job Title', 'Lifecycle Stage', 'Lead Status', 'Create Date'],
  },
  {
    file: 'outlook.csv',
    mapped: {
      'First Name': 'firstName',
      'Last Name': 'lastName',
      'E-mail Address': 'email',
      'E-mail 2 Address': 'email',
      'E-mail 3 Address': 'email',
      'Business Phone': 'phone',
      'Business Phone 2': 'phone',
      'Mobile Phone': 'phone',
      'Home Phone': 'phone',
      Company: 'companyName',
      'Business Street': 'address1',
      'Business City': 'city',
      'Business State': 'state',
      'Business Postal Code': 'postalCode',
      'Business Country/Region': 'country',
      'Web Page': 'website',
      Birthday: 'dateOfBirth',
      Categories: 'tags',
      Notes: 'notes',
    },
    // Outlook's Title is the salutation (Mr., Dr.).
    unmapped: ['Middle Name', 'Title', 'Suffix', 'Job Title'],
  },
  {
    file: 'salesforce.csv',
    mapped: {
      'First Name': 'firstName',
      'Last Name': 'lastName',
      'Account Name': 'companyName',
      'Mailing Street': 'address1',
      'Mailing City': 'city',
      'Mailing State/Province': 'state',
      'Mailing Zip/Postal Code': 'postalCode',
      'Mailing Country': 'country',
      Phone: 'phone',
      Mobile: 'phone',
      Email: 'email',
      'Lead Source': 'source',
      Birthdate: 'dateOfBirth',
      'Contact Owner': 'owner',
    },
    unmapped: ['Salutation', 'Title'],
  },
  {
    file: 'zoho.csv',
    mapped: {
      'First Name': 'firstName',
      'Last Name': 'lastName',
      'Account Name': 'companyName',
      Email: 'email',
      'Secondary Email': 'email',
      Phone: 'phone',
      Mobile: 'phone',
      'Mailing Street': 'address1',
      'Mailing City': 'city',
      'Mailing State': 'state',
      'Mailing Zip': 'postalCode',
      'Mailing Country': 'country',
      'Lead Source': 'source',
      'Date of Birth': 'dateOfBirth',
      Description: 'notes',
      Tag: 'tags',
    },
    unmapped: ['Title'],
  },
  {
    file: 'activecampaign.csv',
    mapped: {
      Email: 'email',
      'First Name': 'firstName',
      'Last Name': 'lastName',
      Phone: 'phone',
      Account: 'companyName',
      Tags: 'tags',
    },
    unmapped: ['Date Created', 'IP Address'],
  },
  {
    file: 'mailchimp.csv',
    mapped: {
      'Email Address': 'email',
      'First Name': 'firstName',
      'Last Name': 'lastName',
      Address: 'address1',
      'Phone Number': 'phone',
      Birthday: 'dateOfBirth',
      Company: 'companyName',
      TIMEZONE: 'timezone',
      REGION: 'state',
      NOTES: 'notes',
      TAGS: 'tags',
    },
    unmapped: [
      'MEMBER_RATING',
      'OPTIN_TIME',
      'OPTIN_IP',
      'CONFIRM_TIME',
      'CONFIRM_IP',
      'LATITUDE',
      'LONGITUDE',
      'GMTOFF',
      'DSTOFF',
      'CC',
      'LAST_CHANGED',
      'LEID',
      'EUID',
    ],
  },
  {
    file: 'keap.csv',
    mapped: {
      'First Name': 'firstName',
      'Last Name': 'lastName',
      Email: 'email',
      'Email Address 2': 'email',
      'Email Address 3': 'email',
      'Phone 1': 'phone',
      'Phone 2': 'phone',
      'Street Address 1': 'address1',
      City: 'city',
      State: 'state',
      'Postal Code': 'postalCode',
      Country: 'country',
      Company: 'companyName',
      Website: 'website',
      Birthday: 'dateOfBirth',
      Tags: 'tags',
      'Lead Source': 'source',
    },
    unmapped: [
      'Id',
      'Phone 1 Type',
      'Phone 2 Type',
      'Street Address 2',
      'Job Title',
      'Person Type',
    ],
  },
  {
    file: 'linkedin-connections.csv',
    mapped: {
      'First Name': 'firstName',
      'Last Name': 'lastName',
      URL: 'website',
      'Email Address': 'email',
      Company: 'companyName',
    },
    unmapped: ['Position', 'Connected On'],
    losses: [
      // The "Notes:" preamble: the original file would be read with "Notes:" as its header.
      { row: 1, code: 'PF05', class: 'file-blocked' },
      { row: 2, code: 'PF05', class: 'file-blocked' },
      // LinkedIn leaves most emails blank: with Email as the matching field, Ari's row is skipped.
      { row: 6, code: '1009', class: 'row-skipped' },
    ],
  },
];

describe.each(VENDORS)('$file', ({ file, mapped, unmapped, losses = [] }) => {
  const result = check(fixture(file));
  const mapping = result.report.file.mapping;

  it('maps every column as the export means it', () => {
    const byHeader = Object.fromEntries(mapping.map((column) => [column.header, column.field]));
    const nulls = Object.fromEntries(unmapped.map((header) => [header, null]));
    expect(byHeader).toEqual({ ...mapped, ...nulls });
  });

  it('loses nothing but the losses it was built with', () => {
    // PF07's classes are being reworked: second email and phone columns are its business.
    const found = result.report.issues
      .filter((issue) => issue.code !== 'PF07' && LOSSES.has(issue.class))
      .map(({ row, code, class: outcome }) => ({ row, code, class: outcome }));
    expect(found).toEqual(expect.arrayContaining(losses));
    expect(found).toHaveLength(losses.length);
  });

  it('calls no column with a HighLevel meaning unmapped', () => {
    const unmappedFound = issuesOf(result, 'PF06').map((issue) => issue.column);
    expect(unmappedFound.filter((column) => column !== null && column in mapped)).toEqual([]);
  });
});

describe('several values in one cell, as vendors join them', () => {
  /** The cell was split (PF07) and its pieces were not judged as one bad email or phone. */
  function expectSplit(file: string, row: number, column: string) {
    const result = check(fixture(file));
    const at = (code: string) =>
      issuesOf(result, code).filter((issue) => issue.row === row && issue.column === column);
    expect(at('PF07')).not.toEqual([]);
    expect([...at('1008'), ...at('1013')]).toEqual([]);
  }

  it("splits Google's ' ::: ' in email and phone cells", () => {
    expectSplit('google-contacts.csv', 3, 'E-mail 1 - Value');
    expectSplit('google-contacts.csv', 3, 'Phone 1 - Value');
  });

  it("splits Pipedrive's ', ' in email and phone cells", () => {
    expectSplit('pipedrive.csv', 3, 'Person - Email - Work');
    expectSplit('pipedrive.csv', 3, 'Person - Phone - Work');
  });
});

describe('spreadsheet saves', () => {
  it('reads a LinkedIn Connections.csv with its real header, below the "Notes:" preamble', () => {
    const result = check(fixture('linkedin-connections.csv'));
    expect(result.cleaned?.split('\r\n')[0]).toBe(
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    );
    expect(issuesOf(result, 'PF05').map((issue) => issue.reason)).toContain('rows-above-header');
  });

  it('reads a Google Sheets download below its title row', () => {
    const result = check(fixture('google-sheets-title.csv'));
    expect(result.cleaned?.split('\r\n')[0]).toBe('First Name,Last Name,Email,Phone,Company,Tags');
    expect(result.report.file.rows).toBe(2);
    // The blank line under the title goes with it: one finding.
    expect(issuesOf(result, 'PF05')).toMatchObject([{ reason: 'rows-above-header', row: 1 }]);
  });

  it('reads a European Excel save: byte-order mark, semicolons, accents, a comma in a value', () => {
    const result = check(fixture('excel-semicolon-bom.csv'));
    expect(result.report.file).toMatchObject({ encoding: 'utf-8', bom: true, delimiter: ';' });
    expect(result.report.summary.byCode).toEqual({ PF02: 1, PF03: 1 });
    expect(result.cleaned).toContain('Léa,Dubois,lea.dubois@example.com');
    expect(result.cleaned).toContain('"Dubois, Fils & Cie"');
    expect(result.cleaned).toContain('Jörg,Weiß');
  });
});
