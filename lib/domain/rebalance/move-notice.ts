export interface MoveStory {
  client: string;
  from: { name: string; load: number; capacity: number } | null;
  to: { name: string; load: number; capacity: number };
  scoreBefore: number;
  scoreAfter: number;
  by: string;
}

const fit = (score: number) => `${Math.round(score * 100)}%`;

/**
 * What each seat of a rebalance move is told, in one sentence each: who moved, who decided and
 * why (the seats' loads against capacity and the two fits), so nobody finds a client missing
 * from their list without a reason.
 */
export function moveNotices(m: MoveStory): { from: string | null; to: string } {
  const overloaded = m.from && m.from.load > m.from.capacity;
  const why = overloaded
    ? `you held ${m.from!.load} clients for a capacity of ${m.from!.capacity}`
    : `${m.to.name} fits ${m.client} better (${fit(m.scoreAfter)} against ${fit(m.scoreBefore)})`;
  return {
    from: m.from ? `${m.by} moved ${m.client} to ${m.to.name} when rebalancing the team: ${why}. Their history and dossier went with them.` : null,
    to: `${m.by} moved ${m.client} to you${m.from ? ` from ${m.from.name}` : ""} when rebalancing the team: you fit them ${fit(m.scoreAfter)}${m.from ? ` against ${fit(m.scoreBefore)} with ${m.from.name}` : ""}. Read the dossier before you reach out.`,
  };
}
