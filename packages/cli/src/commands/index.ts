import type { Command } from "commander";
import { registerServeCommand } from "./serve-command.js";

/**
 * Every sub-command, in help order. A new command (next: `import FILE.csv --location CODE`,
 * which loads a Kibo-style CSV through the API with a progress bar) is one file here plus one
 * line below.
 */
export const commands: readonly ((program: Command) => void)[] = [registerServeCommand];
