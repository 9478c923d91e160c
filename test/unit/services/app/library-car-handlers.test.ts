import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { messageText } from '@contract/i18n';
import type { WorkOrder } from '@domain/drafts/workorder';
import type { Configuration, Quote } from '@domain/index';
import type { Message } from '@domain/messages/message';
import { bootstrap } from '@services/app/bootstrap';
import type { Dispatcher } from '@services/app/dispatch';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeLibraryVehicle } from '../../../support/library-vehicle';

const root = resolve(import.meta.dirname, '..', '..', '..', '..');
const ctx = { transport: 'test' } as const;
let ROMA = '';
let CUT = '';
const ELSEWHERE = '9a'.repeat(32);

const roma = (extra: Partial<Configuration> = {}): Configuration => ({
  schemaVersion: 1,
  vehicle: { id: ROMA, modelSha256: ROMA },
  wrap: { film: 'gloss-red' },
  store: 'sh-xuhui-wrap',
  ...extra,
});

describe('quotes, codes and drafts of a library car through the channels', () => {
  let dispatch: Dispatcher;
  let userDataDir = '';
  beforeAll(async () => {
    userDataDir = mkdtempSync(join(tmpdir(), 'library-car-'));
    ROMA = writeLibraryVehicle(join(userDataDir, 'data'), 10.5).id;
    // A second car whose model was cut short (a copy that stopped half-way): its entry is damaged.
    const cut = writeLibraryVehicle(join(userDataDir, 'data'), 8.25);
    CUT = cut.id;
    const model = join(dirname(cut.file), 'model.glb');
    writeFileSync(model, readFileSync(model).subarray(0, 30));
    ({ dispatch } = await bootstrap({
      userDataDir,
      appRoot: root,
      runtime: 'browser',
      today: () => '2026-11-22',
      log: () => {},
    }));
  });

  it('quote:price prices it from its own area; rules:evaluate says which accessory has no mount', async () => {
    const r = await dispatch('quote:price', { configuration: roma() }, ctx);
    const priced = r.ok ? (r.value as { ok: boolean; quote?: Quote }) : undefined;
    if (!priced?.quote) throw new Error(JSON.stringify(r));
    const q = priced.quote;
    expect(q.vehicle?.kind).toBe('service');
    expect(q.lines.find((l) => l.kind === 'material')!.basis?.areaM2).toBe(10.5);
    const rules = await dispatch(
      'rules:evaluate',
      { configuration: roma({ accessories: ['tow-bar'] }) },
      ctx,
    );
    if (!rules.ok) throw new Error(JSON.stringify(rules));
    const v = (rules.value as { rules: { valid: boolean; violations?: { code: string }[] } }).rules;
    expect(v.valid).toBe(false);
    expect(v.violations?.map((x) => x.code)).toEqual(['no-mount']);
  });

  it('a car that is not in this shop is refused plainly, with the configuration as text', async () => {
    const c = roma({ vehicle: { id: ELSEWHERE, modelSha256: ELSEWHERE } });
    const r = await dispatch('quote:price', { configuration: c }, ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toMatch(/vehicle 9a9a9a9a, which is not in this shop's vehicle library/);
    const details = r.error.details as { reason: string; text: Message[] };
    expect(details.reason).toBe('vehicle-not-in-shop');
    expect(details.text.map((l) => messageText(l))).toEqual([
      'Vehicle: 9a9a9a9a (model 9a9a9a9a)',
      expect.stringMatching(/^Full wrap: Gloss .*Red/),
    ]);
  });

  it("a damaged entry is not in this shop, with the library's reason; the sound car is still priced", async () => {
    const c = roma({ vehicle: { id: CUT, modelSha256: CUT } });
    const r = await dispatch('quote:price', { configuration: c }, ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toContain(
      `vehicle ${CUT.slice(0, 8)}, which is not in this shop's vehicle library`,
    );
    expect(r.error.message).toMatch(/Its library entry is damaged: The model file is incomplete/);
    const details = r.error.details as { reason: string; problem?: Message; text: Message[] };
    expect(details.reason).toBe('vehicle-not-in-shop');
    expect(details.problem?.key).toBe('library.modelTruncated');
    expect(details.text.length).toBeGreaterThan(1);
    const saved = await dispatch('draft:save', { configuration: c }, ctx);
    expect(saved.ok).toBe(false);
    const sound = await dispatch('quote:price', { configuration: roma() }, ctx);
    expect(sound.ok && (sound.value as { ok: boolean }).ok).toBe(true);
  });

  it('draft:save and code:decode reopen the configuration on the car', async () => {
    const saved = await dispatch('draft:save', { configuration: roma() }, ctx);
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    const summary = saved.value as { id: string; configurationCode: string };
    const back = await dispatch('code:decode', { code: summary.configurationCode }, ctx);
    if (!back.ok) throw new Error(JSON.stringify(back.error));
    expect((back.value as { configuration: Configuration }).configuration).toEqual(roma());
    const order = await dispatch('workorder:get', { id: summary.id }, ctx);
    if (!order.ok) throw new Error(JSON.stringify(order.error));
    const work = order.value as WorkOrder;
    expect(work.body?.areaM2).toBe(10.5);
    expect(work.wrap.map((j) => j.zoneName.en)).toEqual(['Body']);
    const opened = await dispatch('draft:open', { id: summary.id }, ctx);
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    expect((opened.value as { configuration: Configuration }).configuration).toEqual(roma());

    // The same draft file in another shop, whose library does not have the car: refused plainly, with the text.
    const elsewhere = mkdtempSync(join(tmpdir(), 'library-car-elsewhere-'));
    const draftFile = `${summary.id}.json`;
    mkdirSync(join(elsewhere, 'data', 'drafts'), { recursive: true });
    copyFileSync(
      join(userDataDir, 'data', 'drafts', draftFile),
      join(elsewhere, 'data', 'drafts', draftFile),
    );
    const other = await bootstrap({
      userDataDir: elsewhere,
      appRoot: root,
      runtime: 'browser',
      log: () => {},
    });
    const there = await other.dispatch('draft:open', { id: summary.id }, ctx);
    await other.stop();
    expect(there.ok).toBe(false);
    if (there.ok) return;
    expect(there.error.message).toContain(
      `vehicle ${ROMA.slice(0, 8)}, which is not in this shop's vehicle library`,
    );
    const details = there.error.details as { reason: string; text: Message[] };
    expect(details.reason).toBe('vehicle-not-in-shop');
    expect(details.text.map((l) => messageText(l))).toEqual([
      `Vehicle: ${ROMA.slice(0, 8)} (model ${ROMA.slice(0, 8)})`,
      expect.stringMatching(/^Full wrap: Gloss .*Red/),
    ]);
  });
});
