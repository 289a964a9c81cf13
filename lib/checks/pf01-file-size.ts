import { defineCheck } from '../check';
import { partsNeeded } from '../write';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** PF01: over HighLevel's size limit or the user's row limit; the cleaned rows are split. */
export default defineCheck('PF01', (run) => {
  let bytes = 0;
  return {
    file(stage) {
      bytes = stage.bytes;
    },
    finish() {
      const { limits } = run.settings;
      const parts = partsNeeded(bytes, run.rowCount, limits);
      if (parts < 2) return;
      const fix = `${parts} parts`;
      if (bytes > limits.maxBytes) {
        run.report('PF01', 'bytes', {
          fix,
          params: { size: megabytes(bytes), limit: megabytes(limits.maxBytes), parts },
        });
      } else {
        run.report('PF01', 'rows', {
          fix,
          params: { count: run.rowCount, limit: limits.maxRows ?? '', parts },
        });
      }
    },
  };
});
