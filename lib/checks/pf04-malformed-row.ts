import { defineCheck } from '../check';
import { shorten } from '../issue';
import { LINE_BREAK } from '../regexes';

/** PF04: a row wider or narrower than the header, or an unclosed quote swallowing lines. */
export default defineCheck('PF04', (run) => ({
  rowStart(row, malformed) {
    if (!malformed) return;
    run.report('PF04', malformed.problem, {
      row: row.number,
      value: malformed.raw,
      params: {
        count: malformed.count,
        expected: run.columns.length,
        raw: shorten(malformed.raw.split(LINE_BREAK)[0] ?? '', 200),
      },
    });
    // Values in a malformed row sit in the wrong columns: judging them would only add noise.
    return 'skip';
  },
}));
