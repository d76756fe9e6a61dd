/** Ollama's native chat API: POST {url}/api/chat with stream: false. */
import type { OllamaTarget } from './config.js'
import { errorInBody, requestJson } from './http.js'
import { chatMessages } from './openai.js'
import { excerpt, TargetError, type TargetClient } from './types.js'

export function ollamaClient(c: OllamaTarget): TargetClient {
  const url = `${c.url.replace(/\/+$/, '')}/api/chat`
  return {
    label: `ollama ${url} model ${c.model}`,
    async send(req, signal) {
      const body = {
        model: c.model,
        messages: chatMessages(req.system, req.prompt),
        stream: false,
        options: { temperature: c.temperature, num_predict: c['max-tokens'], ...(c.seed !== undefined ? { seed: c.seed } : {}) }
      }
      const json = await requestJson({
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        timeoutMs: c['timeout-seconds'] * 1000,
        maxBytes: c['max-answer-kb'] * 1024,
        signal
      })
      const err = errorInBody(json)
      if (err) throw new TargetError(`Ollama answered with an error: ${excerpt(err)}${/not found/i.test(err) ? ` (pull the model first: ollama pull ${c.model})` : ''}`, { retryable: false })
      const msg = (json as { message?: { content?: unknown } })?.message
      if (!msg || typeof msg.content !== 'string') throw new TargetError('the answer has no message.content text: is this Ollama /api/chat?', { retryable: false })
      const reason = (json as { done_reason?: unknown }).done_reason
      return { text: msg.content, refusal: null, finishReason: typeof reason === 'string' ? reason : null }
    }
  }
}
