import { sql } from "drizzle-orm";
import { check, date, doublePrecision, index, integer, pgTable, primaryKey, text, unique, uuid } from "drizzle-orm/pg-core";
import { PROPERTY_TYPES, RESO_STATUSES, VENDOR_CATEGORIES } from "../../domain/team/vocabulary";
import { createdAt, id, oneOf, organizationId, orgRef } from "./columns";
import { markets } from "./organization";
import { seats } from "./team";

/** Listings and closed sales, one row per MLS listing, columns named as the RESO Data Dictionary names them. */
export const listings = pgTable(
  "listings",
  {
    organizationId: organizationId(),
    listingKey: text("ListingKey").notNull(),
    marketId: uuid("market_id").notNull(),
    standardStatus: text("StandardStatus").notNull(),
    propertyType: text("PropertyType").notNull(),
    listPrice: integer("ListPrice").notNull(),
    closePrice: integer("ClosePrice"),
    livingArea: integer("LivingArea").notNull(),
    bedroomsTotal: integer("BedroomsTotal").notNull(),
    bathroomsTotalInteger: integer("BathroomsTotalInteger").notNull(),
    yearBuilt: integer("YearBuilt"),
    unparsedAddress: text("UnparsedAddress").notNull(),
    postalCode: text("PostalCode").notNull(),
    city: text("City").notNull(),
    latitude: doublePrecision("Latitude").notNull(),
    longitude: doublePrecision("Longitude").notNull(),
    listingContractDate: date("ListingContractDate").notNull(),
    closeDate: date("CloseDate"),
    daysOnMarket: integer("DaysOnMarket").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.listingKey] }),
    orgRef("listings_market_fk", t.marketId, markets, t.organizationId),
    index("listings_market_close").on(t.organizationId, t.marketId, t.standardStatus, t.closeDate),
    index("listings_postal").on(t.organizationId, t.postalCode),
    check("listings_status_ck", oneOf(t.standardStatus, RESO_STATUSES)),
    check("listings_type_ck", oneOf(t.propertyType, PROPERTY_TYPES)),
    check("listings_prices_ck", sql`${t.listPrice} > 0 and (${t.closePrice} is null or ${t.closePrice} > 0)`),
    check("listings_closed_has_price_ck", sql`${t.standardStatus} <> 'Closed' or (${t.closePrice} is not null and ${t.closeDate} is not null)`),
    check("listings_close_after_list_ck", sql`${t.closeDate} is null or ${t.closeDate} >= ${t.listingContractDate}`),
    check("listings_sizes_ck", sql`${t.livingArea} > 0 and ${t.bedroomsTotal} >= 0 and ${t.bathroomsTotalInteger} >= 0 and ${t.daysOnMarket} >= 0`),
  ],
);

/** Local professionals a geographic agent coordinates: inspectors, title, lenders and the like. */
export const serviceVendors = pgTable(
  "service_vendors",
  {
    organizationId: organizationId(),
    id: id(),
    marketId: uuid("market_id").notNull(),
    category: text("category").notNull(),
    name: text("name").notNull(),
    phone: text("phone"),
    email: text("email"),
    rating: doublePrecision("rating"),
    notes: text("notes"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgRef("service_vendors_market_fk", t.marketId, markets, t.organizationId),
    index("service_vendors_market").on(t.organizationId, t.marketId, t.category),
    check("service_vendors_category_ck", oneOf(t.category, VENDOR_CATEGORIES)),
    check("service_vendors_rating_ck", sql`${t.rating} is null or ${t.rating} between 0 and 5`),
  ],
);

/** A seat's results over one week or month, the history the success-rate factor reads. */
export const performanceSnapshots = pgTable(
  "performance_snapshots",
  {
    organizationId: organizationId(),
    id: id(),
    seatId: uuid("seat_id").notNull(),
    period: text("period").notNull(),
    periodStart: date("period_start").notNull(),
    clientsHandled: integer("clients_handled").notNull(),
    conversions: integer("conversions").notNull(),
    avgResponseSeconds: integer("avg_response_seconds").notNull(),
    satisfaction: doublePrecision("satisfaction").notNull(),
    commission: integer("commission").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgRef("performance_snapshots_seat_fk", t.seatId, seats, t.organizationId),
    unique("performance_snapshots_period").on(t.organizationId, t.seatId, t.period, t.periodStart),
    check("performance_snapshots_period_ck", oneOf(t.period, ["week", "month"])),
    check("performance_snapshots_counts_ck", sql`${t.clientsHandled} >= 0 and ${t.conversions} between 0 and ${t.clientsHandled}`),
    check("performance_snapshots_satisfaction_ck", sql`${t.satisfaction} between 0 and 1`),
  ],
);
