import { describe, expect, it } from 'vitest';
import { explainAgainstChecked, explainErrorLog } from '../../../lib/errorlog';
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
