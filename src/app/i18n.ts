/**
 * Two languages, always both: every string table is declared with `defineStrings`, whose type makes a
 * missing Chinese or English entry a compile error. Each feature owns its own table.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** A message is plain text or a function of its parameters. */
export type Message = string | ((...args: never[]) => string);
export type Messages = Record<string, Message>;

/** Declares one feature's strings in both languages; Chinese must have exactly the English keys and types. */
export function defineStrings<T extends Messages>(table: { en: T; zh: NoInfer<T> }): Record<Lang, T> {
  return table;
}

const STORAGE_KEY = 'receipt-rescue.lang';

/** The merchant's explicit choice if there is one, else the browser's preference. */
export function initialLang(
  stored: string | null = safeStorageGet(),
  preferred: readonly string[] = navigator.languages,
): Lang {
  if (stored === 'zh' || stored === 'en') return stored;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'zh') return 'zh';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch (error) {
    // Private mode or storage disabled: the switch still works for this visit.
    console.warn('language choice not saved', error);
  }
}

function safeStorageGet(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** BCP 47 tag for `<html lang>` and `Intl` formatting. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

export const LangContext = createContext<Lang>('en');

/** The current language's half of a string table. */
export function useStrings<T extends Messages>(table: Record<Lang, T>): T {
  return table[useContext(LangContext)];
}

export function useLang(): Lang {
  return useContext(LangContext);
}
