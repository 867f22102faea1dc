import { bytesToBase64, decodeCsvBytes } from './text-file';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('an uploaded CSV file read as text (the server rule)', () => {
  it('reads UTF-8, with or without its BOM', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('sku,宁波'))).toBe('sku,宁波');
    expect(decodeCsvBytes(bytes(0xef, 0xbb, 0xbf, 0x41))).toBe('A');
  });

  it('reads GBK as Excel saves it on Chinese Windows', () => {
    expect(decodeCsvBytes(bytes(0xc4, 0xfe, 0xb2, 0xa8, 0x2c, 0x31))).toBe('宁波,1');
  });

  it('gives up on bytes that are neither UTF-8 nor GB18030', () => {
    expect(decodeCsvBytes(bytes(0x81, 0x20))).toBeUndefined();
  });

  it('sends bytes as base64 exactly', () => {
    const all = Uint8Array.from({ length: 70_000 }, (_, i) => i % 256);
    expect(Buffer.from(bytesToBase64(all), 'base64').equals(Buffer.from(all))).toBe(true);
  });
});
