// Files of the scanned tree can be in any encoding. Text is decoded without ever throwing: UTF-8 with
// or without BOM, UTF-16 with a BOM; invalid bytes become U+FFFD. A NUL byte in the first 8 KiB of a
// file without a UTF-16 BOM means binary, as git and ripgrep decide it.

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
  return { ok: true, text: new TextDecoder('utf-8').decode(data.subarray(start)) };
}
