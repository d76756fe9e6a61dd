/** OpenAI-compatible chat completions: POST {url}/chat/completions, non-streaming. */
import type { OpenAITarget } from './config.js'
import { errorInBody, requestJson } from './http.js'
import { excerpt, TargetError, type TargetAnswer, type TargetClient } from './types.js'

export function chatMessages(system: string, prompt: string): Array<{ role: string; content: string }> {
  return system ? [{ role: 'system', content: system }, { role: 'user', content: prompt }] : [{ role: 'user', content: prompt }]
}

export function openaiClient(c: OpenAITarget, apiKey: string | null): TargetClient {
  const url = `${c.url.replace(/\/+$/, '')}/chat/completions`
  return {
    label: `openai ${url} model ${c.model}`,
    async send(req, signal): Promise<TargetAnswer> {
      const body = {
        model: c.model,
        messages: chatMessages(req.system, req.prompt),
        temperature: c.temperature,
        max_tokens: c['max-tokens'],
        stream: false,
        ...(c.seed !== undefined ? { seed: c.seed } : {})
      }
      const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' }
      if (apiKey) headers.authorization = `Bearer ${apiKey}`
      try {
        const json = await requestJson({ url, method: 'POST', headers, body: JSON.stringify(body), timeoutMs: c['timeout-seconds'] * 1000, maxBytes: c['max-answer-kb'] * 1024, signal })
        return readOpenAIAnswer(json)
      } catch (e) {
        // A prompt the provider's filter blocks was refused, not lost: it is judged as a refusal.
        if (e instanceof TargetError && e.contentFilter) return { text: '', refusal: 'blocked by the content filter (HTTP 400)', finishReason: 'content_filter' }
        throw e
      }
    }
  }
}

/** The answer of a chat.completion object; a shape we do not know is a fatal error naming the field. */
export function readOpenAIAnswer(json: unknown): TargetAnswer {
  const err = errorInBody(json)
  if (err) throw new TargetError(`the endpoint answered HTTP 200 with an error: ${excerpt(err)}`, { retryable: false })
  const choice = (json as { choices?: unknown })?.choices
  if (!Array.isArray(choice) || choice.length === 0 || typeof choice[0] !== 'object' || choice[0] === null) {
    throw new TargetError(`the answer has no choices[0] (keys: ${excerpt(Object.keys((json as object) ?? {}).join(', '), 80) || 'none'}): is this an OpenAI-compatible /chat/completions endpoint?`, {
      retryable: false
    })
  }
  const first = choice[0] as { message?: { content?: unknown; refusal?: unknown }; finish_reason?: unknown; text?: unknown }
  const content = first.message?.content ?? (typeof first.text === 'string' ? first.text : undefined)
  if (content !== null && content !== undefined && typeof content !== 'string') {
    throw new TargetError('choices[0].message.content is not text (a list of parts or an object); this gate reads text answers', { retryable: false })
  }
  if (first.message === undefined && first.text === undefined) throw new TargetError('choices[0] has no message: is stream set to false?', { retryable: false })
  const refusal = typeof first.message?.refusal === 'string' ? first.message.refusal : null
  return { text: content ?? '', refusal, finishReason: typeof first.finish_reason === 'string' ? first.finish_reason : null }
}
