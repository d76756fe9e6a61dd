/** The deploy-check result as text (CLI, log), markdown (job summary) and JSON (deploy-check.json). */
import { cell } from '../../report/escape.js'
import type { DeployCheckResult } from './watch.js'

const WORD = { pass: 'healthy', fail: 'unhealthy: roll back', error: 'inconclusive (error)' } as const

function valuesLine(values: Array<number | string | null>): string {
  return values.map((v) => (v === null ? '∅' : String(v))).join(', ')
}

export function renderDeployCheckText(r: DeployCheckResult): string {
  const out = [`deploy-check ${r.prometheus}: ${WORD[r.status]} (${r.pollsMade} of ${r.pollsPlanned} polls, ${r.consecutive} breaches in a row fail a check)`]
  for (const c of r.checks) {
    out.push(`  ${c.status.padEnd(5)} ${c.name}: ${c.message}`)
    out.push(`        values: ${valuesLine(c.polls.map((p) => p.value))}`)
  }
  out.push(`healthy=${r.healthy} rollback=${r.rollback}`)
  return out.join('\n') + '\n'
}

export function renderDeployCheckMarkdown(r: DeployCheckResult): string {
  const icon = { pass: '✅', fail: '❌', error: '⚠️' }[r.status]
  return [
    `## ${icon} deploy-check: ${WORD[r.status]}`,
    '',
    `${cell(r.summary, 1000)}`,
    '',
    `Prometheus ${cell(r.prometheus, 200)}; ${r.pollsMade} of ${r.pollsPlanned} polls from ${r.startedAt} to ${r.endedAt}; a check fails after ${r.consecutive} breaches in a row; no data, NaN and Prometheus errors are inconclusive, never 0.`,
    '',
    '| Check | Result | Threshold | Values seen (∅ = no data) | Query |',
    '| --- | --- | --- | --- | --- |',
    ...r.checks.map((c) => {
      const limit = [c.max !== null ? `≤ ${c.max}` : '', c.min !== null ? `≥ ${c.min}` : ''].filter(Boolean).join(', ')
      return `| ${cell(c.name, 64)} | ${c.status}: ${cell(c.message, 300)} | ${cell(limit, 60)} | ${cell(valuesLine(c.polls.map((p) => p.value)), 400)} | ${cell(c.query, 300)} |`
    }),
    ''
  ].join('\n')
}

export function renderDeployCheckJson(r: DeployCheckResult): string {
  return JSON.stringify({ schemaVersion: 1, kind: 'deploy-check', ...r }, null, 2) + '\n'
}
