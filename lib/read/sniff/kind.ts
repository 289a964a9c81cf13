/**
 * What `sniff` finds a file to be. Data only: the sentences users read about it are in
 * highlevel/file-kinds.ts.
 */

export type WorkbookFormat = 'xlsx' | 'xls' | 'ods' | 'numbers';

/** Files that are neither text nor a workbook, by what their bytes show. */
export type OtherFormat =
  | 'pdf'
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'webp'
  | 'bmp'
  | 'tiff'
  | 'gzip'
  | '7z'
  | 'rar'
  | 'bzip2'
  | 'xz'
  | 'zstd'
  | 'sqlite'
  | 'utf32'
  | 'rtf'
  | 'vcard'
  | 'json'
  | 'excel-xml'
  | 'excel-html'
  | 'html'
  | 'xml'
  | 'docx'
  | 'pptx'
  | 'odt'
  | 'odp'
  | 'opendocument'
  | 'epub'
  | 'keynote'
  | 'pages'
  | 'iwork'
  | 'zip'
  | 'empty-zip'
  | 'ole2'
  | 'encrypted-office'
  | 'doc'
  | 'ppt'
  | 'msg';

export type FileFormat = WorkbookFormat | OtherFormat;

export type FileKind =
  /** 0 bytes, or only a byte-order mark, blank space or NUL bytes (1007). */
  | EmptyFile
  /** A spreadsheet workbook; `sheets` holds the sheet names when they can be read, else null. */
  | { kind: 'workbook'; format: WorkbookFormat; sheets: string[] | null }
  /** Another kind of file (1007); a zip archive names the first CSV file it holds in `csv`. */
  | { kind: 'other'; format: OtherFormat; csv?: string }
  /** Not text at all: NUL bytes or many control characters, and not UTF-16 (1001). */
  | BinaryFile
  | { kind: 'text' };

export interface EmptyFile {
  kind: 'empty';
  /** Whether a byte-order mark starts the file; `bytes` and `zeros` count what follows it. */
  bom: boolean;
  bytes: number;
  /** NUL bytes among them (the rest is blank space). */
  zeros: number;
}

export interface BinaryFile {
  kind: 'binary';
  /** What was counted: bytes, or the 16-bit code units of UTF-16 text. */
  unit: 'byte' | 'utf16';
  /** Units looked at from the start (NUL padding at the end left out). */
  sampled: number;
  /** Control characters among them, NULs included. */
  controls: number;
  zeros: number;
}

export function other(format: OtherFormat): FileKind {
  return { kind: 'other', format };
}
