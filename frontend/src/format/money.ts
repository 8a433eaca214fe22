// Money as the server keeps it: integers of fen (1 yuan = 100 fen), read
// from and shown to people in yuan. No amount passes through a floating
// point number: text is read digit by digit into a BigInt, and fen are
// printed by integer division. The rules follow the server's ParseYuan
// (models/money.go), so what the form accepts the server would too.

/** Every amount lies within ±MAX_FEN: ten billion yuan. */
export const MAX_FEN = 1_000_000_000_000n

/** Why a text is not an amount; each has a message under money.errors. */
export type YuanError = 'empty' | 'syntax' | 'decimals' | 'point' | 'separator' | 'range'

export type YuanParse = { ok: true; fen: number } | { ok: false; error: YuanError }

// Full-width forms as a Chinese input method types them.
const fullWidth: Record<string, string> = { '，': ',', '．': '.', '＋': '+', '－': '-', '。': '.' }

function normalize(text: string): string {
  return text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[，．＋－。]/g, (c) => fullWidth[c] ?? c)
}

function cutYuanSign(s: string): [string, boolean] {
  return s.startsWith('¥') || s.startsWith('￥') ? [s.slice(1), true] : [s, false]
}

const digits = /^[0-9]+$/

/**
 * Reads an amount in yuan as people write it: "1,234.50", "１２３．４５",
 * "¥12.30", "-¥12.30", "0.1". At most two decimals (a third is refused, not
 * rounded), thousands separators only in threes, a digit on each side of
 * the point, nothing else; within ±10^12 fen.
 */
export function parseYuan(text: string): YuanParse {
  let body = normalize(text)
  if (body === '') return { ok: false, error: 'empty' }
  let yuanFirst: boolean
  ;[body, yuanFirst] = cutYuanSign(body)
  let negative = false
  if (body.startsWith('-') || body.startsWith('+')) {
    negative = body[0] === '-'
    body = body.slice(1)
  }
  if (!yuanFirst) [body] = cutYuanSign(body)

  const point = body.indexOf('.')
  const whole = point < 0 ? body : body.slice(0, point)
  const frac = point < 0 ? '' : body.slice(point + 1)
  if (point >= 0 && (whole === '' || frac === '')) return { ok: false, error: 'point' }
  if (frac !== '' && !digits.test(frac)) return { ok: false, error: 'syntax' }
  if (frac.length > 2) return { ok: false, error: 'decimals' }

  let wholeDigits = whole
  if (whole.includes(',')) {
    const groups = whole.split(',')
    if (!groups.every((g) => g === '' || digits.test(g))) return { ok: false, error: 'syntax' }
    const [first, ...rest] = groups
    if (first.length < 1 || first.length > 3 || rest.some((g) => g.length !== 3)) {
      return { ok: false, error: 'separator' }
    }
    wholeDigits = groups.join('')
  }
  if (!digits.test(wholeDigits)) return { ok: false, error: 'syntax' }
  // Leading zeros are harmless; a very long run of digits is out of range
  // before BigInt has to read it.
  const significant = wholeDigits.replace(/^0+(?=\d)/, '')
  if (significant.length > 13) return { ok: false, error: 'range' }

  let fen = BigInt(significant) * 100n + BigInt((frac + '00').slice(0, 2))
  if (fen > MAX_FEN) return { ok: false, error: 'range' }
  if (negative) fen = -fen
  // Within ±10^12, far inside Number's exact integers (2^53).
  return { ok: true, fen: fen === 0n ? 0 : Number(fen) }
}

function toBig(fen: number | bigint): bigint {
  if (typeof fen === 'bigint') return fen
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not a whole number of fen: ${fen}`)
  return BigInt(fen)
}

function grouped(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** Splits fen into sign, whole yuan and the two decimals, as text. */
function parts(fen: number | bigint): { negative: boolean; whole: string; cents: string } {
  const f = toBig(fen)
  const abs = f < 0n ? -f : f
  return { negative: f < 0n, whole: (abs / 100n).toString(), cents: (abs % 100n).toString().padStart(2, '0') }
}

/** "¥1,234.50"; a reversal as "-¥12.30". */
export function formatFen(fen: number | bigint): string {
  const { negative, whole, cents } = parts(fen)
  return `${negative ? '-' : ''}¥${grouped(whole)}.${cents}`
}

/** "1234.50": the yuan as a form field holds them, without sign or separators. */
export function fenToYuanText(fen: number | bigint): string {
  const { negative, whole, cents } = parts(fen)
  return `${negative ? '-' : ''}${whole}.${cents}`
}

/** Sums amounts of fen exactly. */
export function sumFen(amounts: Iterable<number | bigint>): bigint {
  let total = 0n
  for (const a of amounts) total += toBig(a)
  return total
}

/**
 * A short amount for chart axes: "¥12.3万" or "¥1.25亿" in Chinese,
 * "¥123.4K" or "¥1.25M" in English. Rounded half up at the last digit
 * shown, by integer arithmetic.
 */
export function formatFenShort(fen: number | bigint, lang: string): string {
  const f = toBig(fen)
  const negative = f < 0n
  const yuan = (negative ? -f : f) / 100n
  const units: [bigint, string][] = lang.startsWith('zh')
    ? [
        [100_000_000n, '亿'],
        [10_000n, '万'],
      ]
    : [
        [1_000_000_000n, 'B'],
        [1_000_000n, 'M'],
        [1_000n, 'K'],
      ]
  const sign = negative ? '-' : ''
  for (const [size, suffix] of units) {
    if (yuan < size) continue
    // Two decimals below 10 units, one below 100, none above.
    const places = yuan < size * 10n ? 2 : yuan < size * 100n ? 1 : 0
    const scale = 10n ** BigInt(places)
    const scaled = (yuan * scale * 2n + size) / (size * 2n)
    const whole = (scaled / scale).toString()
    const decimals = places ? `.${(scaled % scale).toString().padStart(places, '0')}`.replace(/\.?0+$/, '') : ''
    return `${sign}¥${grouped(whole)}${decimals}${suffix}`
  }
  return `${sign}¥${grouped(yuan.toString())}`
}
