// `pnpm size`: the bytes a user's app pays, measured on what users install, for every entry of
// .size-limit.js (the budgets; see scripts/measure-sizes.mjs for how). Prints the table and exits 1
// when an entry is over its budget or could not be measured. Usage: node scripts/size.mjs [--json]
import { failingRows, measureSizes, sizeTable } from './measure-sizes.mjs';

const rows = await measureSizes();
if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
else {
  console.log(
    'Measured from the packed packages by size-limit (esbuild, minified, NODE_ENV=production; gzip -9); budgets from .size-limit.js:\n',
  );
  console.log(sizeTable(rows));
  const failing = failingRows(rows);
  if (failing.length) console.log(`\n${failing.length} over budget: ${failing.map((row) => row.name).join('; ')}`);
}
process.exitCode = failingRows(rows).length ? 1 : 0;
