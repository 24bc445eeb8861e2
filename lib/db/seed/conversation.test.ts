import { beforeAll, describe, expect, it } from "vitest";
import { dollarAmounts } from "./audit";
import { generateSeed } from "./generate";
import type { SeedData } from "./types";

const asOf = new Date("2026-05-15T17:30:00Z");
const WRITTEN = new Set(["sms", "email", "chat", "social"]);

/** What a seller says about why they sell, by the reason kept in their qualification. */
const MOTIVES: Record<string, RegExp> = {
  "Relocating for work": /relocat|new job|trabajo nuevo/i,
  "Downsizing to a single-story home": /downsiz|single-story|una sola planta/i,
  "Moving closer to family": /closer to (family|the grandkids|our kids|my parents)|cerca de la familia/i,
  "Cashing out equity to buy out of state": /equity|out of state|fuera del estado/i,
  "Inherited the home": /inherit|hered/i,
  Retiring: /retir|jubil/i,
  "Job transfer": /transferr|transfieren/i,
  "Need more space": /more space|more room|outgrown|más espacio/i,
};

/** The team's qualification questions, in Jorge's order, and the client's answers to them. */
const SELLER_ASKS: readonly (readonly [string, RegExp])[] = [
  ["address", /\baddress\b|dirección/i],
  ["why", /thinking about selling|behind the (move|sale)|prompting|where are you (hoping|planning) to (move|go)|qué le hace pensar|a dónde/i],
  ["timeline", /30[-–]45|30 to 45|30 a 45/i],
  ["condition", /move-in ready|condition|projects|repairs|lista para|arreglos/i],
  ["price", /what price|price would|number in mind|qué precio/i],
];
const SELLER_ANSWERS: readonly (readonly [string, RegExp])[] = [
  ["why", new RegExp(Object.values(MOTIVES).map((r) => r.source).join("|"), "i")],
  ["timeline", /30[-–]45|30 to 45|30 a 45|months|meses|too (fast|soon)/i],
  ["condition", /move-in ready|fixer|needs (some )?work|original|paint|carpet|updated|buenas condiciones|pintar/i],
  ["price", /\$\d/],
];
const BUYER_ASKS: readonly (readonly [string, RegExp])[] = [
  ["range", /price range|budget|comfortable spending|rango de precio|presupuesto/i],
  ["preapproval", /pre-?approv|lender|preaprob|prestamista/i],
  ["beds", /bedrooms|recámaras/i],
  ["timeline", /moved in|move in by|moving date|be in your new|mudarse/i],
];
const BUYER_ANSWERS: readonly (readonly [string, RegExp])[] = [
  ["preapproval", /pre-?approv|lender|preaprob|prestamista/i],
  ["range", /\$\d/],
  ["beds", /bedroom|recámara/i],
  ["timeline", /within a month|months|school year|\blease\b|meses|this summer|by fall/i],
];

const topic = (table: readonly (readonly [string, RegExp])[], text: string) => table.find(([, r]) => r.test(text))?.[0] ?? null;

describe("seeded conversations follow their clients", () => {
  let data: SeedData;
  let byClient: Map<string, SeedData["interactions"]>;
  beforeAll(() => {
    data = generateSeed({ asOf });
    byClient = new Map();
    for (const i of data.interactions) byClient.set(i.clientId, [...(byClient.get(i.clientId) ?? []), i]);
    for (const list of byClient.values()) list.sort((a, b) => a.occurredAt!.getTime() - b.occurredAt!.getTime());
  });

  it("quotes the client's own price: a seller's expectation, a buyer's range or approval, a renter's rent", () => {
    const wrong: string[] = [];
    for (const c of data.clients) {
      const q = c.qualification as { monthlyRent?: { min: number; max: number } };
      const [lo, hi] = c.pipeline === "seller" ? [c.priceExpectation! * 0.95, c.priceExpectation! * 1.05]
        : c.type === "renter" ? [q.monthlyRent ? q.monthlyRent.min * 0.9 : NaN, q.monthlyRent ? q.monthlyRent.max * 1.1 : NaN]
        : [c.budgetMin! * 0.95, Math.max(c.budgetMax ?? 0, c.preApprovalAmount ?? 0) * 1.05];
      for (const i of byClient.get(c.id!) ?? []) {
        if (i.direction !== "inbound") continue;
        for (const amount of dollarAmounts(i.body)) if (!(amount >= lo && amount <= hi)) wrong.push(`${c.type} ${c.priceExpectation ?? c.budgetMax}: ${i.body}`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it("has sellers give the reason and destination their profile holds, and buyers their bedroom count", () => {
    const wrong: string[] = [];
    for (const c of data.clients) {
      const q = c.qualification as { whySelling?: string; movingTo?: string; bedrooms?: number };
      for (const i of byClient.get(c.id!) ?? []) {
        if (i.direction !== "inbound" || !WRITTEN.has(i.channel)) continue;
        if (c.pipeline === "seller") {
          for (const [why, words] of Object.entries(MOTIVES)) if (words.test(i.body) && q.whySelling !== why) wrong.push(`${q.whySelling}: ${i.body}`);
          const to = /(?:moving|move|heading|headed) (?:to|down to|out to) ([A-Z][a-zA-Z ]+)/.exec(i.body)?.[1];
          if (to && !q.movingTo?.startsWith(to.trim().split(" ")[0]!) && !`a smaller home nearby`.startsWith(to)) wrong.push(`${q.movingTo}: ${i.body}`);
        } else {
          const beds = /(\d) (?:bedroom|recámara)/.exec(i.body)?.[1];
          if (beds && Number(beds) !== q.bedrooms) wrong.push(`${q.bedrooms} bedrooms: ${i.body}`);
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it("asks the qualification questions in Jorge's order and answers only what was just asked", () => {
    const wrong: string[] = [];
    for (const c of data.clients) {
      if (c.type === "renter") continue;
      const [asks, answers] = c.pipeline === "seller" ? [SELLER_ASKS, SELLER_ANSWERS] : [BUYER_ASKS, BUYER_ANSWERS];
      const order = asks.map(([t]) => t);
      const written = (byClient.get(c.id!) ?? []).filter((i) => WRITTEN.has(i.channel));
      let lastAsk: string | null = null;
      let reached = -1;
      const answered = new Set<string>();
      written.forEach((i, n) => {
        if (i.direction === "outbound") {
          lastAsk = i.body.includes("?") ? topic(asks, i.body) : null;
          if (lastAsk && answered.has(lastAsk)) wrong.push(`asked ${lastAsk} again: ${i.body}`);
          if (lastAsk && order.indexOf(lastAsk) < reached) wrong.push(`asked ${lastAsk} after ${order[reached]}: ${i.body}`);
          if (lastAsk) reached = Math.max(reached, order.indexOf(lastAsk));
        } else if (i.direction === "inbound" && n > 0) {
          const said = topic(answers, i.body);
          if (said && said !== lastAsk) wrong.push(`answered ${said} to ${lastAsk ?? "no question"}: ${i.body}`);
          if (said) answered.add(said);
        }
      });
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
