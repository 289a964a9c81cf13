import { defineCheck } from '../check';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * PF01: over HighLevel's size limit or the user's row limit; the cleaned rows are split. Told once
 * the parts are written, so that the count it gives is the count of files written (extra rows
 * from PF07 may add a part).
 */
export default defineCheck('PF01', (run) => {
  let bytes = 0;
  return {
    file(stage) {
      bytes = stage.bytes;
    },
    written({ cleanedRows, parts }) {
      if (parts < 2) return;
      const { limits } = run.settings;
      const fix = `${parts} parts`;
      if (bytes > limits.maxBytes) {
        run.report('PF01', 'bytes', {
          fix,
          params: { size: megabytes(bytes), limit: megabytes(limits.maxBytes), parts },
        });
      } else {
        run.report('PF01', 'rows', {
          fix,
          params: { count: cleanedRows, limit: limits.maxRows ?? '', parts },
        });
      }
    },
  };
});
