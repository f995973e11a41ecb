/**
 * Incremental union-find (union by size, path halving) over dense ad indices, growing as ads
 * arrive. Each root carries its component's earliest member, from which a new cluster id is made.
 */
export class UnionFind {
  private parent = new Int32Array(1024);
  private size = new Int32Array(1024);
  private count = 0;

  /** Adds one singleton element and returns its index. */
  add(): number {
    if (this.count === this.parent.length) {
      const p = new Int32Array(this.parent.length * 2);
      p.set(this.parent);
      this.parent = p;
      const s = new Int32Array(this.size.length * 2);
      s.set(this.size);
      this.size = s;
    }
    const i = this.count++;
    this.parent[i] = i;
    this.size[i] = 1;
    return i;
  }

  find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) {
      const gp = p[p[i]!]!;
      p[i] = gp;
      i = gp;
    }
    return i;
  }

  /** Joins the sets of a and b; returns [kept root, absorbed root], or null when already joined. */
  union(a: number, b: number): [number, number] | null {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return null;
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] = this.size[ra]! + this.size[rb]!;
    return [ra, rb];
  }

  sizeOf(i: number): number {
    return this.size[this.find(i)]!;
  }
}
