/**
 * "Not checked" as opposed to "could not decide": a gate that runs only because it is on by
 * default, and cannot get its tool (not installed and install is never, or no network to install
 * it or its database), did not examine anything. That is reported as skipped, with a NotChecked
 * entry naming what, why and the fix, and the run's verdict covers what was checked. A gate the
 * config asks for stays `error` in the same situation.
 */
import { ToolError } from './errors.js'

/** How the user runs us: decides how a fix is written (a CLI flag or an action input). */
export type Surface = 'cli' | 'action'

const NETWORK = [
  [/ENOTFOUND|EAI_AGAIN|getaddrinfo|Temporary failure in name resolution|Name or service not known|Could not resolve host|no such host|nodename nor servname/i, 'a DNS lookup failed'],
  [/ECONNREFUSED|Connection refused/i, 'the connection was refused'],
  [/ENETUNREACH|EHOSTUNREACH|Network is unreachable|No route to host/i, 'the network is unreachable'],
  [/ETIMEDOUT|ConnectTimeout|timed out while connecting|i\/o timeout|Connection timed out/i, 'the connection timed out'],
  [/ECONNRESET|Connection reset/i, 'the connection was reset'],
  [/Failed to establish a new connection|NewConnectionError|Max retries exceeded with url|ProxyError|certificate verify failed|CERT_|SELF_SIGNED/i, 'a connection could not be made']
] as const

/** The kind of network failure named in an error text ("a DNS lookup failed"), or null. */
export function networkProblem(text: string): string | null {
  for (const [re, what] of NETWORK) if (re.test(text)) return what
  return null
}

/** The host a DNS error names, when it does (getaddrinfo ENOTFOUND github.com, lookup ghcr.io ... no such host). */
export function failedHost(text: string): string | null {
  return /(?:ENOTFOUND|EAI_AGAIN)\s+([A-Za-z0-9.-]+)/.exec(text)?.[1] ?? /lookup\s+([A-Za-z0-9.-]+)(?:\s+on\s+\S+)?:\s*no such host/i.exec(text)?.[1] ?? null
}

/** Text of an error and its causes (a download error wraps the socket error). */
export function fullText(e: unknown): string {
  const parts: string[] = []
  let cur: unknown = e
  for (let depth = 0; cur && depth < 5; depth++) {
    if (cur && typeof cur === 'object' && 'message' in cur) {
      parts.push(String((cur as Error).message), String((cur as NodeJS.ErrnoException).code ?? ''), String((cur as { hostname?: string }).hostname ?? ''))
      if (cur instanceof ToolError && cur.stderrTail) parts.push(cur.stderrTail)
      cur = (cur as { cause?: unknown }).cause
    } else {
      parts.push(String(cur))
      break
    }
  }
  return parts.join('\n')
}

export interface Unavailable {
  /** The tool, when known. */
  tool: string | null
  reason: string
  network: boolean
  /** The user has to install it (install: auto cannot). */
  selfInstall?: boolean
}

/** Whether a thrown error means "the gate's tool could not be had" (missing, or no network to install it). */
export function toolUnavailable(e: unknown): Unavailable | null {
  if (!(e instanceof ToolError)) return null
  const text = fullText(e)
  const tool = e.tool ?? /^([\w.-]+)(?: [\d.]+)?(?::| not found)/.exec(e.message)?.[1] ?? null
  if (e.code === 'TOOL_NOT_FOUND') return { tool, reason: `${tool ?? 'its tool'} is not installed`, network: false }
  // This build carries no complete hash-pinned lock for the tool, so it never installs it: the tool cannot be had here.
  if (e.code === 'TOOL_INSTALL' && /no complete hash-pinned lock/.test(e.message)) {
    return { tool, reason: `${tool ?? 'its tool'} is not installed, and this build cannot install it (no complete hash-pinned lock)`, network: false, selfInstall: true }
  }
  const net = networkProblem(text)
  if (net && (e.code === 'TOOL_INSTALL' || e.code === 'TOOL_FAILED')) {
    const host = failedHost(text)
    return { tool, reason: `${tool ?? 'its tool'} could not be installed: no network (${net}${host ? ` for ${host}` : ''})`, network: true }
  }
  return null
}

/**
 * Error texts a gate returned (not thrown) that all say the network was missing, e.g. trivy
 * failing to download its vulnerability DB; null when any error has another cause.
 */
export function networkOnlyErrors(errors: string[]): string | null {
  if (!errors.length) return null
  const kinds = errors.map(networkProblem)
  if (kinds.some((k) => k === null)) return null
  const host = errors.map(failedHost).find(Boolean)
  return `no network (${kinds[0]}${host ? ` for ${host}` : ''})`
}

/** The one fix for a tool that could not be had, written for the surface the user is on. */
export function toolFix(u: { tool: string | null; network: boolean; selfInstall?: boolean }, surface: Surface, gate: string, install: 'auto' | 'never'): string {
  const tool = u.tool ?? `the ${gate} gate's tool`
  if (u.selfInstall) return surface === 'cli' ? `install ${tool} and put it on PATH` : `install ${tool} in an earlier step`
  if (!u.network && install === 'never') {
    return surface === 'cli' ? `rerun with --install auto (or put ${tool} on PATH)` : `set the action input install: auto (or install ${tool} in an earlier step)`
  }
  if (!u.network) return `put ${tool} on PATH`
  return surface === 'cli' ? `run where the network is reachable, or install ${tool} and put it on PATH` : `allow the runner to reach the network, or install ${tool} in an earlier step`
}
