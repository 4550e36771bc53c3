import type { Command } from "commander";
import { registerImportCommand } from "./import-command.js";
import { registerServeCommand } from "./serve-command.js";

/** Every sub-command, in help order. A new command is one file here plus one line below. */
export const commands: readonly ((program: Command) => void)[] = [registerServeCommand, registerImportCommand];
