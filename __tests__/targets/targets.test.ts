import { afterEach, describe, expect, it } from '@jest/globals'
import { chmod, mkdtemp, writeFile } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { targetSchema } from '../../src/targets/config.js'
import { createSession, TargetError, type TargetSession } from '../../src/targets/index.js'
import { parseJsonPath, walkJsonPath } from '../../src/targets/jsonpath.js'
import { chatHandler, obedient, startFake, type FakeServer, type Handler } from '../support/fake-model.js'

const servers: FakeServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()))
})

async function fake(h: Handler) {
  const s = await startFake(h)
  servers.push(s)
  return s
}

function session(cfg: Record<string, unknown>, env: Record<string, string> = {}, masked: string[] = []): TargetSession {
  const c = targetSchema.parse(cfg)
  return createSession(c, { workspace: process.cwd(), env, maskSecret: (v) => masked.push(v), where: 'gates.redteam.target' }, { signal: new AbortController().signal, backoffMs: 5 })
}

const req = { system: 'S', prompt: 'P "q"\n' }

describe('target clients against scripted endpoints on 127.0.0.1', () => {
  it('openai: sends system and user messages, temperature 0, stream false, the key from the named variable (masked)', async () => {
    const s = await fake(chatHandler(obedient))
    const masked: string[] = []
    const t = session({ kind: 'openai', url: `${s.url}/v1`, model: 'm', 'api-key-env': 'MY_KEY' }, { MY_KEY: 'sk-secret-123' }, masked)
    const a = await t.ask(req)
    expect(a.text).toContain('P "q"')
    expect(a.finishReason).toBe('stop')
    expect(s.requests[0].path).toBe('/v1/chat/completions')
    expect(s.requests[0].body).toMatchObject({ model: 'm', stream: false, temperature: 0, messages: [{ role: 'system', content: 'S' }, { role: 'user', content: 'P "q"\n' }] })
    expect(s.requests[0].headers.authorization).toBe('Bearer sk-secret-123')
    expect(masked).toEqual(['sk-secret-123'])
    expect(t.client.label).not.toContain('sk-secret')
    expect(t.counts).toMatchObject({ attempted: 1, completed: 1, failed: 0, requests: 1 })
  })

  it('ollama: /api/chat with stream false and num_predict', async () => {
    const s = await fake(chatHandler(obedient))
    const a = await session({ kind: 'ollama', url: s.url, model: 'llama3.2', 'max-tokens': 32 }).ask(req)
    expect(a.text).toContain('P "q"')
    expect(s.requests[0].path).toBe('/api/chat')
    expect(s.requests[0].body).toMatchObject({ stream: false, options: { temperature: 0, num_predict: 32 } })
  })

  it('rest: fills {{prompt}}/{{system}} JSON-escaped and {{key}} in headers, reads the JSONPath', async () => {
    const s = await fake(chatHandler(obedient))
    const t = session(
      { kind: 'rest', url: `${s.url}/reply`, headers: { 'X-Api-Key': '{{key}}' }, body: { input: { text: '{{prompt}}', sys: '{{system}}' } }, 'response-path': '$.data.reply', 'api-key-env': 'K' },
      { K: 'k1' }
    )
    const a = await t.ask(req)
    expect(s.requests[0].body).toEqual({ input: { text: 'P "q"\n', sys: 'S' } })
    expect(s.requests[0].headers['x-api-key']).toBe('k1')
    expect(a.text).toContain('Sure!')
  })

  it('command: prompt on stdin, system prompt in SYSTEM_PROMPT, answer from stdout', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'asg-cmd-'))
    const script = path.join(dir, 'model.sh')
    await writeFile(script, '#!/bin/sh\nprintf "sys=%s prompt=" "$SYSTEM_PROMPT"\ncat\n')
    await chmod(script, 0o755)
    const a = await session({ kind: 'command', command: ['/bin/sh', script] }).ask(req)
    expect(a.text).toBe('sys=S prompt=P "q"\n')
    const bad = session({ kind: 'command', command: ['/bin/sh', '-c', 'echo broken >&2; exit 3'] })
    await expect(bad.ask(req)).rejects.toThrow(/exited with code 3: broken/)
  })

  it('a prompt blocked by the content filter (Azure: HTTP 400, code content_filter) is a refusal, not an error', async () => {
    const s = await fake(() => ({ status: 400, body: JSON.stringify({ error: { message: 'The response was filtered', type: null, param: 'prompt', code: 'content_filter', status: 400 } }) }))
    const a = await session({ kind: 'openai', url: s.url, model: 'm' }).ask(req)
    expect(a).toEqual({ text: '', refusal: 'blocked by the content filter (HTTP 400)', finishReason: 'content_filter' })
  })

  it('retries 429 and 500 with backoff, then answers; counts requests and retries', async () => {
    const ok = chatHandler(obedient)
    const s = await fake((p, b, n) => (n === 1 ? { status: 429, body: '{"error":"slow down"}', headers: { 'retry-after': '0' } } : n === 2 ? { status: 500, body: 'oops' } : ok(p, b, n)))
    const t = session({ kind: 'openai', url: s.url, model: 'm' })
    await t.ask(req)
    expect(t.counts).toMatchObject({ attempted: 1, completed: 1, requests: 3, retries: 2 })
  })

  it('gives up after its retries on a server that keeps failing, and times out a slow one', async () => {
    const s = await fake(() => ({ status: 503, body: 'busy' }))
    const t = session({ kind: 'openai', url: s.url, model: 'm', retries: 2 })
    await expect(t.ask(req)).rejects.toThrow(/HTTP 503: busy/)
    expect(t.counts).toMatchObject({ attempted: 1, completed: 0, failed: 1, requests: 3, retries: 2 })
    const slow = await fake(() => ({ body: '{}', delayMs: 3000 }))
    const u = session({ kind: 'openai', url: slow.url, model: 'm', retries: 0, 'timeout-seconds': 0.2 })
    await expect(u.ask(req)).rejects.toThrow(/no answer within timeout-seconds/)
  })

  it('stops at the request budget and says which budget', async () => {
    const s = await fake(chatHandler(obedient))
    const t = session({ kind: 'openai', url: s.url, model: 'm', 'max-requests': 2 })
    await t.ask(req)
    await t.ask(req)
    await expect(t.ask(req)).rejects.toThrow(/max-requests: 2/)
    expect(t.budgetExhausted).toMatch(/request budget/)
    expect(s.requests).toHaveLength(2)
  })

  it('keeps at most `concurrency` requests in flight', async () => {
    let inFlight = 0
    let peak = 0
    const ok = chatHandler(obedient)
    const s = await fake((p, b, n) => {
      inFlight++
      peak = Math.max(peak, inFlight)
      setTimeout(() => inFlight--, 50)
      return { ...ok(p, b, n), delayMs: 50 }
    })
    const t = session({ kind: 'openai', url: s.url, model: 'm', concurrency: 2 })
    await Promise.all(Array.from({ length: 6 }, () => t.ask(req)))
    expect(peak).toBeLessThanOrEqual(2)
    expect(t.counts.completed).toBe(6)
  })

  it('waits for a server that starts later (readiness), and says when it never came up', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer()
      probe.listen(0, '127.0.0.1', () => {
        const p = (probe.address() as net.AddressInfo).port
        probe.close(() => resolve(p))
      })
    })
    const t = session({ kind: 'openai', url: `http://127.0.0.1:${port}/v1`, model: 'm', 'ready-timeout-seconds': 10 })
    const http = await import('node:http')
    let server: import('node:http').Server | undefined
    setTimeout(() => {
      server = http.createServer((_q, r) => r.end(JSON.stringify({ choices: [{ message: { content: 'OK' }, finish_reason: 'stop' }] }))).listen(port, '127.0.0.1')
    }, 1200)
    const a = await t.ready(req)
    expect(a.text).toBe('OK')
    expect(t.counts.requests).toBeGreaterThan(1)
    server?.closeAllConnections()
    server?.close()
    const never = session({ kind: 'openai', url: `http://127.0.0.1:${port}/v1`, model: 'm', 'ready-timeout-seconds': 1.5 })
    await expect(never.ready(req)).rejects.toThrow(/not ready after ready-timeout-seconds \(1.5 s\): cannot reach/)
  })
})

describe('bad answers and bad config are specific errors', () => {
  const cases: Array<[string, Handler, RegExp]> = [
    ['HTML', () => ({ body: '<html><body>Login</body></html>', headers: { 'content-type': 'text/html' } }), /answered HTML, not JSON/],
    ['an empty body', () => ({ body: '' }), /empty body/],
    ['a 200 with an error object', () => ({ body: JSON.stringify({ error: { message: 'model overloaded', type: 'x' } }) }), /HTTP 200 with an error: model overloaded/],
    ['a stream', () => ({ body: 'data: {"choices":[]}\n\ndata: [DONE]\n', headers: { 'content-type': 'text/event-stream' } }), /stream .*stream: false/],
    ['a 404', () => ({ status: 404, body: '{"error":"model m not found"}' }), /HTTP 404 \(check the URL and the model name\)/],
    ['a redirect', () => ({ status: 302, body: '', headers: { location: 'http://127.0.0.1:1/login' } }), /redirect .* not followed/],
    ['no choices', () => ({ body: '{"result":"hi"}' }), /no choices\[0\] \(keys: result\)/],
    ['a huge answer', () => ({ body: JSON.stringify({ choices: [{ message: { content: 'x'.repeat(3000) } }] }) }), /larger than max-answer-kb/]
  ]
  for (const [what, h, re] of cases) {
    it(`openai endpoint answering ${what}`, async () => {
      const s = await fake(h)
      const t = session({ kind: 'openai', url: s.url, model: 'm', 'max-answer-kb': 2 })
      const e = await t.ask(req).catch((x) => x)
      expect(e).toBeInstanceOf(TargetError)
      expect(e.message).toMatch(re)
      expect(e.retryable).toBe(false)
      expect(s.requests).toHaveLength(1)
    })
  }

  it('rest: a JSONPath that finds nothing, or finds an object, names the path', async () => {
    const s = await fake(() => ({ body: JSON.stringify({ data: { reply: { text: 'hi' } } }) }))
    const miss = session({ kind: 'rest', url: s.url, body: { q: '{{prompt}}' }, 'response-path': '$.data.answer' })
    await expect(miss.ask(req)).rejects.toThrow(/response-path \$\.data\.answer finds nothing .*stopped at \$\.data\.answer; top-level keys: data/)
    const obj = session({ kind: 'rest', url: s.url, body: { q: '{{prompt}}' }, 'response-path': '$.data.reply' })
    await expect(obj.ask(req)).rejects.toThrow(/finds an object, not text/)
  })

  it('config: no {{prompt}}, bad JSONPath, unset key variable, non-loopback with loopback-only', () => {
    expect(() => session({ kind: 'rest', url: 'http://127.0.0.1:1', body: { q: 'hello' }, 'response-path': '$.a' })).toThrow(/body has no \{\{prompt\}\} placeholder/)
    expect(() => session({ kind: 'rest', url: 'http://127.0.0.1:1', body: { q: '{{prompt}}' }, 'response-path': '$..a[?(@.x)]' })).toThrow(/response-path/)
    expect(() => session({ kind: 'openai', url: 'http://127.0.0.1:1/v1', model: 'm', 'api-key-env': 'NOPE_UNSET' })).toThrow(/NOPE_UNSET, but that environment variable is empty/)
    expect(() => session({ kind: 'openai', url: 'http://10.1.2.3:8000/v1', model: 'm', 'loopback-only': true })).toThrow(/not a loopback address/)
    expect(() => session({ kind: 'openai', url: 'http://api.example.com/v1', model: 'm', 'api-key-env': 'K' }, { K: 'x' })).toThrow(/plain http/)
    expect(() => targetSchema.parse({ kind: 'openai', url: 'http://x/v1', model: 'm', 'api-key-env': 'sk-live-abc' })).toThrow(/name of an environment variable/)
  })

  it('jsonpath subset', () => {
    const doc = { choices: [{ message: { content: 'a' } }], 'odd key': ['x', 'y'] }
    expect(walkJsonPath(doc, parseJsonPath('$.choices[0].message.content'))).toEqual({ found: true, value: 'a' })
    expect(walkJsonPath(doc, parseJsonPath("$['odd key'][-1]"))).toEqual({ found: true, value: 'y' })
    expect(walkJsonPath(doc, parseJsonPath('$.choices[1]'))).toEqual({ found: false, at: 1 })
    expect(walkJsonPath({ constructor: 1 }, parseJsonPath('$.toString'))).toEqual({ found: false, at: 0 })
    expect(() => parseJsonPath('choices')).toThrow(/must start with \$/)
  })
})

describe("garak's REST generator file from the same target config", () => {
  it('openai and rest targets; the key stays an environment variable name', async () => {
    const { garakRestOptions } = await import('../../src/targets/garak-rest.js')
    const o = garakRestOptions(targetSchema.parse({ kind: 'openai', url: 'http://127.0.0.1:8000/v1/', model: 'm', 'api-key-env': 'OPENAI_KEY' }), 'Be nice.') as any
    expect(o.rest.RestGenerator).toMatchObject({
      uri: 'http://127.0.0.1:8000/v1/chat/completions',
      key_env_var: 'OPENAI_KEY',
      headers: { Authorization: 'Bearer $KEY' },
      req_template_json_object: { stream: false, messages: [{ role: 'system', content: 'Be nice.' }, { role: 'user', content: '$INPUT' }] },
      response_json: true,
      response_json_field: '$.choices[0].message.content',
      ratelimit_codes: [429]
    })
    const r = garakRestOptions(targetSchema.parse({ kind: 'rest', url: 'http://127.0.0.1:1/chat', headers: { 'X-Key': '{{key}}' }, body: { q: '{{prompt}}', s: '{{system}}' }, 'response-path': '$.reply' }), 'say "hi"') as any
    expect(r.rest.RestGenerator).toMatchObject({ req_template_json_object: { q: '$INPUT', s: 'say "hi"' }, headers: { 'X-Key': '$KEY' }, response_json_field: '$.reply', method: 'post' })
    expect(() => garakRestOptions(targetSchema.parse({ kind: 'command', command: ['x'] }), '')).toThrow(/garak cannot drive a command target/)
  })
})
