/** A piece of a message body: plain text, or the words a finding quoted. */
export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * Splits a message body so the words each finding quoted can be highlighted: every occurrence
 * of each excerpt, matched without regard to case, becomes a marked segment; overlapping
 * excerpts merge into one mark. An excerpt the body does not contain (the reviewer shortened
 * it) marks nothing, and the whole body stays readable in order.
 */
export function highlightExcerpts(body: string, excerpts: readonly string[]): Segment[] {
  const lower = body.toLowerCase();
  const ranges: [number, number][] = [];
  for (const raw of excerpts) {
    const needle = raw.trim().toLowerCase();
    if (!needle) continue;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) ranges.push([at, at + needle.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of merged) {
    if (start > cursor) segments.push({ text: body.slice(cursor, start), marked: false });
    segments.push({ text: body.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < body.length || segments.length === 0) segments.push({ text: body.slice(cursor), marked: false });
  return segments;
}
