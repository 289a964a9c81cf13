import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../helpers';

const dir = new URL('../fixtures/crm-exports/', import.meta.url);
const read = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));
const exports = readdirSync(dir).filter((f) => f.endsWith('.csv') && !f.startsWith('suitecrm'));

/** Problems these real exports really have, found by reading them; anything else is a false alarm. */
const REAL_PROBLEMS: Record<string, [string, number | null][]> = {
  'subscribers.csv': [
    ['1008', 5], // "Bob.Something@adv": no top-level domain
    ['1008', 10], // "albert.a.dum": no @
  ],
  'malformed.csv': [['PF04', 2]], // a row wider than its header
  'example.csv': [['1009', null]], // a user list without any email column
};

describe('real CRM and newsletter exports', () => {
  it.each(exports)('%s: only its real problems are more than notices', (name) => {
    const result = check(read(name));
    const alarms = result.report.issues
      .filter((i) => i.class !== 'notice')
      .map((i) => [i.code, i.row]);
    expect(alarms).toEqual(REAL_PROBLEMS[name] ?? []);
  });

  it('maps a Mailchimp audience export', () => {
    const { mapping } = check(read('subscribed.csv')).report.file;
    const mapped = Object.fromEntries(
      mapping.filter((m) => m.field).map((m) => [m.header, m.field]),
    );
    expect(mapped).toEqual({
      'Email Address': 'email',
      'First Name': 'firstName',
      'Last Name': 'lastName',
      Company: 'companyName',
      'ZIP Code': 'postalCode',
      TIMEZONE: 'timezone',
      REGION: 'state',
      NOTES: 'notes',
      TAGS: 'tags',
    });
  });

  it('trims the padded names of a Substack export', () => {
    const result = check(read('fixtures_signup_emails.csv'));
    expect(result.cleaned).not.toMatch(/, | {2}/);
  });
});
