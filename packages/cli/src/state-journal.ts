import { closeSync, fchmodSync, fdatasyncSync, fstatSync, ftruncateSync, openSync, readFileSync, statSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { CommittedWrite } from "@kibo-inventory/mock-server";
import { parseJsonAt, syncDirectory } from "./state-file.js";

/** One journal line: a write the server acknowledged, numbered from 1 in the life of the state. */
export interface JournalEntry {
  seq: number;
  write: CommittedWrite;
}

/** What reading a journal found. */
export interface JournalContents {
  entries: JournalEntry[];
  /** Line number of each entry (1-based), for error messages. */
  lines: number[];
  /** Bytes of the complete lines; anything after them is a torn tail. */
  validBytes: number;
  /** A last line without its newline (a write cut short by a crash: never acknowledged), when there was one. */
  tornTail?: { line: number; bytes: number };
}

/**
 * Reads a journal (`FILE.journal`): one JSON entry a line. A corrupt line is an error naming the
 * file, the line and the byte offset; a last line without its newline is a write the crash cut
 * short — its fsync never returned, so it was never acknowledged — and is reported, not applied.
 */
export function readJournal(path: string): JournalContents {
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") return { entries: [], lines: [], validBytes: 0 };
    throw error;
  }
  const entries: JournalEntry[] = [];
  const lines: number[] = [];
  let offset = 0;
  let line = 0;
  while (offset < buffer.length) {
    line += 1;
    const end = buffer.indexOf(0x0a, offset);
    if (end === -1) return { entries, lines, validBytes: offset, tornTail: { line, bytes: buffer.length - offset } };
    const text = buffer.toString("utf8", offset, end);
    const parsed = parseJsonAt(text);
    if (!parsed.ok) throw new Error(`${path}: line ${line} (byte ${offset}) is not valid JSON: ${parsed.message}`);
    const entry = parsed.value as Partial<JournalEntry> | null;
    if (typeof entry !== "object" || entry === null || !Number.isSafeInteger(entry.seq) || typeof entry.write !== "object" || entry.write === null) {
      throw new Error(`${path}: line ${line} (byte ${offset}) is not a journal entry ({"seq": n, "write": {…}})`);
    }
    entries.push(entry as JournalEntry);
    lines.push(line);
    offset = end + 1;
  }
  return { entries, lines, validBytes: offset };
}

/** The open journal: an append is in the file (and, with `fsync`, on the disk) before it returns. */
export interface JournalWriter {
  readonly path: string;
  /** Bytes in the journal. */
  readonly size: number;
  /** Appends one entry (and waits for the disk with `fsync`). Throws when the file is gone or the write fails (the journal is then as before). */
  append(entry: JournalEntry): void;
  /** Empties the journal (after a snapshot took its entries in). */
  truncate(): void;
  close(): void;
}

/**
 * Opens (creating, mode 0600) the journal for appending, cutting a torn tail off at `validBytes`.
 * `fsync`: each append waits for the disk (survives power loss), not just for the kernel (survives
 * the process being killed).
 */
export function openJournal(path: string, validBytes = 0, options: { fsync?: boolean } = {}): JournalWriter {
  let fd = openSync(path, "a+", 0o600);
  fchmodSync(fd, 0o600);
  let size = fstatSync(fd).size;
  if (size !== validBytes) {
    ftruncateSync(fd, validBytes);
    fdatasyncSync(fd);
    size = validBytes;
  }
  syncDirectory(dirname(path));
  let inode = fstatSync(fd).ino;

  /** The path still names the open file: a removed directory or a replaced file would swallow writes. */
  function assertInPlace(): void {
    let ino: number;
    try {
      ino = statSync(path).ino;
    } catch (error) {
      throw new Error(`${path} is gone (${(error as { code?: string }).code ?? String(error)})`);
    }
    if (ino !== inode) throw new Error(`${path} was replaced by another file`);
  }

  return {
    path,
    get size() {
      return size;
    },
    append(entry) {
      assertInPlace();
      const bytes = Buffer.from(`${JSON.stringify(entry)}\n`, "utf8");
      try {
        let written = 0;
        while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written, size + written);
        if (options.fsync) fdatasyncSync(fd);
      } catch (error) {
        // Leave no partial line behind: the next entry must start on a line of its own.
        try {
          ftruncateSync(fd, size);
        } catch {
          // the next append fails the same way, or a snapshot replaces the journal
        }
        throw error;
      }
      size += bytes.length;
    },
    truncate() {
      const next = openSync(path, "w+", 0o600);
      closeSync(fd);
      fd = next;
      fchmodSync(fd, 0o600);
      fdatasyncSync(fd);
      syncDirectory(dirname(path));
      inode = fstatSync(fd).ino;
      size = 0;
    },
    close() {
      closeSync(fd);
    },
  };
}
