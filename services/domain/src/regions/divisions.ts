/**
 * The division table (省/地/县 with their six-digit codes) and mapping free-text region names to
 * codes. The table is data (divisions-2023.json, its source inside); a newer release of the codes
 * replaces the file, not this code.
 */
import { fail, ok, type Result } from '../shared/errors';
import table from './divisions-2023.json';

/** 台湾、香港、澳门 have GB/T 2260 province codes but no divisions in the statistics table. */
const OUTSIDE_TABLE: ReadonlyArray<readonly [string, string]> = [
  ['710000', '台湾省'],
  ['810000', '香港特别行政区'],
  ['820000', '澳门特别行政区'],
];

const NAMES = new Map<string, string>([
  ...(table.divisions as Array<[string, string]>).map(([code, name]) => [code, name] as const),
  ...OUTSIDE_TABLE,
]);

/** The official name of a division code ("330200" → "宁波市"), or undefined when there is none. */
export const divisionName = (code: string): string | undefined => NAMES.get(code);

/** "浙江省宁波市海曙区" for 330203: the names from the province down. */
export function divisionFullName(code: string): string | undefined {
  const own = NAMES.get(code);
  if (own === undefined) return undefined;
  const province = NAMES.get(`${code.slice(0, 2)}0000`) ?? '';
  const prefecture = code.endsWith('0000') ? '' : (NAMES.get(`${code.slice(0, 4)}00`) ?? '');
  const parts = [province, prefecture, own].filter((p) => p !== '' && p !== '市辖区');
  return [...new Set(parts)].join('');
}

/** Names without their 省/市/自治区 suffix, so "浙江" and "浙江省" both match. */
const SUFFIX =
  /(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区|地区|自治州|盟|区|县|自治县|旗)$/u;
const bare = (name: string) => name.replace(SUFFIX, '');

/** Prefectures by province code, counties by prefecture code: built once. */
const CHILDREN = (() => {
  const children = new Map<string, Array<[string, string]>>();
  const add = (parent: string, entry: [string, string]) =>
    children.set(parent, [...(children.get(parent) ?? []), entry]);
  for (const [code, name] of NAMES) {
    if (code.endsWith('0000')) continue;
    if (code.endsWith('00')) add(`${code.slice(0, 2)}0000`, [code, name]);
    else add(`${code.slice(0, 4)}00`, [code, name]);
  }
  return children;
})();
const childrenOf = (parent: string) => CHILDREN.get(parent) ?? [];
const ALL_COUNTIES = [...NAMES].filter(([code]) => !code.endsWith('00'));
const countiesOfProvince = (province: string) =>
  childrenOf(province).flatMap(([prefecture]) => childrenOf(prefecture));

/** Every way `text` starts with one of `candidates`' names (with or without its suffix). */
function prefixes(text: string, candidates: Array<[string, string]>) {
  const found: Array<{ code: string; rest: string }> = [];
  for (const [code, name] of candidates)
    for (const form of new Set([name, bare(name)]))
      if (form.length >= 2 && text.startsWith(form))
        found.push({ code, rest: text.slice(form.length) });
  return found;
}

const PROVINCE_LIST = [...NAMES].filter(([code]) => code.endsWith('0000'));
const PREFECTURE_LIST = PROVINCE_LIST.flatMap(([province]) => childrenOf(province));

/** Every complete reading of `text` as [province] [prefecture] [county], narrowest code each. */
function readings(text: string): Set<string> {
  const codes = new Set<string>();
  const counties = (rest: string, scope: Array<[string, string]>, at: string) => {
    if (rest === '') codes.add(at);
    for (const c of prefixes(rest, scope)) if (c.rest === '') codes.add(c.code);
  };
  const afterProvince = (rest: string, province: string | undefined) => {
    if (province && rest === '') codes.add(province);
    const prefectureScope = province ? childrenOf(province) : PREFECTURE_LIST;
    for (const p of prefixes(rest, prefectureScope)) counties(p.rest, childrenOf(p.code), p.code);
    // 上海市浦东新区 (a municipality's districts sit under 市辖区), or a county named alone
    const countyScope = province ? countiesOfProvince(province) : ALL_COUNTIES;
    for (const c of prefixes(rest, countyScope)) if (c.rest === '') codes.add(c.code);
  };
  afterProvince(text, undefined);
  for (const p of prefixes(text, PROVINCE_LIST)) afterProvince(p.rest, p.code);
  return codes;
}

/**
 * Maps a free-text region ("浙江省宁波市", "浙江 宁波", "宁波市海曙区") to the narrowest division
 * code it names. An unknown name, or one that reads as more than one division (朝阳区 is in 北京
 * and in 长春), is refused with a message that says how to write it.
 */
export function regionCodeOfName(input: string, field = 'region'): Result<string> {
  const text = input.replace(/[\s,，、/]+/gu, '');
  if (text === '') return fail('BAD_USER_INPUT', 'Region is empty', field);
  const codes = [...readings(text)];
  if (codes.length === 1) return ok(codes[0]!);
  if (codes.length > 1)
    return fail(
      'BAD_USER_INPUT',
      `Region "${input}" is ambiguous: name the province and city too (e.g. ${codes
        .slice(0, 3)
        .map((c) => divisionFullName(c))
        .join(' or ')})`,
      field,
    );
  return fail(
    'BAD_USER_INPUT',
    `Region "${input}" is not a division we know: write it as 省 + 市 (+ 区/县), e.g. 浙江省宁波市, or give its six-digit code`,
    field,
  );
}
