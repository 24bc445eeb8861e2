import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { viewUnsubscribe } from "@/lib/services/clients/unsubscribe";
import { confirmUnsubscribe } from "./actions";
import { UNSUBSCRIBE_WORDS } from "./words";

export const metadata: Metadata = { title: { absolute: "Unsubscribe" }, robots: { index: false, follow: false } };

/**
 * The page behind the unsubscribe link in every email, open without signing in: it says whose
 * emails stop and asks the client to confirm with a button (a POST), so mail scanners that open
 * links unsubscribe nobody. Once confirmed it says no more emails will come.
 */
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await viewUnsubscribe(getDb(), token);
  if (!view) notFound();
  const words = UNSUBSCRIBE_WORDS[view.language];
  return (
    <main lang={view.language} className="flex min-h-dvh items-center justify-center bg-slate-50 px-4 py-10">
      <div className="w-full max-w-md rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8">
        <p className="text-xs font-semibold uppercase tracking-wider text-brand-600 break-words">{view.teamName}</p>
        {view.unsubscribed ? (
          <>
            <h1 className="mt-2 text-xl font-bold text-slate-900" role="status">{words.done(view.teamName)}</h1>
            <p className="mt-3 text-sm text-slate-600">{words.doneNote}</p>
          </>
        ) : (
          <>
            <h1 className="mt-2 text-xl font-bold text-slate-900 break-words">{words.ask(view.teamName)}</h1>
            <p className="mt-3 text-sm text-slate-600">{words.explain}</p>
            <form action={confirmUnsubscribe} className="mt-6">
              <input type="hidden" name="token" value={token} />
              <button type="submit" className="inline-flex min-h-11 w-full items-center justify-center rounded-lg bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-900">{words.confirm}</button>
            </form>
          </>
        )}
      </div>
    </main>
  );
}
