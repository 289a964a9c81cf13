/** What an OLE2 file holds: an .xls workbook, or a .doc, .ppt, .msg or encrypted Office file. */
import { biffSheets } from './biff';
import { other, type FileKind } from './kind';
import { readOle } from './ole2';

/** Most bytes read from an .xls Workbook stream. */
const MAX_OLE_WORKBOOK = 4 * 1024 * 1024;

export function oleKind(b: Uint8Array): FileKind {
  const ole = readOle(b);
  if (!ole) return other('ole2');
  const find = (name: string) =>
    ole.entries.find((e) => e.type === 2 && e.name.toLowerCase() === name);
  const workbook = find('workbook') ?? find('book');
  if (workbook) {
    const sheets = biffSheets(ole.stream(workbook, MAX_OLE_WORKBOOK));
    return { kind: 'workbook', format: 'xls', sheets };
  }
  if (find('encryptedpackage')) return other('encrypted-office');
  if (find('worddocument')) return other('doc');
  if (find('powerpoint document')) return other('ppt');
  if (ole.entries.some((e) => e.name.toLowerCase().startsWith('__substg1.0_'))) {
    return other('msg');
  }
  return other('ole2');
}
