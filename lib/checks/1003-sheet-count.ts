import { defineCheck } from '../check';

/** 1003: a workbook with more than one sheet (a one-sheet workbook is a 1007). */
export default defineCheck('1003', (run) => ({
  file({ kind }) {
    if (kind.kind !== 'workbook' || !kind.sheets || kind.sheets.length < 2) return;
    run.report('1003', 'sheets', {
      params: {
        kind: kind.format,
        count: kind.sheets.length,
        sheets: kind.sheets.join(', '),
      },
    });
    return 'stop';
  },
}));
