import { describe, expect, it } from 'vitest';
import { cleanedRows, csv, issuesOf, rejectedText } from '../../helpers';
import { checkWithInvariant } from './invariant';
import { partTexts } from '../../../lib/write';

/** The cases of the data-loss issue: each loses a value or leaves the cleaned file unclean. */
/** The seed FAQ's way with several values: the cases below were found with it. */
const EXTRA_ROWS = { severalValues: 'extra-rows' } as const;

describe('nothing is lost: the reported cases', () => {
  it('a title row above the header keeps every column', () => {
    const { result, breaches } = checkWithInvariant(
      csv(
        'Expo Leads – March 2024,,,,,',
        'Name,Email,Phone,Company,Notes,Tags',
        'Ann Lee,ann@example.com,(810) 292-9388,Acme,Met at booth 4,expo',
      ),
    );
    expect(breaches).toEqual([]);
    expect(cleanedRows(result)[1]).toEqual([
      'Ann Lee',
      'ann@example.com',
      '+18102929388',
      'Acme',
      'Met at booth 4',
      'expo',
    ]);
    expect(issuesOf(result, 'PF05')).toMatchObject([
      {
        reason: 'rows-above-header',
        row: 1,
        value: 'Expo Leads – March 2024',
        params: { line: 1, header: 2 },
      },
    ]);
  });

  it('an extra phone makes no row HighLevel cannot match; it fills an empty main phone', () => {
    const { result, breaches } = checkWithInvariant(
      csv(
        'First Name,Email,Phone 1,Phone 2',
        'Ann,ann@example.com,(810) 292-9388,(810) 374-9840',
        'Bob,bob@example.com,,(504) 621-8927',
      ),
      EXTRA_ROWS,
    );
    expect(breaches).toEqual([]);
    expect(cleanedRows(result).slice(1)).toEqual([
      ['Ann', 'ann@example.com', '+18102929388'],
      ['Bob', 'bob@example.com', '+15046218927'],
    ]);
    expect(issuesOf(result, 'PF07').map((i) => i.reason)).toEqual([
      'extra-not-matching',
      'extra-fills-main',
    ]);
  });

  it('an extra phone still makes a row when phone is a matching column', () => {
    const { result, breaches } = checkWithInvariant(
      csv('First Name,Email,Phone 1,Phone 2', 'Ann,ann@example.com,(810) 292-9388,(810) 374-9840'),
      { secondary: 'phone', ...EXTRA_ROWS },
    );
    expect(breaches).toEqual([]);
    expect(cleanedRows(result).slice(1)).toEqual([
      ['Ann', 'ann@example.com', '+18102929388'],
      ['Ann', '', '+18103749840'],
    ]);
  });

  it('" ::: " separates two valid numbers (Google contacts)', () => {
    const { result, breaches } = checkWithInvariant(
      csv('First Name,Phone', 'Ann,+1 810-292-9388 ::: +1 504-621-8927'),
      { primary: 'phone', ...EXTRA_ROWS },
    );
    expect(breaches).toEqual([]);
    expect(issuesOf(result, '1013')).toEqual([]);
    expect(cleanedRows(result).slice(1)).toEqual([
      ['Ann', '+18102929388'],
      ['Ann', '+15046218927'],
    ]);
  });

  it('a file-upload custom field column drops only that column', () => {
    const { result, breaches } = checkWithInvariant(
      csv('First Name,Email,Contract', 'Ann,ann@example.com,contract.pdf'),
      { customFields: [{ name: 'Contract', type: 'file' }] },
    );
    expect(breaches).toEqual([]);
    expect(issuesOf(result, '1018')).toMatchObject([
      { reason: 'unsupported', class: 'field-dropped' },
    ]);
    expect(result.report.summary.fileBlocked).toBe(false);
    expect(cleanedRows(result)).toEqual([
      ['First Name', 'Email'],
      ['Ann', 'ann@example.com'],
    ]);
  });

  it('a repeated Contact ID is 1012 only, not 1011 as well', () => {
    const { result } = checkWithInvariant(
      csv(
        'Contact Id,First Name,Email',
        'abc123,Ann,ann@example.com',
        'abc123,Ann,ann@example.com',
      ),
    );
    expect(issuesOf(result, '1012').map((i) => i.reason)).toEqual(['duplicate', 'duplicate']);
    expect(issuesOf(result, '1011')).toEqual([]);
  });

  it("PF01's part count is the number of parts written", () => {
    const { result, breaches } = checkWithInvariant(
      csv(
        'First Name,Email',
        'A,a1@example.com; a2@example.com',
        'B,b1@example.com; b2@example.com',
        'C,c1@example.com; c2@example.com',
        'D,d1@example.com',
      ),
      { limits: { maxRows: 2 }, ...EXTRA_ROWS },
    );
    expect(breaches).toEqual([]);
    expect(partTexts(result)).toHaveLength(4);
    expect(issuesOf(result, 'PF01')).toMatchObject([{ reason: 'rows', params: { parts: 4 } }]);
  });

  it('a split on a row that is then rejected keeps the extra address', () => {
    const { result, breaches } = checkWithInvariant(
      csv(
        'Contact Id,First Name,Email',
        'abc123,Ann,ann@example.com; ann.lee@example.org',
        'abc123,Ann B,annb@example.com',
      ),
      EXTRA_ROWS,
    );
    expect(breaches).toEqual([]);
    expect(rejectedText(result)).toContain('ann.lee@example.org');
  });

  it('a merge chain keeps the last row of the chain', () => {
    const { result, breaches } = checkWithInvariant(
      csv(
        'Contact Id,First Name,Email,Notes',
        'abc123,Ann,ann@example.com,first',
        'abc123,Ann,ann.lee@example.org,second',
        ',Ann,ann.lee@example.org,only on row four',
      ),
      { fixes: { mergeDuplicates: true } },
    );
    expect(breaches).toEqual([]);
    expect(result.cleaned).toContain('only on row four');
  });

  it('a line break inside a quoted note is kept as found, in a file of mixed line endings', () => {
    const { result, breaches } = checkWithInvariant(
      'First Name,Email,Notes\r\nAnn,ann@example.com,"line one\r\nline two"\nBob,bob@example.com,x\n',
    );
    expect(breaches).toEqual([]);
    expect(result.cleaned).toContain('"line one\r\nline two"');
  });

  it('1021 does not count an extra email column that PF07 drops', () => {
    const { result, breaches } = checkWithInvariant(
      csv('Email,Email 2,Company', ',ann@example.com,Acme', 'bob@example.com,,Beta'),
      EXTRA_ROWS,
    );
    expect(breaches).toEqual([]);
    expect(cleanedRows(result).slice(1)).toEqual([
      ['ann@example.com', 'Acme'],
      ['bob@example.com', 'Beta'],
    ]);
  });

  it('extra rows are built from the fixed values of their source row', () => {
    const { result, breaches } = checkWithInvariant(
      csv('Email,First Name', 'ann@example.com; ann.lee@example.org, Ann\u200b '),
      EXTRA_ROWS,
    );
    expect(breaches).toEqual([]);
    expect(cleanedRows(result).slice(1)).toEqual([
      ['ann@example.com', 'Ann'],
      ['ann.lee@example.org', 'Ann'],
    ]);
  });
});
