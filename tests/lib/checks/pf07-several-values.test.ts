import { describe, expect, it } from 'vitest';
import { check, cleanedRows, csv, issuesOf } from '../../helpers';

const EXTRA_ROWS = { severalValues: 'extra-rows' } as const;

describe('PF07 several values in one cell, into Additional columns (the default)', () => {
  it('moves a second phone column into Additional Phones of the same row', () => {
    const result = check(
      csv(
        'First Name,Phone 1,Phone 2,Email',
        'Josephine,810-292 9388,810-374-9840,josephine_darakjy@darakjy.org',
      ),
    );
    // One finding for the column, however many rows it moves.
    expect(issuesOf(result, 'PF07')).toMatchObject([
      { row: null, reason: 'second-column', column: 'Phone 2', fix: 'Additional Phones' },
    ]);
    expect(cleanedRows(result)).toEqual([
      ['First Name', 'Phone 1', 'Email', 'Additional Phones'],
      ['Josephine', '+18102929388', 'josephine_darakjy@darakjy.org', '+18103749840'],
    ]);
  });

  it('with moving turned off, keeps a second phone column as it is and says HighLevel drops it', () => {
    const file = csv('First Name,Phone 1,Phone 2', 'Josephine,810-292 9388,810-374-9840');
    const result = check(file, { fixes: { off: ['severalValues'] } });
    expect(issuesOf(result, 'PF07')).toMatchObject([
      { row: null, reason: 'second-column-kept', class: 'field-dropped', column: 'Phone 2' },
    ]);
    expect(cleanedRows(result)).toEqual([
      ['First Name', 'Phone 1', 'Phone 2'],
      ['Josephine', '+18102929388', '810-374-9840'],
    ]);
  });

  it('keeps one row for several addresses and numbers in one cell, whatever the matching', () => {
    const result = check(
      csv(
        'First Name,Email,Phone',
        'Jack,"jack@ortiz.example.com ::: jo@ortiz.example.com; j@x.example.com","(419) 503-2484 / (419) 800-6759"',
        'Ann,ann@example.com,',
      ),
    );
    expect(issuesOf(result, 'PF07').map((i) => i.reason)).toEqual(['email-cell', 'phone-cell']);
    expect(cleanedRows(result)).toEqual([
      ['First Name', 'Email', 'Phone', 'Additional Emails', 'Additional Phones'],
      [
        'Jack',
        'jack@ortiz.example.com',
        '+14195032484',
        'jo@ortiz.example.com, j@x.example.com',
        '+14198006759',
      ],
      ['Ann', 'ann@example.com', '', '', ''],
    ]);
    expect(result.report.issues.filter((i) => i.class === 'row-skipped' && !i.fix)).toEqual([]);
  });

  it("reads the file's own Additional columns: normalises them, names invalid values, drops repeats", () => {
    const result = check(
      csv(
        'First Name,Email,Additional Emails,Phone,Email 2',
        'Ann,ann@example.com,"ANN@example.com, b@example.com; nope",2025550147,c@example.com',
      ),
    );
    expect(issuesOf(result, 'PF07')).toMatchObject([
      { reason: 'piece-invalid', column: 'Additional Emails', value: 'nope', fix: '' },
      { reason: 'second-column', column: 'Email 2', fix: 'Additional Emails' },
    ]);
    expect(cleanedRows(result)).toEqual([
      ['First Name', 'Email', 'Additional Emails', 'Phone'],
      ['Ann', 'ann@example.com', 'b@example.com, c@example.com', '+12025550147'],
    ]);
  });

  it('fills an empty Email from Additional Emails, as HighLevel does', () => {
    const result = check(
      csv('First Name,Email,Additional Emails', 'Ann,,"a@example.com, b@example.com"'),
    );
    expect(issuesOf(result, 'PF07')).toMatchObject([
      { reason: 'extra-fills-main', column: 'Additional Emails', fix: 'a@example.com' },
    ]);
    expect(cleanedRows(result).slice(1)).toEqual([['Ann', 'a@example.com', 'b@example.com']]);
  });

  it('names the values past the ten HighLevel keeps beside the main one', () => {
    const phones = Array.from(
      { length: 12 },
      (_, i) => `+1202555${String(140 + i).padStart(4, '0')}`,
    );
    const result = check(csv('First Name,Phone', `Ann,"${phones.join(' / ')}"`));
    expect(issuesOf(result, 'PF07')).toMatchObject([
      { reason: 'phone-cell', params: { count: 12 } },
      { reason: 'too-many', value: phones[11], fix: '' },
    ]);
    expect(cleanedRows(result)[1]?.[2]?.split(', ')).toHaveLength(10);
  });
});

describe("PF07 several values in one cell, into extra rows (the seed FAQ's way)", () => {
  it("splits a second phone column into an extra row, as HighLevel's FAQ shows", () => {
    // The FAQ's own example: Josephine with two phone columns.
    const result = check(
      csv(
        'First Name,Phone 1,Phone 2,Email',
        'Josephine,810-292 9388,810-374-9840,josephine_darakjy@darakjy.org',
      ),
      // HighLevel matches the extra row on its phone: without that, it would be skipped (1009).
      { secondary: 'phone', ...EXTRA_ROWS },
    );
    expect(issuesOf(result, 'PF07')).toMatchObject([
      { row: 2, reason: 'extra-column', column: 'Phone 2', class: 'field-dropped' },
    ]);
    expect(cleanedRows(result)).toEqual([
      ['First Name', 'Phone 1', 'Email'],
      ['Josephine', '+18102929388', 'josephine_darakjy@darakjy.org'],
      ['Josephine', '+18103749840', ''],
    ]);
  });

  it('splits two numbers in one phone cell', () => {
    const result = check(
      csv('First Name,Phone,Email', 'Simona,(419) 503-2484 / (419) 800-6759,simona@morasca.com'),
      { secondary: 'phone', ...EXTRA_ROWS },
    );
    expect(issuesOf(result, 'PF07')).toMatchObject([
      { row: 2, reason: 'phone-cell', class: 'field-dropped', fix: '(419) 503-2484' },
    ]);
    expect(cleanedRows(result).slice(1)).toEqual([
      ['Simona', '+14195032484', 'simona@morasca.com'],
      ['Simona', '+14198006759', ''],
    ]);
  });

  it('splits two addresses in one email cell, keeping the row', () => {
    const result = check(
      csv(
        'First Name,Email,Phone',
        'Jack,jack@ortiz.example.com; jo@ortiz.example.com,(202) 555-0194',
      ),
      EXTRA_ROWS,
    );
    expect(issuesOf(result, 'PF07')).toMatchObject([
      { row: 2, reason: 'email-cell', class: 'row-skipped', fix: 'jack@ortiz.example.com' },
    ]);
    expect(result.rejected).toBeNull();
    expect(cleanedRows(result).slice(1)).toEqual([
      ['Jack', 'jack@ortiz.example.com', '+12025550194'],
      ['Jack', 'jo@ortiz.example.com', ''],
    ]);
  });

  it('drops a second phone column that holds no valid number, making no extra row', () => {
    const result = check(
      csv('First Name,Phone,Mobile Phone,Email', 'Lenna,(907) 385-4412,n/a,lenna@paprocki.com'),
      { mapping: { 'Mobile Phone': 'phone' } },
    );
    expect(issuesOf(result, 'PF07')).toMatchObject([
      {
        row: 2,
        reason: 'extra-invalid',
        class: 'field-dropped',
        column: 'Mobile Phone',
        value: 'n/a',
        fix: '',
      },
    ]);
    expect(cleanedRows(result)).toEqual([
      ['First Name', 'Phone', 'Email'],
      ['Lenna', '+19073854412', 'lenna@paprocki.com'],
    ]);
  });

  it('names an extra phone HighLevel could not match an extra row on, instead of moving it', () => {
    const result = check(
      csv('First Name,Phone 1,Phone 2,Email', 'Josephine,810-292 9388,810-374-9840,jo@darakjy.org'),
      EXTRA_ROWS,
    );
    expect(issuesOf(result, 'PF07')).toMatchObject([
      { row: 2, reason: 'extra-not-matching', column: 'Phone 2', value: '810-374-9840', fix: '' },
    ]);
    expect(cleanedRows(result).slice(1)).toEqual([['Josephine', '+18102929388', 'jo@darakjy.org']]);
  });

  it("moves an extra phone into an empty main phone: a contact's only number stays on its row", () => {
    const result = check(csv('First Name,Phone 1,Phone 2,Email', 'Lenna,,907.385.4412,l@p.com'));
    expect(issuesOf(result, 'PF07')).toMatchObject([
      { row: 2, reason: 'extra-fills-main', class: 'notice', fix: '+19073854412' },
    ]);
    expect(cleanedRows(result).slice(1)).toEqual([['Lenna', '+19073854412', 'l@p.com']]);
  });

  it('names an invalid address among several in one cell', () => {
    const result = check(csv('First Name,Email', 'Jack,jack@ortiz.example.com; jo@@ortiz'));
    expect(issuesOf(result, 'PF07')).toMatchObject([
      { reason: 'email-cell', value: 'jack@ortiz.example.com; jo@@ortiz' },
      { reason: 'piece-invalid', value: 'jo@@ortiz', fix: '' },
    ]);
    expect(cleanedRows(result).slice(1)).toEqual([['Jack', 'jack@ortiz.example.com']]);
  });

  it('leaves tags, which HighLevel reads as one comma-separated cell, alone', () => {
    const result = check(csv('Email,Tags', 'a@example.com,"VIP, Lead"'));
    expect(issuesOf(result, 'PF07')).toEqual([]);
  });
});
