import { decodeText } from '../../src/sources/decode.js';
import fc from 'fast-check';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('decodeText', () => {
  test.each([
    ['UTF-8', new TextEncoder().encode('import flask\n'), 'import flask\n'],
    ['UTF-8 with BOM', bytes(0xef, 0xbb, 0xbf, 0x61), 'a'],
    ['UTF-16LE with BOM', bytes(0xff, 0xfe, 0x61, 0x00, 0x62, 0x00), 'ab'],
    ['UTF-16BE with BOM', bytes(0xfe, 0xff, 0x00, 0x61, 0x00, 0x62), 'ab'],
    ['invalid UTF-8 (Latin-1)', bytes(0x63, 0x61, 0x66, 0xe9), 'caf\uFFFD'],
    ['empty', bytes(), '']
  ])('%s decodes', (_name, data, text) => {
    expect(decodeText(data)).toEqual({ ok: true, text });
  });

  test('a NUL byte near the start means binary', () => {
    expect(decodeText(bytes(0x89, 0x50, 0x4e, 0x47, 0x00))).toEqual({ ok: false, reason: 'binary file' });
  });

  test('a NUL byte past the first 8 KiB does not', () => {
    const data = new Uint8Array(9000).fill(0x61);
    data[8500] = 0;
    expect(decodeText(data).ok).toBe(true);
  });
});

test('any text without NUL comes back as written from its UTF-8 bytes (ASCII fast path or not)', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-ascii' }), (any, ascii) => {
      for (const text of [any, ascii].map((t) => t.replace(/\0/g, '').replace(/^\uFEFF/, ''))) {
        expect(decodeText(Buffer.from(text, 'utf8'))).toEqual({ ok: true, text });
      }
    }),
    { numRuns: 300 }
  );
});
