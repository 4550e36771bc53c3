import { chmodSync, closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { PersistedState } from "@kibo-inventory/mock-server";

/** What `--state FILE` holds: the whole server, and the last journal entry it includes. */
export type StateDocument = PersistedState & {
  /** Journal entries up to this sequence number are in the document; replay skips them. @default 0 */
  journalSeq?: number;
};

/** The `--state FILE` snapshot: the whole server as one JSON document, replaced atomically. */
export interface StateFile {
  readonly path: string;
  /** The saved document, or undefined when the file does not exist yet. Errors name the file and the line and column. */
  load(): Promise<StateDocument | undefined>;
  /**
   * Writes `document` durably and atomically: a temporary file created mode 0600, fsync, rename
   * over FILE, fsync of the directory. Synchronous, so no request runs in between.
   */
  write(document: StateDocument): void;
}

const isMissing = (error: unknown): boolean =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ENOENT";

/** Line and column (1-based) of a character offset in `text`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line += 1;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** `JSON.parse` whose error says where: "line L, column C (character N): <V8's message>". */
export function parseJsonAt(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message)?.[1];
    const offset = position === undefined ? (/end of JSON input/.test(message) ? text.length : undefined) : Number(position);
    if (offset === undefined) return { ok: false, message };
    const { line, column } = lineAndColumn(text, offset);
    return { ok: false, message: `line ${line}, column ${column} (character ${offset}): ${message}` };
  }
}

/** fsync of a directory, so a rename or a new file in it survives a crash. */
export function syncDirectory(path: string): void {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Creates the snapshot store for `path`.
 * @example const file = createStateFile("./.kibo-state.json"); file.write(mock.exportState());
 */
export function createStateFile(path: string): StateFile {
  let serial = 0;
  return {
    path,
    async load() {
      let text: string;
      try {
        text = await readFile(path, "utf8");
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
      // Files written before the journal existed may be more open than 0600: they hold secrets.
      chmodSync(path, 0o600);
      const parsed = parseJsonAt(text);
      if (!parsed.ok) throw new Error(`${path}: not valid JSON at ${parsed.message}`);
      return parsed.value as StateDocument;
    },
    write(document) {
      const temp = `${path}.${process.pid}.${++serial}.tmp`;
      const fd = openSync(temp, "wx", 0o600);
      try {
        try {
          writeSync(fd, `${JSON.stringify(document)}\n`);
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        renameSync(temp, path);
      } catch (error) {
        try {
          unlinkSync(temp);
        } catch {
          // already gone (renamed, or its directory removed)
        }
        throw error;
      }
      syncDirectory(dirname(path));
    },
  };
}
