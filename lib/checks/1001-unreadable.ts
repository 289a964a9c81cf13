import { defineCheck } from '../check';
import { binaryParams } from '../highlevel/file-kinds';

/** 1001: the bytes are not text at all, or no row of the text can serve as a header. */
export default defineCheck('1001', (run) => ({
  file(stage) {
    if (stage.kind.kind !== 'binary') return;
    run.report('1001', 'binary', { params: binaryParams(stage.kind) });
    return 'stop';
  },
  finish() {
    if (run.columns.length === 0) run.report('1001', 'no-header', {});
  },
}));
