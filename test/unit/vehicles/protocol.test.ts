import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VehicleLibrary } from '@services/vehicles/library/library';
import { passThroughImport } from '@services/vehicles/library/pass-through';
import { serveRenderer } from '@shell/protocol';
import type { Protocol } from 'electron';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/main';
import { carGlb } from '../../support/vehicle-library';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** The app protocol's real handler, registered on a stand-in for Electron's `protocol` (it only records it). */
function appProtocol(vehicles: VehicleLibrary): (url: string) => Promise<Response> {
  let handler: ((request: Request) => Promise<Response>) | undefined;
  const protocol = {
    handle: (_scheme: string, h: typeof handler) => {
      handler = h;
    },
  } as unknown as Protocol;
  serveRenderer(protocol, join(ROOT, 'out', 'renderer'), vehicles);
  return (url) => handler!(new Request(url));
}

describe("Electron's app protocol: vehicle bytes", () => {
  it('streams a library model and the launch EV at app://bundle/vehicles/<id>/…, nothing else of the folder', async () => {
    const library = new VehicleLibrary({
      dataDir: mkdtempSync(join(tmpdir(), 'vehicle-protocol-')),
      modelsDir: join(ROOT, 'assets', 'models'),
      importVehicle: passThroughImport,
    });
    const glb = await carGlb({ seed: 31 });
    const { summary } = await library.import([{ name: 'car.glb', bytes: glb }], {}, {});
    const get = appProtocol(library);
    const model = await get(`app://bundle/vehicles/${summary.id}/model.glb`);
    expect(model.status).toBe(200);
    expect(model.headers.get('content-type')).toBe('model/gltf-binary');
    expect(sha(new Uint8Array(await model.arrayBuffer()))).toBe(sha(glb));
    const ev = await get('app://bundle/vehicles/compact-ev/model.glb');
    expect(sha(new Uint8Array(await ev.arrayBuffer()))).toBe(
      sha(readFileSync(join(ROOT, 'assets', 'models', 'compact-ev.glb'))),
    );
    for (const path of [
      `vehicles/${summary.id}/vehicle.json`,
      `vehicles/${summary.id}/thumbnail.png`,
      'vehicles/compact-ev/..%2f..%2f..%2fpackage.json',
      'vehicles/not-an-id/model.glb',
    ]) {
      expect((await get(`app://bundle/${path}`)).status, path).toBe(404);
    }
    expect((await get(`app://elsewhere/vehicles/${summary.id}/model.glb`)).status).toBe(404);
  });
});
