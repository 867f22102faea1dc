/**
 * An uploaded CSV as text, by the server's rule (services/domain/src/shared/decode-text.ts): a byte
 * order mark names the encoding (UTF-8, UTF-16); otherwise strict UTF-8; otherwise GB18030 (Excel
 * saves "CSV" on Chinese Windows as GBK). Neither: `undefined`, and the page says which encodings work.
 */
const strict = (label: string, bytes: Uint8Array): string | undefined => {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

export function decodeCsvBytes(bytes: Uint8Array): string | undefined {
  for (const [bom, label] of BOMS)
    if (bom.every((b, i) => bytes[i] === b)) return strict(label, bytes.subarray(bom.length));
  return strict('utf-8', bytes) ?? strict('gb18030', bytes);
}

/** The file's bytes, base64, for an API that decodes them itself (importSuppliers' csvBase64). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export const fileBytes = async (file: Blob): Promise<Uint8Array> =>
  new Uint8Array(await file.arrayBuffer());
