/**
 * The nodes of {@link PersistentMap}: a CHAMP-style hash array mapped trie, and its lookup, insert,
 * remove and iteration. Shared by the persistent map and its transient (batch-edit) form.
 *
 * Nodes are immutable once published. A node carries the `owner` token of the transient edit that
 * created it (or 0): an edit holding that token may change the node in place, because nobody else
 * can see it yet (an edit that adds or removes a slot builds an exact-size node instead). Every
 * other edit copies the path from the root to the change, so an old map (a state snapshot) never
 * changes. Edits with owner 0 (the persistent `set`/`delete`) always copy.
 *
 * Size note: over the ~300-line budget on purpose — one data structure whose insert, remove, lookup
 * and iteration share private node helpers; splitting it would expose them.
 */

export type Key = string | number;

/**
 * One edit of a trie: who may change nodes in place (`owner`), and how the last {@link setIn} /
 * {@link removeIn} changed the entry count (`delta`: +1, −1 or 0, read right after the call).
 * A transient edit (a {@link TransientMap} batch, or `PersistentMap.from`) owns the nodes it
 * creates: they carry the edit itself as their owner token, so a token is unique without a
 * counter. A persistent edit (the persistent `set`/`delete`) owns nothing: its nodes carry 0.
 */
export class Edit {
  /** The size change of the last call. */
  delta = 0;
  /** The token the nodes this edit creates carry: the edit itself, or 0 for a persistent edit. */
  readonly owner: Owner;

  constructor(transient: boolean) {
    this.owner = transient ? this : 0;
  }
}

/** A node's owner token: the transient {@link Edit} that created it, or 0 (nobody may change it). */
export type Owner = Edit | 0;

const BITS = 5;
const MASK = 31;
const MAX_SHIFT = 30;

/**
 * A bitmap node is one array: `[dataMap, nodeMap, owner, ...pairs, ...children]`. The key/value
 * pairs for the `dataMap` bits come first, then one child node per `nodeMap` bit. One object per
 * trie level instead of a node object pointing to a content array: a lookup in a large map is
 * bound by cache misses, and this halves the objects it touches (and the objects a path copy
 * allocates). Bitmaps are int32s, which V8 keeps unboxed in the array.
 */
export type BitmapNode = unknown[];

const DATA_MAP = 0;
const NODE_MAP = 1;
const OWNER = 2;
/** Where a bitmap node's pairs start. */
const HEADER = 3;

class CollisionNode {
  /** Keys whose 32-bit hashes are all equal; `content` is key/value pairs. */
  constructor(
    readonly hash: number,
    public content: unknown[],
    public owner: Owner,
  ) {}
}

export type Node = BitmapNode | CollisionNode;

export const EMPTY_NODE: BitmapNode = [0, 0, 0];

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
    if (!Array.isArray(n)) {
      const c = n.content;
      for (let i = 0; i < c.length; i += 2) if (c[i] === key) return c[i + 1];
      return undefined;
    }
    const bit = 1 << ((hash >>> s) & MASK);
    const dataMap = n[DATA_MAP] as number;
    if (dataMap & bit) {
      const i = HEADER + 2 * index(dataMap, bit);
      return n[i] === key ? n[i + 1] : undefined;
    }
    const nodeMap = n[NODE_MAP] as number;
    if (nodeMap & bit) {
      n = n[HEADER + 2 * popcount(dataMap) + index(nodeMap, bit)] as Node;
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
    if (!Array.isArray(n)) {
      const c = n.content;
      for (let i = 0; i < c.length; i += 2) if (c[i] === key) return true;
      return false;
    }
    const bit = 1 << ((hash >>> s) & MASK);
    const dataMap = n[DATA_MAP] as number;
    if (dataMap & bit) return n[HEADER + 2 * index(dataMap, bit)] === key;
    const nodeMap = n[NODE_MAP] as number;
    if (nodeMap & bit) {
      n = n[HEADER + 2 * popcount(dataMap) + index(nodeMap, bit)] as Node;
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
    return [0, 1 << b1, owner, child];
  }
  const dataMap = (1 << b1) | (1 << b2);
  return b1 < b2 ? [dataMap, 0, owner, k1, v1, k2, v2] : [dataMap, 0, owner, k2, v2, k1, v1];
}

/** Whether the bitmap node `node` may be changed in place by the edit holding `owner`. */
function owns(node: BitmapNode, owner: Owner): boolean {
  return owner !== 0 && node[OWNER] === owner;
}

/** {@link owns} for a collision node. */
function ownsCollision(node: CollisionNode, owner: Owner): boolean {
  return owner !== 0 && node.owner === owner;
}

/** `next` (a fresh copy of a bitmap node) with its header set. */
function header(next: BitmapNode, dataMap: number, nodeMap: number, owner: Owner): BitmapNode {
  next[DATA_MAP] = dataMap;
  next[NODE_MAP] = nodeMap;
  next[OWNER] = owner;
  return next;
}

/** Returns the node with `key` set (the same node when nothing changed); sets `edit.delta`. */
export function setIn(node: Node, key: Key, value: unknown, hash: number, shift: number, edit: Edit): Node {
  if (!Array.isArray(node)) return setInCollision(node, key, value, hash, shift, edit);
  const owner = edit.owner;
  const bit = 1 << ((hash >>> shift) & MASK);
  const dataMap = node[DATA_MAP] as number;
  const nodeMap = node[NODE_MAP] as number;
  if (dataMap & bit) {
    const i = HEADER + 2 * index(dataMap, bit);
    const k0 = node[i] as Key;
    if (k0 === key) {
      edit.delta = 0;
      if (node[i + 1] === value) return node;
      if (owns(node, owner)) {
        node[i + 1] = value;
        return node;
      }
      return header(replaced(node, i + 1, value), dataMap, nodeMap, owner);
    }
    // Push the existing pair down into a new child node.
    edit.delta = 1;
    const child = mergeTwo(k0, node[i + 1], hashKey(k0), key, value, hash, shift + BITS, owner);
    const newDataMap = dataMap ^ bit;
    const newNodeMap = nodeMap | bit;
    const nodeAt = HEADER + 2 * popcount(newDataMap) + index(newNodeMap, bit);
    return header(insertOne(removeAt(node, i, 2), nodeAt, child), newDataMap, newNodeMap, owner);
  }
  if (nodeMap & bit) {
    const at = HEADER + 2 * popcount(dataMap) + index(nodeMap, bit);
    const child = node[at] as Node;
    const updated = setIn(child, key, value, hash, shift + BITS, edit);
    if (updated === child) return node;
    if (owns(node, owner)) {
      node[at] = updated;
      return node;
    }
    return header(replaced(node, at, updated), dataMap, nodeMap, owner);
  }
  edit.delta = 1;
  return header(insertPair(node, HEADER + 2 * index(dataMap, bit), key, value), dataMap | bit, nodeMap, owner);
}

function setInCollision(node: CollisionNode, key: Key, value: unknown, hash: number, shift: number, edit: Edit): Node {
  const owner = edit.owner;
  if (hash !== node.hash) {
    // A different hash reached this slot: split it with a bitmap node above the collisions.
    const wrapped: BitmapNode = [0, 1 << ((node.hash >>> shift) & MASK), owner, node];
    return setIn(wrapped, key, value, hash, shift, edit);
  }
  const c = node.content;
  for (let i = 0; i < c.length; i += 2) {
    if (c[i] === key) {
      edit.delta = 0;
      if (c[i + 1] === value) return node;
      if (ownsCollision(node, owner)) {
        c[i + 1] = value;
        return node;
      }
      return new CollisionNode(node.hash, replaced(c, i + 1, value), owner);
    }
  }
  edit.delta = 1;
  const next = insertPair(c, c.length, key, value);
  if (ownsCollision(node, owner)) {
    node.content = next;
    return node;
  }
  return new CollisionNode(node.hash, next, owner);
}

/** Returns the node without `key` (the same node when it was absent); sets `edit.delta`. */
export function removeIn(node: Node, key: Key, hash: number, shift: number, edit: Edit): Node {
  const owner = edit.owner;
  edit.delta = 0;
  if (!Array.isArray(node)) {
    const c = node.content;
    for (let i = 0; i < c.length; i += 2) {
      if (c[i] === key) {
        edit.delta = -1;
        if (c.length === 4) {
          // One pair left: turn it back into a one-entry bitmap node (the parent inlines it).
          const j = i === 0 ? 2 : 0;
          const bit = 1 << ((node.hash >>> Math.min(shift, MAX_SHIFT)) & MASK);
          return [bit, 0, owner, c[j], c[j + 1]];
        }
        if (ownsCollision(node, owner)) {
          node.content = removeAt(c, i, 2);
          return node;
        }
        return new CollisionNode(node.hash, removeAt(c, i, 2), owner);
      }
    }
    return node;
  }
  const bit = 1 << ((hash >>> shift) & MASK);
  const dataMap = node[DATA_MAP] as number;
  const nodeMap = node[NODE_MAP] as number;
  if (dataMap & bit) {
    const i = HEADER + 2 * index(dataMap, bit);
    if (node[i] !== key) return node;
    edit.delta = -1;
    return header(removeAt(node, i, 2), dataMap ^ bit, nodeMap, owner);
  }
  if (nodeMap & bit) {
    const at = HEADER + 2 * popcount(dataMap) + index(nodeMap, bit);
    const child = node[at] as Node;
    const updated = removeIn(child, key, hash, shift + BITS, edit);
    if (updated === child) return node;
    if (Array.isArray(updated) && updated[NODE_MAP] === 0 && updated.length === HEADER + 2) {
      // Inline a child that holds a single pair.
      const newDataMap = dataMap | bit;
      const i = HEADER + 2 * index(newDataMap, bit);
      const next = insertPair(removeAt(node, at, 1), i, updated[HEADER], updated[HEADER + 1]);
      return header(next, newDataMap, nodeMap ^ bit, owner);
    }
    if (owns(node, owner)) {
      node[at] = updated;
      return node;
    }
    return header(replaced(node, at, updated), dataMap, nodeMap, owner);
  }
  return node;
}

export function forEachIn(node: Node, fn: (value: unknown, key: Key) => void): void {
  if (!Array.isArray(node)) {
    const c = node.content;
    for (let i = 0; i < c.length; i += 2) fn(c[i + 1], c[i] as Key);
    return;
  }
  const dataEnd = HEADER + 2 * popcount(node[DATA_MAP] as number);
  for (let i = HEADER; i < dataEnd; i += 2) fn(node[i + 1], node[i] as Key);
  for (let i = dataEnd; i < node.length; i++) forEachIn(node[i] as Node, fn);
}

/** Appends every key to `into`, in hash order. */
export function keysIn(node: Node, into: Key[]): void {
  if (!Array.isArray(node)) {
    const c = node.content;
    for (let i = 0; i < c.length; i += 2) into.push(c[i] as Key);
    return;
  }
  const dataEnd = HEADER + 2 * popcount(node[DATA_MAP] as number);
  for (let i = HEADER; i < dataEnd; i += 2) into.push(node[i] as Key);
  for (let i = dataEnd; i < node.length; i++) keysIn(node[i] as Node, into);
}

export function* entriesIn(node: Node): Generator<[Key, unknown]> {
  if (!Array.isArray(node)) {
    const c = node.content;
    for (let i = 0; i < c.length; i += 2) yield [c[i] as Key, c[i + 1]];
    return;
  }
  const dataEnd = HEADER + 2 * popcount(node[DATA_MAP] as number);
  for (let i = HEADER; i < dataEnd; i += 2) yield [node[i] as Key, node[i + 1]];
  for (let i = dataEnd; i < node.length; i++) yield* entriesIn(node[i] as Node);
}

/** Every key of `node` with its value, as a Map (for the diff's small, mixed cases). */
function entryMap(node: Node): Map<Key, unknown> {
  const out = new Map<Key, unknown>();
  forEachIn(node, (value, key) => out.set(key, value));
  return out;
}

/** Reports each key of `a` or `b` that only one holds, or that they map to different values (`!==`). */
function diffEntries(a: Map<Key, unknown>, b: Map<Key, unknown>, report: (key: Key) => void): void {
  for (const [key, value] of b) {
    if (!a.has(key) || a.get(key) !== value) report(key);
    a.delete(key);
  }
  for (const key of a.keys()) report(key);
}

/**
 * Reports each key whose entry differs between the tries `a` and `b` (added, removed, or a value
 * that is not `===`). Published nodes never change, so a node both tries share is skipped whole:
 * for a trie made from the other by a few edits, the cost is those edits' paths, not the size.
 */
export function diffIn(a: Node, b: Node, report: (key: Key) => void): void {
  if (a === b) return;
  if (!Array.isArray(a) || !Array.isArray(b)) {
    diffEntries(entryMap(a), entryMap(b), report);
    return;
  }
  const dataA = a[DATA_MAP] as number;
  const nodeA = a[NODE_MAP] as number;
  const dataB = b[DATA_MAP] as number;
  const nodeB = b[NODE_MAP] as number;
  // One bit position's content on one side: a pair as a one-entry map, a child node, or nothing.
  const side = (n: BitmapNode, data: number, nodes: number, bit: number): Node | undefined => {
    if (data & bit) {
      const i = HEADER + 2 * index(data, bit);
      return [bit, 0, 0, n[i], n[i + 1]];
    }
    return nodes & bit ? (n[HEADER + 2 * popcount(data) + index(nodes, bit)] as Node) : undefined;
  };
  for (let used = dataA | nodeA | dataB | nodeB; used !== 0; used &= used - 1) {
    const bit = used & -used;
    const x = side(a, dataA, nodeA, bit);
    const y = side(b, dataB, nodeB, bit);
    if (x === undefined || y === undefined) forEachIn((x ?? y) as Node, (_, key) => report(key));
    else if (nodeA & nodeB & bit) diffIn(x, y, report);
    else diffEntries(entryMap(x), entryMap(y), report);
  }
}
