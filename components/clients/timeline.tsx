import { dateTime, humanize } from "@/components/format";

export interface TimelineItem {
  id: string;
  channel: string;
  direction: string;
  body: string;
  occurredAt: Date;
  seatName: string | null;
}

const DIRECTION_STYLE: Record<string, string> = {
  inbound: "border-l-sky-400",
  outbound: "border-l-brand-500",
  internal: "border-l-amber-400",
};

/** The client's conversation and notes, newest first. */
export function Timeline({ items }: { items: TimelineItem[] }) {
  if (items.length === 0) return <p className="text-sm text-slate-500">No messages or notes yet.</p>;
  return (
    <ol className="space-y-3">
      {items.map((item) => (
        <li key={item.id} className={`border-l-4 pl-3 ${DIRECTION_STYLE[item.direction] ?? "border-l-slate-300"}`} data-testid="timeline-item">
          <p className="text-xs text-slate-500">
            {humanize(item.direction)} {item.channel} · {item.direction === "inbound" ? "client" : item.seatName ?? "team"} · {dateTime(item.occurredAt)}
          </p>
          <p className="mt-0.5 whitespace-pre-wrap break-words text-sm text-slate-800">{item.body}</p>
        </li>
      ))}
    </ol>
  );
}
