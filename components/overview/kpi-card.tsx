import Link from "next/link";

interface Props {
  label: string;
  value: string | number;
  hint?: string;
  tone?: "default" | "alert";
  href?: string;
}

/** One headline number on the overview. */
export function KpiCard({ label, value, hint, tone = "default", href }: Props) {
  const body = (
    <>
      <p className="text-xs font-medium uppercase tracking-wide text-slate-600">{label}</p>
      <p className={`mt-1 text-2xl font-bold sm:text-3xl ${tone === "alert" ? "text-red-600" : "text-slate-900"}`}>{value}</p>
      {hint ? <p className="mt-1 text-xs text-slate-600">{hint}</p> : null}
    </>
  );
  const cls = "block rounded-xl border border-slate-200 bg-white p-4 shadow-sm";
  return href ? <Link href={href} className={`${cls} hover:border-brand-500`}>{body}</Link> : <div className={cls}>{body}</div>;
}
