// File names from the scanned tree are untrusted bytes. They are shown (in every report) as text that
// cannot break a line or pretend to be markup: valid UTF-8 is kept, except control characters; bytes
// that are not valid UTF-8 and control characters are written `\xNN`, and a backslash `\\`. A name so
// escaped is still read: the source keeps the bytes it stands for.

const utf8 = new TextDecoder('utf-8', { fatal: true });

const hex = (byte: number): string => `\\x${byte.toString(16).padStart(2, '0').toUpperCase()}`;

/** The text a name (its raw bytes) is shown as. */
export function displayName(bytes: Uint8Array): string {
  let text: string | undefined;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = undefined;
  }
  if (text !== undefined)
    // eslint-disable-next-line no-control-regex -- control characters are what is escaped
    return text.replace(/[\\\x00-\x1f\x7f-\x9f\u2028\u2029]/g, (c) =>
      c === '\\'
        ? '\\\\'
        : c.charCodeAt(0) <= 0xff
          ? hex(c.charCodeAt(0))
          : `\\u${c.charCodeAt(0).toString(16)}`
    );
  // Not UTF-8: each byte sequence that decodes is kept, every other byte escaped.
  let out = '';
  let start = 0;
  for (let i = 0; i < bytes.length;) {
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      out += displayName(bytes.subarray(start, i)) + hex(bytes[i]!);
      i += 1;
      start = i;
    } else i += length;
  }
  return out + displayName(bytes.subarray(start));
}

/** The length of the valid UTF-8 sequence at `i`, or 0 when the byte there starts none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const n =
    b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (n <= 1) return n;
  if (i + n > bytes.length) return 0;
  try {
    utf8.decode(bytes.subarray(i, i + n));
    return n;
  } catch {
    return 0;
  }
}
