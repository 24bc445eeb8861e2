import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md rounded-xl border border-slate-200 bg-white p-8 text-center">
      <h1 className="text-lg font-semibold text-slate-900">Not found</h1>
      <p className="mt-2 text-sm text-slate-600">This page does not exist, or it belongs to a client your seat does not work.</p>
      <Link href="/" className="mt-2 inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline-offset-2 hover:underline">Back to the overview</Link>
    </div>
  );
}
