import { defineCheck } from '../check';
import { DATE_FORMATS, type DateFormat } from '../settings';
import { parsesAs } from '../values/date';

/** PF14: a date column that reads entirely in another format than the one chosen for the import. */
export default defineCheck('PF14', (run) => {
  const stats = new Map<number, { values: number; fits: Record<DateFormat, number> }>();
  return {
    cell: {
      applies: (column) => column.kind === 'date',
      check(_row, column, value) {
        let entry = stats.get(column.index);
        if (!entry) {
          entry = { values: 0, fits: { 'MM/DD/YYYY': 0, 'DD/MM/YYYY': 0, 'YYYY/MM/DD': 0 } };
          stats.set(column.index, entry);
        }
        entry.values++;
        for (const format of DATE_FORMATS) if (parsesAs(value, format)) entry.fits[format]++;
      },
    },
    finish() {
      const chosen = run.settings.dateFormat;
      for (const [index, { values, fits }] of stats) {
        if (fits[chosen] === values) continue;
        const better = DATE_FORMATS.find((f) => f !== chosen && fits[f] === values);
        if (!better) continue;
        run.report('PF14', 'other-format', {
          column: run.columns[index]?.header ?? null,
          params: { suggestion: better, format: chosen, count: values - fits[chosen] },
        });
      }
    },
  };
});
