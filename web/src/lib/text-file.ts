/**
 * An uploaded CSV as text, by the server's rule itself (`decodeText`, services/domain/src/shared/
 * decode-text.ts, imported as `@chainlift/domain/text`: the one part of the domain the web uses): a
 * byte order mark names the encoding (UTF-8, UTF-16); otherwise strict UTF-8; otherwise GB18030
 * (Excel saves "CSV" on Chinese Windows as GBK). Neither: `undefined`, and the page says which
 * encodings work.
 */
import { decodeText } from '@chainlift/domain/text';

export function decodeCsvBytes(bytes: Uint8Array): string | undefined {
  const decoded = decodeText(bytes);
  return decoded.ok ? decoded.value.text : undefined;
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
