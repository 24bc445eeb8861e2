import { and, desc, eq, isNotNull } from "drizzle-orm";
import { messageSentiment } from "@/lib/domain/escalation/sentiment";
import { detectEscalations } from "@/lib/domain/escalation/triggers";
import { qualificationAnswers } from "@/lib/domain/handoff/dossier-qualification";
import type { ClientType, Pipeline, Temperature } from "@/lib/domain/team/vocabulary";
import type { Tx } from "@/lib/db/client";
import { clients, escalations, interactions, threadMessages } from "@/lib/db/schema";
import { publishEvent } from "@/lib/events/publish";
import type { RoutingSettings } from "../intake/routing-settings";
import { openEscalation } from "./open-escalation";

type ClientRow = typeof clients.$inferSelect;

/** Triggers about who the client is rather than what they just said: raised once per client, ever. */
const ONCE_PER_CLIENT = new Set(["hot_qualified"]);

/**
 * Reads a client's new message against Jorge's escalation rules, inside the intake transaction:
 * a request for a person, distress words, a run of three unproductive exchanges, a hot and fully
 * qualified lead, a strongly negative mood. Each finding becomes an escalation (a repeat adds a
 * note to the open one). A client asking whether they talk to a machine gets a note on the team
 * thread that the next reply must say it comes from an AI assistant. Returns the triggers raised.
 */
export async function escalateFromMessage(tx: Tx, client: ClientRow, text: string, settings: RoutingSettings, now: Date): Promise<string[]> {
  const org = client.organizationId;
  const recent = await tx
    .select({ productive: interactions.productive })
    .from(interactions)
    .where(and(eq(interactions.organizationId, org), eq(interactions.clientId, client.id), isNotNull(interactions.productive)))
    .orderBy(desc(interactions.occurredAt))
    .limit(6);
  const { findings, disclosureRequired } = detectEscalations({
    text,
    recentExchanges: recent.map((r) => r.productive!).reverse(),
    temperature: client.temperature as Temperature,
    fullyQualified: qualificationAnswers((client.qualification ?? {}) as Record<string, unknown>, { pipeline: client.pipeline as Pipeline, type: client.type as ClientType }).complete,
    sentiment: messageSentiment(text),
  });
  const raised: string[] = [];
  for (const f of findings) {
    if (ONCE_PER_CLIENT.has(f.trigger)) {
      const [seen] = await tx.select({ id: escalations.id }).from(escalations).where(and(eq(escalations.organizationId, org), eq(escalations.clientId, client.id), eq(escalations.trigger, f.trigger))).limit(1);
      if (seen) continue;
    }
    await openEscalation(tx, { organizationId: org, clientId: client.id, seatId: client.ownerSeatId, trigger: f.trigger, severity: f.severity, summary: `${client.firstName}: ${f.summary}`, evidence: f.evidence }, settings.escalationSla, now);
    raised.push(f.trigger);
  }
  if (disclosureRequired) {
    const body = "The client asked whether they are talking to a person. The next reply must say plainly that it comes from an AI assistant on Jorge's team, and offer a person (California SB 1001).";
    await tx.insert(threadMessages).values({ organizationId: org, clientId: client.id, kind: "note", body, createdAt: now });
    await publishEvent(tx, { type: "thread.posted", organizationId: org, clientId: client.id, seatIds: client.ownerSeatId ? [client.ownerSeatId] : [], summary: `${client.firstName} asked whether they are talking to a person: disclose the AI` });
  }
  return raised;
}
