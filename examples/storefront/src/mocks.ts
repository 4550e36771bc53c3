/**
 * The reference server in the browser: an MSW service worker with the demo data. Loaded only when
 * no standalone server is configured (main.tsx), so a production build against a real backend
 * never ships it.
 */
import { demoSeed } from "@kibo-inventory/mock-server";
import { setupInventoryWorker } from "@kibo-inventory/mock-server/browser";

export async function startInventoryWorker(): Promise<void> {
  const kibo = setupInventoryWorker({ seed: demoSeed({ products: 30, locations: 10 }) });
  // Start before the app renders; requests the server does not know (the page, Vite) pass through.
  await kibo.start({ serviceWorker: { url: "/mockServiceWorker.js" }, onUnhandledRequest: "bypass", quiet: true });
}
