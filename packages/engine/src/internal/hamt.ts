/**
 * The nodes of {@link PersistentMap}: a CHAMP-style hash array mapped trie, and its lookup, insert,
 * remove and iteration. Shared by the persistent map and its transient (batch-edit) form.
 *
 * Nodes are immutable once published. A node carries the `owner` token of the transient edit that
 * created it (or 0): an edit holding that token may change the node in place, because nobody else
 * can see it yet. Every other edit copies the path from the root to the change, so an old map (a
 * state snapshot) never changes. Edits with owner 0 (the persistent `set`/`delete`) always copy.
 *
 * Size note: over the ~300-line budget on purpose — one data structure whose insert, remove, lookup
 * and iteration share private node helpers; splitting it would expose them.
 */

export type Key = string | number;

/**
 * The token of one transient edit (a number, so nodes hold no extra object); nodes created by that
 * edit carry it. 0 marks nodes of persistent edits, which nobody may change.
 */
export type Owner = number;

let lastOwner = 0;

/** A token no node carries yet. Tokens are never reused (past 2^31 they are merely boxed numbers). */
export function newOwner(): Owner {
  lastOwner += 1;
  return lastOwner;
}

const BITS = 5;
const MASK = 31;
const MAX_SHIFT = 30;

export class BitmapNode {
  /** `content` holds key/value pairs for `dataMap` bits, then one child node per `nodeMap` bit. */
  constructor(
    public dataMap: number,
    public nodeMap: number,
    public content: unknown[],
    public owner: Owner,
  ) {}
}

export class CollisionNode {
  /** Keys whose 32-bit hashes are all equal; `content` is key/value pairs. */
  constructor(
    readonly hash: number,
    public content: unknown[],
    public owner: Owner,
  ) {}
}

export type Node = BitmapNode | CollisionNode;

export const EMPTY_NODE = new BitmapNode(0, 0, [], 0);

// A one-entry cache: a command usually hashes the same key object for a get and then a set.
let lastKey: string | undefined;
let lastHash = 0;

export function hashKey(key: Key): number {
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
  if (key === lastKey) return lastHash;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  lastKey = key;
  lastHash = h | 0;
  return lastHash;
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

function insertPair(arr: readonly unknown[], at: number, k: unknown, v: unknown): unknown[] {
  const out = new Array<unknown>(arr.length + 2);
  for (let i = 0; i < at; i++) out[i] = arr[i];
  out[at] = k;
  out[at + 1] = v;
  for (let i = at; i < arr.length; i++) out[i + 2] = arr[i];
  return out;
}

function insertOne(arr: readonly unknown[], at: number, item: unknown): unknown[] {
  const out = new Array<unknown>(arr.length + 1);
  for (let i = 0; i < at; i++) out[i] = arr[i];
  out[at] = item;
  for (let i = at; i < arr.length; i++) out[i + 1] = arr[i];
  return out;
}

function removeAt(arr: readonly unknown[], at: number, count: number): unknown[] {
  const out = new Array<unknown>(arr.length - count);
  for (let i = 0; i < at; i++) out[i] = arr[i];
  for (let i = at + count; i < arr.length; i++) out[i - count] = arr[i];
  return out;
}

/** A copy of `arr` with `arr[at]` replaced. */
function replaced(arr: readonly unknown[], at: number, value: unknown): unknown[] {
  const out = arr.slice();
  out[at] = value;
  return out;
}

export function getIn(node: Node, key: Key, hash: number): unknown {
  let n: Node = node;
  let s = 0;
  for (;;) {
    if (n instanceof CollisionNode) {
      const c = n.content;
      for (let i = 0; i < c.length; i += 2) if (c[i] === key) return c[i + 1];
      return undefined;
    }
    const bit = 1 << ((hash >>> s) & MASK);
    const dataMap = n.dataMap;
    if (dataMap & bit) {
      const i = 2 * index(dataMap, bit);
      const c = n.content;
      return c[i] === key ? c[i + 1] : undefined;
    }
    if (n.nodeMap & bit) {
      n = n.content[2 * popcount(dataMap) + index(n.nodeMap, bit)] as Node;
      s += BITS;
      continue;
    }
    return undefined;
  }
}

export function hasIn(node: Node, key: Key, hash: number): boolean {
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

function mergeTwo(
  k1: Key,
  v1: unknown,
  h1: number,
  k2: Key,
  v2: unknown,
  h2: number,
  shift: number,
  owner: Owner,
): Node {
  if (h1 === h2) return new CollisionNode(h1, [k1, v1, k2, v2], owner);
  const b1 = (h1 >>> shift) & MASK;
  const b2 = (h2 >>> shift) & MASK;
  if (b1 === b2) {
    const child = mergeTwo(k1, v1, h1, k2, v2, h2, shift + BITS, owner);
    return new BitmapNode(0, 1 << b1, [child], owner);
  }
  const content = b1 < b2 ? [k1, v1, k2, v2] : [k2, v2, k1, v1];
  return new BitmapNode((1 << b1) | (1 << b2), 0, content, owner);
}

/**
 * How the last {@link setIn} / {@link removeIn} changed the entry count (+1, −1 or 0). A module
 * variable instead of a result object: the trie functions never call out, so nothing interleaves.
 */
export let sizeDelta = 0;

/** Whether `node` may be changed in place by the edit holding `owner`. */
function owns(node: Node, owner: Owner): boolean {
  return owner !== 0 && node.owner === owner;
}

/** Returns the node with `key` set (the same node when nothing changed); sets {@link sizeDelta}. */
export function setIn(node: Node, key: Key, value: unknown, hash: number, shift: number, owner: Owner): Node {
  if (node instanceof CollisionNode) return setInCollision(node, key, value, hash, shift, owner);
  const bit = 1 << ((hash >>> shift) & MASK);
  const { dataMap, nodeMap, content } = node;
  if (dataMap & bit) {
    const i = 2 * index(dataMap, bit);
    const k0 = content[i] as Key;
    if (k0 === key) {
      sizeDelta = 0;
      if (content[i + 1] === value) return node;
      if (owns(node, owner)) {
        content[i + 1] = value;
        return node;
      }
      return new BitmapNode(dataMap, nodeMap, replaced(content, i + 1, value), owner);
    }
    // Push the existing pair down into a new child node.
    sizeDelta = 1;
    const child = mergeTwo(k0, content[i + 1], hashKey(k0), key, value, hash, shift + BITS, owner);
    const newDataMap = dataMap ^ bit;
    const newNodeMap = nodeMap | bit;
    const nodeAt = 2 * popcount(newDataMap) + index(newNodeMap, bit);
    const next = insertOne(removeAt(content, i, 2), nodeAt, child);
    if (owns(node, owner)) {
      node.dataMap = newDataMap;
      node.nodeMap = newNodeMap;
      node.content = next;
      return node;
    }
    return new BitmapNode(newDataMap, newNodeMap, next, owner);
  }
  if (nodeMap & bit) {
    const at = 2 * popcount(dataMap) + index(nodeMap, bit);
    const child = content[at] as Node;
    const updated = setIn(child, key, value, hash, shift + BITS, owner);
    if (updated === child) return node;
    if (owns(node, owner)) {
      content[at] = updated;
      return node;
    }
    return new BitmapNode(dataMap, nodeMap, replaced(content, at, updated), owner);
  }
  sizeDelta = 1;
  const next = insertPair(content, 2 * index(dataMap, bit), key, value);
  if (owns(node, owner)) {
    node.dataMap = dataMap | bit;
    node.content = next;
    return node;
  }
  return new BitmapNode(dataMap | bit, nodeMap, next, owner);
}

function setInCollision(node: CollisionNode, key: Key, value: unknown, hash: number, shift: number, owner: Owner): Node {
  if (hash !== node.hash) {
    // A different hash reached this slot: split it with a bitmap node above the collisions.
    const wrapped = new BitmapNode(0, 1 << ((node.hash >>> shift) & MASK), [node], owner);
    return setIn(wrapped, key, value, hash, shift, owner);
  }
  const c = node.content;
  for (let i = 0; i < c.length; i += 2) {
    if (c[i] === key) {
      sizeDelta = 0;
      if (c[i + 1] === value) return node;
      if (owns(node, owner)) {
        c[i + 1] = value;
        return node;
      }
      return new CollisionNode(node.hash, replaced(c, i + 1, value), owner);
    }
  }
  sizeDelta = 1;
  const next = insertPair(c, c.length, key, value);
  if (owns(node, owner)) {
    node.content = next;
    return node;
  }
  return new CollisionNode(node.hash, next, owner);
}

/** Returns the node without `key` (the same node when it was absent); sets {@link sizeDelta}. */
export function removeIn(node: Node, key: Key, hash: number, shift: number, owner: Owner): Node {
  sizeDelta = 0;
  if (node instanceof CollisionNode) {
    const c = node.content;
    for (let i = 0; i < c.length; i += 2) {
      if (c[i] === key) {
        sizeDelta = -1;
        if (c.length === 4) {
          // One pair left: turn it back into a one-entry bitmap node (the parent inlines it).
          const j = i === 0 ? 2 : 0;
          const bit = 1 << ((node.hash >>> Math.min(shift, MAX_SHIFT)) & MASK);
          return new BitmapNode(bit, 0, [c[j], c[j + 1]], owner);
        }
        if (owns(node, owner)) {
          node.content = removeAt(c, i, 2);
          return node;
        }
        return new CollisionNode(node.hash, removeAt(c, i, 2), owner);
      }
    }
    return node;
  }
  const bit = 1 << ((hash >>> shift) & MASK);
  const { dataMap, nodeMap, content } = node;
  if (dataMap & bit) {
    const i = 2 * index(dataMap, bit);
    if (content[i] !== key) return node;
    sizeDelta = -1;
    if (owns(node, owner)) {
      node.dataMap = dataMap ^ bit;
      node.content = removeAt(content, i, 2);
      return node;
    }
    return new BitmapNode(dataMap ^ bit, nodeMap, removeAt(content, i, 2), owner);
  }
  if (nodeMap & bit) {
    const at = 2 * popcount(dataMap) + index(nodeMap, bit);
    const child = content[at] as Node;
    const updated = removeIn(child, key, hash, shift + BITS, owner);
    if (updated === child) return node;
    if (updated instanceof BitmapNode && updated.nodeMap === 0 && updated.content.length === 2) {
      // Inline a child that holds a single pair.
      const newDataMap = dataMap | bit;
      const i = 2 * index(newDataMap, bit);
      const next = insertPair(removeAt(content, at, 1), i, updated.content[0], updated.content[1]);
      if (owns(node, owner)) {
        node.dataMap = newDataMap;
        node.nodeMap = nodeMap ^ bit;
        node.content = next;
        return node;
      }
      return new BitmapNode(newDataMap, nodeMap ^ bit, next, owner);
    }
    if (owns(node, owner)) {
      content[at] = updated;
      return node;
    }
    return new BitmapNode(dataMap, nodeMap, replaced(content, at, updated), owner);
  }
  return node;
}

export function forEachIn(node: Node, fn: (value: unknown, key: Key) => void): void {
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

/** Appends every key to `into`, in hash order. */
export function keysIn(node: Node, into: Key[]): void {
  if (node instanceof CollisionNode) {
    const c = node.content;
    for (let i = 0; i < c.length; i += 2) into.push(c[i] as Key);
    return;
  }
  const dataLen = 2 * popcount(node.dataMap);
  const c = node.content;
  for (let i = 0; i < dataLen; i += 2) into.push(c[i] as Key);
  for (let i = dataLen; i < c.length; i++) keysIn(c[i] as Node, into);
}

export function* entriesIn(node: Node): Generator<[Key, unknown]> {
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
