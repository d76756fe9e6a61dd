/**
 * The manifest of the tools installed for the tests (scripts/install-tools.ts writes it; the tests read it
 * through __tests__/support/tools.ts). One JSON file, by default ~/.cache/ai-secure-gates/test-tools.json,
 * or the file named by AI_SECURE_GATES_TOOLS_MANIFEST.
 */
import os from 'node:os'
import path from 'node:path'

export type TestToolName = 'bandit' | 'pip-audit' | 'trivy' | 'gitleaks' | 'cosign'
export const TEST_TOOLS: TestToolName[] = ['bandit', 'pip-audit', 'trivy', 'gitleaks']
/**
 * Built only on request (`install-tools.ts cosign`, or AI_SECURE_GATES_BUILD_COSIGN=1), or reused when
 * already built: a cold cosign build costs more than the CI budget leaves (see install-tools.ts).
 */
export const ON_REQUEST_TOOLS: TestToolName[] = ['cosign']

export interface ManifestTool {
  path: string
  version: string
  /** How it was installed, in words. */
  how: string
}

export interface ToolsManifest {
  schema: 1
  written: string
  tools: Partial<Record<TestToolName, ManifestTool>>
  /** Tools deliberately not installed, with the reason (e.g. garak). */
  notInstalled: Record<string, string>
}

export function cacheRoot(): string {
  return process.env.AI_SECURE_GATES_CACHE || path.join(os.homedir(), '.cache', 'ai-secure-gates')
}

export function manifestPath(): string {
  return process.env.AI_SECURE_GATES_TOOLS_MANIFEST || path.join(cacheRoot(), 'test-tools.json')
}
