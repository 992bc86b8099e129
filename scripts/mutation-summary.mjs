// Prints the mutation score per area from Stryker's JSON report (after `npm run mutate`).
import fs from 'node:fs';

const AREAS = {
  'shared/rules': 'shared/rules/',
  'shared/documents': 'shared/documents/',
  dispatcher: 'electron/core/dispatcher.ts',
};
const report = JSON.parse(fs.readFileSync('reports/mutation/mutation.json', 'utf8'));
const rows = [];
for (const [area, prefix] of Object.entries(AREAS)) {
  const counts = {};
  for (const [file, { mutants }] of Object.entries(report.files)) {
    if (!file.replaceAll('\\', '/').includes(prefix)) continue;
    for (const m of mutants) counts[m.status] = (counts[m.status] ?? 0) + 1;
  }
  const killed = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const valid = killed + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  if (valid === 0) continue;
  rows.push({
    area,
    score: `${((100 * killed) / valid).toFixed(1)}%`,
    killed,
    survived: counts.Survived ?? 0,
    noCoverage: counts.NoCoverage ?? 0,
    ignored: counts.Ignored ?? 0,
  });
}
console.table(rows);
