import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * An engine file that uses extension and extension-page names without importing them. WXT would
 * bundle it into the worker, and the CLI would die on it with a ReferenceError.
 */
const UNSEALED = `
export const saved = () => storage.getItem('local:settings');
export const url = () => browser.runtime.getURL('/');
export const packed = (data: Blob) => gzip(data);
export const kept = () => reportsDb.reports.count();
const local = 1;
export const fine = local + 1;
`;

/**
 * The names a lib/ file cannot find, compiled as the project compiles it: its compiler options
 * and every declaration file it includes (WXT's generated types among them, where auto-imports
 * declared their globals). One source file, so it stays fast.
 */
function missingNames(source: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => expect.fail(String(d.messageText)) },
  );
  if (!config) throw new Error('tsconfig.json could not be read');
  const fixture = path.join(ROOT, 'lib/unsealed.ts');
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => (path.resolve(file) === fixture ? source : readFile(file));
  host.fileExists = (file) => path.resolve(file) === fixture || ts.sys.fileExists(file);
  const declarations = config.fileNames.filter((file) => file.endsWith('.d.ts'));
  const program = ts.createProgram([...declarations, fixture], config.options, host);
  const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(fixture));
  return diagnostics.map((d) => {
    // Anything but "Cannot find name" would mean the fixture broke for another reason.
    expect(CANNOT_FIND_NAME, ts.flattenDiagnosticMessageText(d.messageText, '\n')).toContain(
      d.code,
    );
    return d.file!.text.slice(d.start, d.start! + d.length!);
  });
}

/** "Cannot find name 'x'", and the same with "Did you mean 'X'?". */
const CANNOT_FIND_NAME = [2304, 2552];

describe('the engine is sealed from the extension', () => {
  it('fails to compile a lib/ file using storage, browser, gzip or reportsDb unimported', () => {
    expect(missingNames(UNSEALED).sort()).toEqual(['browser', 'gzip', 'reportsDb', 'storage']);
  }, 30_000);
});
