import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLES, sampleSettings } from '../../components/panel/samples';

const root = new URL('../../', import.meta.url).pathname;
const ids = SAMPLES.map((sample) => sample.id).sort();

describe("the checker page's samples", () => {
  it('are every CSV of assets/samples', () => {
    const files = readdirSync(`${root}assets/samples`).filter((name) => name.endsWith('.csv'));
    expect(ids).toEqual(files.map((name) => name.replace(/\.csv$/, '')).sort());
  });

  it('are the ones the demo page offers as downloads', () => {
    const demo = readFileSync(`${root}assets/demo/index.html`, 'utf8');
    const linked = [...demo.matchAll(/href="\/samples\/([^"]+)\.csv" download/g)].map((m) => m[1]);
    expect(linked.sort()).toEqual(ids);
  });

  it('carry the example users and custom fields where asked, the defaults elsewhere', () => {
    for (const sample of SAMPLES) {
      const { users, customFields } = sampleSettings(sample);
      expect(users.length > 0, sample.id).toBe(sample.exampleSettings);
      expect(customFields.length > 0, sample.id).toBe(sample.exampleSettings);
    }
  });
});
