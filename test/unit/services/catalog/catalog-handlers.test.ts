import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Catalog } from '@domain/index';
import { defaultConfiguration } from '@domain/index';
import { bootstrap } from '@services/app/bootstrap';
import type { Dispatcher } from '@services/app/dispatch';
import { loadCatalog } from '@services/catalog/load';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..', '..');
const ctx = { transport: 'test' } as const;

async function start(catalogDir?: string): Promise<Dispatcher> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'handlers-'));
  const { dispatch } = await bootstrap({
    userDataDir,
    appRoot: root,
    runtime: 'browser',
    today: () => '2026-11-22',
    log: () => {},
    ...(catalogDir ? { catalogDir } : {}),
  });
  return dispatch;
}

describe('catalog, rules and quote channels', () => {
  let dispatch: Dispatcher;
  let catalog: Catalog;
  beforeAll(async () => {
    dispatch = await start();
    const loaded = await loadCatalog(join(root, 'assets', 'catalog'));
    if (!loaded.ok) throw new Error('default catalog must load');
    catalog = loaded.catalog;
  });

  it('serves the catalog as plain data with the car zones and the pricing date', async () => {
    const result = await dispatch('catalog:get', {}, ctx);
    expect(result.ok).toBe(true);
    const view = (
      result as { value: { ok: boolean; data: { films: unknown[] }; zones: unknown[]; date: string } }
    ).value;
    expect(view.ok).toBe(true);
    expect(view.data.films.length).toBeGreaterThanOrEqual(24);
    expect(view.zones.length).toBeGreaterThan(10);
    expect(view.date).toBe('2026-11-22');
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  it('prices the default configuration in main at the store of the settings', async () => {
    const result = await dispatch('quote:price', { configuration: defaultConfiguration(catalog) }, ctx);
    expect(result).toMatchObject({
      ok: true,
      value: { ok: true, store: 'sh-xuhui-wrap', date: '2026-11-22' },
    });
  });

  it('refuses a configuration that carries a price, before any handler sees it', async () => {
    const configuration = { ...defaultConfiguration(catalog), totalFen: 1 };
    const result = await dispatch('quote:price', { configuration }, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('explains options and applies a choice with the changes it made', async () => {
    const configuration = defaultConfiguration(catalog);
    const evaluated = await dispatch('rules:evaluate', { configuration }, ctx);
    expect(evaluated).toMatchObject({ ok: true, value: { rules: { valid: true } } });
    const options = (evaluated as { value: { options: { status: string; reasons?: unknown[] }[] } }).value
      .options;
    expect(options.length).toBeGreaterThan(30);
    const roofBox = catalog.accessories.find((a) => a.id === 'roof-box');
    if (roofBox) {
      const applied = await dispatch(
        'rules:apply',
        { configuration, choice: { kind: 'accessory', id: 'roof-box', selected: true } },
        ctx,
      );
      expect(applied).toMatchObject({ ok: true, value: { ok: true } });
    }
    const bad = await dispatch(
      'rules:apply',
      { configuration, choice: { kind: 'accessory', id: 'roof-box' } },
      ctx,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('keeps answering with a clear refusal when the catalog is broken', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-catalog-'));
    cpSync(join(root, 'assets', 'catalog'), dir, { recursive: true });
    writeFileSync(join(dir, 'films.json'), '{ "films": [ }');
    const broken = await start(dir);
    const view = await broken('catalog:get', {}, ctx);
    expect(view).toMatchObject({ ok: true, value: { ok: false } });
    expect(JSON.stringify(view)).toContain('films.json');
    const quote = await broken('quote:price', { configuration: defaultConfiguration(catalog) }, ctx);
    expect(quote).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect((quote as { error: { message: string } }).error.message).toContain('films.json');
    expect(await broken('app:info', {}, ctx)).toMatchObject({ ok: true });
  });
});
