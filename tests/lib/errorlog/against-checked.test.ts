import { describe, expect, it } from 'vitest';
import { explainAgainstBest, explainAgainstChecked, explainErrorLog } from '../../../lib/errorlog';
import type { CheckedOriginal } from '../../../lib/errorlog/retry';
import { parseSettings } from '../../../lib/settings';
import { check, phoneMetadata } from '../../helpers';
import { encode, ORIGINAL } from './fixtures';

describe('explainAgainstChecked', () => {
  it('explains against a kept report exactly as against the file it was made of', () => {
    const parsed = parseSettings({ dateFormat: 'MM/DD/YYYY' });
    if (!parsed.ok) throw new Error('settings');
    const log = encode('Email,Error\ncy@example.com,1014\nflo@example.com,1020\nzed@x.com,1008\n');
    const deps = { phoneMetadata };
    const { report, rows, firstRowNumber } = check(ORIGINAL, { dateFormat: 'MM/DD/YYYY' });
    // A kept report crosses JSON: what it holds is what the history gives back.
    const kept = JSON.parse(JSON.stringify({ report, rows, firstRowNumber })) as CheckedOriginal;
    expect(explainAgainstChecked(log, kept, parsed.settings, deps)).toEqual(
      explainErrorLog(
        log,
        { name: 'original.csv', bytes: encode(ORIGINAL) },
        parsed.settings,
        deps,
      ),
    );
  });
});

describe('explainAgainstBest', () => {
  const kept = (text: string) => {
    const { report, rows, firstRowNumber } = check(text);
    return { report, rows, firstRowNumber };
  };
  const other = kept('Email\nsomeone@example.org\n');
  const log = encode('Email,Error\ncy@example.com,1014\nflo@example.com,1020\n');

  it('takes the kept report that holds most of the log for the original', () => {
    const result = explainAgainstBest(log, [other, kept(ORIGINAL)], { phoneMetadata });
    expect(result).toMatchObject({ ok: true, chosen: 1 });
    expect(result.ok && result.original?.matching.matches).toHaveLength(2);
  });

  it('explains the log alone when no kept report holds half of it', () => {
    expect(explainAgainstBest(log, [other], { phoneMetadata })).toMatchObject({
      ok: true,
      chosen: null,
      original: null,
    });
  });
});
