import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, cleanedRows, issuesOf } from './helpers';

const sample = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../assets/samples/${name}`, import.meta.url)));
const settings = JSON.parse(
  readFileSync(new URL('../assets/samples/settings.example.json', import.meta.url), 'utf8'),
);
const codes = (name: string, withSettings = false) =>
  check(sample(name), withSettings ? settings : {}).report.summary.byCode;

describe('the shipped samples', () => {
  it('clean-contacts.csv raises no alarm at all, with or without settings', () => {
    expect(codes('clean-contacts.csv')).toEqual({});
    expect(codes('clean-contacts.csv', true)).toEqual({});
  });

  it('keap-export.csv shows the Keap problems the FAQ describes', () => {
    const result = check(sample('keap-export.csv'));
    expect(result.report.summary.byCode).toMatchObject({
      '1008': 3,
      '1011': 2,
      '1014': 3,
      // Two numbers in one cell, and the Phone 2 column: both go to Additional Phones.
      PF07: 2,
      PF10: 2,
      PF09: 1,
    });
    expect(result.cleaned).toContain('+18102929388');
    expect(result.cleaned).not.toContain('(810) 292-9388');
    expect(cleanedRows(result)[0]).toContain('Additional Phones');
  });

  it('google-contacts.csv maps a Google Contacts export and splits its " ::: " values', () => {
    const result = check(sample('google-contacts.csv'));
    const fieldOf = new Map(result.report.file.mapping.map((c) => [c.header, c.field]));
    expect(fieldOf.get('E-mail 1 - Value')).toBe('email');
    expect(fieldOf.get('Phone 1 - Value')).toBe('phone');
    expect(fieldOf.get('Organization 1 - Name')).toBe('companyName');
    expect(fieldOf.get('E-mail 1 - Type')).toBeNull();
    expect(result.report.summary.fileBlocked).toBe(false);
    // An address without its domain, an ISO birthday, and a birthday without a year.
    expect(result.report.summary.byCode).toMatchObject({ '1008': 1, '1014': 2 });
    expect(issuesOf(result, 'PF07').map((i) => i.row)).toContain(3);
    expect(result.cleaned).toContain('+12025550161');
    expect(result.cleaned).toContain('05/17/1990');
  });

  it('semicolon-export.csv is read as semicolons, with its German headers mapped', () => {
    const result = check(sample('semicolon-export.csv'));
    expect(result.report.file).toMatchObject({ delimiter: ';', rows: 5 });
    expect(issuesOf(result, 'PF06').map((i) => i.column)).toEqual(['Umsatz']);
    expect(issuesOf(result, 'PF14')).toHaveLength(1);
  });

  it('windows-1252.csv keeps its accents and smart quotes', () => {
    const result = check(sample('windows-1252.csv'));
    expect(result.report.file.encoding).toBe('windows-1252');
    expect(result.cleaned).toContain('Café “La Esquina”');
    expect(result.cleaned).toContain('Renée,Ångström');
  });

  it('duplicates.csv finds duplicates hidden by case and phone format', () => {
    expect(codes('duplicates.csv')['1011']).toBe(4);
    expect(codes('duplicates.csv', true)).toMatchObject({ '1011': 4, '1005': 7 });
  });

  it('damaged.csv reports each kind of damage', () => {
    expect(codes('damaged.csv')).toEqual({ PF04: 2, PF07: 1, PF08: 2, PF09: 1, PF13: 1 });
  });
});
