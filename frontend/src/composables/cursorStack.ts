/**
 * The cursors of the pages visited so far. The server's cursors only go
 * forward, so going back pops to the cursor that opened the previous page.
 * Page 1 has no cursor.
 */
export class CursorStack {
  private cursors: (string | null)[] = [null]

  /** 1-based number of the current page. */
  get page(): number {
    return this.cursors.length
  }

  /** The cursor to send for the current page (null on page 1). */
  get current(): string | null {
    return this.cursors[this.cursors.length - 1]
  }

  get hasPrevious(): boolean {
    return this.cursors.length > 1
  }

  /** Moves to the page that `nextCursor` opens; false when there is none. */
  forward(nextCursor: string | null): boolean {
    if (!nextCursor) return false
    this.cursors.push(nextCursor)
    return true
  }

  /** Moves one page back; false on page 1. */
  back(): boolean {
    if (!this.hasPrevious) return false
    this.cursors.pop()
    return true
  }

  /** Back to page 1, answering the stack as it was, for restore(). */
  rewind(): (string | null)[] {
    const was = this.cursors
    this.cursors = [null]
    return was
  }

  /** Puts back a stack that rewind() answered (the first page failed to load). */
  restore(cursors: (string | null)[]): void {
    this.cursors = cursors
  }

  /** Back to page 1, as when a filter or the page size changes. */
  reset(): void {
    this.cursors = [null]
  }
}
