import { defineCheck } from '../check';
import { emptyKey, hintKey } from '../highlevel/file-kinds';

/** 1007: the file is empty, or is not a CSV file at all (a workbook, a PDF, an image, a zip). */
export default defineCheck('1007', (run) => ({
  file({ kind }) {
    if (kind.kind === 'empty') {
      run.report('1007', 'empty', { params: { detail: emptyKey(kind), bytes: kind.bytes } });
      return 'stop';
    }
    if (kind.kind === 'other' || (kind.kind === 'workbook' && (kind.sheets?.length ?? 1) < 2)) {
      run.report('1007', 'not-csv', {
        params: {
          kind: kind.format,
          hint: hintKey(kind),
          csv: kind.kind === 'other' ? (kind.csv ?? '') : '',
        },
      });
      return 'stop';
    }
  },
}));
