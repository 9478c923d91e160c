import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import manifest from '@assets/models/compact-ev.manifest.json';
import type { ArtworkTemplate } from '@contract/artwork-contract';
import {
  boundsOf,
  chartReading,
  chartTurn,
  imageTopOf,
  readImageHeader,
  templateEdges,
  uvOutline,
  zoneLayout,
} from '@domain/artwork';
import { bootstrap } from '@services/app/bootstrap';
import type { Dispatcher } from '@services/app/dispatch';
import type { Services } from '@services/app/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngPixels } from '../../support/png-pixels';

const root = resolve(import.meta.dirname, '..', '..', '..');

/** A grid of n × n unit squares (two triangles each) in UV, indexed. */
function gridMesh(n: number, hole?: [number, number]) {
  const uv: number[] = [];
  for (let j = 0; j <= n; j++) for (let i = 0; i <= n; i++) uv.push(i / n, j / n);
  const indices: number[] = [];
  const at = (i: number, j: number) => j * (n + 1) + i;
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      if (hole && hole[0] === i && hole[1] === j) continue;
      indices.push(at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j), at(i + 1, j + 1), at(i, j + 1));
    }
  }
  return { uv, indices };
}

describe('UV outline', () => {
  it('outlines a square sheet with one closed loop along its border', () => {
    const lines = uvOutline([gridMesh(4)]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toHaveLength(17);
    expect(lines[0]?.[0]).toEqual(lines[0]?.at(-1));
    expect(boundsOf(lines)).toEqual([0, 0, 1, 1]);
  });

  it('finds a hole as a second loop, and matches seam vertices by position', () => {
    expect(uvOutline([gridMesh(3, [1, 1])])).toHaveLength(2);
    // The same square split in two primitives (duplicated seam vertices) still has one outer loop.
    const a = { uv: [0, 0, 0.5, 0, 0.5, 1, 0, 1], indices: [0, 1, 2, 0, 2, 3] };
    const b = { uv: [0.5, 0, 1, 0, 1, 1, 0.5, 1], indices: [0, 1, 2, 0, 2, 3] };
    expect(uvOutline([a, b])).toHaveLength(1);
  });

  it('scales UVs to millimetres with uvUnitM, and treats a model without uvSizeM as a 1 m square', () => {
    const name = { zh: '测试', en: 'Test' };
    const half = zoneLayout({ id: 't', name, uvSizeM: [0.5, 0.5] }, 0.5, [gridMesh(1)]);
    expect([half.widthMm, half.heightMm]).toEqual([500, 500]);
    expect(boundsOf(half.outlineMm)).toEqual([0, 0, 500, 500]);
    const legacy = zoneLayout({ id: 't', name }, undefined, [gridMesh(1)]);
    expect([legacy.widthMm, legacy.heightMm]).toEqual([1000, 1000]);
  });
});

describe('template edges (which way is up on the car)', () => {
  // A 1 m square in UV on the car's left side, facing +X: u runs towards the rear (-Z), v down (-Y).
  const uv = [0, 0, 1, 0, 1, 1, 0, 1];
  const side = { uv, indices: [0, 1, 2, 0, 2, 3], positions: [1, 2, 1, 1, 2, 0, 1, 1, 0, 1, 1, 1] };

  it('names the car direction each edge faces, from the surface under the UVs', () => {
    expect(templateEdges([side])).toEqual({ top: 'up', bottom: 'down', left: 'front', right: 'rear' });
    // The same sheet lying on the hood, v running towards the nose: its top faces the windscreen.
    const hood = { ...side, positions: [1, 1, 0, -1, 1, 0, -1, 1, 1, 1, 1, 1] };
    expect(templateEdges([hood])).toEqual({ top: 'rear', bottom: 'front', left: 'left', right: 'right' });
  });

  it("checks a chart against the rule (unmirrored from outside, image top the zone's way) and says how to turn it", () => {
    // Wound counter-clockwise seen from +X (outside on the car's left): the image reads unmirrored, top up.
    const outside = { ...side, indices: [0, 2, 1, 0, 3, 2] };
    expect(chartReading([outside], 'sky')).toEqual({ mirroredShare: 0, topAlong: 1 });
    expect(chartTurn([outside], 'sky')).toEqual({ mirrorU: false, halfTurn: false });
    // The original winding faces -X: seen from outside there, the same image reads mirrored.
    expect(chartReading([side], 'sky').mirroredShare).toBe(1);
    expect(chartTurn([side], 'sky')).toEqual({ mirrorU: true, halfTurn: false });
    // v running up the panel: unmirrored but upside down, so half a turn.
    const upsideDown = { ...side, uv: [0, 1, 1, 1, 1, 0, 0, 0] };
    expect(chartReading([upsideDown], 'sky')).toEqual({ mirroredShare: 0, topAlong: -1 });
    expect(chartTurn([upsideDown], 'sky')).toEqual({ mirrorU: false, halfTurn: true });
    // On a hood or roof the same chart's top should face the rear: it faces up, not along -Z.
    expect(chartReading([outside], imageTopOf('hood')).topAlong).toBe(0);
    expect([imageTopOf('roof'), imageTopOf('tailgate'), imageTopOf('mirror-left')]).toEqual([
      'rear',
      'sky',
      'sky',
    ]);
  });

  it('leaves an edge out where the parts disagree (left and right pillars read from their own sides)', () => {
    const mirrored = {
      ...side,
      positions: side.positions.map((p, i) => (i % 3 === 0 ? -p : i % 3 === 2 ? -p : p)),
    };
    expect(templateEdges([side, mirrored])).toEqual({ top: 'up', bottom: 'down' });
  });
});

describe('artwork:template on the shipped car', () => {
  let dispatch: Dispatcher;
  let services: Services;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'template-'));
    ({ dispatch, services, stop } = await bootstrap({
      userDataDir,
      appRoot: root,
      runtime: 'browser',
      log: () => {},
    }));
  });
  afterAll(() => stop());

  const template = async (zone: string, format: 'svg' | 'png') => {
    const result = await dispatch('artwork:template', { zone, format }, { transport: 'test' });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as ArtworkTemplate;
  };

  it.each(['hood', 'door-front-left', 'pillars'])(
    '%s SVG is drawn at the zone’s real UV size in mm',
    async (zoneId) => {
      const zone = manifest.zones.find((z) => z.id === zoneId)!;
      const [wMm, hMm] = zone.uvSizeM.map((m) => Math.round(m * 1000 * 100) / 100) as [number, number];
      const t = await template(zoneId, 'svg');
      expect(t).toMatchObject({
        mime: 'image/svg+xml',
        fileName: `uv-template-compact-ev-${zoneId}.svg`,
        widthMm: wMm,
        heightMm: hMm,
      });
      const svg = Buffer.from(t.dataBase64, 'base64').toString('utf8');
      expect(svg).toContain(`width="${wMm}mm" height="${hMm}mm" viewBox="0 0 ${wMm} ${hMm}"`);
      expect(svg).toContain(`${Math.round(wMm)} × ${Math.round(hMm)} mm`);
      expect(svg).toContain(zone.name.zh);
      // The outline path spans the real UV extent measured from the glb (within 1 mm).
      const outline = [...svg.matchAll(/<path d="(M[^"]+)" stroke="#d0021b"/g)][0]?.[1] ?? '';
      const nums = outline.split(/[ML ]/).filter(Boolean).map(Number);
      const xs = nums.filter((_, i) => i % 2 === 0);
      const ys = nums.filter((_, i) => i % 2 === 1);
      expect(Math.min(...xs)).toBeCloseTo(0, 0);
      expect(Math.max(...xs)).toBeGreaterThan(wMm - 1);
      expect(Math.max(...xs)).toBeLessThanOrEqual(wMm + 0.01);
      expect(Math.max(...ys)).toBeGreaterThan(hMm - 1);
      // 10 mm grid: one vertical line per centimetre.
      expect(svg).toContain(`M10 0V${hMm}`);
      expect(svg).toContain(`M100 0V${hMm}`);
      // Each edge says where it points on the car (the convention of docs/DESIGNER.md).
      const edges = Object.fromEntries(
        [...svg.matchAll(/data-edge="(\w+)" data-direction="(\w+)"/g)].map((m) => [m[1], m[2]]),
      );
      expect(edges).toEqual(
        {
          hood: { top: 'rear', bottom: 'front', left: 'right', right: 'left' },
          'door-front-left': { top: 'up', bottom: 'down', left: 'front', right: 'rear' },
          pillars: { top: 'up', bottom: 'down' },
        }[zoneId],
      );
      expect(svg).toContain(zoneId === 'hood' ? '↑ 车尾方向 rear of car' : '↑ 朝上 up');
    },
  );

  it.each(['hood', 'mirror-left', 'pillars'])(
    '%s PNG’s pixels and pHYs give the zone’s size in mm',
    async (zoneId) => {
      const t = await template(zoneId, 'png');
      const png = Buffer.from(t.dataBase64, 'base64');
      const header = readImageHeader(png);
      expect(header.ok).toBe(true);
      const width = png.readUInt32BE(16);
      const height = png.readUInt32BE(20);
      const phys = png.indexOf('pHYs');
      expect(phys).toBeGreaterThan(0);
      const ppmX = png.readUInt32BE(phys + 4);
      const ppmY = png.readUInt32BE(phys + 8);
      expect(png[phys + 12]).toBe(1); // unit: metre
      expect(ppmX).toBe(ppmY);
      const mmPerPx = 1000 / ppmX;
      expect(Math.abs((width * 1000) / ppmX - t.widthMm)).toBeLessThanOrEqual(mmPerPx);
      expect(Math.abs((height * 1000) / ppmY - t.heightMm)).toBeLessThanOrEqual(mmPerPx);
      expect(Math.max(width, height)).toBeLessThanOrEqual(6000);
    },
  );

  it('hood PNG: inside the outline is tinted, outside is white paper, the outline is red', async () => {
    const { width, height, rgb } = pngPixels(
      Buffer.from((await template('hood', 'png')).dataBase64, 'base64'),
    );
    expect(rgb(1115, 1115)).toEqual([0xfd, 0xec, 0xee]); // middle of the hood, off the grid
    expect(rgb(5, height - 7)).toEqual([255, 255, 255]); // rounded-off corner, outside the hood
    let red = 0;
    for (let x = 0; x < width; x++)
      for (let y = 0; y < height; y += 7) if (rgb(x, y)[0] === 0xd0 && rgb(x, y)[1] === 0x02) red++;
    expect(red).toBeGreaterThan(500);
  });

  it('refuses a zone the car does not have, naming the zones it has', async () => {
    const result = await dispatch(
      'artwork:template',
      { zone: 'spoiler', format: 'svg' },
      { transport: 'test' },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    if (!result.ok) expect(result.error.message).toContain('hood');
  });
});

describe('template builder without a readable model', () => {
  it('refuses with the reason when the manifest or the glb cannot be read', async () => {
    const { TemplateBuilder } = await import('@services/artwork/templates');
    const dir = mkdtempSync(join(tmpdir(), 'no-model-'));
    await expect(
      new TemplateBuilder(() => join(dir, 'missing.manifest.json')).build('hood', 'svg'),
    ).rejects.toMatchObject({
      code: 'refused',
      message: expect.stringContaining('manifest'),
    });
    const { writeFileSync } = await import('node:fs');
    const manifestFile = join(dir, 'car.manifest.json');
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, file: 'gone.glb' }));
    await expect(new TemplateBuilder(() => manifestFile).build('hood', 'png')).rejects.toMatchObject({
      code: 'refused',
      message: expect.stringContaining('gone.glb'),
    });
    await expect(new TemplateBuilder(() => undefined).build('hood', 'svg')).rejects.toMatchObject({
      code: 'refused',
    });
  });
});
