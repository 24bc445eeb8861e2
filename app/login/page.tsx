import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { LoginForm } from "@/components/login-form";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  expired: "Your session expired. Sign in again to continue.",
  "signed-out": "You are signed out.",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ reason?: string; next?: string; error?: string }> }) {
  const params = await searchParams;
  if (await getViewer()) redirect("/");
  const notice = params.reason ? NOTICES[params.reason] : params.error ? "Sign-in failed. Check your email and password." : undefined;
  return (
    <main className="flex min-h-dvh items-center justify-center bg-gradient-to-b from-brand-900 to-brand-700 px-4 py-10">
      <div className="w-full max-w-sm rounded-2xl bg-white p-6 shadow-xl sm:p-8">
        <p className="text-xs font-semibold uppercase tracking-wider text-brand-600">Jorge Salas Real Estate</p>
        <h1 className="mt-1 text-2xl font-bold text-slate-900">Team Console</h1>
        <p className="mt-1 text-sm text-slate-500">Sign in to see your clients and your team.</p>
        {notice ? <p role="status" className="mt-4 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800">{notice}</p> : null}
        <div className="mt-6">
          <LoginForm next={params.next ?? "/"} />
        </div>
      </div>
    </main>
  );
}
