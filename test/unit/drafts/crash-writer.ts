/**
 * Child process for the crash-safety test: opens the real DraftStore (a restart after the previous child's
 * SIGKILL: it sweeps what that one left and prints "ready <temps> <orphans>" removed), then saves the
 * drafts listed in a JSON file one by one and prints "saved <id>" after each save returns; the test
 * SIGKILLs it at random moments.
 */
import { readFileSync } from 'node:fs';
import type { OrderDraft } from '@domain/drafts/schema';
import { DraftStore } from '@services/drafts/drafts-store';

const [dataDir, batchFile] = process.argv.slice(2) as [string, string];
const drafts = JSON.parse(readFileSync(batchFile, 'utf8')) as { draft: OrderDraft; png?: number[] }[];
const store = new DraftStore(dataDir);
const swept = await store.open();
process.stdout.write(`ready ${swept.temps.length} ${swept.orphans.length}\n`);
for (const { draft, png } of drafts) {
  await store.save(draft, png ? Uint8Array.from(png) : undefined);
  process.stdout.write(`saved ${draft.id}\n`);
}
