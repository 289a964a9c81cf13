import { defineCheck } from '../check';
import { FAQ_LIMIT, NEWER_MAX_FILE_BYTES } from '../highlevel/limits';

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/**
 * PF01: over HighLevel's size limit (the file would import nothing: the cleaned rows are split
 * into parts that fit), or over the seed FAQ's figure of 10,000 rows or 20 MB, which HighLevel's
 * other pages do not give (a notice: parts are offered, the whole file still imports). Told once
 * the files' sizes are counted (lib/write.ts measureOutputs, held to the writer by its tests), so
 * that what it says is what is written.
 */
export default defineCheck('PF01', (run) => {
  let bytes = 0;
  return {
    file(stage) {
      bytes = stage.bytes;
    },
    written({ cleanedRows, cleanedBytes, parts }) {
      const { limits } = run.settings;
      const figures = {
        limit: megabytes(limits.maxBytes),
        newer: megabytes(NEWER_MAX_FILE_BYTES),
        faqBytes: megabytes(FAQ_LIMIT.bytes),
        faqRows: FAQ_LIMIT.rows,
      };
      if (cleanedBytes > limits.maxBytes) {
        run.report('PF01', 'bytes', {
          fix: `${parts} parts`,
          params: { ...figures, size: megabytes(cleanedBytes), parts },
        });
      } else if (bytes > limits.maxBytes) {
        run.report('PF01', 'bytes-cleaned-fits', {
          fix: '',
          params: { ...figures, size: megabytes(bytes), cleaned: megabytes(cleanedBytes) },
        });
      } else if (parts > 1) {
        run.report('PF01', 'rows', {
          fix: `${parts} parts`,
          params: { ...figures, count: cleanedRows, rows: limits.maxRows ?? '', parts },
        });
      } else if (cleanedBytes > FAQ_LIMIT.bytes) {
        run.report('PF01', 'faq-bytes', {
          params: { ...figures, size: megabytes(cleanedBytes) },
        });
      }
    },
  };
});
