import { defineCheck } from '../check';
import { NON_DIGITS, PHONE_CHARACTERS, PLAIN_NUMBER } from '../regexes';
import { spreadsheetSafe, startsLikeFormula } from '../values/formula';

function isPhoneLike(value: string): boolean {
  return PHONE_CHARACTERS.test(value) && value.replace(NON_DIGITS, '').length >= 7;
}

/** PF09: a text value a spreadsheet would run as a formula (CSV injection). Runs last. */
export default defineCheck('PF09', (run) => ({
  cell: {
    applies: (column) => column.kind !== 'phone',
    check(row, column, value) {
      if (!startsLikeFormula(value) || PLAIN_NUMBER.test(value) || isPhoneLike(value)) return;
      const fixed = spreadsheetSafe(value);
      run.set(row, column, 'PF09', fixed);
      run.report('PF09', 'formula', {
        row: row.number,
        column: column.header,
        value,
        fix: fixed,
        params: { first: value[0] ?? '' },
      });
    },
  },
}));
