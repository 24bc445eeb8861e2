import type { RoutingRequest } from "@/lib/domain/routing";
import type { ClientType, Pipeline, PipelineStage, Temperature } from "@/lib/domain/team/vocabulary";
import type { ClientRow } from "./resolve-client";

/**
 * What the coordinator reads about a client on file. The language is passed only when it is
 * known (the column defaults to English), so the needs analysis can detect it from the text.
 */
export function routingRequestFor(client: ClientRow, extra: { text?: string | null; languageKnown?: boolean; relationship?: RoutingRequest["relationship"] } = {}): RoutingRequest {
  return {
    clientType: client.type as ClientType,
    pipeline: client.pipeline as Pipeline,
    stage: client.stage as PipelineStage,
    text: extra.text ?? null,
    postalCode: client.postalCode,
    city: client.city,
    language: extra.languageKnown === false ? null : client.language,
    temperature: client.temperature as Temperature,
    timelineDays: client.timelineDays,
    priceExpectation: client.priceExpectation,
    budgetMax: client.budgetMax,
    preApprovalAmount: client.preApprovalAmount,
    tags: client.tags,
    optedOut: client.optedOutAt !== null,
    relationship: extra.relationship ?? null,
  };
}
