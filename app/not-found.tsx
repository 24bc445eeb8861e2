import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-dvh items-center justify-center px-4">
      <div className="max-w-md text-center">
        <h1 className="text-lg font-semibold text-slate-900">Page not found</h1>
        <p className="mt-2 text-sm text-slate-600">Check the address, or start again from the overview.</p>
        <Link href="/" className="mt-2 inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline-offset-2 hover:underline">Go to the overview</Link>
      </div>
    </main>
  );
}
