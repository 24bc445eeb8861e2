import { forecastIntake, HORIZON_WEEKS, weekStart, type ForecastWeek } from "@/lib/domain/forecast/intake-forecast";
import type { Db } from "@/lib/db/client";
import { freeLeadPlacesByMarket, weeklyIntakeByMarket, weeklyReleasesByMarket } from "@/lib/db/queries/forecast-inputs";
import { listMarketOptions } from "@/lib/db/queries/markets";

const WEEK_MS = 7 * 86_400_000;

export interface MarketForecast {
  marketId: string;
  name: string;
  /** Whole lead places free now. */
  freeNow: number;
  /** Lead places the market's seats release in a typical week (an average, so it can be a fraction). */
  releasesPerWeek: number;
  /** Whole lead places released from now to the end of the last week shown, at that rate. */
  releasesOverHorizon: number;
  weeks: ForecastWeek[];
}

/**
 * The rest of this week and the next four weeks of intake per market, against the lead places
 * free now and those released meanwhile: every shown week follows from the one before it, so
 * "free now" minus each week's intake plus releases gives each week's places left.
 */
export async function forecastByMarket(db: Db, organizationId: string, now = new Date()): Promise<MarketForecast[]> {
  const [markets, intake, free, releases] = await Promise.all([
    listMarketOptions(db, organizationId),
    weeklyIntakeByMarket(db, organizationId, now),
    freeLeadPlacesByMarket(db, organizationId),
    weeklyReleasesByMarket(db, organizationId, now),
  ]);
  const thisWeek = weekStart(now);
  // The current week is under way: the clients who arrived already hold places (free now counts them), so only its rest is forecast.
  const rest = Math.max(0, (Date.parse(`${thisWeek}T00:00:00Z`) + WEEK_MS - now.getTime()) / WEEK_MS);
  return markets.map((m) => {
    const history = intake.filter((r) => r.marketId === m.id && r.week < thisWeek).map((r) => ({ week: r.week, count: r.count }));
    const freeNow = Math.floor(free.get(m.id) ?? 0);
    const releasesPerWeek = releases.get(m.id) ?? 0;
    const weeks = forecastIntake(history, thisWeek, freeNow, releasesPerWeek, HORIZON_WEEKS + 1, rest);
    return { marketId: m.id, name: m.name, freeNow, releasesPerWeek, releasesOverHorizon: Math.floor(releasesPerWeek * (HORIZON_WEEKS + rest) + 1e-9), weeks };
  });
}
