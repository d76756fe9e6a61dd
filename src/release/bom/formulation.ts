/**
 * Provenance for the BOM's `formulation`: the workflow run (GitHub Actions variables when present),
 * the commit, who triggered it, and the hyperparameters read from params files, as one workflow whose
 * inputs are the datasets and parameters and whose outputs are the models.
 */
import { execFile } from 'node:child_process'
import type { Report } from '../../engine/types.js'
import type { Param } from './params.js'
import { NS, type Prop } from './evidence.js'

export interface RunInfo {
  commit: string | null
  ref: string | null
  repository: string | null
  /** The workflow run's URL (on GitHub), or null. */
  runUrl: string | null
  uid: string
  name: string
  event: string | null
  actor: string | null
  triggeringActor: string | null
  props: Prop[]
}

/** HEAD of the workspace's git repository (argv, 5 s limit), or null. */
export function gitHead(workspace: string): Promise<string | null> {
  return new Promise((resolve) => {
    execFile('git', ['-C', workspace, 'rev-parse', '--verify', '--quiet', 'HEAD'], { timeout: 5000, maxBuffer: 4096, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } }, (err, stdout) => {
      const sha = String(stdout ?? '').trim()
      resolve(!err && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha) ? sha : null)
    })
  })
}

const val = (v: string | undefined): string | null => (v && v.trim() ? v.trim() : null)

/** The run, from GITHUB_* variables (the action, or the CLI inside a workflow) and the report's context. */
export async function runInfo(workspace: string, report: Report | null, env: NodeJS.ProcessEnv): Promise<RunInfo> {
  const inActions = env.GITHUB_ACTIONS === 'true' && !!val(env.GITHUB_RUN_ID)
  const repository = report?.context?.repository ?? val(env.GITHUB_REPOSITORY)
  const commit = report?.context?.sha ?? (inActions ? val(env.GITHUB_SHA) : null) ?? (await gitHead(workspace))
  const server = val(env.GITHUB_SERVER_URL) ?? report?.context?.serverUrl ?? 'https://github.com'
  const runId = inActions ? val(env.GITHUB_RUN_ID) : null
  const attempt = val(env.GITHUB_RUN_ATTEMPT) ?? '1'
  const runUrl = runId && repository ? `${server}/${repository}/actions/runs/${encodeURIComponent(runId)}/attempts/${encodeURIComponent(attempt)}` : null
  const info: RunInfo = {
    commit,
    ref: inActions ? val(env.GITHUB_REF) : null,
    repository,
    runUrl,
    uid: runId ? `github-run-${runId}-${attempt}` : 'local',
    name: inActions ? (val(env.GITHUB_WORKFLOW) ?? 'workflow') : 'local run',
    event: report?.context?.event ?? (inActions ? val(env.GITHUB_EVENT_NAME) : null),
    actor: inActions ? val(env.GITHUB_ACTOR) : null,
    triggeringActor: inActions ? val(env.GITHUB_TRIGGERING_ACTOR) : null,
    props: []
  }
  const p = info.props
  if (commit) p.push([`${NS}:commit`, commit])
  if (info.ref) p.push([`${NS}:ref`, info.ref])
  if (repository) p.push([`${NS}:repository`, repository])
  if (info.event) p.push([`${NS}:event`, info.event])
  if (info.actor) p.push([`${NS}:actor`, info.actor])
  if (info.triggeringActor) p.push([`${NS}:triggering-actor`, info.triggeringActor])
  if (inActions && val(env.GITHUB_JOB)) p.push([`${NS}:job`, env.GITHUB_JOB!.trim()])
  if (inActions && val(env.GITHUB_WORKFLOW_REF)) p.push([`${NS}:workflow-ref`, env.GITHUB_WORKFLOW_REF!.trim()])
  if (!inActions) p.push([`${NS}:run`, 'not in GitHub Actions: no workflow run, actor or trigger recorded'])
  return info
}

function triggerType(event: string | null): string {
  if (event === 'workflow_dispatch') return 'manual'
  if (event === 'schedule') return 'scheduled'
  if (event === 'repository_dispatch' || event === 'workflow_call') return 'api'
  return 'webhook'
}

/** The `formulation` array: one formula with one workflow. */
export function formulation(run: RunInfo, params: Param[], paramSources: string[], inputs: string[], outputs: string[]): Array<Record<string, unknown>> {
  const wfInputs: Array<Record<string, unknown>> = inputs.map((ref) => ({ resource: { ref } }))
  if (params.length) wfInputs.push({ parameters: params.map((x) => ({ name: x.name, value: x.value, dataType: x.dataType })) })
  const workflow: Record<string, unknown> = {
    'bom-ref': 'workflow:run',
    uid: run.uid,
    name: run.name,
    description: run.runUrl ? `The GitHub Actions run ${run.runUrl}` : 'A run outside GitHub Actions',
    taskTypes: ['scan'],
    properties: [
      ...run.props,
      ...paramSources.map((s) => [`${NS}:params-file`, s] as Prop),
      ...(paramSources.length ? [] : [[`${NS}:params`, 'none: no params file was named and there is no params.yaml'] as Prop])
    ].map(([name, value]) => ({ name, value }))
  }
  if (run.actor || run.event) {
    workflow.trigger = {
      'bom-ref': 'workflow:trigger',
      uid: `${run.uid}-trigger`,
      type: triggerType(run.event),
      ...(run.event ? { event: { description: run.event, properties: run.triggeringActor || run.actor ? [{ name: `${NS}:triggered-by`, value: run.triggeringActor ?? run.actor }] : undefined } } : {})
    }
  }
  if (wfInputs.length) workflow.inputs = wfInputs
  if (outputs.length) workflow.outputs = outputs.map((ref) => ({ resource: { ref } }))
  return [{ 'bom-ref': 'formula:run', workflows: [workflow] }]
}
