import {
  divisionFullName,
  divisionName,
  parseRegionCode,
  regionAncestry,
  regionCodeOfName,
  regionCodeOfUscc,
  regionCovers,
} from './index';

const code = (text: string) => {
  const r = regionCodeOfName(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('GB/T 2260 region codes', () => {
  it('knows provinces, prefectures and counties by their six digits', () => {
    expect(parseRegionCode('330000')).toEqual({
      ok: true,
      value: { code: '330000', level: 'PROVINCE' },
    });
    expect(parseRegionCode('330200')).toEqual({
      ok: true,
      value: { code: '330200', level: 'PREFECTURE' },
    });
    expect(parseRegionCode(' 330203 ')).toEqual({
      ok: true,
      value: { code: '330203', level: 'COUNTY' },
    });
    expect(divisionName('330200')).toBe('宁波市');
    expect(divisionFullName('330203')).toBe('浙江省宁波市海曙区');
    expect(divisionFullName('310115')).toBe('上海市浦东新区');
  });

  it('refuses what is not a code, naming what is wrong', () => {
    for (const [input, why] of [
      ['33020', /six digits/],
      ['ningbo', /six digits/],
      ['990000', /no province/],
      ['330012', /under no prefecture/],
    ] as const) {
      const r = parseRegionCode(input);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('BAD_USER_INPUT');
        expect(r.error.message).toMatch(why);
      }
    }
  });

  it('an authority covers the codes under its own, never a neighbour', () => {
    const zhejiang = { code: '330000', level: 'PROVINCE' } as const;
    const ningbo = { code: '330200', level: 'PREFECTURE' } as const;
    expect(regionCovers(zhejiang, '330203')).toBe(true);
    expect(regionCovers(ningbo, '330203')).toBe(true);
    expect(regionCovers(ningbo, '330200')).toBe(true);
    expect(regionCovers(ningbo, '330100')).toBe(false); // 杭州市
    expect(regionCovers(ningbo, '330000')).toBe(false); // the province is wider than the city
    expect(regionCovers(zhejiang, '320200')).toBe(false); // 无锡市, 江苏省
    expect(regionAncestry('330203')).toEqual(['330000', '330200', '330203']);
  });

  it("reads a company's region from its 统一社会信用代码 (characters 3–8)", () => {
    expect(regionCodeOfUscc('91330200MA2H0001XX')).toEqual({
      ok: true,
      value: { code: '330200', level: 'PREFECTURE' },
    });
  });
});

describe("mapping today's free-text regions", () => {
  it('maps province + city (+ district), with or without suffixes and spaces', () => {
    expect(code('浙江省宁波市')).toBe('330200');
    expect(code('浙江 宁波')).toBe('330200');
    expect(code('浙江省宁波市海曙区')).toBe('330203');
    expect(code('宁波市')).toBe('330200');
    expect(code('浙江省')).toBe('330000');
    expect(code('上海市浦东新区')).toBe('310115');
    expect(code('广东省深圳市')).toBe('440300');
  });

  it('refuses an unknown or ambiguous name, saying how to write it', () => {
    const unknown = regionCodeOfName('火星省');
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.message).toMatch(/浙江省宁波市/);
    const empty = regionCodeOfName('  ');
    expect(empty.ok).toBe(false);
    // 朝阳区 exists in 北京市 and 长春市 — a district alone is not enough.
    const chaoyang = regionCodeOfName('朝阳区');
    expect(chaoyang.ok).toBe(false);
    if (!chaoyang.ok) expect(chaoyang.error.message).toMatch(/ambiguous.*北京市朝阳区/);
    expect(code('海曙区')).toBe('330203');
    expect(code('吉林省长春市朝阳区')).toBe('220104');
  });
});
