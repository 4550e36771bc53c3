import type { CommittedWrite, InventoryMock } from "@kibo-inventory/mock-server";
import { createStateFile, type StateDocument } from "./state-file.js";
import { type JournalWriter, openJournal, readJournal } from "./state-journal.js";

export interface DurableStateOptions {
  /**
   * `false`: an acknowledged write is in the journal file (the kernel has it: it survives the
   * server being killed, `kill -9` included). `true`: it is also on the disk (fdatasync; survives
   * a power loss) — one disk flush per write. Snapshots are always flushed. @default false
   */
  fsync?: boolean;
  /** Fold the journal into a new snapshot after this many entries (also on clean shutdown and snapshot writes). @default 10000 */
  compactEntries?: number;
  /** … or when the journal reaches this many bytes. @default 64 MiB */
  compactBytes?: number;
}

/**
 * `--state FILE`: a snapshot (FILE) plus a journal of the writes acknowledged since
 * (FILE.journal), replayed on start (docs/decisions/0010-durable-state-journal.md).
 */
export interface DurableState {
  readonly path: string;
  readonly journalPath: string;
  /** Whether a snapshot was found (until `attach` has loaded it, it is held in memory). */
  readonly found: boolean;
  /** Loads the snapshot into `mock` and replays the journal; on a first start writes the first snapshot. Then opens the journal. */
  attach(mock: InventoryMock): Promise<{ replayed: number }>;
  /** The `onCommit` option: journals `write` (fsync'd) or, for a snapshot write, saves a snapshot. Throws to refuse. */
  commit(write: CommittedWrite): void;
  /** Saves a snapshot and empties the journal now. */
  compact(): void;
  /** Compacts when anything was journaled, then closes the journal (clean shutdown). */
  close(): void;
}

/** Opens the state at `path` (and `path.journal`): reads both, refusing corrupt ones with file and position. */
export async function openDurableState(path: string, io: { log(line: string): void }, options: DurableStateOptions = {}): Promise<DurableState> {
  const file = createStateFile(path);
  const journalPath = `${path}.journal`;
  let saved = await file.load();
  const found = saved !== undefined;
  const journal = readJournal(journalPath);
  if (journal.tornTail) {
    io.log(
      `warning: ${journalPath}: line ${journal.tornTail.line} (${journal.tornTail.bytes} bytes at byte ${journal.validBytes}) is incomplete — a write cut short before it was acknowledged; ignored`,
    );
  }
  const maxEntries = options.compactEntries ?? 10_000;
  const maxBytes = options.compactBytes ?? 64 * 2 ** 20;
  const journalOptions = { fsync: options.fsync ?? false };

  let mock: InventoryMock | undefined;
  let writer: JournalWriter | undefined;
  const snapshotSeq = saved?.journalSeq ?? 0;
  let seq = snapshotSeq;
  let closed = false;
  let sinceSnapshot = 0;
  let nextCompaction = maxEntries;
  let scheduled = false;

  function compact(): void {
    if (!mock) throw new Error("the state is not attached to a server yet");
    const document: StateDocument = { ...mock.exportState(), journalSeq: seq };
    file.write(document);
    sinceSnapshot = 0;
    // From here the snapshot holds everything. A crash before the journal is emptied leaves entries
    // ≤ journalSeq in it, which the next start skips; so a failure to empty it is only a warning.
    try {
      writer?.truncate();
    } catch (error) {
      io.log(`warning: could not empty ${journalPath} (${error instanceof Error ? error.message : String(error)}); its entries are in the snapshot`);
    }
    nextCompaction = maxEntries;
  }

  function scheduleCompaction(): void {
    if (scheduled || (sinceSnapshot < nextCompaction && (writer?.size ?? 0) < maxBytes)) return;
    scheduled = true;
    // After the answer went out: the snapshot costs O(state); the journal keeps everything meanwhile.
    setImmediate(() => {
      scheduled = false;
      if (closed) return;
      try {
        compact();
      } catch (error) {
        nextCompaction = sinceSnapshot + maxEntries;
        io.log(`warning: could not save a snapshot to ${path} (${error instanceof Error ? error.message : String(error)}); writes stay in ${journalPath}`);
      }
    });
  }

  return {
    path,
    journalPath,
    found,
    async attach(target) {
      mock = target;
      let replayed = 0;
      if (saved) {
        try {
          target.importState(saved);
        } catch (error) {
          throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
        }
        // The parsed document is as big as the state: let it go before serving.
        saved = undefined;
        for (const [i, entry] of journal.entries.entries()) {
          const line = journal.lines[i];
          if (entry.seq <= snapshotSeq) continue; // already in the snapshot
          if (entry.seq !== seq + 1) throw new Error(`${journalPath}: line ${line}: entry ${entry.seq} follows ${seq} (entries are missing)`);
          try {
            await target.replayWrite(entry.write);
          } catch (error) {
            throw new Error(`${journalPath}: line ${line}: ${error instanceof Error ? error.message : String(error)}`);
          }
          seq = entry.seq;
          replayed += 1;
        }
        sinceSnapshot = replayed;
        writer = openJournal(journalPath, journal.validBytes, journalOptions);
      } else {
        if (journal.entries.length > 0) throw new Error(`${journalPath}: a journal without its snapshot ${path}; move it away to start afresh`);
        writer = openJournal(journalPath, 0, journalOptions);
        compact();
      }
      return { replayed };
    },
    commit(write) {
      if (!writer) throw new Error("the state is not attached to a server yet");
      if (write.kind === "snapshot") {
        seq += 1;
        try {
          compact();
        } catch (error) {
          seq -= 1;
          throw error;
        }
        return;
      }
      try {
        writer.append({ seq: seq + 1, write });
      } catch (appendError) {
        // The journal is gone or failing: a snapshot that includes this write is as good, if it can be written.
        seq += 1;
        try {
          compact();
        } catch {
          seq -= 1;
          throw appendError;
        }
        return;
      }
      seq += 1;
      sinceSnapshot += 1;
      scheduleCompaction();
    },
    compact,
    close() {
      if (closed) return;
      closed = true;
      if (sinceSnapshot > 0) compact();
      writer?.close();
      writer = undefined;
    },
  };
}
