/** A share 0..1 as a whole percent ("85%"), or a dash when there is nothing to divide. */
export const percent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);

/** "1 message", "3 messages". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
