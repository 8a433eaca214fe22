import { afterEach, describe, expect, it, vi } from 'vitest'
import { browserLanguage, storedLanguage } from './index'

describe('browserLanguage', () => {
  it.each([
    ['English first', ['en-US', 'zh-CN'], 'en'],
    ['plain en', ['en'], 'en'],
    ['British English, upper case', ['EN-GB'], 'en'],
    ['Chinese first', ['zh-CN', 'en-US'], 'zh-CN'],
    ['Taiwanese Chinese', ['zh-TW'], 'zh-CN'],
    ['an unsupported language before English', ['de-DE', 'en'], 'en'],
    ['an unsupported language before Chinese', ['fr', 'zh'], 'zh-CN'],
    ['only unsupported languages', ['fr-FR', 'de'], 'zh-CN'],
    ['a tag that only begins with en', ['eng'], 'zh-CN'],
    ['nothing', [], 'zh-CN'],
  ] as const)('%s', (_, preferences, want) => {
    expect(browserLanguage(preferences)).toBe(want)
  })
})

describe('storedLanguage', () => {
  afterEach(() => vi.unstubAllGlobals())

  function stub(stored: string | null, languages: string[]): void {
    vi.stubGlobal('localStorage', { getItem: () => stored, setItem: () => undefined })
    vi.stubGlobal('navigator', { languages, language: languages[0] ?? '' })
  }

  it('follows the browser until the user picks a language', () => {
    stub(null, ['en-US'])
    expect(storedLanguage()).toBe('en')
    stub(null, ['zh-CN'])
    expect(storedLanguage()).toBe('zh-CN')
  })

  it('keeps the language the user picked over the browser', () => {
    stub('zh-CN', ['en-US'])
    expect(storedLanguage()).toBe('zh-CN')
    stub('en', ['zh-CN'])
    expect(storedLanguage()).toBe('en')
  })

  it('ignores a stored value that is no language of the interface', () => {
    stub('fr', ['en-GB'])
    expect(storedLanguage()).toBe('en')
  })

  it('falls back to the browser when storage is refused', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('denied')
      },
    })
    vi.stubGlobal('navigator', { languages: ['en'], language: 'en' })
    expect(storedLanguage()).toBe('en')
  })
})
