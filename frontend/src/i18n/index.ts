import { shallowRef } from 'vue'
import { createI18n } from 'vue-i18n'
import type { Language } from 'element-plus/es/locale'
import enElement from 'element-plus/es/locale/lang/en'
import zhCnElement from 'element-plus/es/locale/lang/zh-cn'
import { mergeCatalogue } from './merge'
import staffZhCN from './staff.zh-CN'
import surveyZhCN from './survey.zh-CN'
import zhCN, { type Catalogue } from './zh-CN'

export type Lang = 'zh-CN' | 'en'

export const languages: readonly Lang[] = ['zh-CN', 'en']
const defaultLang: Lang = 'zh-CN'
const storageKey = 'hatchery.lang'

// The staff and survey pages keep their messages in staff.<lang>.ts and
// survey.<lang>.ts, merged in here.
const messages: Record<string, Catalogue> = { 'zh-CN': mergeCatalogue(mergeCatalogue(zhCN, staffZhCN), surveyZhCN) }

export const i18n = createI18n({
  legacy: false,
  locale: defaultLang as string,
  fallbackLocale: defaultLang as string,
  messages,
})

/** The Element Plus locale that matches the current language. */
export const elementLocale = shallowRef<Language>(zhCnElement)

// Element Plus bundles its English locale as its own fallback, so both are
// imported here; only the app's English catalogue is loaded on demand.
const elementLocales: Record<Lang, Language> = { 'zh-CN': zhCnElement, en: enElement }

function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value)
}

/** The language chosen earlier on this browser, else the default. */
export function storedLanguage(): Lang {
  try {
    const value = localStorage.getItem(storageKey)
    return isLang(value) ? value : defaultLang
  } catch {
    return defaultLang
  }
}

export function currentLanguage(): Lang {
  return i18n.global.locale.value as Lang
}

/**
 * Switches the interface language: loads its catalogue on first use (English
 * is fetched only when asked for), switches the Element Plus locale,
 * remembers the choice and sets <html lang>.
 */
export async function setLanguage(lang: Lang): Promise<void> {
  if (lang === 'en' && !i18n.global.availableLocales.includes('en')) {
    const [messages, staff, survey] = await Promise.all([import('./en'), import('./staff.en'), import('./survey.en')])
    i18n.global.setLocaleMessage('en', mergeCatalogue(mergeCatalogue(messages.default, staff.default), survey.default))
  }
  i18n.global.locale.value = lang
  elementLocale.value = elementLocales[lang]
  document.documentElement.lang = lang
  try {
    localStorage.setItem(storageKey, lang)
  } catch {
    // Private browsing may refuse storage; the switch still applies now.
  }
}

export function otherLanguage(lang: Lang): Lang {
  return lang === 'zh-CN' ? 'en' : 'zh-CN'
}
