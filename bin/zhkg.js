#!/usr/bin/env node
// Entry point of the `zhkg` command: runs the compiled CLI (built by `npm install` via `prepare`).
import { main } from "../dist/cli/main.js";

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err?.stack ?? String(err));
    process.exitCode = 70;
  },
);
