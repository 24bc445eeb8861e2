/**
 * A binary min-heap over the integers 0..size-1 with a decrease-key operation, keyed by
 * doubles. Equal keys are ordered by the smaller integer so that runs are reproducible.
 * Typed arrays and no per-operation allocation keep it fast inside Dijkstra's inner loop.
 */
export class IndexedMinHeap {
  private readonly heap: Int32Array;
  private readonly position: Int32Array;
  private readonly key: Float64Array;
  private length = 0;

  constructor(size: number) {
    this.heap = new Int32Array(size);
    this.position = new Int32Array(size).fill(-1);
    this.key = new Float64Array(size);
  }

  /** How many items the heap holds. */
  get size(): number {
    return this.length;
  }

  /** The smallest key in the heap; only meaningful when the heap is not empty. */
  peekKey(): number {
    return this.key[this.heap[0]!]!;
  }

  /** Inserts `item` with `key`, or lowers its key when it is already in the heap. */
  pushOrDecrease(item: number, key: number): void {
    let at = this.position[item]!;
    if (at < 0) {
      at = this.length;
      this.length += 1;
      this.heap[at] = item;
      this.position[item] = at;
    } else if (key >= this.key[item]!) {
      return;
    }
    this.key[item] = key;
    this.siftUp(at);
  }

  /** Removes and returns the item with the smallest key. */
  pop(): number {
    const top = this.heap[0]!;
    this.length -= 1;
    this.position[top] = -1;
    if (this.length > 0) {
      const last = this.heap[this.length]!;
      this.heap[0] = last;
      this.position[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  /** Empties the heap in time proportional to its current size. */
  clear(): void {
    for (let at = 0; at < this.length; at += 1) this.position[this.heap[at]!] = -1;
    this.length = 0;
  }

  private less(a: number, b: number): boolean {
    const ka = this.key[a]!;
    const kb = this.key[b]!;
    return ka < kb || (ka === kb && a < b);
  }

  private siftUp(at: number): void {
    const item = this.heap[at]!;
    while (at > 0) {
      const parentAt = (at - 1) >> 1;
      const parent = this.heap[parentAt]!;
      if (!this.less(item, parent)) break;
      this.heap[at] = parent;
      this.position[parent] = at;
      at = parentAt;
    }
    this.heap[at] = item;
    this.position[item] = at;
  }

  private siftDown(at: number): void {
    const item = this.heap[at]!;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.length) break;
      const right = child + 1;
      if (right < this.length && this.less(this.heap[right]!, this.heap[child]!)) child = right;
      if (!this.less(this.heap[child]!, item)) break;
      this.heap[at] = this.heap[child]!;
      this.position[this.heap[at]!] = at;
      at = child;
    }
    this.heap[at] = item;
    this.position[item] = at;
  }
}
