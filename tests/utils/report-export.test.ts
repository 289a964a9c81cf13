import { describe, expect, it } from 'vitest';
import { pack, unpackJson } from '../../utils/archive';
import type { ReportEntry } from '../../utils/db';
import { exportFileName, exportParts } from '../../utils/report-export';
import { check, csv } from '../helpers';

const NOW = new Date(2026, 10, 25, 9, 30);

function entryOf(id: number, fileName: string): ReportEntry {
  const { report } = check(csv('Email', 'a@example.com'));
  return {
    id,
    fileName,
    fileKey: fileName.toLowerCase(),
    size: 27,
    hash: 'ab'.repeat(32),
    checkedAt: NOW.getTime() - id,
    site: null,
    settings: report.settings,
    summary: report.summary,
    fileKind: 'csv',
  };
}

describe('exportParts', () => {
  it('assembles one JSON document: every entry with the outcome it stored, byte for byte', async () => {
    const result = check(csv('First Name,Email', 'Ann,"ann@example.com"', 'Bob,not-an-email'));
    const stored = await unpackJson((await pack(result)) as Uint8Array<ArrayBuffer>);
    const entries = [entryOf(2, 'b "quoted".csv'), entryOf(1, 'a.csv')];
    const parts = exportParts(entries, [stored, null], NOW);
    expect(parts).toHaveLength(4);
    const exported = JSON.parse(parts.join('')) as {
      exportedAt: string;
      reports: (ReportEntry & { outcome: unknown })[];
    };
    expect(exported.exportedAt).toBe(NOW.toISOString());
    expect(exported.reports.map(({ outcome: _, ...entry }) => entry)).toEqual(entries);
    expect(exported.reports[0]!.outcome).toEqual(JSON.parse(stored));
    expect(exported.reports[0]!.outcome).toMatchObject({
      cleaned: result.cleaned,
      rejected: result.rejected,
    });
    expect(exported.reports[1]!.outcome).toBeNull();
  });

  it('is a valid document with no reports at all', () => {
    expect(JSON.parse(exportParts([], [], NOW).join(''))).toEqual({
      exportedAt: NOW.toISOString(),
      reports: [],
    });
  });
});

it('names the file by the local date', () => {
  expect(exportFileName(NOW)).toBe('preflight-reports-2026-11-25.json');
});
