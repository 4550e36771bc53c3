/**
 * `npm run dev`: the page on the reference server in the browser (service worker, demo data).
 * `VITE_KIBO_SERVER=http://localhost:4010 npm run dev`: against the standalone server (`npm start`),
 * proxied so the page still calls /api on its own origin (no CORS, same code).
 */
import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv } from "vite";

export default defineConfig(({ mode }) => {
  const server = loadEnv(mode, process.cwd(), "VITE_").VITE_KIBO_SERVER;
  const proxy = server ? { "/api": { target: server, changeOrigin: true } } : {};
  return {
    plugins: [react()],
    // The reference server (engine, GraphQL, zod) is one lazy chunk of about 0.9 MB, loaded only on the worker.
    build: { target: "es2022", chunkSizeWarningLimit: 1_000 },
    server: { proxy },
    preview: { proxy },
  };
});
