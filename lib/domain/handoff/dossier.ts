import { calendarDate } from "../dates/calendar-date";
import { assertTimeZone, daysBetween, localDay } from "../followup/zoned-time";
import { COMMISSION_RATE } from "../routing/commission";
import type { Channel, ClientType, DIRECTIONS, Pipeline, Temperature, TRANSACTION_SIDES, TRANSACTION_STATUSES } from "../team/vocabulary";
import { type Dossier, dossierSchema, type TimelineLabel } from "./dossier-schema";
import { qualificationAnswers } from "./dossier-qualification";

export { dossierSchema, TIMELINE_LABELS, type Dossier, type TimelineLabel } from "./dossier-schema";

/** The rows a dossier is built from, as the database holds them. */
export interface DossierInput {
  client: {
    firstName: string; lastName: string; email: string | null; phone: string | null;
    type: ClientType; pipeline: Pipeline; stage: string; propertyAddress: string | null;
    budgetMin: number | null; budgetMax: number | null; priceExpectation: number | null;
    preApproved: boolean | null; preApprovalAmount: number | null; timelineDays: number | null;
    temperature: Temperature; leadScore: number; qualification: Record<string, unknown>; tags: readonly string[];
    smsConsent: boolean; emailConsent: boolean; optedOutAt: Date | null; language: string; timeZone: string;
  };
  marketName: string | null;
  /** Seat names by seat id, for everyone who touched the client or owes them something. */
  seatNames: ReadonlyMap<string, string>;
  interactions: readonly { seatId: string | null; channel: Channel; direction: (typeof DIRECTIONS)[number]; body: string; occurredAt: Date }[];
  openTasks: readonly { title: string; dueAt: Date | null; seatId: string | null }[];
  transactions: readonly {
    propertyAddress: string; side: (typeof TRANSACTION_SIDES)[number]; status: (typeof TRANSACTION_STATUSES)[number]; stage: string; price: number;
    acceptanceDate: string | null; closeOfEscrowDate: string | null; contractDates: Record<string, string>;
  }[];
}

/** The business's own zone, used when a client's stored zone is not one Intl knows. */
const HOME_ZONE = "America/Los_Angeles";
const DAY_MS = 86_400_000;
const DEADLINE_NAMES: Record<string, string> = {
  earnestMoneyDue: "Earnest money deposit", sellerDisclosuresDue: "Seller disclosures", investigationContingency: "Investigation contingency removal",
  appraisalContingency: "Appraisal contingency removal", loanContingency: "Loan contingency removal", closeOfEscrow: "Close of escrow",
};
const deadlineName = (key: string) => DEADLINE_NAMES[key] ?? key.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase());

/** How soon a client means to move, in words: within 30 days, 1-3 months, 3-6 months, 6+ months, or unknown. */
export function timelineLabel(days: number | null): TimelineLabel {
  if (days === null || !Number.isFinite(days)) return "unknown";
  return days <= 30 ? "within 30 days" : days <= 90 ? "1-3 months" : days <= 180 ? "3-6 months" : "6+ months";
}

/** The earliest contract deadline on or after `today` ("YYYY-MM-DD"); the acceptance day itself is not a deadline. */
export function nextDeadline(contractDates: Record<string, string>, today: string): { name: string; due: string } | null {
  const upcoming = Object.entries(contractDates)
    .filter(([key, due]) => key !== "acceptance" && /^\d{4}-\d{2}-\d{2}$/.test(due) && due >= today)
    .sort(([, a], [, b]) => a.localeCompare(b));
  const first = upcoming[0];
  return first ? { name: deadlineName(first[0]), due: first[1] } : null;
}

function zoneOf(timeZone: string): string {
  try {
    assertTimeZone(timeZone);
    return timeZone;
  } catch {
    return HOME_ZONE;
  }
}

const oneLine = (body: string, max = 160) => {
  const text = body.replace(/\s+/g, " ").trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

/**
 * The dossier a receiving seat reads before touching a client. Commission potential is 6% of
 * the price expectation, else the budget max (null without either); promises past due are
 * overdue; an open deal's next deadline is its earliest contract date from today on, in the
 * client's time zone; the last touch is the latest message or call, not an internal note.
 */
export function buildDossier(input: DossierInput, now: Date): Dossier {
  const c = input.client;
  const seatName = (id: string | null) => (id === null ? null : (input.seatNames.get(id) ?? null));
  const today = localDay(now, zoneOf(c.timeZone));
  const base = c.priceExpectation ?? c.budgetMax ?? 0;
  const history = [...input.interactions].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const touch = history.filter((i) => i.direction !== "internal" && i.channel !== "note").at(-1);
  const promises = [...input.openTasks].sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity));
  return {
    profile: {
      name: `${c.firstName} ${c.lastName}`.trim(), email: c.email, phone: c.phone, type: c.type, pipeline: c.pipeline, stage: c.stage,
      marketName: input.marketName, propertyAddress: c.propertyAddress, language: c.language, timeZone: c.timeZone,
      temperature: c.temperature, leadScore: c.leadScore, tags: [...c.tags],
    },
    qualification: qualificationAnswers(c.qualification, c),
    money: {
      budgetMin: c.budgetMin, budgetMax: c.budgetMax, priceExpectation: c.priceExpectation, preApproved: c.preApproved,
      preApprovalAmount: c.preApprovalAmount, commissionPotential: base > 0 ? Math.round(base * COMMISSION_RATE) : null,
    },
    timeline: { timelineDays: c.timelineDays, label: timelineLabel(c.timelineDays) },
    consent: { sms: c.smsConsent, email: c.emailConsent, optedOut: c.optedOutAt !== null, optedOutAt: c.optedOutAt?.toISOString() ?? null },
    lastTouch: touch ? { at: touch.occurredAt.toISOString(), channel: touch.channel, direction: touch.direction, summary: oneLine(touch.body) } : null,
    openPromises: promises.map((t) => ({ title: t.title, dueAt: t.dueAt?.toISOString() ?? null, seatName: seatName(t.seatId), overdue: t.dueAt !== null && t.dueAt < now })),
    transactions: input.transactions.map((t) => ({
      address: t.propertyAddress, side: t.side, status: t.status, stage: t.stage, price: t.price, acceptanceDate: t.acceptanceDate,
      closeOfEscrowDate: t.closeOfEscrowDate, nextDeadline: t.status === "open" ? nextDeadline(t.contractDates, today) : null,
    })),
    history: history.map((i) => ({ at: i.occurredAt.toISOString(), channel: i.channel, direction: i.direction, seatName: seatName(i.seatId), body: i.body })),
    builtAt: now.toISOString(),
  };
}

/** Days, in words, from today to a due day: "today", "tomorrow", "in 3 days". */
const inDays = (n: number) => (n <= 0 ? "today" : n === 1 ? "tomorrow" : `in ${n} days`);

/**
 * What the receiver must know before anything else, most urgent first: the client opted out,
 * promises already broken, a contract deadline within 3 days, a buyer without a pre-approval,
 * and no contact for 14 days or more (or none at all). Read as of the dossier's builtAt.
 */
export function dossierWarnings(d: Dossier): string[] {
  const zone = zoneOf(d.profile.timeZone);
  const now = new Date(d.builtAt);
  const today = localDay(now, zone);
  const dayOf = (iso: string) => calendarDate(localDay(new Date(iso), zone));
  const warnings: string[] = [];
  if (d.consent.optedOut) warnings.push(`Opted out of messages${d.consent.optedOutAt ? ` on ${dayOf(d.consent.optedOutAt)}` : ""}: do not text or email.`);
  for (const p of d.openPromises.filter((p) => p.overdue)) {
    warnings.push(`Overdue promise: "${p.title}"${p.dueAt ? ` was due ${dayOf(p.dueAt)}` : ""}${p.seatName ? ` (${p.seatName})` : ""}.`);
  }
  for (const t of d.transactions) {
    const left = t.nextDeadline ? daysBetween(today, t.nextDeadline.due) : Infinity;
    if (t.nextDeadline && left <= 3) warnings.push(`${t.nextDeadline.name} for ${t.address} is due ${calendarDate(t.nextDeadline.due)} (${inDays(left)}).`);
  }
  if (d.profile.type === "buyer" && d.money.preApproved !== true) warnings.push(d.money.preApproved === null ? "Nobody has asked the buyer about pre-approval yet." : "Buyer is not pre-approved by a lender yet.");
  if (!d.lastTouch) warnings.push("No contact with the client on record yet.");
  else {
    const quiet = Math.floor((now.getTime() - new Date(d.lastTouch.at).getTime()) / DAY_MS);
    if (quiet >= 14) warnings.push(`No contact in ${quiet} days (last: ${d.lastTouch.channel} on ${dayOf(d.lastTouch.at)}).`);
  }
  return warnings;
}

/** Reads a stored or received dossier back, throwing when it does not match the schema. */
export function parseDossier(json: unknown): Dossier {
  return dossierSchema.parse(json);
}
