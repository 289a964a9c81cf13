import { defineCheck } from '../check';
import { countryName, fromCountry } from '../values/phone/elsewhere';

/** Phones without a country code: written neither with '+' nor with the international "00". */
const isUnprefixed = (value: string) => {
  const text = value.trim();
  return !text.startsWith('+') && !text.startsWith('00');
};

/**
 * 1013: a phone HighLevel cannot parse; the field arrives empty. Valid numbers are rewritten as
 * E.164, which HighLevel reads whatever the sub-account's country. A number valid in another
 * country is named with that country and the code to add; when most unprefixed numbers of the file
 * are from one other country, the file is offered the setting that reads them so (`phoneCountry`).
 */
export default defineCheck('1013', (run) => {
  let unprefixed = 0;
  /** Unprefixed numbers written as another country writes them, by that country. */
  const fromElsewhere = new Map<string, number>();
  return {
    cell: {
      applies: (column) => column.kind === 'phone' && !column.extra,
      check(row, column, value) {
        const verdict = run.phone.judge(value);
        if (isUnprefixed(value) && verdict.status !== 'scientific') unprefixed++;
        if (verdict.status === 'valid') {
          run.set(row, column, '1013', verdict.e164);
          return;
        }
        if (verdict.status === 'other-country' && verdict.written === 'national') {
          fromElsewhere.set(verdict.region, (fromElsewhere.get(verdict.region) ?? 0) + 1);
        }
        // Scientific notation is PF10's; an invalid matching value skips the row (1004).
        if (verdict.status === 'scientific' || verdict.status === 'empty') return;
        if (run.matchingColumn(row) === column) return;
        const details = { row: row.number, column: column.header, value, fix: '' };
        const country = countryName(run.phone.country);
        run.set(row, column, '1013', '');
        if (verdict.status === 'other-country') {
          const { e164, region, callingCode, written } = verdict;
          run.report('1013', written === 'national' ? 'other-country' : 'missing-plus', {
            ...details,
            params: { country, region: fromCountry(region), code: callingCode, suggestion: e164 },
          });
        } else {
          run.report('1013', 'invalid', { ...details, params: { country, why: verdict.reason } });
        }
      },
    },
    finish() {
      const phone = run.columnOf('phone');
      const [region, count] = [...fromElsewhere].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
      if (!phone || count < 2 || count * 2 <= unprefixed) return;
      run.report('1013', 'file-country', {
        column: phone.header,
        params: {
          count,
          total: unprefixed,
          home: fromCountry(run.phone.country),
          region: fromCountry(region),
          offer: region,
        },
      });
    },
  };
});
