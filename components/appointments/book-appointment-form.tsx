"use client";

import { bookAppointmentAction } from "@/app/(console)/clients/[id]/appointment-actions";
import { ActionForm, FIELD } from "@/components/action-form";
import { FieldError, useField } from "@/components/field-error";
import { APPOINTMENT_KIND_LABELS, DURATION_CHOICES, durationWords } from "@/lib/domain/appointments/appointment-words";
import { APPOINTMENT_KINDS } from "@/lib/domain/team/vocabulary";

export interface BookingSeat {
  id: string;
  name: string;
}

const LABEL = "text-xs font-medium text-slate-700";

function Fields({ timeZone, zoneName, earliest, seats, defaultKind }: { timeZone: string; zoneName: string; earliest: string; seats: BookingSeat[]; defaultKind: string }) {
  const kind = useField("kind");
  const startsAt = useField("startsAt", "appointment-starts-hint");
  const duration = useField("durationMinutes");
  const place = useField("place");
  const seat = useField("seatId");
  const notes = useField("notes");
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div>
        <label htmlFor="appointment-kind" className={LABEL}>What</label>
        <select id="appointment-kind" name="kind" {...kind.inputProps} defaultValue={kind.value ?? defaultKind} className={FIELD}>
          {APPOINTMENT_KINDS.map((k) => <option key={k} value={k}>{APPOINTMENT_KIND_LABELS[k]}</option>)}
        </select>
        <FieldError name="kind" />
      </div>
      <div>
        <label htmlFor="appointment-starts" className={LABEL}>Starts, client&apos;s time</label>
        <input id="appointment-starts" name="startsAt" type="datetime-local" required min={earliest} {...startsAt.inputProps} defaultValue={startsAt.value} className={FIELD} />
        <p id="appointment-starts-hint" className="mt-1 text-xs text-slate-600">{zoneName} ({timeZone}), where the client is.</p>
        <FieldError name="startsAt" />
      </div>
      <div>
        <label htmlFor="appointment-duration" className={LABEL}>How long</label>
        <select id="appointment-duration" name="durationMinutes" {...duration.inputProps} defaultValue={duration.value ?? "60"} className={FIELD}>
          {DURATION_CHOICES.map((m) => <option key={m} value={m}>{durationWords(m)}</option>)}
        </select>
        <FieldError name="durationMinutes" />
      </div>
      {seats.length > 1 ? (
        <div>
          <label htmlFor="appointment-seat" className={LABEL}>On whose calendar</label>
          <select id="appointment-seat" name="seatId" {...seat.inputProps} defaultValue={seat.value ?? seats[0]!.id} className={FIELD}>
            {seats.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
          <FieldError name="seatId" />
        </div>
      ) : null}
      <div className="sm:col-span-2">
        <label htmlFor="appointment-place" className={LABEL}>Where (optional)</label>
        <input id="appointment-place" name="place" maxLength={300} autoComplete="street-address" {...place.inputProps} defaultValue={place.value} className={FIELD} placeholder="7421 Etiwanda Ave, or a phone or video link" />
        <FieldError name="place" />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="appointment-notes" className={LABEL}>Notes (optional)</label>
        <textarea id="appointment-notes" name="notes" rows={2} maxLength={2000} {...notes.inputProps} defaultValue={notes.value} className={FIELD} placeholder="Gate code, what to bring" />
        <FieldError name="notes" />
      </div>
    </div>
  );
}

/**
 * Books a showing, listing appointment, call or meeting with the client. The time is entered on
 * the client's clock, in their time zone; Jorge also picks whose calendar it goes on.
 */
export function BookAppointmentForm(props: { clientId: string; timeZone: string; zoneName: string; earliest: string; seats: BookingSeat[]; defaultKind: string }) {
  const { clientId, seats } = props;
  return (
    <ActionForm action={bookAppointmentAction} submitLabel="Book" pendingLabel="Booking…" hidden={{ clientId, ...(seats.length === 1 ? { seatId: seats[0]!.id } : {}) }} testId="book-appointment" className="space-y-3" wide>
      <Fields {...props} />
    </ActionForm>
  );
}
