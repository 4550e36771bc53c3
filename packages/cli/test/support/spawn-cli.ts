import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

// The built executable, as users run it (dist/ — build first).
const BIN = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));
const children: ChildProcessWithoutNullStreams[] = [];

/** Starts `kibo-inventory-mock serve --port 0 …` and resolves with its URL once it listens. */
export function startServe(args: string[], timeout = 20_000): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  const child = spawn(process.execPath, [BIN, "serve", "--port", "0", ...args], { stdio: "pipe" });
  children.push(child);
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening on" line; output: ${output}`)), timeout);
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^listening on (http:\/\/\S+)$/m.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${String(code)} before listening; output: ${output}`));
    });
  });
}

/** Runs the CLI to completion: exit code, stdout, stderr. */
export function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: "pipe" });
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
}

/** Kills every process still running (call in afterEach/afterAll). */
export function killAll(): void {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
}
