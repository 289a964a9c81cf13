import { describe, expect, it } from 'vitest';
import { explainLog, rowOutcome } from '../../../lib/errorlog/explain';
import { readErrorLog } from '../../../lib/errorlog/read-log';
import { ERROR_LOG, type HighLevelCode } from '../../../lib/highlevel/error-log';

function explain(text: string) {
  const result = readErrorLog(new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.message);
  return explainLog(result.log);
}

describe('explainLog', () => {
  it('explains each code once, in code order, with its rows', () => {
    const explained = explain('Row,Error\n4,1013\n2,1008\n9,1013 | 1014\n');
    expect(explained.codes.map(({ code, count, lines }) => ({ code, count, lines }))).toEqual([
      { code: '1008', count: 1, lines: [3] },
      { code: '1013', count: 2, lines: [2, 4] },
      { code: '1014', count: 1, lines: [4] },
    ]);
    expect(explained.codes[1]).toMatchObject({
      name: 'Could not parse the phone number',
      outcome: 'field-lost',
      predictable: true,
      meaning: expect.stringContaining('imported without it'),
    });
  });

  it('counts each row once, by what decides most about its next import', () => {
    const explained = explain('Error\n1008\n1013\n1013;1009\n1011\n1011;1014\n1003\n');
    expect(explained.rows).toBe(6);
    expect(explained.byOutcome).toEqual({
      'nothing-imported': 1,
      'not-imported': 2,
      'field-lost': 2,
      'check-it': 1,
    });
  });

  it('says what Preflight cannot see coming: failures inside HighLevel', () => {
    const explained = explain('Error\nFailed to create a contact\nContact was not found\n');
    expect(explained.codes.map(({ code, predictable }) => [code, predictable])).toEqual([
      ['1020', false],
      ['1022', false],
    ]);
  });

  it('orders outcomes so that a row not imported is never counted as only losing a field', () => {
    expect(rowOutcome(['1013', '1008'])).toBe('not-imported');
    expect(rowOutcome(['1024', '1015'])).toBe('field-lost');
    expect(rowOutcome(['1024'])).toBe('check-it');
  });
});

describe('every code of the article', () => {
  it('is explained, by number or by name, with what it means, what to do and what became of the row', () => {
    const codes = Object.keys(ERROR_LOG) as HighLevelCode[];
    const log = [
      'Row,Error',
      ...codes.map((code, i) => `${i + 2},${i % 2 ? code : `"${ERROR_LOG[code].names[0]}"`}`),
    ];
    const explained = explain(`${log.join('\n')}\n`);
    expect(explained.codes.map(({ code }) => code)).toEqual(codes);
    for (const code of explained.codes) {
      expect(code).toMatchObject({
        count: 1,
        meaning: expect.any(String),
        todo: expect.any(String),
      });
      expect(code.meaning.length * code.todo.length).toBeGreaterThan(0);
    }
    expect(Object.values(explained.byOutcome).reduce((a, b) => a + b)).toBe(24);
  });
});
