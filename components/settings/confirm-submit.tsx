"use client";

import { useEffect, useRef, useState } from "react";

interface Props {
  /** The form action to run once confirmed. */
  action: (form: FormData) => void;
  pending: boolean;
  /** Hidden fields the action receives. */
  fields: Record<string, string>;
  /** The button's word ("Revoke") and what it acts on ("Website form"), for its accessible name. */
  label: string;
  subject: string;
  /** What happens, asked before it does: "Systems using it stop at once." */
  question: string;
  pendingLabel: string;
}

const danger = "min-h-11 rounded-lg border border-red-200 px-3 text-sm font-medium text-red-700 hover:bg-red-50 sm:min-h-8 sm:px-2.5 sm:text-xs";

/** A destructive button that asks first: the first press shows the consequence, a second press confirms, "Keep it" goes back. */
export function ConfirmSubmit({ action, pending, fields, label, subject, question, pendingLabel }: Props) {
  const [asking, setAsking] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (returnFocus) trigger.current?.focus();
  }, [asking, returnFocus]);

  if (!asking) {
    return (
      <button ref={trigger} type="button" onClick={() => setAsking(true)} aria-label={`${label} ${subject}`} className={danger}>
        {label}
      </button>
    );
  }
  return (
    <form action={action} className="flex flex-wrap items-center justify-end gap-2" aria-label={`${label} ${subject}?`}>
      {Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <p className="w-full text-right text-xs text-slate-700 sm:w-auto">{label} {subject}? {question}</p>
      <button ref={confirm} type="submit" disabled={pending} className={`${danger} bg-red-50`}>{pending ? pendingLabel : `Yes, ${label.toLowerCase()}`}</button>
      <button type="button" onClick={() => { setAsking(false); setReturnFocus(true); }} className="min-h-11 rounded-lg px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 sm:min-h-8 sm:px-2.5 sm:text-xs">Keep it</button>
    </form>
  );
}
