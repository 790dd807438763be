// Fills a new data directory for bench/server.mjs: the demo practice, and as many groups and
// published stories as asked, made from the demo ones (same lengths, topics and schedules) with
// new ids. Run with tsx, which the server needs too:
//   node --import tsx bench/server-data.mjs <dataDir> <groups> <stories>
// With DATABASE_URL (postgres://…) and HEARTH_DATA_KEY set, as the server reads them, it fills that
// PostgreSQL database instead of SQLite in <dataDir>.
import { openStore } from '../server/src/store.ts';
import { demoGroups, demoPractice, demoStories } from '../server/src/seed.ts';

const [dataDir, groupCount, storyCount] = process.argv.slice(2);
if (!dataDir || !groupCount || !storyCount) {
  console.error('usage: node --import tsx bench/server-data.mjs <dataDir> <groups> <stories>');
  process.exit(2);
}

const now = new Date();
const databaseUrl = process.env.DATABASE_URL || undefined;
const store = await openStore({
  dataDir,
  databaseUrl,
  ...(databaseUrl && { dataKey: Buffer.from(process.env.HEARTH_DATA_KEY ?? '', 'hex') }),
});
const baseGroups = demoGroups(now);
const groups = Array.from({ length: Number(groupCount) }, (_, index) => {
  const base = baseGroups[index % baseGroups.length];
  const round = Math.floor(index / baseGroups.length);
  return round === 0
    ? base
    : { ...base, id: `${base.id}-${round}`.slice(0, 64), name: `${base.name} (${round + 1})` };
});
const baseStories = demoStories(now).filter((story) => story.status === 'approved');
const stories = Array.from({ length: Number(storyCount) }, (_, index) => {
  const base = baseStories[index % baseStories.length];
  // One a minute back from now, so every story has its own place in the cursor order.
  const at = new Date(now.getTime() - (index + 1) * 60_000).toISOString();
  return {
    ...base,
    id: `bench-story-${String(index).padStart(6, '0')}`,
    // The repeat check compares bodies: each one differs a little, as real stories do.
    body: `${base.body} (${index + 1})`,
    createdAt: at,
    approvedAt: at,
  };
});
await store.importData({ practice: demoPractice(), groups, stories });
await store.close();
console.log(
  `${databaseUrl ? 'PostgreSQL' : dataDir}: ${groups.length} groups, ${stories.length} published stories`,
);
