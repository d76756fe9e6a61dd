/** A GateContext for tests: real process runner, a temp dir, a recording logger. */
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Config, Waiver } from '../../src/config/schema.js'
import { recordingLogger, silentLogger } from '../../src/engine/logger.js'
import { Policy } from '../../src/engine/policy.js'
import { runEngine } from '../../src/engine/run.js'
import type { Gate, GateContext, Report } from '../../src/engine/types.js'
import { processRunner, type ToolRunner } from '../../src/tools/runner.js'

export function gateContext<C>(workspace: string, config: C, over: Partial<GateContext<C>> = {}): GateContext<C> & { logs: string[]; masked: string[] } {
  const logs: string[] = []
  const masked: string[] = []
  return {
    workspace,
    config,
    tools: processRunner as ToolRunner,
    logger: recordingLogger(logs),
    tempDir: mkdtempSync(path.join(os.tmpdir(), 'asg-test-')),
    install: 'never',
    signal: new AbortController().signal,
    maskSecret: (v) => masked.push(v),
    ...over,
    logs,
    masked
  }
}

/** Runs one gate through the real engine and policy with the given block; returns the whole report. */
export async function runOneGate(
  gate: Gate<any>,
  block: Record<string, unknown>,
  opts: { workspace: string; tempDir: string; waivers?: Waiver[]; today?: string; maskSecret?: (v: string) => void; install?: 'auto' | 'never' }
): Promise<Report> {
  return runEngine({
    config: { version: 1, 'fail-on': 'high', 'timeout-minutes': 5, gates: { [gate.id]: block } } as Config,
    registry: [gate],
    policy: new Policy({ waivers: opts.waivers ?? [], baseline: null, today: opts.today ?? '2026-01-01' }),
    workspace: opts.workspace,
    tools: processRunner,
    logger: silentLogger,
    tempDir: opts.tempDir,
    install: opts.install ?? 'never',
    maskSecret: opts.maskSecret ?? (() => undefined)
  })
}
