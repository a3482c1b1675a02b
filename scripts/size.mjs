// Prints the minified + gzipped size of typical use of each crispkit entry against its design
// budget. The entries and the measuring live in bench/size.mjs (one definition of "typical use"
// for this script, the bench table and the README); `pnpm bench` adds the alternatives.
import { SIZE_ENTRIES, measureEntry } from '../bench/size.mjs';

let over = 0;
for (const entry of SIZE_ENTRIES.filter((e) => e.budget)) {
  const { minified, gzipped } = await measureEntry(entry);
  if (gzipped > entry.budget) over++;
  console.log(
    `${entry.name.padEnd(42)} ${String(minified).padStart(6)} B min  ${String(gzipped).padStart(6)} B min+gz  (design budget ${entry.budget} B)${gzipped > entry.budget ? '  OVER' : ''}`,
  );
}
process.exitCode = over ? 1 : 0;
