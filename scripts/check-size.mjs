// The size budget of the script-tag bundle, checked in `npm test` (sizes are deterministic,
// unlike timings). Prints every figure so a change in size is visible in the test log.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const KB = 1024;
const budgets = [
  { file: 'dist/hearth.js', gzipBudget: 16 * KB, gzipGoal: 12 * KB },
  { file: 'dist/hearth.iife.js' },
];

let failed = false;
for (const { file, gzipBudget, gzipGoal } of budgets) {
  let source;
  try {
    source = readFileSync(file);
  } catch {
    console.error(`${file} is missing: run npm run build first.`);
    process.exit(1);
  }
  const gzip = gzipSync(source, { level: 9 }).length;
  const brotli = brotliCompressSync(source, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  let line = `${file}: ${source.length} B minified, ${gzip} B gzip -9, ${brotli} B brotli`;
  if (gzipBudget) {
    line += ` (goal ${gzipGoal} B, budget ${gzipBudget} B: ${((gzip / gzipBudget) * 100).toFixed(0)}% used)`;
    if (gzip > gzipBudget) failed = true;
  }
  console.log(line);
}
if (failed) {
  console.error('dist/hearth.js is over its gzip budget.');
  process.exit(1);
}
