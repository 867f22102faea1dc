import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { isMessageKey, translate, type Locale, type MessageKey, type Vars } from './translate';

export { isMessageKey, translate, type Locale, type MessageKey, type Vars };
export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, vars?: Vars): string;
  /** For enum values: `tk('order', 'PLACED')` → t('order.PLACED'), or the raw value when absent. */
  tk(prefix: string, value: string): string;
}

const I18nContext = createContext<I18n | undefined>(undefined);
const STORAGE_KEY = 'chainlift.locale';

function initialLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
    document.documentElement.lang = next;
  }, []);
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, vars) => translate(locale, key, vars),
      tk: (prefix, v) => {
        const key = `${prefix}.${v}`;
        return isMessageKey(key) ? translate(locale, key) : v;
      },
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
