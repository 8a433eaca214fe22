// Idempotency keys for the money POSTs (SPEC 4.2): the server books a key
// once and answers a repeat of the same request with the first answer. A
// form keeps one key while what it sends stays the same, so a double click
// or a retry after a lost answer never books twice; a changed form gets a
// new key (the server refuses one key for two different requests).

/**
 * A random (version 4) UUID. crypto.randomUUID exists only in secure
 * contexts; getRandomValues also on a plain-HTTP intranet address.
 */
export function newUUID(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const b = random(new Uint8Array(16))
  b[6] = (b[6] & 0x0f) | 0x40
  b[8] = (b[8] & 0x3f) | 0x80
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** The key of one form's submissions. */
export class IdempotencyKeys {
  private key = ''
  private body = ''

  constructor(private readonly make: () => string = () => newUUID()) {}

  /** The key to send with `body`: the last one while the body is unchanged, else a new one. */
  keyFor(body: unknown): string {
    const text = JSON.stringify(body)
    if (!this.key || text !== this.body) {
      this.key = this.make()
      this.body = text
    }
    return this.key
  }

  /** Forgets the key: the next submission is a new one (the form opened again, or was booked). */
  reset(): void {
    this.key = ''
    this.body = ''
  }
}
