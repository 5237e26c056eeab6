// Files of the scanned tree can be in any encoding. Text is decoded without ever throwing: UTF-8 with
// or without BOM, UTF-16 with a BOM; invalid bytes become U+FFFD. A NUL byte in the first 8 KiB of a
// file without a UTF-16 BOM means binary, as git and ripgrep decide it.

import { isAscii } from 'node:buffer';

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const SNIFF_BYTES = 8192;

export function decodeText(data: Uint8Array): Decoded {
  if (data[0] === 0xff && data[1] === 0xfe)
    return { ok: true, text: new TextDecoder('utf-16le').decode(data.subarray(2)) };
  if (data[0] === 0xfe && data[1] === 0xff)
    return { ok: true, text: new TextDecoder('utf-16be').decode(data.subarray(2)) };
  const sniff = data.subarray(0, SNIFF_BYTES);
  if (sniff.includes(0)) return { ok: false, reason: 'binary file' };
  const start = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  const body = data.subarray(start);
  // Most source files are plain ASCII: checked at memory speed, then copied as one-byte text (the same
  // string UTF-8 decoding gives, several times faster).
  if (isAscii(body))
    return { ok: true, text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1') };
  return { ok: true, text: UTF8.decode(body) };
}

const UTF8 = new TextDecoder('utf-8');
