/** A GateContext for tests: real process runner, a temp dir, a recording logger. */
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { recordingLogger } from '../../src/engine/logger.js'
import type { GateContext } from '../../src/engine/types.js'
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
