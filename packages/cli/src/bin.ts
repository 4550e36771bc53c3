#!/usr/bin/env node
import { Command } from "commander";
import { commands } from "./commands/index.js";

const program = new Command("kibo-inventory-mock").description("Kibo Inventory API reference server and tools");
for (const register of commands) register(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
