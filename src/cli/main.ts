/**
 * The `zhkg` command line: registers one sub-command per file of this folder and maps
 * expected errors to a message and an exit status (bugs keep their stack).
 */
import { Command, CommanderError } from "commander";
import { ZhkgError } from "../errors.js";
import type { CliContext } from "./context.js";
import { registerBuild } from "./build.js";
import { registerExport } from "./export.js";
import { registerExtract } from "./extract.js";
import { registerLoad } from "./load.js";
import { registerNeo4j } from "./neo4j.js";
import { registerQuery } from "./query.js";
import { registerServe } from "./serve.js";
import { registerReview } from "./review.js";

/** Exit statuses: 0 all good, 1 some input failed, 2 usage or configuration, 70 a bug. */
export const EXIT = { ok: 0, inputFailed: 1, usage: 2, bug: 70 } as const;

/** Runs the CLI on `argv` (as in process.argv) and resolves to the exit status. */
export async function main(argv: string[]): Promise<number> {
  const ctx: CliContext = { exitCode: EXIT.ok, stdout: process.stdout, stderr: process.stderr };
  const program = new Command("zhkg")
    .description("Build a knowledge graph of officials, events and initiatives from Chinese news")
    .exitOverride()
    .showHelpAfterError();
  for (const register of [registerBuild, registerExport, registerReview, registerExtract, registerQuery, registerServe, registerNeo4j, registerLoad]) register(program, ctx);
  try {
    await program.parseAsync(argv);
    return ctx.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (err instanceof ZhkgError) {
      ctx.stderr.write(`zhkg: ${err.message}\n`);
      return err.code === "ZHKG_USAGE" || err.code === "ZHKG_CONFIG" ? EXIT.usage : EXIT.inputFailed;
    }
    throw err;
  }
}
