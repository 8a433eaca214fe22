// A browser's User-Agent header in a few words, for the sessions table: the
// browser and the system, e.g. "Chrome 131 · Windows". The full header is
// shown beside it on hover.

const browsers: readonly [RegExp, string][] = [
  [/MicroMessenger\/(\d+)/, 'WeChat'],
  [/Edg(?:e|A|iOS)?\/(\d+)/, 'Edge'],
  [/(?:OPR|Opera)\/(\d+)/, 'Opera'],
  [/Firefox\/(\d+)/, 'Firefox'],
  [/(?:Chrome|CriOS)\/(\d+)/, 'Chrome'],
  [/Version\/(\d+)[.\d]* (?:Mobile\/\S+ )?Safari\//, 'Safari'],
]

const systems: readonly [RegExp, string][] = [
  [/Windows NT/, 'Windows'],
  [/Android/, 'Android'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
]

/** "Chrome 131 · Windows"; null when the header names no browser or system known here. */
export function describeUserAgent(ua: string): string | null {
  const parts: string[] = []
  for (const [re, name] of browsers) {
    const m = re.exec(ua)
    if (m) {
      parts.push(`${name} ${m[1]}`)
      break
    }
  }
  for (const [re, name] of systems) {
    if (re.test(ua)) {
      parts.push(name)
      break
    }
  }
  return parts.length ? parts.join(' · ') : null
}
