import { describe, expect, it } from "vitest";
import { llmConfig } from "./llm-config";

const all = { LLM_BASE_URL: "http://127.0.0.1:8080/v1", LLM_API_KEY: "key", LLM_MODEL: "small-model" };

describe("llmConfig", () => {
  it("is off unless all three variables are set", () => {
    expect(llmConfig({})).toBeNull();
    for (const name of Object.keys(all)) expect(llmConfig({ ...all, [name]: " " })).toBeNull();
  });

  it("reads the endpoint, key and model", () => {
    expect(llmConfig(all)).toEqual({ baseURL: "http://127.0.0.1:8080/v1", apiKey: "key", model: "small-model" });
  });

  it("names a malformed base URL", () => {
    expect(() => llmConfig({ ...all, LLM_BASE_URL: "localhost 8080" })).toThrow(/LLM_BASE_URL must be a URL/);
  });
});
