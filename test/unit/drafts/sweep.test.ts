import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sweepFolder } from '@services/drafts/drafts-sweep';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'drafts-sweep-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The id of a process that has ended (a real one, started and waited for). */
const deadPid = (): number =>
  Number(spawnSync(process.execPath, ['-e', 'console.log(process.pid)']).stdout.toString().trim());

const A = '01KAB8Y5XQ7M3ZP4T9N2W6R8CD';
const B = '01KAB8Y5XQ7M3ZP4T9N2W6R8CE';
const C = '01KAB8Y5XQ7M3ZP4T9N2W6R8CF';

describe('startup sweep', () => {
  it('removes temps of dead writers and images without a draft, keeping writes in progress', async () => {
    const dead = deadPid();
    const files = {
      deadTemp: `.${A}.json.${dead}.0123456789ab.tmp`,
      liveTemp: `.${B}.json.${process.pid}.0123456789ab.tmp`,
      oldStyleFresh: `.${C}.json.abcdef.tmp`,
      oldStyleStale: `.${C}.json.fedcba.tmp`,
      orphan: `${A}.png`,
      inProgress: `${B}.png`,
      kept: `${C}.png`,
      draft: `${C}.json`,
    };
    for (const name of Object.values(files)) writeFileSync(join(dir, name), 'x');
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(join(dir, files.oldStyleStale), old, old);
    const report = await sweepFolder(dir, readdirSync(dir), { orphans: true });
    expect(report.temps.sort()).toEqual([files.deadTemp, files.oldStyleStale].sort());
    expect(report.orphans).toEqual([files.orphan]);
    expect(readdirSync(dir).sort()).toEqual(
      [files.liveTemp, files.oldStyleFresh, files.inProgress, files.kept, files.draft].sort(),
    );
    // Without `orphans` (a running app's listing), images are left for the next start.
    writeFileSync(join(dir, files.orphan), 'x');
    await sweepFolder(dir, readdirSync(dir), { orphans: false });
    expect(existsSync(join(dir, files.orphan))).toBe(true);
  });
});
