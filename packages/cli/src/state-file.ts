import { readFile, rename, writeFile } from "node:fs/promises";
import type { PersistedState } from "@kibo-inventory/mock-server";

/** The `--state FILE` store: the whole server as one JSON document, replaced atomically. */
export interface StateFile {
  readonly path: string;
  /** The saved document, or undefined when the file does not exist yet. */
  load(): Promise<PersistedState | undefined>;
  /** Writes `document` to a temporary file and renames it over the state file. Writes run in order. */
  save(document: PersistedState): Promise<void>;
  /** Resolves when every pending write is done. */
  flush(): Promise<void>;
}

const isMissing = (error: unknown): boolean =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ENOENT";

/**
 * Creates the state store for `path`.
 * @example const file = createStateFile("./.kibo-state.json"); await file.save(mock.exportState());
 */
export function createStateFile(path: string): StateFile {
  let queue: Promise<void> = Promise.resolve();
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
      return JSON.parse(text) as PersistedState;
    },
    save(document) {
      const text = `${JSON.stringify(document)}\n`;
      const temp = `${path}.${process.pid}.${++serial}.tmp`;
      const write = queue.then(async () => {
        await writeFile(temp, text, "utf8");
        await rename(temp, path);
      });
      queue = write.catch(() => undefined);
      return write;
    },
    flush: () => queue,
  };
}
