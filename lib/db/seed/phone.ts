import type { Channel } from "../../domain/team/vocabulary";
import { recordInteraction } from "./interactions";
import type { Line, Slots } from "./phrases";
import type { Talk } from "./speak";
import type { InteractionRow, SeatInfo } from "./types";

/** What recording a line did: the channel it went out on (null: nothing recorded). */
export interface Said {
  channel: Channel | null;
  /** How many of the following lines this one consumed (a client's answers folded into a call). */
  skip: number;
  row?: InteractionRow;
}

/**
 * What the team would have written, said by phone instead: one call covering the questions of the
 * exchange and the client's answers to them, or a voicemail when nobody picked up (and then the
 * rest of the exchange does not happen).
 */
export function phoneCall(t: Talk, lines: readonly Line[], i: number, at: Date, seat: SeatInfo, slots: Slots, who: readonly string[]): Said {
  const said: string[] = [];
  let j = i;
  for (; lines[j]?.who === "team" && lines[j]!.gist; j += lines[j + 1]?.who === "client" ? 2 : 1) {
    said.push(t.variety.sentence(t.rng, lines[j]!.gist!, slots, at, who));
    const reply = lines[j + 1]?.who === "client" ? lines[j + 1]!.gist : undefined;
    if (reply) said.push(t.variety.sentence(t.rng, reply, slots, at, who));
  }
  if (said.length === 0) return { channel: null, skip: 0 };
  const answered = j - i > 1 || t.rng.chance(0.35);
  const first = t.c.row.firstName;
  const body = answered ? `Called ${first} (${t.rng.int(3, 6 + 4 * said.length)} min): ${said.join("; ")}.` : `Left ${first} a voicemail: ${said[0]}.`;
  const outcome = answered ? (lines.slice(i, j).find((l) => l.outcome)?.outcome ?? "connected") : "left_voicemail";
  const row = recordInteraction(t.ctx, t.rng, t.c, { channel: answered ? "call" : "voicemail", direction: "outbound", body, at, seat, sentiment: answered ? lines[i]!.mood : null, productive: null, outcome });
  return { channel: answered ? "call" : "voicemail", skip: answered ? j - i - 1 : lines.length - i - 1, row };
}
