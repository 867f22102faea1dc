import { decodeText, refuseMisdecoded } from './decode-text';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('the bytes of an uploaded text file', () => {
  it('given UTF-8 without a BOM, when decoded, then it is UTF-8', () => {
    expect(decodeText(Buffer.from('名称,uscc\n', 'utf8'))).toEqual({
      ok: true,
      value: { text: '名称,uscc\n', encoding: 'UTF-8' },
    });
  });

  it('given a UTF-8 BOM (Excel\'s "CSV UTF-8"), when decoded, then the BOM is dropped', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({
      ok: true,
      value: { text: 'A', encoding: 'UTF-8' },
    });
  });

  it('given GBK (Excel "CSV" on Chinese Windows), when decoded, then it is read as GB18030', () => {
    // 宁波 in GBK, then ",a"
    expect(decodeText(bytes(0xc4, 0xfe, 0xb2, 0xa8, 0x2c, 0x61))).toEqual({
      ok: true,
      value: { text: '宁波,a', encoding: 'GB18030' },
    });
  });

  it('given UTF-16 with its BOM, when decoded, then the BOM names the encoding', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x41, 0x00))).toEqual({
      ok: true,
      value: { text: 'A', encoding: 'UTF-16LE' },
    });
  });

  it('given bytes that are neither UTF-8 nor GB18030, then it is refused naming both', () => {
    const result = decodeText(bytes(0x81, 0x20), 'csvBase64');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field: 'csvBase64' },
    });
    expect(!result.ok && result.error.message).toMatch(/neither UTF-8 nor GBK\/GB18030/);
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0xff))).toMatchObject({ ok: false });
  });

  it('given text with U+FFFD (a GBK file read as UTF-8), then it is refused naming the encoding', () => {
    expect(refuseMisdecoded('name\n\uFFFD\uFFFD')).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', message: expect.stringMatching(/GBK\/GB18030/) },
    });
    expect(refuseMisdecoded('宁波')).toEqual({ ok: true, value: '宁波' });
  });
});
