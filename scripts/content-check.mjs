// What `npm run content:check [-- <content folder>]` runs: scripts/content-check.ts, precompiled.
// An editor runs the check after every change, and starting tsx took about 0.9 s of the 1.5 s
// that should take with 1,000 articles.
import { fileURLToPath, pathToFileURL } from "node:url";
import { precompiled } from "./precompile.mjs";

const project = fileURLToPath(new URL("..", import.meta.url));
const bundle = await precompiled(`${project}scripts/content-check.ts`, `${project}node_modules/.cache/recovery-guide`);
await import(pathToFileURL(bundle).href);
