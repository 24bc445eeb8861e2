import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { singleParam } from "@/lib/domain/input/search-text";
import { FirstRunNotice } from "@/components/first-run-notice";
import { LoginForm } from "@/components/login-form";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  expired: "Your session expired or was ended. Sign in again to continue.",
  "signed-out": "You are signed out.",
  "signed-out-everywhere": "You are signed out on every device.",
};

/** The notice for a failed sign-in that came back through Auth.js's own routes. */
function failureNotice(code: string | undefined): string {
  return code === "locked" ? "Too many sign-in attempts. Wait up to 15 minutes and try again." : "Sign-in failed. Check your email and password.";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ reason?: string; next?: string; error?: string; code?: string }> }) {
  const params = await searchParams;
  if (await getViewer()) redirect("/");
  const reason = singleParam(params, "reason");
  const notice = reason && Object.hasOwn(NOTICES, reason) ? NOTICES[reason] : params.error ? failureNotice(params.code) : undefined;
  return (
    <main className="flex min-h-dvh items-center justify-center bg-gradient-to-b from-brand-900 to-brand-700 px-4 py-10">
      <div className="w-full max-w-sm rounded-2xl bg-white p-6 shadow-xl sm:p-8">
        <p className="text-xs font-semibold uppercase tracking-wider text-brand-600">Jorge Salas Real Estate</p>
        <h1 className="mt-1 text-2xl font-bold text-slate-900">Team Console</h1>
        <p className="mt-1 text-sm text-slate-600">Sign in to see your clients and your team.</p>
        <FirstRunNotice />
        {notice ? <p role="status" className="mt-4 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800">{notice}</p> : null}
        <div className="mt-6">
          <LoginForm next={singleParam(params, "next") ?? "/"} />
        </div>
      </div>
    </main>
  );
}
