import { describe, expect, it } from 'vitest';
import { gzip, pack, unpack } from '../../../utils/db/archive';
import type { ReportEntry } from '../../../utils/db/db';
import { exportFileName, exportOutcomes, exportParts } from '../../../utils/db/report-export';
import { check, csv, rejectedText } from '../../helpers';

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

interface Exported {
  exportedAt: string;
  reports: (ReportEntry & { outcome: unknown })[];
}

/** The document a download would save: its parts joined as the Blob joins them. */
const read = async (parts: BlobPart[]) => JSON.parse(await new Blob(parts).text()) as Exported;

describe('exportParts', () => {
  it('assembles one JSON document: every entry with the outcome it stored, byte for byte', async () => {
    const result = check(csv('First Name,Email', 'Ann,"ann@example.com"', 'Bob,not-an-email'));
    const stored = new Blob([JSON.stringify(result)]);
    const entries = [entryOf(2, 'b "quoted".csv'), entryOf(1, 'a.csv')];
    const parts = exportParts(entries, [stored, null], NOW);
    // The outcome goes in as the Blob it was unpacked to, never copied into a string.
    expect(parts).toContain(stored);
    const exported = await read(parts);
    expect(exported.exportedAt).toBe(NOW.toISOString());
    expect(exported.reports.map(({ outcome: _, ...entry }) => entry)).toEqual(entries);
    expect(exported.reports[0]!.outcome).toEqual(JSON.parse(JSON.stringify(result)));
    expect(exported.reports[1]!.outcome).toBeNull();
  });

  it('is a valid document with no reports at all', async () => {
    expect(await read(exportParts([], [], NOW))).toEqual({
      exportedAt: NOW.toISOString(),
      reports: [],
    });
  });
});

describe('exportOutcomes', () => {
  it('unpacks each body as the report shows it, and gives null for one that is gone or corrupt, keeping the others', async () => {
    const result = check(csv('Email', 'a@example.com'));
    const good = (await pack(result)) as Uint8Array<ArrayBuffer>;
    const notGzip = new TextEncoder().encode('{"report": not gzip at all');
    // A gzip cut short: its header is fine, so only reading it to the end finds the fault.
    const bigger = (await gzip(
      new Blob([JSON.stringify(result).repeat(20)]),
    )) as Uint8Array<ArrayBuffer>;
    const truncated = bigger.slice(0, bigger.length - 100);
    const outcomes = await exportOutcomes([
      { id: 4, data: notGzip },
      { id: 3, data: good },
      undefined,
      { id: 1, data: truncated },
    ]);
    expect(outcomes[0]).toBeNull();
    expect(outcomes[1]).toBeInstanceOf(Blob);
    const shown = await unpack(good);
    expect(JSON.parse(await outcomes[1]!.text())).toEqual({
      report: result.report,
      cleaned: result.cleaned,
      // One text, as exports held it before the writer handed it over in pieces.
      rejected: rejectedText(result),
      rows: result.rows,
      firstRowNumber: result.firstRowNumber,
    });
    expect(await outcomes[1]!.text()).toBe(
      JSON.stringify({ ...shown, rejected: rejectedText(shown) }),
    );
    expect(outcomes.slice(2)).toEqual([null, null]);

    const entries = [
      entryOf(4, 'd.csv'),
      entryOf(3, 'c.csv'),
      entryOf(2, 'b.csv'),
      entryOf(1, 'a.csv'),
    ];
    const exported = await read(exportParts(entries, outcomes, NOW));
    expect(exported.reports.map((report) => report.outcome)).toEqual([
      null,
      JSON.parse(JSON.stringify(shown)),
      null,
      null,
    ]);
  });
});

it('names the file by the local date', () => {
  expect(exportFileName(NOW)).toBe('preflight-reports-2026-11-25.json');
});
