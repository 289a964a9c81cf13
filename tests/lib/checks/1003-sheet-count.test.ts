import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { check, issuesOf } from '../../helpers';

function workbook(sheets: string[]): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/workbook.xml': strToU8(
      `<workbook><sheets>${sheets.map((s, i) => `<sheet name="${s}" sheetId="${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
  };
  sheets.forEach((_, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8('<worksheet/>')));
  return zipSync(files);
}

describe('1003 invalid sheet count', () => {
  it('rejects a workbook with several sheets, naming them, whatever the file name', () => {
    const result = check(workbook(['Contacts', 'Archive', 'Notes']));
    expect(issuesOf(result, '1003')).toMatchObject([
      {
        reason: 'sheets',
        class: 'file-blocked',
        message: expect.stringContaining('3 sheets (Contacts, Archive, Notes)'),
      },
    ]);
    expect(issuesOf(result, '1007')).toEqual([]);
  });

  it('leaves a one-sheet workbook to 1007', () => {
    const result = check(workbook(['Contacts']));
    expect(issuesOf(result, '1003')).toEqual([]);
    expect(issuesOf(result, '1007')).toHaveLength(1);
  });
});
