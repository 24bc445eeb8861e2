/**
 * Signed GoHighLevel deliveries for the intake benchmark: a pool of distinct InboundMessage
 * events signed in advance with Ed25519 (signing while sending would measure the client), fed
 * to autocannon one per request with a fixed share of exact resends, and the answers tallied per
 * delivery so the database can be checked against what the server acknowledged.
 */
import { sign, type KeyObject } from "node:crypto";
import type { LoadContext, LoadRequest } from "./load";

export interface Delivery {
  /** The idempotency key the webhook derives from messageId. */
  key: string;
  body: Buffer;
  signature: string;
}

const TEXTS = [
  "Hi, we want to sell our house in Alta Loma",
  "Looking for a 3 bedroom in Fontana under 650k, pre-approved",
  "Busco casa en Ontario para mi familia",
  "What would my condo in Upland sell for this spring?",
  "Can we see the Etiwanda listing on Saturday?",
];

/** Makes one signed InboundMessage; contacts repeat over `contacts`, as follow-ups do. */
export function signedDelivery(privateKey: KeyObject, locationId: string, messageId: string, n: number, contacts: number): Delivery {
  const now = new Date().toISOString();
  const event = {
    type: "InboundMessage", locationId, contactId: `bench_contact_${n % contacts}`, conversationId: `bench_conv_${n % contacts}`,
    messageId, messageType: "SMS", body: TEXTS[n % TEXTS.length], direction: "inbound", dateAdded: now, timestamp: now,
  };
  const body = Buffer.from(JSON.stringify(event));
  return { key: `ghl:${messageId}`, body, signature: sign(null, body, privateKey).toString("base64") };
}

/**
 * Hands out deliveries in order: every `replayEvery`-th send is an exact resend (same body, same
 * signature) of one of the last 32 originals, some of which are still in flight, so retries and
 * races both meet the idempotency key. Past the pre-signed pool it signs on the fly and counts it.
 */
export class DeliveryFeed {
  readonly pool: Delivery[];
  readonly fresh = new Map<number, number>();
  readonly acknowledged = new Set<number>();
  readonly statuses = new Map<number, number>();
  originals = 0;
  replays = 0;
  signedLate = 0;
  private sends = 0;

  constructor(private readonly make: (n: number) => Delivery, size: number, private readonly replayEvery: number) {
    this.pool = Array.from({ length: size }, (_, n) => make(n));
  }

  /** The index of the delivery to send next. */
  next(): number {
    this.sends++;
    if (this.replayEvery > 0 && this.sends % this.replayEvery === 0 && this.originals > 0) {
      this.replays++;
      return this.originals - 1 - Math.floor(Math.random() * Math.min(this.originals, 32));
    }
    if (this.originals >= this.pool.length) {
      this.pool.push(this.make(this.originals));
      this.signedLate++;
    }
    return this.originals++;
  }

  /** Tallies one answer: a 2xx acknowledges the delivery; `duplicate: false` means it was new. */
  record(index: number, status: number, body: string): void {
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    if (status < 200 || status >= 300) return;
    this.acknowledged.add(index);
    const answer = JSON.parse(body) as { duplicate?: boolean };
    if (answer.duplicate === false) this.fresh.set(index, (this.fresh.get(index) ?? 0) + 1);
  }

  /** Deliveries answered as new more than once: a broken idempotency promise. */
  answeredNewTwice(): number {
    return [...this.fresh.values()].filter((n) => n > 1).length;
  }

  /** The autocannon request that sends the next delivery and tallies its answer. */
  request(path: string): LoadRequest {
    return {
      method: "POST",
      path,
      headers: { "content-type": "application/json" },
      setupRequest: (request: LoadRequest, context: LoadContext) => {
        const index = this.next();
        const delivery = this.pool[index]!;
        context.delivery = index;
        return { ...request, body: delivery.body, headers: { ...request.headers, "x-ghl-signature": delivery.signature } };
      },
      onResponse: (status: number, body: string, context: LoadContext) => this.record(context.delivery as number, status, body),
    };
  }
}
