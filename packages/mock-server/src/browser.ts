import { setupWorker, type SetupWorker } from "msw/browser";
import { createInventoryMock, type InventoryMock } from "./create-inventory-mock.js";
import type { InventoryMockOptions } from "./options.js";

/** `setupInventoryWorker()`: an MSW `setupWorker` wired to a reference server, plus its controls. */
export interface InventoryMockWorker extends InventoryMock {
  /** The underlying MSW worker. */
  readonly worker: SetupWorker;
  /** Registers the service worker and starts intercepting. @default onUnhandledRequest: "bypass" */
  start(options?: Parameters<SetupWorker["start"]>[0]): ReturnType<SetupWorker["start"]>;
  /** Stops intercepting. */
  stop(): void;
  /** Drops handlers added with `use()`. */
  resetHandlers(...handlers: Parameters<SetupWorker["resetHandlers"]>): void;
  /** Prepends runtime handlers (overrides). */
  use(...handlers: Parameters<SetupWorker["use"]>): void;
}

/**
 * Creates a reference server and an MSW service worker over it, for the browser.
 * @example
 * const kibo = setupInventoryWorker();
 * await kibo.start();
 * @see ../README.md
 */
export function setupInventoryWorker(options: InventoryMockOptions = {}): InventoryMockWorker {
  const mock = createInventoryMock(options);
  const worker = setupWorker(...mock.handlers);
  return {
    ...mock,
    worker,
    start: (startOptions = { onUnhandledRequest: "bypass" }) => worker.start(startOptions),
    stop: () => worker.stop(),
    resetHandlers: (...handlers) => worker.resetHandlers(...handlers),
    use: (...handlers) => worker.use(...handlers),
  };
}
