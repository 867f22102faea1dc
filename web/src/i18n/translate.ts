/** The catalogue lookup, free of React (unit-tested on its own). */
import { en } from './en';
import { zhCN, type MessageKey } from './zh-CN';

export type { MessageKey };
/** The catalogue's languages: Chinese first, English on request. */
export type Locale = 'zh-CN' | 'en';
export type Vars = Record<string, string | number | null | undefined>;

const catalogues: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

/** Fills `{name}` placeholders; unknown placeholders stay visible so a gap is noticed. */
export function translate(locale: Locale, key: MessageKey, vars: Vars = {}): string {
  return catalogues[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined || value === null ? whole : String(value);
  });
}

/** A key built at run time from an enum value (e.g. `order.${status}`), checked against the catalogue. */
export function isMessageKey(key: string): key is MessageKey {
  return key in zhCN;
}
