/** Config pieces shared by every gate block and the top level. */
import { z } from 'zod'
import { SEVERITIES } from '../engine/types.js'

export const thresholdSchema = z
  .enum([...SEVERITIES, 'none'])
  .describe('Block on findings at or above this severity (critical, high, medium, low, info), or none to report only.')

/** Keys every gate block accepts besides its own. */
export const commonGateShape = {
  enabled: z.boolean().optional().describe('Set false to keep the block but not run the gate.'),
  'fail-on': thresholdSchema.optional().describe('Blocking threshold for this gate; defaults to the top-level fail-on.'),
  'timeout-minutes': z.number().positive().max(360).optional().describe('Time limit for this gate (default 20).')
}

export interface CommonGateConfig {
  enabled?: boolean
  'fail-on'?: z.infer<typeof thresholdSchema>
  'timeout-minutes'?: number
}

/** A list of workspace-relative paths or globs. */
export const pathList = z.array(z.string().min(1))
