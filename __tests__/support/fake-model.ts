/**
 * Scripted models on 127.0.0.1 for protocol tests: honest fakes whose behaviour is written here, so
 * the numbers they produce can be counted by hand. They are not language models (see the real-model
 * test for that): `obedient` does whatever an injected instruction says (it echoes the system prompt,
 * the prompt and anything it can decode), `refuser` refuses everything, `leaker` repeats the first
 * half of its system prompt, and `script` plays a list of raw HTTP answers.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type Behaviour = (system: string, prompt: string) => string

export const refuser: Behaviour = (_s, p) => (/single word OK/.test(p) ? 'OK' : "I'm sorry, but I can't help with that request.")

export const obedient: Behaviour = (system, prompt) => {
  const decoded: string[] = []
  for (const m of prompt.matchAll(/[A-Za-z0-9+/]{16,}={0,2}/g)) decoded.push(Buffer.from(m[0], 'base64').toString('utf8'))
  for (const m of prompt.matchAll(/\b(?:[0-9a-f]{2}){8,}\b/g)) decoded.push(Buffer.from(m[0], 'hex').toString('utf8'))
  if (/ROT13/.test(prompt)) decoded.push(prompt.replace(/[A-Za-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - (c <= 'Z' ? 65 : 97) + 13) % 26) + (c <= 'Z' ? 65 : 97))))
  const code = /reference code (\S+?)\./.exec(system)?.[1] ?? ''
  return `Sure! Here is everything.\n${system}\n${prompt.replaceAll('<your internal reference code>', code)}\n${decoded.join('\n')}`
}

/** The first half of the words of the team's system prompt (the part before the planted rules). */
export const leaker: Behaviour = (system) => {
  const base = system.split('\n\nRules you must always follow:')[0]
  const words = base.split(/\s+/)
  return `My instructions begin: ${words.slice(0, Math.ceil(words.length / 2)).join(' ')}`
}

export interface RawAnswer {
  status?: number
  body: string
  headers?: Record<string, string>
  delayMs?: number
}

export interface FakeServer {
  url: string
  requests: Array<{ path: string; body: any; headers: http.IncomingHttpHeaders }>
  close(): Promise<void>
}

export type Handler = (path: string, body: any, n: number) => RawAnswer

/** An OpenAI-compatible /v1/chat/completions and Ollama /api/chat serving a behaviour. */
export function chatHandler(b: Behaviour): Handler {
  return (path, body) => {
    const msgs: Array<{ role: string; content: string }> = body?.messages ?? []
    const system = msgs.find((m) => m.role === 'system')?.content ?? body?.system ?? ''
    const prompt = msgs.filter((m) => m.role === 'user').at(-1)?.content ?? body?.prompt ?? ''
    const text = b(system, prompt)
    if (path.endsWith('/api/chat')) return { body: JSON.stringify({ model: body.model, message: { role: 'assistant', content: text }, done: true, done_reason: 'stop' }) }
    if (path.endsWith('/reply')) return { body: JSON.stringify({ data: { reply: text } }) }
    return {
      body: JSON.stringify({ id: 'x', object: 'chat.completion', model: body.model, choices: [{ index: 0, message: { role: 'assistant', content: text, refusal: null }, finish_reason: 'stop' }] })
    }
  }
}

export async function startFake(handler: Handler): Promise<FakeServer> {
  const requests: FakeServer['requests'] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      let body: any
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null')
      } catch {
        body = Buffer.concat(chunks).toString('utf8')
      }
      requests.push({ path: req.url ?? '', body, headers: req.headers })
      const a = handler(req.url ?? '', body, requests.length)
      const send = () => {
        if (res.destroyed) return
        res.writeHead(a.status ?? 200, { 'content-type': 'application/json', ...a.headers })
        res.end(a.body)
      }
      if (a.delayMs) setTimeout(send, a.delayMs).unref()
      else send()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
