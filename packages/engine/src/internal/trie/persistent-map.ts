/**
 * A small persistent (immutable, structurally shared) hash map: a CHAMP-style hash array mapped trie
 * (nodes and algorithms in internal/hamt.ts).
 *
 * `set` and `delete` copy only the path from the root to the changed entry (at most 7 nodes of ≤ 32
 * slots), so an old version stays valid and costs nothing to keep: a state snapshot is just a
 * reference to the old root. Many edits in a row go through a {@link TransientMap} (transient-map.ts),
 * which copies each node at most once per batch. Keys are strings or numbers (numbers and their
 * decimal strings are different keys). Iteration order is deterministic (it follows the hashes), not
 * insertion order.
 */
import {
  diffIn,
  Edit,
  EMPTY_NODE,
  entriesIn,
  forEachIn,
  getIn,
  hashKey,
  hasIn,
  type Key,
  keysIn,
  type Node,
  removeIn,
  setIn,
} from "./hamt.js";

/** An immutable hash map; every "mutation" returns a new map sharing structure with the old one. */
export class PersistentMap<K extends Key, V> {
  private constructor(
    /** @internal The trie; read by TransientMap. */
    readonly root: Node,
    /** Number of entries. */
    readonly size: number,
  ) {}

  private static readonly EMPTY = new PersistentMap<never, never>(EMPTY_NODE, 0);

  /** The empty map (a shared singleton). */
  static empty<K extends Key, V>(): PersistentMap<K, V> {
    return PersistentMap.EMPTY as unknown as PersistentMap<K, V>;
  }

  /** @internal A map over a finished trie (TransientMap's `persist`). */
  static ofRoot<K extends Key, V>(root: Node, size: number): PersistentMap<K, V> {
    return size === 0 ? PersistentMap.empty() : new PersistentMap<K, V>(root, size);
  }

  /** Builds a map from entries; later duplicates win. */
  static from<K extends Key, V>(entries: Iterable<readonly [K, V]>): PersistentMap<K, V> {
    // Nodes built here are owned by an edit nobody else holds, so they are filled in place.
    const edit = new Edit(true);
    let root: Node = EMPTY_NODE;
    let size = 0;
    for (const [k, v] of entries) {
      root = setIn(root, k, v, hashKey(k), 0, edit);
      size += edit.delta;
    }
    return PersistentMap.ofRoot(root, size);
  }

  /** The value for `key`, or undefined. */
  get(key: K): V | undefined {
    return getIn(this.root, key, hashKey(key)) as V | undefined;
  }

  /** Whether `key` is present. */
  has(key: K): boolean {
    return hasIn(this.root, key, hashKey(key));
  }

  /** A map with `key` set to `value` (the same map when nothing changes). */
  set(key: K, value: V): PersistentMap<K, V> {
    const edit = new Edit(false);
    const root = setIn(this.root, key, value, hashKey(key), 0, edit);
    return root === this.root ? this : new PersistentMap<K, V>(root, this.size + edit.delta);
  }

  /** A map without `key` (the same map when it was absent). */
  delete(key: K): PersistentMap<K, V> {
    const edit = new Edit(false);
    const root = removeIn(this.root, key, hashKey(key), 0, edit);
    if (root === this.root) return this;
    return PersistentMap.ofRoot(root, this.size + edit.delta);
  }

  /** A map where `key` holds `fn(current)`; returning undefined deletes the key. */
  update(key: K, fn: (current: V | undefined) => V | undefined): PersistentMap<K, V> {
    const next = fn(this.get(key));
    return next === undefined ? this.delete(key) : this.set(key, next);
  }

  /**
   * The keys whose entries differ between this map and `other`: present in one only, or with values
   * that are not `===`. Cost: the changed paths when one map was made from the other by edits
   * (shared nodes are skipped), up to the size of both for unrelated maps.
   */
  changedKeys(other: PersistentMap<K, V>): K[] {
    const out: Key[] = [];
    diffIn(this.root, other.root, (key) => out.push(key));
    return out as K[];
  }

  /** Calls `fn` for every entry, in hash order. */
  forEach(fn: (value: V, key: K) => void): void {
    forEachIn(this.root, fn as (value: unknown, key: Key) => void);
  }

  /** Every key in an array, in hash order (cheaper than spreading `keys()`). */
  keyArray(): K[] {
    const out: Key[] = [];
    keysIn(this.root, out);
    return out as K[];
  }

  /** Iterates `[key, value]` pairs, in hash order. */
  entries(): IterableIterator<[K, V]> {
    return entriesIn(this.root) as IterableIterator<[K, V]>;
  }

  /** Iterates keys. */
  *keys(): IterableIterator<K> {
    for (const [k] of this.entries()) yield k;
  }

  /** Iterates values. */
  *values(): IterableIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): IterableIterator<[K, V]> {
    return this.entries();
  }
}
