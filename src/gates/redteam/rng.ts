/**
 * Seeded sampling of attacks and fresh canaries: the suite is the same for the same seed and canaries.
 * The generator itself is the project's shared one (scanners/stats/rng.ts).
 */
import { randomBytes } from 'node:crypto'

/** `count` items of `items`, picked without replacement in a seeded order (all of them if fewer). */
export function sample<T>(items: T[], count: number, rand: () => number): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy.slice(0, Math.min(count, copy.length))
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** A random token such as ZQ7K-M3XP-9F2C: letters and digits nobody writes by chance. */
export function freshCanary(prefix = ''): string {
  const b = randomBytes(12)
  const chars = [...b].map((x) => ALPHABET[x % ALPHABET.length]).join('')
  return `${prefix}${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`
}
