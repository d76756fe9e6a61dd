/** The registry loads each gate's module only when it runs, and describes each gate exactly as the module does. */
import { describe, expect, it } from '@jest/globals'
import { GATES } from '../../src/gates/registry.js'

describe('gate registry', () => {
  it.each(GATES.map((g) => [g.id, g] as const))('%s: id, title and config schema match the gate module', async (_id, gate) => {
    const loaded = await (gate as typeof gate & { load: () => Promise<typeof gate> }).load()
    expect(loaded.id).toBe(gate.id)
    expect(loaded.title).toBe(gate.title)
    expect(loaded.configSchema).toBe(gate.configSchema)
  })
})
