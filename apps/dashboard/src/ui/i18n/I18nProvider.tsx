import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { en, format, type Lang, type MessageKey, vi } from "./messages";

/** What {@link useI18n} gives. */
export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** The message for a key in the current language, with `{name}` placeholders filled. */
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** Picks the Vietnamese or English text of a bilingual value from the API. */
  pick(message: { vi: string; en: string }): string;
}

const I18nContext = createContext<I18n | null>(null);
const STORAGE_KEY = "kehoach.lang";

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

/** Provides the language (Vietnamese by default, remembered in localStorage). */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // storage unavailable: the choice lasts for this page only
    }
  }, []);
  const value = useMemo<I18n>(() => {
    const table = lang === "vi" ? vi : en;
    return {
      lang,
      setLang,
      t: (key, values) => format(table[key] ?? key, values),
      pick: (m) => (lang === "vi" ? m.vi : m.en),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its messages. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
