"use client";

import { useActionState } from "react";
import { markNoticeReadAction } from "@/app/(console)/tasks/notice-actions";
import type { FormActionState } from "@/components/action-form";
import { flashInbox } from "./inbox-flash";

/** "Mark read" for one notice, or "Mark all read" with `all`; the outcome shows in the inbox's message line. */
export function NoticeReadButton({ noticeId, all = false, label }: { noticeId?: string; all?: boolean; label: string }) {
  const [state, run, pending] = useActionState<FormActionState, FormData>(async (prev, form) => {
    const result = await markNoticeReadAction(prev, form);
    if (result.ok && result.message) flashInbox(result.message);
    return result;
  }, {});
  return (
    <form action={run} className="shrink-0">
      {all ? <input type="hidden" name="all" value="1" /> : <input type="hidden" name="noticeId" value={noticeId} />}
      <button type="submit" disabled={pending} aria-label={label}
        className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-slate-800 hover:bg-slate-50 disabled:opacity-70">
        {pending ? "Marking…" : all ? "Mark all read" : "Mark read"}
      </button>
      {state.error ? <p role="alert" className="mt-1 text-xs text-red-700">{state.error}</p> : null}
    </form>
  );
}
