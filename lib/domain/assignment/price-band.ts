/**
 * The price band an offer preview shows instead of the client's exact figures: a seat deciding
 * whether to take a client learns the range of the deal, not the budget it may not yet work.
 */
export interface PriceBand {
  low: number;
  high: number;
}

/** The rounding step at a price: $50k under $500k, $100k under $2M, $500k above. */
function stepAt(amount: number): number {
  if (amount < 500_000) return 50_000;
  if (amount < 2_000_000) return 100_000;
  return 500_000;
}

const floorTo = (amount: number) => Math.floor(amount / stepAt(amount)) * stepAt(amount);
const ceilTo = (amount: number) => Math.ceil(amount / stepAt(amount)) * stepAt(amount);

/** The band one figure falls in: from its step below to one step above that. */
function bandOf(amount: number): PriceBand {
  const low = floorTo(amount);
  return { low, high: low + stepAt(low) };
}

/**
 * The band of a client's money: a seller's price expectation, a buyer's budget range widened
 * out to whole steps (at least one step wide), or the one end a buyer gave. Null when the client
 * gave no figure, or only zeros.
 */
export function priceBand(client: { pipeline: string; budgetMin: number | null; budgetMax: number | null; priceExpectation: number | null }): PriceBand | null {
  const positive = (n: number | null) => (n !== null && n > 0 ? n : null);
  const expectation = positive(client.priceExpectation);
  if (client.pipeline === "seller" && expectation !== null) return bandOf(expectation);
  const min = positive(client.budgetMin);
  const max = positive(client.budgetMax);
  if (min !== null && max !== null) {
    const low = floorTo(Math.min(min, max));
    const high = Math.max(ceilTo(Math.max(min, max)), low + stepAt(low));
    return { low, high };
  }
  const one = min ?? max ?? expectation;
  return one === null ? null : bandOf(one);
}
