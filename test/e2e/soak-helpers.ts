/**
 * The memory soak (issue #8 item 4), shared by test/e2e/soak.spec.ts and the benchmark: thousands of random
 * valid configuration changes through the panels' own actions (`window.__configuratorDrive`), every Nth one
 * drawn, artwork loaded from generated images the way the artwork entry loads a file; then back to the
 * starting configuration, garbage collected, and compared with a baseline taken after a warm-up.
 */

import type { CatalogData } from '@domain/catalog/schema';
import type { ZoneTable } from '@domain/catalog/zones';
import type { Choice } from '@domain/rules/choice';
import { seededRandom } from '@renderer/scene/materials/random';
import type { CDPSession, Page } from 'playwright-core';

/** GPU resources, JS heap and other things that must come back to baseline. */
export interface MemoryFigures {
  geometries: number;
  textures: number;
  programs: number;
  heapMB: number;
  /** Object URLs created and not yet revoked (counted by an init script). */
  objectUrls: number;
  /** Event listeners on window and document. */
  listeners: number;
}

/** What one soak did and measured. */
export interface SoakResult {
  baseline: MemoryFigures;
  after: MemoryFigures;
  /** Changes main accepted (the configuration changed). */
  changes: number;
  /** Choices main refused (no change; not counted in `changes`). */
  refused: number;
  /** Changes after which the stage drew a frame before the next change. */
  drawn: number;
  artwork: number;
  seconds: number;
  /** Where each WebGL texture made during the changes and still alive after them was made (call stacks). */
  lateTextures: string[];
}

/** Artwork file names the soak reuses, so a re-loaded file replaces the previous image under its name. */
export const ARTWORK_NAMES = 6;

/**
 * `count` random choices of every kind a customer makes: films on the body and per zone, two-tone, PPF,
 * tint, wheels (designs and sizes), calipers, chrome delete, accessories and packages on and off, artwork
 * on and off. Each is valid on its own; the rules engine resolves what it implies.
 */
export function soakChoices(catalog: CatalogData, zones: ZoneTable, count: number, seed: number): Choice[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const films = catalog.films.filter((f) => f.finish !== 'printed').map((f) => f.id);
  const printed = catalog.films.find((f) => f.finish === 'printed')?.id;
  const body = [...zones.zones.values()].filter((z) => z.body).map((z) => z.id);
  const someZones = () => [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(body)))];
  const maybe = (id: string) => (rnd() < 0.2 ? null : id);
  const kinds: [number, () => Choice | null][] = [
    [18, () => ({ kind: 'film', id: maybe(pick(films)) })],
    [14, () => ({ kind: 'film', id: maybe(pick(films)), zones: someZones() })],
    [5, () => ({ kind: 'twoTone', id: maybe(pick(catalog.twoTonePresets).id) })],
    [7, () => ({ kind: 'ppf', id: maybe(pick(catalog.ppfPackages).id) })],
    [
      7,
      () => {
        const set = pick(catalog.windowSets);
        const tint = pick(catalog.tintFilms.filter((t) => t.vltPercent >= set.minVltPercent));
        return { kind: 'tint', id: maybe(tint.id), windowSets: [set.id] };
      },
    ],
    [10, () => ({ kind: 'wheel', id: pick(catalog.wheels).id })],
    [6, () => ({ kind: 'caliper', id: pick(catalog.calipers).id })],
    [5, () => ({ kind: 'trimPiece', id: pick(catalog.trimPieces).id, selected: rnd() < 0.5 })],
    [12, () => ({ kind: 'accessory', id: pick(catalog.accessories).id, selected: rnd() < 0.55 })],
    [3, () => ({ kind: 'accessoryPackage', id: pick(catalog.accessoryPackages).id, selected: rnd() < 0.5 })],
    [
      9,
      () =>
        printed
          ? {
              kind: 'artwork',
              artwork: {
                ref: `soak-art-${Math.floor(rnd() * ARTWORK_NAMES)}.png`,
                film: printed,
                zones: someZones(),
              },
            }
          : null,
    ],
    [4, () => ({ kind: 'artwork', artwork: null })],
  ];
  const total = kinds.reduce((n, [w]) => n + w, 0);
  const out: Choice[] = [];
  while (out.length < count) {
    let r = rnd() * total;
    let make = kinds[0]![1];
    for (const [w, m] of kinds) {
      r -= w;
      if (r < 0) {
        make = m;
        break;
      }
    }
    const choice = make();
    if (choice) out.push(choice);
  }
  return out;
}

/**
 * A tour that shows every part at least once (each accessory, package, wheel, caliper, PPF, tint, two-tone,
 * chrome delete, artwork), so the baseline already holds every geometry and texture the car can show.
 */
export function tourChoices(catalog: CatalogData, zones: ZoneTable): Choice[] {
  const printed = catalog.films.find((f) => f.finish === 'printed')?.id;
  const body = [...zones.zones.values()].filter((z) => z.body).map((z) => z.id);
  return [
    ...catalog.accessories.flatMap((a): Choice[] => [
      { kind: 'accessory', id: a.id, selected: true },
      { kind: 'accessory', id: a.id, selected: false },
    ]),
    ...catalog.accessoryPackages.flatMap((p): Choice[] => [
      { kind: 'accessoryPackage', id: p.id, selected: true },
      { kind: 'accessoryPackage', id: p.id, selected: false },
    ]),
    ...catalog.wheels.map((w): Choice => ({ kind: 'wheel', id: w.id })),
    ...catalog.calipers.map((c): Choice => ({ kind: 'caliper', id: c.id })),
    ...catalog.ppfPackages.map((p): Choice => ({ kind: 'ppf', id: p.id })),
    ...catalog.tintFilms.map((t): Choice => ({ kind: 'tint', id: t.id, windowSets: ['rear'] })),
    ...catalog.twoTonePresets.map((t): Choice => ({ kind: 'twoTone', id: t.id })),
    ...catalog.trimPieces.map((t): Choice => ({ kind: 'trimPiece', id: t.id, selected: true })),
    ...catalog.films.filter((f) => f.finish !== 'printed').map((f): Choice => ({ kind: 'film', id: f.id })),
    ...(printed
      ? [
          {
            kind: 'artwork',
            artwork: { ref: 'soak-art-0.png', film: printed, zones: body.slice(0, 3) },
          } as Choice,
        ]
      : []),
    { kind: 'artwork', artwork: null },
  ];
}

/**
 * Counts live object URLs from the first script on, and notes where each WebGL texture still alive was made
 * (a few frames of the call stack), so a soak that ends with more textures than its baseline names their maker.
 * Call before the page loads.
 */
export async function installSoakProbes(page: Page): Promise<void> {
  await page.addInitScript(`(() => {
    const live = new Set();
    const create = URL.createObjectURL.bind(URL);
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.createObjectURL = (o) => { const u = create(o); live.add(u); return u; };
    URL.revokeObjectURL = (u) => { live.delete(u); revoke(u); };
    window.__soakObjectUrls = live;
    const gl = WebGL2RenderingContext.prototype;
    const make = gl.createTexture;
    const free = gl.deleteTexture;
    const textures = new Map();
    let made = 0;
    let since = 0;
    gl.createTexture = function () {
      const t = make.call(this);
      made += 1;
      const stack = (new Error().stack ?? '').split('\\n').slice(2, 10).map((l) => l.trim());
      textures.set(t, { n: made, stack: stack.join(' < ') });
      return t;
    };
    gl.deleteTexture = function (t) {
      textures.delete(t);
      return free.call(this, t);
    };
    window.__soakTextures = {
      mark: () => { since = made; },
      madeSince: () => [...textures.values()].filter((e) => e.n > since).map((e) => e.stack),
    };
  })()`);
}

/** Starts noting WebGL textures made from now on (the soak's baseline). */
async function markTextures(page: Page): Promise<void> {
  await page.evaluate('window.__soakTextures?.mark()');
}

/** Where each WebGL texture made since `markTextures` and still alive was made. */
async function texturesMadeSince(page: Page): Promise<string[]> {
  return (await page.evaluate('window.__soakTextures?.madeSince() ?? []')) as string[];
}

/**
 * The in-page driver, as source text (tsx names nested functions with a helper the page lacks). Applies the
 * choices one after another through the panels' actions; after every `every`-th accepted change (and after
 * every artwork change, whose texture loads asynchronously) it waits for the stage to draw.
 */
const DRIVER = `async ({ choices, every }) => {
  const drive = window.__configuratorDrive;
  const frames = () => window.__configuratorScene().frames;
  const nextFrame = () => new Promise((r) => requestAnimationFrame(r));
  const drawn = async (since, count, ms) => {
    const until = performance.now() + ms;
    while (frames() < since + count && performance.now() < until) await nextFrame();
    return frames() >= since + count;
  };
  const image = async (seed) => {
    const canvas = new OffscreenCanvas(128, 96);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = 'hsl(' + ((seed * 47) % 360) + ' 70% 50%)';
    ctx.fillRect(0, 0, 128, 96);
    ctx.fillStyle = 'hsl(' + ((seed * 91) % 360) + ' 80% 30%)';
    ctx.beginPath();
    ctx.arc(20 + (seed % 90), 48, 18 + (seed % 20), 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#fff';
    ctx.font = '20px sans-serif';
    ctx.fillText(String(seed), 8, 88);
    return canvas.convertToBlob({ type: 'image/png' });
  };
  let changes = 0, refused = 0, shown = 0, artwork = 0, loads = 0;
  for (const choice of choices) {
    const before = window.__configuratorState().configuration;
    const f0 = frames();
    const art = choice.kind === 'artwork' && choice.artwork;
    if (art) {
      loads += 1;
      drive.addArtworkUrl(choice.artwork.ref, URL.createObjectURL(await image(loads)));
    }
    const ok = await drive.choose(choice);
    const changed = ok && JSON.stringify(window.__configuratorState().configuration) !== JSON.stringify(before);
    if (!changed) { refused += ok ? 0 : 1; continue; }
    changes += 1;
    if (art) artwork += 1;
    // An artwork change draws twice: the new look at once, the texture when its image has decoded.
    if (art || changes % every === 0) { if (await drawn(f0, 1, 20000)) shown += 1; }
    if (art) await drawn(f0, 2, 3000);
  }
  return { changes, refused, shown, artwork };
}`;

/** Waits until the stage has stopped drawing and the quote answers the configuration on screen. */
export async function settle(page: Page): Promise<void> {
  await page.waitForSelector('.price-bar[data-quote-state="ready"]', { timeout: 60_000 });
  let last = -1;
  for (;;) {
    const frames = await page.evaluate(() => window.__configuratorScene?.().frames ?? 0);
    if (frames === last) return;
    last = frames;
    await page.waitForTimeout(500);
  }
}

/** Collects garbage (three passes) and reads GPU resources, JS heap, object URLs and listeners. */
export async function measureMemory(page: Page, cdp: CDPSession): Promise<MemoryFigures> {
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const s = await page.evaluate(() => window.__configuratorScene!());
  const objectUrls = (await page.evaluate('window.__soakObjectUrls?.size ?? -1')) as number;
  let listeners = 0;
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId!,
    });
    listeners += found.length;
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId! });
  }
  return {
    geometries: s.geometries,
    textures: s.textures,
    programs: s.programs,
    heapMB: usedSize / 2 ** 20,
    objectUrls,
    listeners,
  };
}

/** Applies choices in batches (progress through `log`); returns what the driver counted. */
async function drive(
  page: Page,
  choices: Choice[],
  every: number,
  log: (line: string) => void,
): Promise<{ changes: number; refused: number; shown: number; artwork: number }> {
  const total = { changes: 0, refused: 0, shown: 0, artwork: 0 };
  const batch = 250;
  for (let i = 0; i < choices.length; i += batch) {
    const r = (await page.evaluate(
      `(${DRIVER})(${JSON.stringify({ choices: choices.slice(i, i + batch), every })})`,
    )) as typeof total;
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += r[k];
    log(
      `soak: ${total.changes} changes (${total.refused} refused, ${total.shown} drawn, ${total.artwork} artwork)`,
    );
  }
  return total;
}

/** Back to the starting configuration (the panels' "start over"), then waits for the stage and quote. */
async function backToStart(page: Page): Promise<void> {
  await page.evaluate(() => window.__configuratorDrive!.reset());
  await settle(page);
}

/**
 * The whole soak on an app page that is open and scene-ready (probes installed before it loaded):
 * warm-up, baseline, `count` accepted changes, back to start, comparison.
 */
export async function runSoak(
  page: Page,
  catalog: CatalogData,
  zones: ZoneTable,
  options: { count: number; every: number; warmUp?: number; log?: (line: string) => void },
): Promise<SoakResult> {
  const log = options.log ?? (() => {});
  const cdp = await page.context().newCDPSession(page);
  await settle(page);
  await drive(page, tourChoices(catalog, zones), 1, () => {});
  await drive(page, soakChoices(catalog, zones, options.warmUp ?? 150, 1), options.every, () => {});
  await backToStart(page);
  const baseline = await measureMemory(page, cdp);
  await markTextures(page);
  log(`soak: baseline ${JSON.stringify(baseline)}`);
  const t0 = Date.now();
  const done = { changes: 0, refused: 0, shown: 0, artwork: 0 };
  let seed = 2;
  // Refused choices do not count: draw more until `count` changes were accepted.
  while (done.changes < options.count) {
    const need = options.count - done.changes;
    const r = await drive(page, soakChoices(catalog, zones, need, seed++), options.every, log);
    for (const k of Object.keys(done) as (keyof typeof done)[]) done[k] += r[k];
    if (r.changes === 0) throw new Error('no choice was accepted');
  }
  await backToStart(page);
  const after = await measureMemory(page, cdp);
  const lateTextures = await texturesMadeSince(page);
  log(`soak: after ${JSON.stringify(after)}`);
  for (const stack of lateTextures) log(`soak: texture made during the changes, still alive: ${stack}`);
  await cdp.detach();
  return {
    baseline,
    after,
    changes: done.changes,
    refused: done.refused,
    drawn: done.shown,
    artwork: done.artwork,
    seconds: (Date.now() - t0) / 1000,
    lateTextures,
  };
}
