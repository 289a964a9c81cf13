import { defineCheck } from '../check';
import { SAVE_AS_CSV, WORKBOOK_LABELS } from './shared/labels';

/** 1007: the file is empty, or is not a CSV file at all (a workbook, a PDF, an image, a zip). */
export default defineCheck('1007', (run) => ({
  file({ kind }) {
    if (kind.kind === 'empty') {
      run.report('1007', 'empty', { params: { detail: kind.detail } });
      return 'stop';
    }
    if (kind.kind === 'other') {
      run.report('1007', 'not-csv', { params: { kind: kind.label, hint: kind.hint } });
      return 'stop';
    }
    if (kind.kind === 'workbook' && (kind.sheets?.length ?? 1) < 2) {
      run.report('1007', 'not-csv', {
        params: { kind: WORKBOOK_LABELS[kind.format], hint: SAVE_AS_CSV },
      });
      return 'stop';
    }
  },
}));
