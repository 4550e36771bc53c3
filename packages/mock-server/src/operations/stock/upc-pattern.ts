/**
 * Kibo's product patterns for delete (`upc`, `partNumber`, `sku`: "basic regex operators
 * `.*+?^$[]`"), matched in time linear in the UPC. JavaScript's `RegExp` backtracks: a pattern such
 * as `(a+)+` took 2.4 s against 30 characters and doubled with each one more, and any caller could
 * send it. A pattern here is a sequence of atoms, each a character, `.` (any character but a line
 * break), a class `[...]` (ranges, `^` negation, `\d \w \s` and their negations, `\` escapes), or
 * an escaped character, and each optionally repeated by `*`, `+` or `?` (a lazy `*?`, `+?`, `??`
 * matches the same, since a pattern always matches the whole UPC). `^` may open the pattern and `$`
 * close it; both are implied. Matching simulates the pattern's automaton on every character at once
 * (Thompson's construction): O(UPC length × pattern length), never more.
 *
 * Groups, alternation and counted repetition (`( ) | {`) are not among Kibo's operators and are
 * refused, as are a quantifier with nothing to repeat, a quantifier after a quantifier, `^` or `$`
 * inside the pattern, an unclosed class and a reversed range.
 */

/** How often an atom may occur. */
type Repeat = "one" | "optional" | "any";

interface Atom {
  readonly matches: (c: string) => boolean;
  readonly repeat: Repeat;
}

/** A parsed pattern, or why it is refused. */
export type UpcPattern = { readonly ok: true; readonly test: (upc: string) => boolean } | { readonly ok: false; readonly reason: string };

const LINE_BREAK = /[\n\r\u2028\u2029]/;
const CLASS_ESCAPES: Readonly<Record<string, (c: string) => boolean>> = {
  d: (c) => c >= "0" && c <= "9",
  w: (c) => /\w/.test(c),
  s: (c) => /\s/.test(c),
};

/** The class shorthand `\x` (d, w, s; upper case negates), or undefined for an escaped literal. */
function classEscape(x: string): ((c: string) => boolean) | undefined {
  const lower = CLASS_ESCAPES[x];
  if (lower !== undefined) return lower;
  const upper = CLASS_ESCAPES[x.toLowerCase()];
  return upper === undefined || x === x.toLowerCase() ? undefined : (c) => !upper(c);
}

/** Parses a bracket class starting after `[`; answers the matcher and the index after `]`. */
function parseClass(p: string, start: number): { matches: (c: string) => boolean; end: number } | string {
  let i = start;
  const negate = p[i] === "^";
  if (negate) i++;
  const parts: ((c: string) => boolean)[] = [];
  /** The next class member: a character (for ranges) or a shorthand. */
  const member = (): { char?: string; fn?: (c: string) => boolean } => {
    const c = p[i] as string;
    i++;
    if (c !== "\\") return { char: c };
    const x = p[i];
    if (x === undefined) return { char: "\\" };
    i++;
    const fn = classEscape(x);
    return fn === undefined ? { char: x } : { fn };
  };
  while (i < p.length && p[i] !== "]") {
    const from = member();
    if (from.fn !== undefined) {
      parts.push(from.fn);
      continue;
    }
    const lo = from.char as string;
    if (p[i] === "-" && i + 1 < p.length && p[i + 1] !== "]") {
      i++;
      const to = member();
      if (to.fn !== undefined) return "a class range must end with a character";
      const hi = to.char as string;
      if (hi < lo) return `the class range ${lo}-${hi} is reversed`;
      parts.push((c) => c >= lo && c <= hi);
    } else parts.push((c) => c === lo);
  }
  if (i >= p.length) return "a class [ is not closed";
  const matches = (c: string): boolean => parts.some((f) => f(c)) !== negate;
  return { matches, end: i + 1 };
}

/** Parses `pattern` into atoms (see the module doc for what is refused). */
function parse(pattern: string): Atom[] | string {
  const atoms: Atom[] = [];
  let i = pattern[0] === "^" ? 1 : 0;
  let end = pattern.length;
  if (end > i && pattern[end - 1] === "$" && pattern[end - 2] !== "\\") end--;
  let last: { matches: (c: string) => boolean; repeat: Repeat | undefined; lazy: boolean } | undefined;
  const flush = (): void => {
    if (last === undefined) return;
    const { matches, repeat } = last;
    // x+ is x followed by x*.
    if (repeat === undefined || repeat === "one") atoms.push({ matches, repeat: "one" });
    else atoms.push({ matches, repeat });
    last = undefined;
  };
  while (i < end) {
    const c = pattern[i] as string;
    if (c === "*" || c === "+" || c === "?") {
      if (last === undefined) return `${c} at position ${i + 1} has nothing to repeat`;
      if (last.repeat === undefined) {
        if (c === "+") {
          atoms.push({ matches: last.matches, repeat: "one" });
          last = { matches: last.matches, repeat: "any", lazy: false };
        } else last.repeat = c === "*" ? "any" : "optional";
      } else if (c === "?" && !last.lazy) last.lazy = true;
      else return `${c} at position ${i + 1} repeats a repetition (nested quantifiers are not supported)`;
      i++;
      continue;
    }
    flush();
    if (c === "(" || c === ")" || c === "|" || c === "{")
      return `${c} at position ${i + 1}: groups, alternation and counted repetition are not among Kibo's basic operators (. * + ? ^ $ [])`;
    if (c === "^" || c === "$") return `${c} may only open (^) or close ($) the pattern`;
    if (c === "[") {
      const cls = parseClass(pattern, i + 1);
      if (typeof cls === "string") return cls;
      if (cls.end > end) return "a class [ is not closed";
      last = { matches: cls.matches, repeat: undefined, lazy: false };
      i = cls.end;
      continue;
    }
    if (c === "\\") {
      const x = pattern[i + 1];
      if (x === undefined || i + 1 >= end) return "the pattern ends with a lone \\";
      const fn = classEscape(x);
      last = { matches: fn ?? ((y) => y === x), repeat: undefined, lazy: false };
      i += 2;
      continue;
    }
    last = { matches: c === "." ? (y) => !LINE_BREAK.test(y) : (y) => y === c, repeat: undefined, lazy: false };
    i++;
  }
  flush();
  return atoms;
}

/** Whether `atoms` match all of `text`: a breadth-first run over the automaton's states. */
function matchesAll(atoms: readonly Atom[], text: string): boolean {
  const m = atoms.length;
  // A state is an atom index (m: accepted). `mark[i] === gen` means i is in the current set.
  const mark = new Int32Array(m + 1).fill(-1);
  let current: number[] = [];
  let next: number[] = [];
  let gen = 0;
  /** Adds state i and what it reaches without reading a character (skipping optional atoms). */
  const add = (set: number[], from: number): void => {
    for (let i = from; i <= m && mark[i] !== gen; i++) {
      mark[i] = gen;
      set.push(i);
      if (i === m || (atoms[i] as Atom).repeat === "one") return;
    }
  };
  add(current, 0);
  // By UTF-16 code unit, as RegExp without the u flag reads.
  for (let k = 0; k < text.length; k++) {
    const c = text[k] as string;
    gen++;
    next.length = 0;
    for (const i of current) {
      if (i === m) continue;
      const atom = atoms[i] as Atom;
      if (!atom.matches(c)) continue;
      add(next, atom.repeat === "any" ? i : i + 1);
    }
    if (next.length === 0) return false;
    [current, next] = [next, current];
  }
  return current.includes(m);
}

/** Parses a product pattern; the answer's `test` matches whole UPCs in linear time. */
export function upcPattern(pattern: string): UpcPattern {
  const atoms = parse(pattern);
  if (typeof atoms === "string") return { ok: false, reason: atoms };
  return { ok: true, test: (upc) => matchesAll(atoms, upc) };
}
