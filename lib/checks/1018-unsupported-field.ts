import { defineCheck } from '../check';

/** 1018: a column mapped to a custom field type import cannot fill (file upload, signature). */
export default defineCheck('1018', (run) => ({
  header() {
    for (const column of run.columns) {
      if (column.kind !== 'unsupported') continue;
      run.dropColumn(column);
      run.report('1018', 'unsupported', {
        column: column.header,
        fix: '',
        params: { type: column.customField?.type ?? '' },
      });
    }
  },
}));
