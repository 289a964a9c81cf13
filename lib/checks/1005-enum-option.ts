import { defineCheck } from '../check';
import { isEnumColumn, matchCell } from './shared/enum';

/** 1005: a dropdown/radio/checkbox/multi-select value that is not one of the field's options. */
export default defineCheck('1005', (run) => ({
  cell: {
    applies: isEnumColumn,
    check(row, column, value) {
      const parts = matchCell(column, value);
      const details = { row: row.number, column: column.header };
      const options = column.customField?.options ?? [];
      const kept: string[] = [];
      for (const { part, match } of parts) {
        if (match.status === 'near') {
          kept.push(match.option);
          run.report('1005', 'near-match', { ...details, value: part, fix: match.option });
        } else if (match.status === 'none') {
          run.report('1005', 'no-match', {
            ...details,
            value: part,
            fix: '',
            params: {
              options,
              optionList: options.length > 0 ? 'some' : 'none',
              ...(match.closest ? { hint: 'closest', closest: match.closest } : { hint: 'none' }),
            },
          });
        } else kept.push(part);
      }
      const fixed = kept.join(', ');
      if (fixed !== parts.map((p) => p.part).join(', ')) run.set(row, column, '1005', fixed);
    },
  },
}));
