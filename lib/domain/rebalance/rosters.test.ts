import { describe, expect, it } from "vitest";
import { Rosters } from "./rosters";
import { seededRandom } from "./test-support";

const membersOf = (rosters: Rosters, group: number): number[] =>
  Array.from({ length: rosters.size(group) }, (_, index) => rosters.member(group, index)).sort((a, b) => a - b);

/** Members of `group` in key order, by walking the heap without modifying it. */
function walk(rosters: Rosters, keys: Float64Array, group: number): number[] {
  const order: number[] = [];
  const frontier = rosters.size(group) > 0 ? [0] : [];
  while (frontier.length > 0) {
    frontier.sort((a, b) => keys[rosters.member(group, b)]! - keys[rosters.member(group, a)]!);
    const index = frontier.pop()!;
    order.push(rosters.member(group, index));
    expect(rosters.indexOf(rosters.member(group, index))).toBe(index);
    for (const child of [2 * index + 1, 2 * index + 2]) if (child < rosters.size(group)) frontier.push(child);
  }
  return order;
}

describe("Rosters", () => {
  it("adds and removes members per group without disturbing other groups", () => {
    const keys = new Float64Array([5, 1, 4, 2, 3, 0]);
    const rosters = new Rosters([2, 3, 0], keys);
    rosters.add(0, 4);
    rosters.add(1, 0);
    rosters.add(1, 5);
    rosters.add(0, 2);
    rosters.add(1, 3);
    expect(membersOf(rosters, 0)).toEqual([2, 4]);
    expect(walk(rosters, keys, 1)).toEqual([5, 3, 0]);
    rosters.remove(0);
    expect(walk(rosters, keys, 1)).toEqual([5, 3]);
    rosters.remove(5);
    rosters.remove(2);
    expect(membersOf(rosters, 1)).toEqual([3]);
    expect(membersOf(rosters, 0)).toEqual([4]);
    expect(rosters.size(2)).toBe(0);
  });

  it("keeps every group in key order through random adds, removes and key increases", () => {
    const rand = seededRandom(3);
    const clients = 60;
    const keys = new Float64Array(clients);
    const rosters = new Rosters([30, 30, 30], keys);
    const groupOf = new Array<number>(clients).fill(-1);
    for (let step = 0; step < 2000; step += 1) {
      const client = Math.floor(rand() * clients);
      if (groupOf[client]! < 0) {
        const group = Math.floor(rand() * 3);
        if (rosters.size(group) >= 30) continue;
        keys[client] = Math.floor(rand() * 20);
        rosters.add(group, client);
        groupOf[client] = group;
      } else if (rand() < 0.5) {
        rosters.remove(client);
        groupOf[client] = -1;
      } else {
        keys[client]! += Math.floor(rand() * 5);
        rosters.siftDown(client);
      }
    }
    for (let group = 0; group < 3; group += 1) {
      const expected = groupOf.flatMap((g, client) => (g === group ? [client] : []));
      const order = walk(rosters, keys, group);
      expect([...order].sort((a, b) => a - b)).toEqual(expected);
      for (let k = 1; k < order.length; k += 1) expect(keys[order[k]!]!).toBeGreaterThanOrEqual(keys[order[k - 1]!]!);
    }
  });
});
