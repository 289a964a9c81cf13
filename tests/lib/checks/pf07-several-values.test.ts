import { describe, expect, it } from 'vitest';
import { check, cleanedRows, csv, issuesOf } from '../../helpers';

describe('PF07 several values in one cell', () => {
  it("splits a second phone column into an extra row, as HighLevel's FAQ shows", () => {
    // The FAQ's own example: Josephine with two phone columns.
    const result = check(
      csv(
        'First Name,Phone 1,Phone 2,Email',
        'Josephine,810-292 9388,810-374-9840,josephine_darakjy@darakjy.org',
      ),
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

  it('leaves tags, which HighLevel reads as one comma-separated cell, alone', () => {
    const result = check(csv('Email,Tags', 'a@example.com,"VIP, Lead"'));
    expect(issuesOf(result, 'PF07')).toEqual([]);
  });
});
