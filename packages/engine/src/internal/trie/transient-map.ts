/**
 * The batch-edit form of a {@link PersistentMap} (a "transient", as in Clojure or Immutable.js
 * `withMutations`): many `set`/`delete` calls that copy each trie node at most once, then `persist()`
 * for an ordinary immutable map. The map it started from never changes: nodes are copied the first
 * time an edit reaches them and changed in place afterwards, and only nodes this edit created are
 * ever changed. Use one inside a single command, never hand it out.
 */
import { Edit, getIn, hashKey, hasIn, type Key, type Node, removeIn, setIn } from "./hamt.js";
import { PersistentMap } from "./persistent-map.js";

/** A mutable view over a persistent map; `persist()` ends the batch and returns the new map. */
export class TransientMap<K extends Key, V> {
  /**
   * One instance kept for the life of the class. V8 holds the hidden class that a constructor's
   * fields lead to only weakly: once every instance (each lives for one command) is garbage, a full
   * GC drops that hidden class and the optimised code built for it, and the next command runs
   * unoptimised until it is compiled again (2–3× slower). A live instance keeps both.
   * @internal
   */
  static readonly keepShape: TransientMap<string, never> = new TransientMap<string, never>(PersistentMap.empty());

  private root: Node;
  private count: number;
  /** Owns the nodes this batch created; replaced on `persist()` so a published node never changes. */
  private edit = new Edit(true);
  /** The map last published (or started from): `root` is its root until an edit copies it. */
  private base: PersistentMap<K, V>;

  constructor(base: PersistentMap<K, V>) {
    this.base = base;
    this.root = base.root;
    this.count = base.size;
  }

  /** Number of entries. */
  get size(): number {
    return this.count;
  }

  /** The value for `key`, or undefined. */
  get(key: K): V | undefined {
    return getIn(this.root, key, hashKey(key)) as V | undefined;
  }

  /** Whether `key` is present. */
  has(key: K): boolean {
    return hasIn(this.root, key, hashKey(key));
  }

  /** Sets `key` to `value`, in place. */
  set(key: K, value: V): this {
    const edit = this.edit;
    const root = setIn(this.root, key, value, hashKey(key), 0, edit);
    this.count += edit.delta;
    this.root = root;
    return this;
  }

  /** Removes `key`, in place. */
  delete(key: K): this {
    const edit = this.edit;
    const root = removeIn(this.root, key, hashKey(key), 0, edit);
    this.root = root;
    this.count += edit.delta;
    return this;
  }

  /**
   * The edited map as an immutable {@link PersistentMap} (the original map when nothing changed).
   * The transient stays usable; later edits copy again instead of touching what was published.
   */
  persist(): PersistentMap<K, V> {
    // Every edit since the last publication copied the root first, so an equal root means no edit.
    if (this.root === this.base.root) return this.base;
    this.edit = new Edit(true);
    this.base = PersistentMap.ofRoot<K, V>(this.root, this.count);
    this.root = this.base.root;
    return this.base;
  }
}
