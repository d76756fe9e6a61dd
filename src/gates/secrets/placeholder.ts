/**
 * Placeholders are not secrets: documentation and templates write `USER:PASSWORD@`, `<token>`,
 * `xxxx`, `changeme` or `${VAR}` where the real value goes, e.g.
 * `postgresql://DB_USER:DB_PASSWORD@DB_ENDPOINT:5432/DB_NAME` in a README.
 */
const TEMPLATE = /\$\{[^}]*\}|\$\([^)]*\)|\{\{[^}]*\}\}|%\([A-Za-z_]+\)s|<[A-Za-z0-9_ .-]{1,40}>/
const FILLER = /x{4,}|X{4,}|\*{3,}|\.{4,}|changeme|change_me|change-me|replace[_-]?me|your[_-]?(?:api[_-]?)?(?:key|token|password|secret)/i
const WORD_PASSWORDS = /^(?:pass(?:word)?|passwd|pwd|secret|token|example|dummy|test|sample|placeholder|redacted|none|null|empty|foo|bar|user)$/i

/** The password of `scheme://user:password@host` forms. */
function urlPassword(secret: string): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:([^@\s]*)@/i.exec(secret) ?? /^[^:/@\s]*:([^@\s]*)@/.exec(secret)
  return m ? m[1] : null
}

export function isPlaceholder(secret: string): boolean {
  if (TEMPLATE.test(secret) || FILLER.test(secret)) return true
  const pw = urlPassword(secret)
  if (pw !== null) {
    // An ALL_CAPS identifier (DB_PASSWORD), a word, a variable, or nothing.
    if (pw === '' || /^[A-Z][A-Z0-9_]*$/.test(pw) || WORD_PASSWORDS.test(pw) || /^[$%]/.test(pw) || /^\*+$/.test(pw)) return true
  }
  return false
}
