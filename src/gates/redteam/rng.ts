/** A seeded PRNG (mulberry32) and fresh canaries: the suite is the same for the same seed and canaries. */
import { randomBytes } from 'node:crypto'

export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

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
