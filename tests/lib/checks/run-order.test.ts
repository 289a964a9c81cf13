import { describe, expect, it } from 'vitest';
import type { Check, Run } from '../../../lib/check';
import { CHECKS, RUN_ORDER } from '../../../lib/checks';
import type { Code } from '../../../lib/highlevel/codes';
import { defaultSettings } from '../../../lib/settings';

/** A run that is never called: enough to see which hooks each check has. */
const idle = { settings: defaultSettings(), columns: [], fixes: () => true } as unknown as Run;

/** Every way `checks` breaks RUN_ORDER, or PF09 not being the last to look at cells. */
function orderBreaches(checks: readonly Check[]): string[] {
  const at = (code: Code) => checks.findIndex((check) => check.code === code);
  const breaches = RUN_ORDER.flatMap(({ first, before, why }) =>
    before
      .filter((then) => at(first) < 0 || at(then) < at(first))
      .map((then) => `${first} before ${then}: ${why}`),
  );
  const lastCellChecker = checks.filter((check) => check.create(idle).cell).at(-1);
  if (lastCellChecker?.code !== 'PF09') {
    breaches.push(`PF09 must be the last check on cells, not ${lastCellChecker?.code}`);
  }
  return breaches;
}

function moved(code: Code, after: Code): Check[] {
  const rest = CHECKS.filter((check) => check.code !== code);
  const index = rest.findIndex((check) => check.code === after);
  const check = CHECKS.find((c) => c.code === code)!;
  return [...rest.slice(0, index + 1), check, ...rest.slice(index + 1)];
}

describe('the run order', () => {
  it('keeps every rule of RUN_ORDER, and ends the cell checks with PF09', () => {
    expect(orderBreaches(CHECKS)).toEqual([]);
  });

  it('would catch a check moved out of its place', () => {
    expect(orderBreaches(moved('PF14', '1014'))).toEqual([
      'PF14 before 1014: PF14 sees the dates as written before 1014 rewrites them',
    ]);
    expect(orderBreaches(moved('1008', 'PF09'))).toEqual([
      'PF09 must be the last check on cells, not 1008',
    ]);
    expect(orderBreaches(moved('PF07', '1013'))).toEqual([
      'PF07 before 1008: PF07 splits a cell of several values before 1008 and 1013 judge what is left',
      'PF07 before 1013: PF07 splits a cell of several values before 1008 and 1013 judge what is left',
    ]);
  });
});
