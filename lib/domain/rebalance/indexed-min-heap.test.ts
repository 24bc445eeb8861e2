import { describe, expect, it } from "vitest";
import { IndexedMinHeap } from "./indexed-min-heap";
import { seededRandom } from "./test-support";

describe("IndexedMinHeap", () => {
  it("pops items by ascending key, breaking ties by the smaller item", () => {
    const heap = new IndexedMinHeap(6);
    [[3, 2.5], [0, 1], [5, 1], [1, 7], [4, -3]].forEach(([item, key]) => heap.pushOrDecrease(item!, key!));
    expect(heap.size).toBe(5);
    expect(heap.peekKey()).toBe(-3);
    expect(Array.from({ length: 5 }, () => heap.pop())).toEqual([4, 0, 5, 3, 1]);
    expect(heap.size).toBe(0);
  });

  it("lowers a key in place and ignores attempts to raise it", () => {
    const heap = new IndexedMinHeap(3);
    heap.pushOrDecrease(0, 5);
    heap.pushOrDecrease(1, 4);
    heap.pushOrDecrease(0, 1);
    heap.pushOrDecrease(1, 9);
    expect(heap.size).toBe(2);
    expect([heap.pop(), heap.peekKey(), heap.pop()]).toEqual([0, 4, 1]);
  });

  it("can be cleared and reused, and sorts like Array.sort on random keys", () => {
    const heap = new IndexedMinHeap(200);
    const rand = seededRandom(7);
    for (let round = 0; round < 5; round += 1) {
      const keys = new Map<number, number>();
      for (let k = 0; k < 400; k += 1) {
        const item = Math.floor(rand() * 200);
        const key = Math.floor(rand() * 50);
        heap.pushOrDecrease(item, key);
        keys.set(item, Math.min(key, keys.get(item) ?? Infinity));
      }
      const expected = [...keys].sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([item]) => item);
      if (round % 2 === 0) {
        expect(Array.from({ length: heap.size }, () => heap.pop())).toEqual(expected);
      } else {
        heap.clear();
        expect(heap.size).toBe(0);
      }
    }
  });
});
