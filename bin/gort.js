#!/usr/bin/env node
// gort's executable: the compiled CLI in dist/. Run `npm run build` (or `npm test`) first.
import { main } from "../dist/src/cli/main.js";

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`gort: internal error: ${e && e.stack ? e.stack : e}\n`);
    process.exit(70);
  },
);
