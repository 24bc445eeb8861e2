import { z } from "zod";

/** Where the optional phrasing model lives: an OpenAI-compatible chat-completions endpoint. */
export interface LlmConfig {
  baseURL: string;
  apiKey: string;
  model: string;
}

const configSchema = z.object({
  LLM_BASE_URL: z.url("LLM_BASE_URL must be a URL such as http://127.0.0.1:8080/v1"),
  LLM_API_KEY: z.string().min(1),
  LLM_MODEL: z.string().min(1),
});

/**
 * The phrasing model's settings from the environment, or null when LLM_BASE_URL, LLM_API_KEY
 * and LLM_MODEL are not all set: the feature is off by default. A set but malformed base URL
 * is an error naming the variable, so a typo does not silently switch it off.
 */
export function llmConfig(env: Record<string, string | undefined> = process.env): LlmConfig | null {
  const values = { LLM_BASE_URL: env.LLM_BASE_URL?.trim(), LLM_API_KEY: env.LLM_API_KEY?.trim(), LLM_MODEL: env.LLM_MODEL?.trim() };
  if (!values.LLM_BASE_URL || !values.LLM_API_KEY || !values.LLM_MODEL) return null;
  const parsed = configSchema.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  return { baseURL: parsed.data.LLM_BASE_URL, apiKey: parsed.data.LLM_API_KEY, model: parsed.data.LLM_MODEL };
}
