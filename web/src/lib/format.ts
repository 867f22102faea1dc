/**
 * Number and date formatting for the UI. Money arrives as exact decimal strings ("1234567.50",
 * at most two decimals) and is formatted with integer arithmetic on fen: never a float.
 */
import { translate, type Locale } from '../i18n/translate';

/** "1234.5" → 123450n (fen). Throws on anything that is not a decimal with at most two decimals. */
export function toFen(amount: string): bigint {
  const match = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(amount.trim());
  if (!match) throw new Error(`not a decimal amount: ${amount}`);
  const [, minus, whole, fraction = ''] = match;
  const fen = BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0'));
  return minus ? -fen : fen;
}

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Fen → "1,234.50" (sign kept). */
function fenToGrouped(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const text = `${group((abs / 100n).toString())}.${(abs % 100n).toString().padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

/** Divides and rounds half away from zero (half-up on the magnitude). */
function divRound(value: bigint, divisor: bigint): bigint {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const q = (abs * 2n + divisor) / (divisor * 2n);
  return negative ? -q : q;
}

/** ¥1,234,567.50 — the full amount, to the fen. Other currencies carry their code. */
export function formatMoney(amount: string, currency = 'CNY'): string {
  const text = fenToGrouped(toFen(amount));
  if (currency !== 'CNY') return `${currency} ${text}`;
  return text.startsWith('-') ? `-¥${text.slice(1)}` : `¥${text}`;
}

/**
 * What a finance user reads at a glance: 123.46 万元 in Chinese (ten-thousands, two decimals,
 * half-up), ¥1.23M in English. Smaller amounts (under 10,000 in Chinese, under a million in
 * English) stay in full.
 */
export function formatWan(amount: string, locale: Locale, currency = 'CNY'): string {
  const fen = toFen(amount);
  const abs = fen < 0n ? -fen : fen;
  // Under 1万 (zh) or under a million (en) the full amount reads best.
  if (abs < (locale === 'zh-CN' ? 1_000_000n : 100_000_000n)) return formatMoney(amount, currency);
  const prefix = currency === 'CNY' ? '¥' : `${currency} `;
  if (locale === 'zh-CN') {
    // 万元 with two decimals: fen / 10,000 yuan = fen / 1,000,000 → hundredths of 万.
    const hundredths = divRound(fen, 10_000n);
    const text = fenToGrouped(hundredths);
    return currency === 'CNY'
      ? `${text} ${translate(locale, 'unit.wanYuan')}`
      : `${currency} ${text} ${translate(locale, 'unit.wan')}`;
  }
  if (abs >= 100_000_000_000n) {
    const hundredths = divRound(fen, 1_000_000_000n); // fen → hundredths of a billion (10⁹ yuan)
    return `${prefix}${fenToGrouped(hundredths)}B`;
  }
  const hundredths = divRound(fen, 1_000_000n); // fen → hundredths of a million yuan
  return `${prefix}${fenToGrouped(hundredths)}M`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * yyyy-MM-dd. A `Date` scalar (a business date, "2026-11-23") is returned as is; a DateTime (an
 * instant) is shown on the calendar of the viewer's clock.
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** yyyy-MM-dd HH:mm on the viewer's clock. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return `${formatDate(value)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A percent given as a decimal string ("77.24") → "77.24%". */
export function formatPercent(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  return `${value}%`;
}

/** Per mille (875) → "87.5%". */
export function formatPerMille(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const whole = Math.trunc(value / 10);
  const tenth = Math.abs(value % 10);
  return tenth === 0 ? `${whole}%` : `${whole}.${tenth}%`;
}

/** Tenths of a day (125) → "12.5". */
export function formatTenths(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return (value / 10).toFixed(1);
}

/** Integer with thousands separators. */
export function formatCount(value: number): string {
  return group(String(value));
}

/**
 * The platform's business time zone (the gateway's BUSINESS_TIME_ZONE, China's by default): business
 * dates — promised dates, due dates, loan ends — are days of its calendar, whatever the viewer's zone.
 */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

/** Today on the business calendar (China's day, not the viewer's or UTC's) as yyyy-MM-dd, plus days. */
export function isoDay(plusDays = 0, from = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: BUSINESS_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(from);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const d = new Date(Date.UTC(part('year'), part('month') - 1, part('day') + plusDays));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Fen → the API's decimal string: 123450n → "1234.50". */
export function fenToAmount(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  return `${negative ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** Sum of decimal strings, exact. */
export function sumAmounts(amounts: string[]): string {
  return fenToAmount(amounts.reduce((acc, a) => acc + toFen(a), 0n));
}

/** Float-free ratio of two decimal amounts as a number for gauges (display only). */
export function ratio(part: string, whole: string): number {
  const w = toFen(whole);
  if (w === 0n) return 0;
  return Number((toFen(part) * 10_000n) / w) / 10_000;
}
