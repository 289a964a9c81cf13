/** Sheet names from the XML inside an xlsx (xl/workbook.xml) or an ods (content.xml). */
import { ODS_TABLE_NAME, XLSX_SHEET_NAME, XLSX_SHEET_PART, XML_ENTITY } from '../../regexes';
import { entryText, type ZipEntry } from './zip';

/** Most bytes inflated from xl/workbook.xml, or from an ODS content.xml. */
const MAX_WORKBOOK_XML = 8 * 1024 * 1024;
const MAX_ODS_CONTENT = 16 * 1024 * 1024;

function unescapeXml(text: string): string {
  return text.replace(XML_ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[name] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Values of the first or second capture group of every match (a double- or single-quoted attribute). */
function attributeValues(text: string, pattern: RegExp): string[] {
  return Array.from(text.matchAll(pattern), (m) => unescapeXml(m[1] ?? m[2] ?? ''));
}

/**
 * Sheet names from `xl/workbook.xml` in tab order (hidden sheets included: they are sheets
 * to an importer too). When that part cannot be read (xlsb, damaged or oversized), "Sheet 1" to
 * "Sheet N" from the count of sheet parts, so the sheet count is still known.
 */
export function xlsxSheets(
  b: Uint8Array,
  byName: Map<string, ZipEntry>,
  names: string[],
): string[] | null {
  const workbook = byName.get('xl/workbook.xml');
  const xml = workbook ? entryText(b, workbook, MAX_WORKBOOK_XML) : null;
  if (xml) {
    const sheets = attributeValues(xml, XLSX_SHEET_NAME);
    if (sheets.length > 0) return sheets;
  }
  const parts = names.filter((n) => XLSX_SHEET_PART.test(n));
  return parts.length > 0 ? parts.map((_, i) => `Sheet ${i + 1}`) : null;
}

/** Table names from an ODS `content.xml`; null when it is missing, damaged or larger than 16 MB. */
export function odsSheets(b: Uint8Array, byName: Map<string, ZipEntry>): string[] | null {
  const content = byName.get('content.xml');
  const xml = content ? entryText(b, content, MAX_ODS_CONTENT) : null;
  if (!xml) return null;
  const sheets = attributeValues(xml, ODS_TABLE_NAME);
  return sheets.length > 0 ? sheets : null;
}
