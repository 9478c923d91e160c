import { existsSync, readdirSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bootMain } from '../../support/main';

describe('stopping the services', () => {
  it('ends the drafts background check before its 10 s delay and nothing writes to the data folder afterwards', async () => {
    const { services, stop } = await bootMain('services-stop');
    const started = Date.now();
    await stop();
    // The check waits 10 s before it starts: a stop that only set a flag would still hold on to that timer.
    expect(Date.now() - started).toBeLessThan(2_000);
    rmSync(services.dataDir, { recursive: true, force: true });
    await stop();
    expect(existsSync(services.dataDir) ? readdirSync(services.dataDir) : []).toEqual([]);
  });
});
