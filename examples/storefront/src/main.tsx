/**
 * Entry: on the service worker by default (demo data, no backend), or against the standalone
 * server when VITE_KIBO_SERVER is set (vite.config.ts proxies /api to it). Either way the page
 * calls /api on its own origin.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Shop } from "./shop.js";
import "./styles.css";

if (!import.meta.env.VITE_KIBO_SERVER) {
  const { startInventoryWorker } = await import("./mocks.js");
  await startInventoryWorker();
}

const root = document.getElementById("root");
if (root === null) throw new Error("#root is missing from index.html");
createRoot(root).render(
  <StrictMode>
    <Shop baseUrl={`${location.origin}/api`} authHost={location.origin} />
  </StrictMode>,
);
