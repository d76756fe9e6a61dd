import type { TextAttackConfig } from './config.js'
import type { Column, Example } from './dataset.js'
import type { Oracle } from './oracle.js'
import type { AttackRun } from './outcome.js'

export async function textAttack(_e: Example[], _c: string[], columns: Column[], _o: string[], _cfg: TextAttackConfig, _s: number, _or: Oracle, _n: number): Promise<AttackRun> {
  if (!columns.some((c) => c.type === 'text' && !c.frozen)) return { id: 'text', outcomes: [], skipped: 'no text column', measure: 'share of words changed' }
  return { id: 'text', outcomes: [], skipped: 'text attacks are not built yet', measure: 'share of words changed' }
}
