import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MalformedCsvError, readCsvRecords } from './csv-records.js';

/** Feeds the text in small pieces, so records and line breaks straddle chunks as in a real file. */
function source(text: string, pieceSize = 7): Readable {
  const bytes = Buffer.from(text);
  const pieces: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += pieceSize) pieces.push(bytes.subarray(i, i + pieceSize));
  return Readable.from(pieces);
}

async function read(text: string, pieceSize?: number) {
  const out: Array<{ line: number; cells: string[] }> = [];
  for await (const { line, cells } of readCsvRecords(source(text, pieceSize))) out.push({ line, cells });
  return out;
}

async function failure(text: string, pieceSize?: number): Promise<MalformedCsvError> {
  try {
    await read(text, pieceSize);
  } catch (error) {
    if (error instanceof MalformedCsvError) return error;
    throw error;
  }
  throw new Error('expected the CSV to be refused');
}

describe('reading CSV records', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])(
    'reads %s files with a BOM, quoted commas, quotes and line breaks, on the lines they start',
    async (_, eol) => {
      const text = [
        '\uFEFFemail,name,notes',
        'ann@example.com,"Lee, Ann","said ""hi"""',
        `bob@example.com,Bob,"two${eol}lines"`,
        '',
        'cy@example.com,Cy,',
        'last@example.com,Last,no break at the end',
      ].join(eol);
      expect(await read(text)).toEqual([
        { line: 1, cells: ['email', 'name', 'notes'] },
        { line: 2, cells: ['ann@example.com', 'Lee, Ann', 'said "hi"'] },
        { line: 3, cells: ['bob@example.com', 'Bob', `two${eol}lines`] },
        { line: 6, cells: ['cy@example.com', 'Cy', ''] },
        { line: 7, cells: ['last@example.com', 'Last', 'no break at the end'] },
      ]);
    },
  );

  it('counts a CRLF inside a quoted field as one line', async () => {
    const text = 'email,notes\r\na@b.co,"x\r\ny\r\nz"\r\nc@d.co,w\r\n';
    expect((await read(text)).map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('keeps rows with fewer or more cells than the header for the importer to judge', async () => {
    expect((await read('email,a,b\nx@y.co\nz@y.co,1,2,3\n')).map((r) => r.cells)).toEqual([
      ['email', 'a', 'b'],
      ['x@y.co'],
      ['z@y.co', '1', '2', '3'],
    ]);
  });

  it.each([
    ['LF', '\n', 7],
    ['LF', '\n', 1e6],
    ['CRLF', '\r\n', 7],
    ['CRLF', '\r\n', 1e6],
  ])(
    'reports an unclosed quote at the line its row starts on (%s, pieces of %d bytes)',
    async (_, eol, pieceSize) => {
      const text = [
        'email,notes',
        'a@b.co,"two',
        'lines"',
        '',
        'c@d.co,"never closed',
        'more',
        'and more',
        '',
      ].join(eol);
      const error = await failure(text, pieceSize);
      expect(error.line).toBe(5);
      expect(error.message).toBe(
        'Malformed CSV at line 5: a quoted field is never closed (a quote is missing).',
      );
    },
  );

  it('reports a stray quote at its line, even after multi-line records', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `u${i}@b.co,"multi\r\nline"`);
    const text = ['email,notes', ...rows, 'bad@b.co,"x"y', ''].join('\r\n');
    const error = await failure(text);
    expect(error.line).toBe(6002);
    expect(error.reason).toContain('a quoted field has text after its closing quote');
  });

  it('reports a quote inside an unquoted field', async () => {
    const error = await failure('email,notes\na@b.co,5" screen\n');
    expect(error.line).toBe(2);
    expect(error.reason).toContain('a quote inside a field that does not start with one');
  });

  it('passes file errors through unchanged', async () => {
    const broken = new Readable({
      read() {
        this.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
      },
    });
    await expect(async () => {
      for await (const _ of readCsvRecords(broken)) {
        // nothing: the first read fails
      }
    }).rejects.toThrow('EIO');
  });
});
