import OpenAI from "openai";
import { llmConfig } from "./llm-config";
import { acceptedPhrasing } from "./phrase-check";
import { phraseMessages, phraseRequestSchema, type PhraseRequest } from "./phrase-request";

/** How long a rephrasing may take before the template goes out as it is. */
export const PHRASE_TIMEOUT_MS = 2_000;

/**
 * Asks the optional language model (LLM_BASE_URL, LLM_API_KEY, LLM_MODEL) to rephrase a filled
 * template in Jorge's tone. Null at once when the model is not configured (or configured with a
 * malformed URL: llmConfig names that for a start-up check), and null on a
 * timeout (2 s, no retry), an error, a refusal, or an answer that fails acceptedPhrasing: the
 * caller then sends the template. The text returned still goes through the same quality gate
 * as any message.
 */
export async function phraseReply(request: PhraseRequest, env: Record<string, string | undefined> = process.env): Promise<string | null> {
  let config: ReturnType<typeof llmConfig>;
  try {
    config = llmConfig(env);
  } catch {
    return null;
  }
  if (!config) return null;
  const checked = phraseRequestSchema.parse(request);
  const client = new OpenAI({ baseURL: config.baseURL, apiKey: config.apiKey, timeout: PHRASE_TIMEOUT_MS, maxRetries: 0 });
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), PHRASE_TIMEOUT_MS);
  try {
    const completion = await client.chat.completions.create(
      { model: config.model, messages: phraseMessages(checked), temperature: 0.4, max_tokens: 200, n: 1 },
      { signal: abort.signal },
    );
    const choice = completion.choices?.[0];
    if (!choice || choice.message?.refusal || choice.finish_reason === "content_filter" || choice.finish_reason === "length") return null;
    return acceptedPhrasing(choice.message?.content, checked);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
