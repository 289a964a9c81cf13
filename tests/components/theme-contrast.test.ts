import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../components/theme.css', import.meta.url), 'utf8');

/** The `--name: #hex` variables of one block of the theme. */
function palette(block: string): Record<string, string> {
  const colours: Record<string, string> = {};
  for (const [, name, hex] of block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})/gi)) {
    colours[name!] = hex!;
  }
  return colours;
}

const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
const THEMES = { light: palette(css.slice(0, css.indexOf('@media'))), dark: palette(dark) };

/** WCAG 2's relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (darker + 0.05);
}

const CLASSES = [
  'file-blocked',
  'row-skipped',
  'field-dropped',
  'duplicate-risk',
  'notice',
  'clean',
];
/** Each text colour with the backgrounds it is shown on. */
const PAIRS: [string, string][] = [
  ...['surface', 'canvas', 'info-bg'].flatMap((bg): [string, string][] => [
    ['ink', bg],
    ['muted', bg],
    ['accent', bg],
  ]),
  ['on-accent', 'accent'],
  ...CLASSES.flatMap((name): [string, string][] => [
    [name, `${name}-bg`],
    [name, 'surface'],
    ['ink', `${name}-bg`],
  ]),
];

describe.each(Object.entries(THEMES))('the %s theme', (_, colours) => {
  it('defines every role the other theme does', () => {
    expect(Object.keys(colours).sort()).toEqual(Object.keys(THEMES.light).sort());
  });

  it.each(PAIRS)('%s on %s meets WCAG AA (4.5:1)', (text, background) => {
    expect(colours[text]).toBeDefined();
    expect(colours[background]).toBeDefined();
    expect(contrast(colours[text]!, colours[background]!)).toBeGreaterThanOrEqual(4.5);
  });
});

it('measures contrast as WCAG does', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
});
