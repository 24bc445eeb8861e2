import type { ReactNode } from "react";
import { dossierWarnings, type Dossier } from "@/lib/domain/handoff/dossier";
import { calendarDate, dateTime, humanize, money } from "@/components/format";
import { DossierHistory } from "./dossier-history";

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="min-w-0 rounded-lg border border-slate-100 bg-slate-50/60 p-3">
      <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</h3>
      {children}
    </div>
  );
}

function Pair({ label, value, tone = "" }: { label: string; value: ReactNode; tone?: string }) {
  return (
    <div className="flex justify-between gap-3">
      <dt className="shrink-0 text-slate-500">{label}</dt>
      <dd className={`min-w-0 break-words text-right text-slate-900 ${tone}`}>{value ?? "—"}</dd>
    </div>
  );
}

const yesNo = (v: boolean) => (v ? "Yes" : "No");

/**
 * Everything a seat receiving a client must know, most urgent first: the warnings, then profile,
 * qualification answers, money, timeline, consent, the last touch, open promises (overdue in
 * red), transactions with their next deadline, and the whole conversation, collapsed.
 */
export function DossierView({ dossier: d }: { dossier: Dossier }) {
  const warnings = dossierWarnings(d);
  const p = d.profile;
  const m = d.money;
  return (
    <div data-testid="dossier" className="space-y-3 text-sm">
      {warnings.length ? (
        <div data-testid="dossier-warnings" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-900">
          <p className="font-semibold">Know this first</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">{warnings.map((w) => <li key={w}>{w}</li>)}</ul>
        </div>
      ) : null}
      <div className="grid gap-3 md:grid-cols-2 2xl:grid-cols-3">
        <Block title="Profile">
          <dl className="space-y-1">
            <Pair label="Client" value={`${humanize(p.type)} · ${humanize(p.pipeline)} pipeline`} />
            <Pair label="Stage" value={p.stage} />
            <Pair label="Market" value={p.marketName} />
            <Pair label="Property" value={p.propertyAddress} />
            <Pair label="Language" value={`${p.language.toUpperCase()} · ${p.timeZone}`} />
            <Pair label="Email" value={p.email} />
            <Pair label="Phone" value={p.phone} />
            <Pair label="Lead score" value={`${p.leadScore} (${p.temperature})`} />
            {p.tags.length ? <Pair label="Tags" value={p.tags.join(", ")} /> : null}
          </dl>
        </Block>
        <Block title={`Qualification${d.qualification.complete ? "" : " · incomplete"}`}>
          {d.qualification.answers.length ? (
            <dl className="space-y-1.5">
              {d.qualification.answers.map((a) => (
                <div key={a.question}><dt className="text-xs text-slate-500">{a.question}</dt><dd className="break-words text-slate-900">{a.answer}</dd></div>
              ))}
            </dl>
          ) : <p className="text-slate-500">No answers yet.</p>}
        </Block>
        <Block title="Money and timeline">
          <dl className="space-y-1">
            {m.budgetMin !== null || m.budgetMax !== null ? <Pair label="Budget" value={`${money(m.budgetMin)} – ${money(m.budgetMax)}`} /> : null}
            {m.priceExpectation !== null ? <Pair label="Price expectation" value={money(m.priceExpectation)} /> : null}
            <Pair label="Pre-approval" value={m.preApproved === null ? "Not asked yet" : m.preApproved ? (m.preApprovalAmount !== null ? money(m.preApprovalAmount) : "Yes") : "No"} tone={m.preApproved ? "" : "text-amber-800"} />
            <Pair label="Commission potential" value={money(m.commissionPotential)} />
            <Pair label="Timeline" value={d.timeline.timelineDays !== null ? `${d.timeline.label} (${d.timeline.timelineDays} days)` : humanize(d.timeline.label)} />
          </dl>
        </Block>
        <Block title="Consent and last touch">
          <dl className="space-y-1">
            {d.consent.optedOut ? (
              <Pair label="Messages" value={`Opted out${d.consent.optedOutAt ? ` ${dateTime(d.consent.optedOutAt)}` : ""}`} tone="font-semibold text-red-700" />
            ) : null}
            <Pair label="SMS" value={yesNo(d.consent.sms)} tone={d.consent.sms ? "" : "text-red-700"} />
            <Pair label="Email" value={yesNo(d.consent.email)} tone={d.consent.email ? "" : "text-red-700"} />
          </dl>
          <p className="mt-2 break-words text-slate-700">
            {d.lastTouch ? <><span className="text-slate-500">{humanize(d.lastTouch.direction)} {d.lastTouch.channel}, {dateTime(d.lastTouch.at)}: </span>{d.lastTouch.summary}</> : "No contact on record yet."}
          </p>
        </Block>
        <Block title={`Open promises (${d.openPromises.length})`}>
          {d.openPromises.length ? (
            <ul className="space-y-2">
              {d.openPromises.map((t, i) => (
                <li key={`${t.title}-${i}`} className={t.overdue ? "text-red-700" : "text-slate-900"} data-overdue={t.overdue || undefined}>
                  <p className="break-words">{t.title}</p>
                  <p className={`text-xs ${t.overdue ? "font-semibold" : "text-slate-500"}`}>
                    {t.dueAt ? `${t.overdue ? "Overdue, was due" : "Due"} ${dateTime(t.dueAt)}` : "No due date"}{t.seatName ? ` · ${t.seatName}` : ""}
                  </p>
                </li>
              ))}
            </ul>
          ) : <p className="text-slate-500">Nothing promised.</p>}
        </Block>
        <Block title="Transactions">
          {d.transactions.length ? (
            <ul className="space-y-2">
              {d.transactions.map((t, i) => (
                <li key={`${t.address}-${i}`}>
                  <p className="break-words font-medium text-slate-900">{t.address}</p>
                  <p className="text-xs text-slate-600">{humanize(t.side)} side · {humanize(t.status)} · {t.stage} · {money(t.price)}</p>
                  {t.nextDeadline ? <p className="text-xs text-slate-800">Next: {t.nextDeadline.name}, {calendarDate(t.nextDeadline.due)}</p> : null}
                </li>
              ))}
            </ul>
          ) : <p className="text-slate-500">No transactions.</p>}
        </Block>
      </div>
      <DossierHistory history={d.history} />
      <p className="text-xs text-slate-600">Dossier captured {dateTime(d.builtAt)}</p>
    </div>
  );
}
