import { forecastIntake, weekStart, type ForecastWeek } from "@/lib/domain/forecast/intake-forecast";
import type { Db } from "@/lib/db/client";
import { freeLeadPlacesByMarket, weeklyIntakeByMarket, weeklyReleasesByMarket } from "@/lib/db/queries/forecast-inputs";
import { listMarketOptions } from "@/lib/db/queries/markets";

export interface MarketForecast {
  marketId: string;
  name: string;
  freeNow: number;
  releasesPerWeek: number;
  weeks: ForecastWeek[];
}

/** The next four weeks of intake per market against the lead places the team will have. */
export async function forecastByMarket(db: Db, organizationId: string, now = new Date()): Promise<MarketForecast[]> {
  const [markets, intake, free, releases] = await Promise.all([
    listMarketOptions(db, organizationId),
    weeklyIntakeByMarket(db, organizationId, now),
    freeLeadPlacesByMarket(db, organizationId),
    weeklyReleasesByMarket(db, organizationId, now),
  ]);
  const thisWeek = weekStart(now);
  return markets.map((m) => {
    // The current week is still filling up: it is forecast, not measured, and the four weeks after it are shown.
    const history = intake.filter((r) => r.marketId === m.id && r.week < thisWeek).map((r) => ({ week: r.week, count: r.count }));
    const freeNow = Math.floor(free.get(m.id) ?? 0);
    const releasesPerWeek = Math.round((releases.get(m.id) ?? 0) * 10) / 10;
    return { marketId: m.id, name: m.name, freeNow, releasesPerWeek, weeks: forecastIntake(history, thisWeek, freeNow, releasesPerWeek, 5).slice(1) };
  });
}
