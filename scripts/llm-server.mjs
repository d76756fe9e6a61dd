#!/usr/bin/env node
/* global process, console, Buffer, AbortController */
// A small OpenAI-compatible chat server on 127.0.0.1 for the redteam tests and the demo: it serves the GGUF model
// that scripts/setup-test-model.sh put in the cache with node-llama-cpp on the CPU. Not part of the product.
//   node scripts/llm-server.mjs [--port 0] [--threads 1] [--parallel 2]
// prints "listening http://127.0.0.1:PORT" when ready. POST /v1/chat/completions (non-streaming), GET /v1/models.
// `--parallel` requests are answered at once, each by its own context on `--threads` CPU threads (default: one
// context per core, one thread each: llama.cpp's threads spin on a barrier, so one context spread over every core
// of a shared machine slows to a crawl whenever another process takes a core). Greedy decoding, answers capped at
// 256 tokens. Only binds loopback.
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const args = process.argv.slice(2)
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : dflt
}
const cache = process.env.AISG_LLM_CACHE ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'ai-secure-gates', 'llm')
const modelPath = opt('model', path.join(cache, 'SmolLM2-135M-Instruct.Q4_1.gguf'))
const runtime = path.join(cache, 'runtime', 'node_modules', 'node-llama-cpp', 'dist', 'index.js')
const threads = Number(opt('threads', '1'))
const parallel = Math.max(1, Number(opt('parallel', String(Math.min(2, os.availableParallelism())))))
const modelName = 'smollm2-135m-instruct'

const { getLlama, LlamaChatSession } = await import(pathToFileURL(runtime).href)
const llama = await getLlama({ gpu: false, build: 'never', logLevel: 'error' })
const model = await llama.loadModel({ modelPath })
// Each context keeps one sequence for its whole life, so the tokens a request shares with the one before (the chat
// template and the system prompt) are not evaluated again, as llama.cpp's server and vLLM cache a shared prefix.
const free = []
for (let i = 0; i < parallel; i++) free.push((await model.createContext({ contextSize: 2048, threads })).getSequence())
const waiting = []
const acquire = () => (free.length ? Promise.resolve(free.pop()) : new Promise((resolve) => waiting.push(resolve)))
const release = (sequence) => (waiting.length ? waiting.shift()(sequence) : free.push(sequence))

// A client that hung up (its time-out) is not answered: its queued request is dropped and a running
// generation stops, so a client's retries do not pile up behind work nobody waits for.
async function generate(system, prompt, maxTokens, signal) {
  const sequence = await acquire()
  const session = new LlamaChatSession({ contextSequence: sequence, autoDisposeSequence: false, ...(system ? { systemPrompt: system } : {}) })
  try {
    if (signal.aborted) throw new Error('client gone')
    const text = await session.prompt(prompt, {
      maxTokens,
      temperature: 0,
      repeatPenalty: { penalty: 1.15, lastTokens: 64 },
      signal,
      stopOnAbortSignal: true,
      onResponseChunk: () => undefined
    })
    return { text, finish: model.tokenize(text).length >= maxTokens ? 'length' : 'stop' }
  } finally {
    session.dispose({ disposeSequence: false })
    release(sequence)
  }
}

const server = http.createServer((req, res) => {
  const reply = (status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }
  if (req.method === 'GET' && req.url === '/v1/models') return reply(200, { object: 'list', data: [{ id: modelName, object: 'model' }] })
  if (req.method !== 'POST' || req.url !== '/v1/chat/completions') return reply(404, { error: { message: 'not found', type: 'invalid_request_error' } })
  const chunks = []
  let size = 0
  const gone = new AbortController()
  res.on('close', () => {
    if (!res.writableEnded) gone.abort()
  })
  req.on('data', (c) => {
    size += c.length
    if (size > 1_000_000) req.destroy()
    else chunks.push(c)
  })
  req.on('end', async () => {
    let body
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
    } catch {
      return reply(400, { error: { message: 'body is not JSON', type: 'invalid_request_error' } })
    }
    if (body.stream) return reply(400, { error: { message: 'streaming is not supported', type: 'invalid_request_error' } })
    const msgs = Array.isArray(body.messages) ? body.messages : []
    const system = msgs.filter((m) => m.role === 'system').map((m) => String(m.content)).join('\n')
    const user = msgs.filter((m) => m.role === 'user').at(-1)
    if (!user) return reply(400, { error: { message: 'no user message', type: 'invalid_request_error' } })
    const maxTokens = Math.max(1, Math.min(256, Number(body.max_tokens) || 128))
    try {
      const { text, finish } = await generate(system, String(user.content), maxTokens, gone.signal)
      if (gone.signal.aborted) return
      reply(200, {
        id: `chatcmpl-${Date.now()}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: modelName,
        choices: [{ index: 0, message: { role: 'assistant', content: text, refusal: null }, finish_reason: finish }]
      })
    } catch (e) {
      if (gone.signal.aborted) return
      reply(500, { error: { message: String(e?.message ?? e), type: 'server_error' } })
    }
  })
})
server.listen(Number(opt('port', '0')), '127.0.0.1', () => {
  console.log(`listening http://127.0.0.1:${server.address().port}`)
})
const stop = () => server.close(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
