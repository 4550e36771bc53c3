/**
 * A small persistent (immutable, structurally shared) hash map: a CHAMP-style hash array mapped trie.
 *
 * `set` and `delete` copy only the path from the root to the changed entry (at most 7 nodes of ≤ 32
 * slots), so an old version stays valid and costs nothing to keep: a state snapshot is just a
 * reference to the old root. Keys are strings or numbers (numbers and their decimal strings are
 * different keys). Iteration order is deterministic (it follows the hashes), not insertion order.
 *
 * Size note: this file is a little over the ~300-line budget on purpose — it is one data structure
 * (insert, remove, lookup and iteration share private node helpers) and splitting it would expose them.
 */

type Key = string | number;

const BITS = 5;
const MASK = 31;
const MAX_SHIFT = 30;

class BitmapNode {
  /** `content` holds key/value pairs for `dataMap` bits, then one child node per `nodeMap` bit. */
  constructor(
    readonly dataMap: number,
    readonly nodeMap: number,
    readonly content: readonly unknown[],
  ) {}
}

class CollisionNode {
  /** Keys whose 32-bit hashes are all equal; `content` is key/value pairs. */
  constructor(
    readonly hash: number,
    readonly content: readonly unknown[],
  ) {}
}

type Node = BitmapNode | CollisionNode;

const EMPTY_NODE = new BitmapNode(0, 0, []);

function hashKey(key: Key): number {
  if (typeof key === "number") {
    // Integers hash to themselves mixed; other numbers through their string form.
    if (Number.isInteger(key) && key >= -0x80000000 && key <= 0x7fffffff) {
      let h = key | 0;
      h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
      h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
      return (h ^ (h >>> 16)) | 0;
    }
    return hashKey(`#${key}`);
  }
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

function index(map: number, bit: number): number {
  return popcount(map & (bit - 1));
}

// Arrays are built at their exact size: splicing or pushing leaves spare capacity, which in a large
// map costs more memory than the entries themselves.

function insertAt(arr: readonly unknown[], at: number, ...items: unknown[]): unknown[] {
  const out = new Array<unknown>(arr.length + items.length);
  for (let i = 0; i < at; i++) out[i] = arr[i];
  for (let j = 0; j < items.length; j++) out[at + j] = items[j];
  for (let i = at; i < arr.length; i++) out[i + items.length] = arr[i];
  return out;
}

function removeAt(arr: readonly unknown[], at: number, count: number): unknown[] {
  const out = new Array<unknown>(arr.length - count);
  for (let i = 0; i < at; i++) out[i] = arr[i];
  for (let i = at + count; i < arr.length; i++) out[i - count] = arr[i];
  return out;
}

function getIn(node: Node, key: Key, hash: number, shift: number): unknown {
  let n: Node = node;
  let s = shift;
  for (;;) {
    if (n instanceof CollisionNode) {
      const c = n.content;
      for (let i = 0; i < c.length; i += 2) if (c[i] === key) return c[i + 1];
      return undefined;
    }
    const bit = 1 << ((hash >>> s) & MASK);
    if (n.dataMap & bit) {
      const i = 2 * index(n.dataMap, bit);
      return n.content[i] === key ? n.content[i + 1] : undefined;
    }
    if (n.nodeMap & bit) {
      n = n.content[2 * popcount(n.dataMap) + index(n.nodeMap, bit)] as Node;
      s += BITS;
      continue;
    }
    return undefined;
  }
}

function hasIn(node: Node, key: Key, hash: number): boolean {
  let n: Node = node;
  let s = 0;
  for (;;) {
    if (n instanceof CollisionNode) {
      const c = n.content;
      for (let i = 0; i < c.length; i += 2) if (c[i] === key) return true;
      return false;
    }
    const bit = 1 << ((hash >>> s) & MASK);
    if (n.dataMap & bit) return n.content[2 * index(n.dataMap, bit)] === key;
    if (n.nodeMap & bit) {
      n = n.content[2 * popcount(n.dataMap) + index(n.nodeMap, bit)] as Node;
      s += BITS;
      continue;
    }
    return false;
  }
}

function mergeTwo(k1: Key, v1: unknown, h1: number, k2: Key, v2: unknown, h2: number, shift: number): Node {
  if (h1 === h2) return new CollisionNode(h1, [k1, v1, k2, v2]);
  const b1 = (h1 >>> shift) & MASK;
  const b2 = (h2 >>> shift) & MASK;
  if (b1 === b2) {
    const child = mergeTwo(k1, v1, h1, k2, v2, h2, shift + BITS);
    return new BitmapNode(0, 1 << b1, [child]);
  }
  const content = b1 < b2 ? [k1, v1, k2, v2] : [k2, v2, k1, v1];
  return new BitmapNode((1 << b1) | (1 << b2), 0, content);
}

interface Change {
  sizeDelta: number;
}

function setIn(node: Node, key: Key, value: unknown, hash: number, shift: number, change: Change): Node {
  if (node instanceof CollisionNode) {
    if (hash !== node.hash) {
      // A different hash reached this slot: split it with a bitmap node above the collisions.
      const wrapped = new BitmapNode(0, 1 << ((node.hash >>> shift) & MASK), [node]);
      return setIn(wrapped, key, value, hash, shift, change);
    }
    const c = node.content;
    for (let i = 0; i < c.length; i += 2) {
      if (c[i] === key) {
        if (c[i + 1] === value) return node;
        const copy = c.slice();
        copy[i + 1] = value;
        return new CollisionNode(node.hash, copy);
      }
    }
    change.sizeDelta = 1;
    return new CollisionNode(node.hash, insertAt(c, c.length, key, value));
  }
  const bit = 1 << ((hash >>> shift) & MASK);
  const { dataMap, nodeMap, content } = node;
  if (dataMap & bit) {
    const i = 2 * index(dataMap, bit);
    const k0 = content[i] as Key;
    if (k0 === key) {
      if (content[i + 1] === value) return node;
      const copy = content.slice();
      copy[i + 1] = value;
      return new BitmapNode(dataMap, nodeMap, copy);
    }
    // Push the existing pair down into a new child node.
    change.sizeDelta = 1;
    const child = mergeTwo(k0, content[i + 1], hashKey(k0), key, value, hash, shift + BITS);
    const newDataMap = dataMap ^ bit;
    const newNodeMap = nodeMap | bit;
    const without = removeAt(content, i, 2);
    const nodeAt = 2 * popcount(newDataMap) + index(newNodeMap, bit);
    return new BitmapNode(newDataMap, newNodeMap, insertAt(without, nodeAt, child));
  }
  if (nodeMap & bit) {
    const at = 2 * popcount(dataMap) + index(nodeMap, bit);
    const child = content[at] as Node;
    const updated = setIn(child, key, value, hash, shift + BITS, change);
    if (updated === child) return node;
    const copy = content.slice();
    copy[at] = updated;
    return new BitmapNode(dataMap, nodeMap, copy);
  }
  change.sizeDelta = 1;
  const i = 2 * index(dataMap, bit);
  return new BitmapNode(dataMap | bit, nodeMap, insertAt(content, i, key, value));
}

/** Returns the new node, or the same node when the key was absent. */
function removeIn(node: Node, key: Key, hash: number, shift: number, change: Change): Node {
  if (node instanceof CollisionNode) {
    const c = node.content;
    for (let i = 0; i < c.length; i += 2) {
      if (c[i] === key) {
        change.sizeDelta = -1;
        if (c.length === 4) {
          // One pair left: turn it back into a one-entry bitmap node (the parent inlines it).
          const j = i === 0 ? 2 : 0;
          const bit = 1 << ((node.hash >>> Math.min(shift, MAX_SHIFT)) & MASK);
          return new BitmapNode(bit, 0, [c[j], c[j + 1]]);
        }
        return new CollisionNode(node.hash, removeAt(c, i, 2));
      }
    }
    return node;
  }
  const bit = 1 << ((hash >>> shift) & MASK);
  const { dataMap, nodeMap, content } = node;
  if (dataMap & bit) {
    const i = 2 * index(dataMap, bit);
    if (content[i] !== key) return node;
    change.sizeDelta = -1;
    return new BitmapNode(dataMap ^ bit, nodeMap, removeAt(content, i, 2));
  }
  if (nodeMap & bit) {
    const at = 2 * popcount(dataMap) + index(nodeMap, bit);
    const child = content[at] as Node;
    const updated = removeIn(child, key, hash, shift + BITS, change);
    if (updated === child) return node;
    if (updated instanceof BitmapNode && updated.nodeMap === 0 && updated.content.length === 2) {
      // Inline a child that holds a single pair.
      const newDataMap = dataMap | bit;
      const i = 2 * index(newDataMap, bit);
      const copy = insertAt(removeAt(content, at, 1), i, updated.content[0], updated.content[1]);
      return new BitmapNode(newDataMap, nodeMap ^ bit, copy);
    }
    const copy = content.slice();
    copy[at] = updated;
    return new BitmapNode(dataMap, nodeMap, copy);
  }
  return node;
}

function forEachIn(node: Node, fn: (value: unknown, key: Key) => void): void {
  if (node instanceof CollisionNode) {
    const c = node.content;
    for (let i = 0; i < c.length; i += 2) fn(c[i + 1], c[i] as Key);
    return;
  }
  const dataLen = 2 * popcount(node.dataMap);
  const c = node.content;
  for (let i = 0; i < dataLen; i += 2) fn(c[i + 1], c[i] as Key);
  for (let i = dataLen; i < c.length; i++) forEachIn(c[i] as Node, fn);
}

function* entriesIn(node: Node): Generator<[Key, unknown]> {
  if (node instanceof CollisionNode) {
    const c = node.content;
    for (let i = 0; i < c.length; i += 2) yield [c[i] as Key, c[i + 1]];
    return;
  }
  const dataLen = 2 * popcount(node.dataMap);
  const c = node.content;
  for (let i = 0; i < dataLen; i += 2) yield [c[i] as Key, c[i + 1]];
  for (let i = dataLen; i < c.length; i++) yield* entriesIn(c[i] as Node);
}

/** An immutable hash map; every "mutation" returns a new map sharing structure with the old one. */
export class PersistentMap<K extends Key, V> {
  private constructor(
    private readonly root: Node,
    /** Number of entries. */
    readonly size: number,
  ) {}

  private static readonly EMPTY = new PersistentMap<never, never>(EMPTY_NODE, 0);

  /** The empty map (a shared singleton). */
  static empty<K extends Key, V>(): PersistentMap<K, V> {
    return PersistentMap.EMPTY as unknown as PersistentMap<K, V>;
  }

  /** Builds a map from entries; later duplicates win. */
  static from<K extends Key, V>(entries: Iterable<readonly [K, V]>): PersistentMap<K, V> {
    let root: Node = EMPTY_NODE;
    let size = 0;
    const change: Change = { sizeDelta: 0 };
    for (const [k, v] of entries) {
      change.sizeDelta = 0;
      root = setIn(root, k, v, hashKey(k), 0, change);
      size += change.sizeDelta;
    }
    return size === 0 ? PersistentMap.empty() : new PersistentMap<K, V>(root, size);
  }

  /** The value for `key`, or undefined. */
  get(key: K): V | undefined {
    return getIn(this.root, key, hashKey(key), 0) as V | undefined;
  }

  /** Whether `key` is present. */
  has(key: K): boolean {
    return hasIn(this.root, key, hashKey(key));
  }

  /** A map with `key` set to `value` (the same map when nothing changes). */
  set(key: K, value: V): PersistentMap<K, V> {
    const change: Change = { sizeDelta: 0 };
    const root = setIn(this.root, key, value, hashKey(key), 0, change);
    return root === this.root ? this : new PersistentMap<K, V>(root, this.size + change.sizeDelta);
  }

  /** A map without `key` (the same map when it was absent). */
  delete(key: K): PersistentMap<K, V> {
    const change: Change = { sizeDelta: 0 };
    const root = removeIn(this.root, key, hashKey(key), 0, change);
    if (root === this.root) return this;
    const size = this.size + change.sizeDelta;
    return size === 0 ? PersistentMap.empty() : new PersistentMap<K, V>(root, size);
  }

  /** A map where `key` holds `fn(current)`; returning undefined deletes the key. */
  update(key: K, fn: (current: V | undefined) => V | undefined): PersistentMap<K, V> {
    const next = fn(this.get(key));
    return next === undefined ? this.delete(key) : this.set(key, next);
  }

  /** Calls `fn` for every entry, in hash order. */
  forEach(fn: (value: V, key: K) => void): void {
    forEachIn(this.root, fn as (value: unknown, key: Key) => void);
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
