import { withUsccCheckChar } from '../company/uscc';
import { companyRegionCode, regionCodeOfRegionText, regionOf } from './company-region';

/** A valid USCC registered in division `code`. */
const usccIn = (code: string) => withUsccCheckChar(`91${code}MA2A0001`);

describe('companyRegionCode (Company.regionCode)', () => {
  it('given an authority, when its region is a division code, then that code is its region', () =>
    expect(companyRegionCode({ kind: 'AUTHORITY', uscc: usccIn('110000'), region: '330200' })).toBe(
      '330200',
    ));
  it('given an authority with region text (never accepted at registration), then null', () =>
    expect(companyRegionCode({ kind: 'AUTHORITY', region: '浙江省宁波市' })).toBeNull());
  it('given an SME, when its USCC names a division, then the USCC wins over the region text', () =>
    expect(companyRegionCode({ kind: 'SME', uscc: usccIn('330203'), region: '广东省深圳市' })).toBe(
      '330203',
    ));
  it('given an SME whose USCC names no division, when its region text maps, then the text', () =>
    expect(companyRegionCode({ kind: 'SME', uscc: usccIn('999999'), region: '浙江省宁波市' })).toBe(
      '330200',
    ));
  it('given neither, when the text is unknown or ambiguous, then null', () => {
    expect(companyRegionCode({ kind: 'SME', uscc: usccIn('999999'), region: '未知' })).toBeNull();
    expect(companyRegionCode({ kind: 'CHAIN_LEADER', region: '朝阳区' })).toBeNull();
    expect(companyRegionCode({ kind: 'SME', region: null })).toBeNull();
  });
  it('given region text only, when mapped, then the narrowest division', () =>
    expect(regionCodeOfRegionText('浙江省宁波市海曙区')).toBe('330203'));
});

describe('regionOf (Region)', () => {
  it('given a county code, then its names and level', () =>
    expect(regionOf('330203')).toEqual({
      code: '330203',
      name: '海曙区',
      fullName: '浙江省宁波市海曙区',
      level: 'COUNTY',
    }));
  it('given a code of no division, then undefined', () =>
    expect(regionOf('339999')).toBeUndefined());
});
