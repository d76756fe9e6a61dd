/** The environment policy's rules in the job summary and the CLI's text (report.policy; docs/policy.md). */
import type { PolicyRuleResult, Report } from '../engine/types.js'
import { cell } from './escape.js'

const ICON: Record<PolicyRuleResult['result'], string> = { pass: '✅', fail: '❌', warn: '⚠️', error: '⚠️' }

function inputsText(inputs: Record<string, unknown>): string {
  return Object.entries(inputs)
    .map(([k, v]) => `${k} = ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('; ')
}

/** Markdown lines: a table of the rules with their result, message and the values they read. */
export function policyMarkdown(report: Report): string[] {
  const p = report.policy
  if (!p) return []
  const word = { pass: 'passed', fail: 'failed', error: 'could not be evaluated' }[p.status]
  return [
    `### Environment policy: ${cell(p.environment, 100)} ${word}`,
    '',
    '| Rule | Kind | Result | Message | Values read |',
    '| --- | --- | --- | --- | --- |',
    ...p.rules.map((r) => `| ${cell(r.name, 100)} | ${r.kind} | ${ICON[r.result]} ${r.result} | ${cell(r.message, 400)} | ${cell(inputsText(r.inputs), 400)} |`)
  ]
}

/** Plain lines for the CLI (the caller paints and strips control characters through `clean`). */
export function policyText(report: Report, clean: (s: string) => string): string[] {
  const p = report.policy
  if (!p) return []
  const out = [`policy ${clean(p.environment)}: ${p.status}`]
  for (const r of p.rules) {
    out.push(`  ${r.result.padEnd(5)} ${r.kind.padEnd(7)} ${clean(r.name)}: ${clean(r.message).split('\n')[0]}`)
    const read = inputsText(r.inputs)
    if (read && r.result !== 'pass') out.push(`        read: ${clean(read)}`)
  }
  return out
}

/** For the action's last line: the rules that failed or errored. */
export function policyFailures(report: Report): string | null {
  const p = report.policy
  if (!p || p.status === 'pass') return null
  const names = p.rules.filter((r) => r.result === 'fail' || r.result === 'error').map((r) => `${r.name} (${r.result})`)
  return `environment ${p.environment} policy: ${names.join(', ')}`
}
