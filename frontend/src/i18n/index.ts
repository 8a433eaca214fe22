import { shallowRef } from 'vue'
import { createI18n } from 'vue-i18n'
import type { Language } from 'element-plus/es/locale'
import enElement from 'element-plus/es/locale/lang/en'
import zhCnElement from 'element-plus/es/locale/lang/zh-cn'
import { chinese, english } from './catalogues'
import type { Catalogue } from './zh-CN'

export type Lang = 'zh-CN' | 'en'

export const languages: readonly Lang[] = ['zh-CN', 'en']
const defaultLang: Lang = 'zh-CN'
const storageKey = 'hatchery.lang'

const messages: Record<string, Catalogue> = { 'zh-CN': chinese }

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

/**
 * The language the browser asks for (navigator.languages, most preferred
 * first): the first preference the interface has decides, English for en*
 * and Chinese for zh*; with neither, Chinese.
 */
export function browserLanguage(preferences: readonly string[]): Lang {
  for (const tag of preferences) {
    const lower = tag.toLowerCase()
    if (lower === 'en' || lower.startsWith('en-')) return 'en'
    if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN'
  }
  return defaultLang
}

/**
 * The language chosen earlier on this browser; until one is chosen, the
 * browser's own.
 */
export function storedLanguage(): Lang {
  try {
    const value = localStorage.getItem(storageKey)
    if (isLang(value)) return value
  } catch {
    // Storage refused: fall through to the browser's language.
  }
  const nav = globalThis.navigator
  return browserLanguage(nav?.languages?.length ? nav.languages : [nav?.language ?? ''])
}

export function currentLanguage(): Lang {
  return i18n.global.locale.value as Lang
}

/**
 * Switches the interface language: loads its catalogue on first use (English
 * is fetched only when asked for), switches the Element Plus locale and sets
 * <html lang>. A choice the user made is remembered; the language picked at
 * start-up is not, so the browser's language applies until the user picks.
 */
export async function setLanguage(lang: Lang, remember = true): Promise<void> {
  if (lang === 'en' && !i18n.global.availableLocales.includes('en')) {
    i18n.global.setLocaleMessage('en', await english())
  }
  i18n.global.locale.value = lang
  elementLocale.value = elementLocales[lang]
  document.documentElement.lang = lang
  if (!remember) return
  try {
    localStorage.setItem(storageKey, lang)
  } catch {
    // Private browsing may refuse storage; the switch still applies now.
  }
}

export function otherLanguage(lang: Lang): Lang {
  return lang === 'zh-CN' ? 'en' : 'zh-CN'
}
