import { addBusinessDays, localDate, rollToBusinessDay, shiftDay } from "./dates";
import { streetAddress } from "./people";
import type { Prng } from "./prng";
import type { ClientInfo, SeedContext } from "./types";

/** CAR purchase agreement deadlines from the acceptance day (calendar days unless noted). */
export function contractDates(acceptance: string, closeOfEscrow: string): Record<string, string> {
  const calendar = (days: number) => rollToBusinessDay(shiftDay(acceptance, days));
  return {
    acceptance,
    earnestMoneyDue: addBusinessDays(acceptance, 3),
    sellerDisclosuresDue: calendar(7),
    investigationContingency: calendar(17),
    appraisalContingency: calendar(17),
    loanContingency: calendar(21),
    closeOfEscrow,
  };
}

/** Human labels for the contract deadlines, used by deadline tasks. */
export const DEADLINE_LABELS: Record<string, string> = {
  earnestMoneyDue: "Earnest money deposit due (3 business days)",
  sellerDisclosuresDue: "Seller disclosures due (7 days)",
  investigationContingency: "Investigation contingency removal (17 days)",
  appraisalContingency: "Appraisal contingency removal (17 days)",
  loanContingency: "Loan contingency removal (21 days)",
  closeOfEscrow: "Close of escrow",
};

export interface SeedTransaction {
  id: string;
  client: ClientInfo;
  status: "open" | "closed" | "cancelled";
  dates: Record<string, string>;
}

interface Deal {
  side: "buy" | "sell" | "dual";
  price: number;
  address: string;
  postalCode: string;
  status: SeedTransaction["status"];
}

function push(ctx: SeedContext, rng: Prng, c: ClientInfo, acceptance: Date, deal: Deal, out: SeedTransaction[]) {
  const { side, price, address, postalCode, status } = deal;
  const acceptanceDay = localDate(acceptance);
  const closeDay = status === "closed" ? localDate(c.endAt) : rollToBusinessDay(shiftDay(acceptanceDay, rng.int(30, 45)));
  const dates = contractDates(acceptanceDay, closeDay < acceptanceDay ? acceptanceDay : closeDay);
  const id = rng.uuid();
  ctx.data.transactions.push({
    organizationId: ctx.orgId, id, clientId: c.id, marketId: c.market.id, propertyAddress: address, postalCode, side, price,
    commissionRate: 0.06, stage: c.stage, status, dualAgency: side === "dual", acceptanceDate: acceptanceDay, closeOfEscrowDate: dates.closeOfEscrow!,
    contractDates: dates, createdAt: acceptance,
  });
  out.push({ id, client: c, status, dates });
}

/** Transactions for every client who reached a contract: open, closed, or cancelled when a deal fell through. */
export function buildTransactions(ctx: SeedContext): SeedTransaction[] {
  const rng = ctx.rng("transactions");
  const out: SeedTransaction[] = [];
  for (const c of ctx.clients) {
    if (!c.acceptanceAt || !c.dealPrice) continue;
    const status = c.stage === "Closed" ? "closed" : c.stage === "Lost" ? "cancelled" : "open";
    const seller = c.pipeline === "seller";
    const street = seller ? c.street : streetAddress(rng, c.zip.streets);
    const address = `${street}, ${c.zip.city}, CA ${c.zip.zip}`;
    if (!seller) c.row.propertyAddress = street;
    push(ctx, rng, c, c.acceptanceAt, { side: seller ? (rng.chance(0.04) ? "dual" : "sell") : "buy", price: c.dealPrice, address, postalCode: c.zip.zip, status }, out);
    if (seller && status === "closed" && rng.chance(0.15)) {
      const zip = rng.pick(c.market.zips);
      const price = Math.round(rng.lognormal(c.market.medianPrice * zip.priceFactor, 0.15) / 1000) * 1000;
      const purchase = `${streetAddress(rng, zip.streets)}, ${zip.city}, CA ${zip.zip}`;
      push(ctx, rng, c, c.acceptanceAt, { side: "buy", price, address: purchase, postalCode: zip.zip, status }, out);
    }
  }
  return out;
}
