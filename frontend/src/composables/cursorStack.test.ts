import { describe, expect, it } from 'vitest'
import { CursorStack } from './cursorStack'

describe('CursorStack', () => {
  it('starts on page 1 without a cursor', () => {
    const s = new CursorStack()
    expect(s.page).toBe(1)
    expect(s.current).toBeNull()
    expect(s.hasPrevious).toBe(false)
  })

  it('goes forward with the next cursor and back to the previous one', () => {
    const s = new CursorStack()
    expect(s.forward('c2')).toBe(true)
    expect(s.forward('c3')).toBe(true)
    expect(s.page).toBe(3)
    expect(s.current).toBe('c3')
    expect(s.back()).toBe(true)
    expect(s.current).toBe('c2')
    expect(s.back()).toBe(true)
    expect(s.current).toBeNull()
    expect(s.page).toBe(1)
  })

  it('stays put when there is no next page or no previous page', () => {
    const s = new CursorStack()
    expect(s.back()).toBe(false)
    expect(s.forward(null)).toBe(false)
    expect(s.forward('')).toBe(false)
    expect(s.page).toBe(1)
  })

  it('resets to page 1', () => {
    const s = new CursorStack()
    s.forward('a')
    s.forward('b')
    s.reset()
    expect(s.page).toBe(1)
    expect(s.current).toBeNull()
  })
})
