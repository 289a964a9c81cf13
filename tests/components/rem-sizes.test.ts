import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const STYLES = [
  'report/report.css',
  'options/options.css',
  'popup/popup.css',
  'reports/reports.css',
] as const;

describe.each(STYLES)('components/%s', (file) => {
  it("sizes text and space in rem, so they follow the browser's font setting", () => {
    const css = readFileSync(new URL(`../../components/${file}`, import.meta.url), 'utf8');
    // Only hairlines stay in px: borders, outlines, shadows and 1-2 px nudges.
    const pixels = [...css.matchAll(/(\d+(?:\.\d+)?)px/g)].map(([, value]) => Number(value));
    expect(pixels.filter((value) => value > 4)).toEqual([]);
  });
});
