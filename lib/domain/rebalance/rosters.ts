/**
 * The clients held by each group (a seat, or the pool of unassigned clients), each group kept as
 * a binary min-heap on a per-client key. All groups share one flat array with a fixed block per
 * group, so adding and removing cost O(log size) and nothing is allocated after construction.
 * A caller may walk a group in key order without modifying it: start at index 0 and expand the
 * children (2i + 1, 2i + 2) of each member taken, smallest key first.
 */
export class Rosters {
  private readonly start: Int32Array;
  private readonly count: Int32Array;
  private readonly members: Int32Array;
  private readonly slotOf: Int32Array;
  private readonly groupOf: Int32Array;

  /** `blockSizes[g]` is the most members group g can ever hold; `keys` is indexed by client. */
  constructor(
    blockSizes: ArrayLike<number>,
    private readonly keys: Float64Array,
  ) {
    this.start = new Int32Array(blockSizes.length + 1);
    for (let group = 0; group < blockSizes.length; group += 1) {
      this.start[group + 1] = this.start[group]! + blockSizes[group]!;
    }
    this.count = new Int32Array(blockSizes.length);
    this.members = new Int32Array(this.start[blockSizes.length]!);
    this.slotOf = new Int32Array(keys.length).fill(-1);
    this.groupOf = new Int32Array(keys.length).fill(-1);
  }

  /** How many clients group `group` holds. */
  size(group: number): number {
    return this.count[group]!;
  }

  /** The member at heap position `index` of `group` (0 holds the smallest key). */
  member(group: number, index: number): number {
    return this.members[this.start[group]! + index]!;
  }

  /** The heap position of `client` within its group. */
  indexOf(client: number): number {
    return this.slotOf[client]! - this.start[this.groupOf[client]!]!;
  }

  /** Puts `client` into `group` at its key; the caller keeps the group within its block size. */
  add(group: number, client: number): void {
    const slot = this.start[group]! + this.count[group]!;
    this.count[group]! += 1;
    this.groupOf[client] = group;
    this.place(client, slot);
    this.siftUp(client);
  }

  /** Takes `client` out of its group. */
  remove(client: number): void {
    const group = this.groupOf[client]!;
    const slot = this.slotOf[client]!;
    this.count[group]! -= 1;
    const last = this.members[this.start[group]! + this.count[group]!]!;
    this.slotOf[client] = -1;
    this.groupOf[client] = -1;
    if (last === client) return;
    this.place(last, slot);
    this.siftUp(last);
    this.siftDown(last);
  }

  /** Restores heap order after the key of `client` grew. */
  siftDown(client: number): void {
    const group = this.groupOf[client]!;
    const first = this.start[group]!;
    const end = first + this.count[group]!;
    const key = this.keys[client]!;
    let slot = this.slotOf[client]!;
    for (;;) {
      let child = first + 2 * (slot - first) + 1;
      if (child >= end) break;
      if (child + 1 < end && this.keys[this.members[child + 1]!]! < this.keys[this.members[child]!]!) child += 1;
      const other = this.members[child]!;
      if (this.keys[other]! >= key) break;
      this.place(other, slot);
      slot = child;
    }
    this.place(client, slot);
  }

  private siftUp(client: number): void {
    const first = this.start[this.groupOf[client]!]!;
    const key = this.keys[client]!;
    let slot = this.slotOf[client]!;
    while (slot > first) {
      const parentSlot = first + ((slot - first - 1) >> 1);
      const parent = this.members[parentSlot]!;
      if (this.keys[parent]! <= key) break;
      this.place(parent, slot);
      slot = parentSlot;
    }
    this.place(client, slot);
  }

  private place(client: number, slot: number): void {
    this.members[slot] = client;
    this.slotOf[client] = slot;
  }
}
