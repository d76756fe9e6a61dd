/** Reads a gates report (report.json, `run --format json`) for the BOM, bounded and shape-checked. */
import { open } from 'node:fs/promises'
import { z } from 'zod'
import { ConfigError, errorMessage } from '../../engine/errors.js'
import type { Report } from '../../engine/types.js'

export const MAX_REPORT_BYTES = 256 * 1024 * 1024

const reportShape = z.looseObject({
  schemaVersion: z.literal(1),
  status: z.enum(['pass', 'fail', 'error']),
  gates: z.array(
    z.looseObject({
      id: z.string(),
      status: z.enum(['pass', 'fail', 'error', 'skipped']),
      summary: z.string(),
      checks: z.array(z.looseObject({ name: z.string(), target: z.string(), outcome: z.string(), details: z.record(z.string(), z.unknown()) })),
      findings: z.array(z.looseObject({ ruleId: z.string(), severity: z.enum(['critical', 'high', 'medium', 'low', 'info']), message: z.string(), location: z.looseObject({ path: z.string() }) }))
    })
  )
})

/** The report at `file` (an absolute path); a file that is not an ai-secure-gates JSON report is a ConfigError naming it and the first offending key. */
export async function readReportFile(file: string): Promise<Report> {
  let text: string
  try {
    const fh = await open(file, 'r')
    try {
      const st = await fh.stat()
      if (!st.isFile()) throw new ConfigError('INPUT', `--report ${file} is not a regular file`)
      if (st.size > MAX_REPORT_BYTES) throw new ConfigError('INPUT', `--report ${file} is larger than ${MAX_REPORT_BYTES / 1024 / 1024} MiB; not read`)
      text = await fh.readFile('utf8')
    } finally {
      await fh.close()
    }
  } catch (e) {
    if (e instanceof ConfigError) throw e
    throw new ConfigError('INPUT', `--report ${file} cannot be read: ${errorMessage(e)}. Write it with \`ai-secure-gates run --format json --output report.json\`.`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    throw new ConfigError('INPUT', `--report ${file} is not JSON (${errorMessage(e)}). Write it with \`ai-secure-gates run --format json --output report.json\`.`)
  }
  const r = reportShape.safeParse(data)
  if (!r.success) {
    const i = r.error.issues[0]
    throw new ConfigError('INPUT', `--report ${file} is not an ai-secure-gates JSON report: at ${i.path.join('.') || '(top)'}: ${i.message}. Write it with \`ai-secure-gates run --format json --output report.json\`.`)
  }
  return r.data as unknown as Report
}
