/**
 * LSH buckets in typed arrays. With 24 bands a million ads make 24 million bucket entries, almost
 * all of them singletons (unrelated texts); one `Map` per band costs about 50 bytes an entry,
 * too much for a million-ad index in 4 GB. Here a bucket is a linked list through the ads: an
 * open-addressing table maps a band key to the newest entry, and `prev` links each entry to the
 * previous one of the same bucket, so a scan reads the newest members first. About 14 bytes an
 * entry.
 */
export class BucketTable {
  private keys: Uint32Array;
  private heads: Int32Array;
  private used = 0;
  private prev: Int32Array;

  constructor(capacity = 1 << 12) {
    this.keys = new Uint32Array(capacity);
    this.heads = new Int32Array(capacity).fill(-1);
    this.prev = new Int32Array(capacity);
  }

  /** Slot of `key`: where it is, or the empty slot where it would go. */
  private slot(key: number): number {
    // Keys are compared as stored: unsigned 32-bit.
    key >>>= 0;
    const mask = this.keys.length - 1;
    let s = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (this.heads[s] !== -1 && this.keys[s] !== key) s = (s + 1) & mask;
    return s;
  }

  /** Newest entry of a bucket, or -1. */
  head(key: number): number {
    return this.heads[this.slot(key)]!;
  }

  /** The entry added to the same bucket before `entry`, or -1. */
  previous(entry: number): number {
    return this.prev[entry]!;
  }

  /** Adds entry number `entry` (callers number entries 0, 1, 2, …) to the bucket of `key`. */
  add(key: number, entry: number): void {
    if (entry >= this.prev.length) {
      const grown = new Int32Array(Math.max(entry + 1, this.prev.length * 2));
      grown.set(this.prev);
      this.prev = grown;
    }
    let s = this.slot(key);
    if (this.heads[s] === -1) {
      if ((this.used + 1) * 4 > this.keys.length * 3) {
        this.rehash();
        s = this.slot(key);
      }
      this.used++;
      this.keys[s] = key;
    }
    this.prev[entry] = this.heads[s]!;
    this.heads[s] = entry;
  }

  private rehash(): void {
    const { keys, heads } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.heads = new Int32Array(keys.length * 2).fill(-1);
    for (let s = 0; s < keys.length; s++) {
      if (heads[s] === -1) continue;
      const t = this.slot(keys[s]!);
      this.keys[t] = keys[s]!;
      this.heads[t] = heads[s]!;
    }
  }
}
