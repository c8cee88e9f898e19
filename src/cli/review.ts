/** `zhkg review`: lists what resolution could not settle (unplaced people, ambiguous places, undated events) with their sentences. */
import type { Command } from "commander";
import { UsageError } from "../errors.js";
import { loadStore } from "../graph/load-store.js";
import { REVIEW_KINDS, reviewCandidates, type ReviewKind } from "../resolve/review-candidates.js";
import { DEFAULT_STORE } from "./build.js";
import type { CliContext } from "./context.js";

interface ReviewOptions {
  store: string;
  kind?: string;
  json?: boolean;
}

/** Registers `zhkg review`. */
export function registerReview(program: Command, ctx: CliContext): void {
  program
    .command("review")
    .description("List names resolution could not settle, with their sentences, for a curator to add to a dictionary")
    .option("--store <path>", "embedded store file", DEFAULT_STORE)
    .option("--kind <kind>", `only one kind (${REVIEW_KINDS.join(", ")})`)
    .option("--json", "print JSON")
    .action(async (options: ReviewOptions) => {
      if (options.kind && !(REVIEW_KINDS as readonly string[]).includes(options.kind)) {
        throw new UsageError(`--kind must be one of ${REVIEW_KINDS.join(", ")}, not "${options.kind}"`);
      }
      const items = reviewCandidates(await loadStore(options.store)).filter((i) => !options.kind || i.kind === (options.kind as ReviewKind));
      if (options.json) {
        ctx.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
        return;
      }
      const out: string[] = [];
      for (const kind of REVIEW_KINDS) {
        const group = items.filter((i) => i.kind === kind);
        if (group.length === 0) continue;
        out.push(`== ${kind} (${group.length})`);
        for (const item of group) {
          out.push(`${item.name}  [${item.node}]  ${item.detail}`);
          for (const s of item.sentences) out.push(`    ${s.article}: ${s.text}`);
        }
      }
      ctx.stdout.write(out.length ? `${out.join("\n")}\n` : "nothing to review\n");
    });
}
