/**
 * The bytes of an uploaded text file (a CSV) as text. Excel saves "CSV" on Chinese Windows in the
 * system code page, GBK — a subset of GB18030 — and "CSV UTF-8" with a byte order mark. The rule:
 * a byte order mark names the encoding (UTF-8, UTF-16); otherwise strict UTF-8 (any invalid byte
 * fails, never a U+FFFD); otherwise GB18030. What decodes as neither is refused, naming both.
 * The web app reads uploaded files by this very rule: it imports this module as
 * `@chainlift/domain/text` (browser-safe: TextDecoder and ./errors only; web/src/lib/text-file.ts).
 */
import { fail, ok, type Result } from './errors';

export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const strict = (label: string, bytes: Uint8Array): string | undefined => {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

const startsWith = (bytes: Uint8Array, ...prefix: number[]) =>
  prefix.every((b, i) => bytes[i] === b);

export function decodeText(bytes: Uint8Array, field = 'file'): Result<DecodedText> {
  const boms: [number[], TextEncodingName, string][] = [
    [[0xef, 0xbb, 0xbf], 'UTF-8', 'utf-8'],
    [[0xff, 0xfe], 'UTF-16LE', 'utf-16le'],
    [[0xfe, 0xff], 'UTF-16BE', 'utf-16be'],
  ];
  for (const [bom, encoding, label] of boms) {
    if (!startsWith(bytes, ...bom)) continue;
    const text = strict(label, bytes.subarray(bom.length));
    return text === undefined
      ? fail(
          'BAD_USER_INPUT',
          `the file starts with a ${encoding} byte order mark but is not valid ${encoding} text`,
          field,
        )
      : ok({ text, encoding });
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== undefined) return ok({ text: utf8, encoding: 'UTF-8' });
  const gb = strict('gb18030', bytes);
  if (gb !== undefined) return ok({ text: gb, encoding: 'GB18030' });
  return fail(
    'BAD_USER_INPUT',
    'the file is neither UTF-8 nor GBK/GB18030 text: save it from Excel as "CSV UTF-8"',
    field,
  );
}

/**
 * Text that was decoded with the wrong encoding before it reached us (a GBK file read as UTF-8
 * shows U+FFFD for every Chinese character): refused rather than stored as `����`.
 */
export function refuseMisdecoded(text: string, field = 'file'): Result<string> {
  return text.includes('\uFFFD')
    ? fail(
        'BAD_USER_INPUT',
        'the text contains U+FFFD (�): the file was read in the wrong encoding — Excel on Chinese Windows saves GBK/GB18030. Send the file\'s bytes (base64) or save it as "CSV UTF-8"',
        field,
      )
    : ok(text);
}
