import { useState } from "preact/hooks";
import { errorText } from "./error-text.js";

/** A view's status line: what its last action did, read out by screen readers (a polite live region). */
export function StatusLine({ text }: { readonly text: string }) {
  return (
    <p class="status" role="status" aria-live="polite">
      {text}
    </p>
  );
}

/**
 * A view's status and its way to run a server action: `run(what, action)` says "what: done." or
 * "what failed: <the server's message>", and after a success calls `onChanged` so the views re-read.
 *
 * @example
 * const { status, run } = useStatus(onChanged);
 * <button onClick={() => void run("Reset", () => api.mock.reset())}>Reset</button>
 */
export function useStatus(onChanged: () => void) {
  const [status, setStatus] = useState("");
  const run = async (what: string, action: () => Promise<unknown>): Promise<void> => {
    try {
      await action();
      setStatus(`${what}: done.`);
      onChanged();
    } catch (error) {
      setStatus(`${what} failed: ${errorText(error)}`);
    }
  };
  return { status, setStatus, run };
}
