// Offsets to line/column, and the sorted-range helpers every place-aware check relies on.
import { inRanges, LineIndex, outermost } from '../../src/parsers/line-index.js';

describe('LineIndex', () => {
  const text = 'ab\ncd\r\n\nxyz';
  const index = new LineIndex(text);

  test('lines start after each line feed; a carriage return ends its line', () => {
    expect(index.lineCount).toBe(4);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11].map((o) => index.position(o))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 2, column: 2 },
      { line: 2, column: 3 },
      { line: 2, column: 4 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 3 },
      { line: 4, column: 4 }
    ]);
  });

  test('a region spans from its start to its end position', () => {
    expect(index.region(4, 9)).toEqual({ line: 2, column: 2, endLine: 4, endColumn: 2 });
  });

  test('the start of a line, clamped to the text', () => {
    expect([1, 2, 3, 4].map((l) => index.lineStart(l))).toEqual([0, 3, 7, 8]);
    expect(index.lineStart(0)).toBe(0);
    expect(index.lineStart(-3)).toBe(0);
    expect(index.lineStart(99)).toBe(8);
  });

  test('a text without line feeds is one line; an empty text too', () => {
    expect(new LineIndex('abc').lineCount).toBe(1);
    expect(new LineIndex('').position(0)).toEqual({ line: 1, column: 1 });
    expect(new LineIndex('\n\n').lineCount).toBe(3);
  });
});

describe('inRanges', () => {
  const ranges: Array<[number, number]> = [
    [2, 4],
    [6, 7],
    [10, 20]
  ];

  test('starts count, ends do not, gaps do not', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 19, 20, 25].map((o) => inRanges(o, ranges))).toEqual([
      false,
      false,
      true,
      true,
      false,
      false,
      true,
      false,
      false,
      true,
      true,
      false,
      false
    ]);
  });

  test('no ranges, nothing inside; one range alone', () => {
    expect(inRanges(0, [])).toBe(false);
    expect(inRanges(5, [[5, 6]])).toBe(true);
    expect(inRanges(6, [[5, 6]])).toBe(false);
  });
});

describe('outermost', () => {
  test('sorts, keeps the outer of nested ranges and drops ranges that overlap a kept one', () => {
    expect(
      outermost([
        [10, 12],
        [0, 5],
        [1, 3],
        [0, 2],
        [5, 8],
        [7, 9],
        [10, 11]
      ])
    ).toEqual([
      [0, 5],
      [5, 8],
      [10, 12]
    ]);
  });

  test('the input is left as it was', () => {
    const input: Array<[number, number]> = [
      [3, 4],
      [1, 2]
    ];
    expect(outermost(input)).toEqual([
      [1, 2],
      [3, 4]
    ]);
    expect(input).toEqual([
      [3, 4],
      [1, 2]
    ]);
  });
});
