import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ArtworkTemplate } from '@contract/artwork-contract';
import { RefusedError } from '@contract/result';
import { type SurfaceTriangles, templatePixels, templateSvg, zoneLayout } from '@domain/artwork';
import { ModelManifest } from '@domain/model/manifest';
import { type Document, Logger, type Mesh, NodeIO } from '@gltf-transform/core';
import { modelManifestPath } from '../catalog/load';
import { encodePng } from './png';

/** Reads the car's glTF once and builds each zone's UV template (SVG or PNG at real size). */
export class TemplateBuilder {
  private loaded?: Promise<{ manifest: ModelManifest; doc: Document }>;
  /** Templates already drawn (the model does not change while the app runs): a PNG takes about a second. */
  private readonly made = new Map<string, Promise<ArtworkTemplate>>();

  /** `manifestPath` answers where the loaded car's manifest is (undefined while the catalog is broken). */
  constructor(private readonly manifestPath: () => string | undefined) {}

  /** A zone's template (drawn once, then reused); unknown zones and unreadable models are refused with the reason. */
  build(zoneId: string, format: 'svg' | 'png'): Promise<ArtworkTemplate> {
    const key = `${zoneId}.${format}`;
    let made = this.made.get(key);
    if (!made) {
      made = this.draw(zoneId, format);
      this.made.set(key, made);
      made.catch(() => this.made.delete(key));
    }
    return made;
  }

  private async draw(zoneId: string, format: 'svg' | 'png'): Promise<ArtworkTemplate> {
    const { manifest, doc } = await this.load();
    const zone = manifest.zones.find((z) => z.id === zoneId);
    if (!zone) {
      throw new RefusedError(
        'not-found',
        `Zone "${zoneId}" is not a zone of the car model ${manifest.id}; pick one of: ${manifest.zones.map((z) => z.id).join(', ')}.`,
      );
    }
    const parts = zoneTriangles(doc, zone.meshes);
    if (parts.length === 0) {
      throw new RefusedError(
        'not-found',
        `The car model has no UV triangles for zone "${zoneId}" (meshes ${zone.meshes.join(', ')}).`,
      );
    }
    const layout = zoneLayout(zone, manifest.uvUnitM, parts);
    const base = `uv-template-${manifest.id}-${zone.id}`;
    if (format === 'svg') {
      return {
        fileName: `${base}.svg`,
        mime: 'image/svg+xml',
        dataBase64: Buffer.from(templateSvg(layout), 'utf8').toString('base64'),
        widthMm: layout.widthMm,
        heightMm: layout.heightMm,
      };
    }
    const { image, pixelsPerMetre } = templatePixels(layout);
    const png = encodePng(image, { pixelsPerMetre });
    return {
      fileName: `${base}.png`,
      mime: 'image/png',
      dataBase64: Buffer.from(png).toString('base64'),
      widthMm: layout.widthMm,
      heightMm: layout.heightMm,
    };
  }

  private load(): Promise<{ manifest: ModelManifest; doc: Document }> {
    this.loaded ??= this.read().catch((error: unknown) => {
      this.loaded = undefined;
      throw error;
    });
    return this.loaded;
  }

  private async read(): Promise<{ manifest: ModelManifest; doc: Document }> {
    const path = this.manifestPath();
    if (!path)
      throw new RefusedError(
        'refused',
        'The catalog could not be loaded, so there is no car model to draw templates from.',
      );
    const unreadable = (what: string, error: unknown) =>
      new RefusedError(
        'refused',
        `The car model ${what} could not be read (${error instanceof Error ? error.message : String(error)}); UV templates need it.`,
      );
    let manifest: ModelManifest;
    try {
      manifest = ModelManifest.parse(JSON.parse(await readFile(path, 'utf8')));
    } catch (error) {
      throw unreadable(`manifest ${path}`, error);
    }
    const glb = join(dirname(path), manifest.file);
    try {
      const doc = await new NodeIO().setLogger(new Logger(Logger.Verbosity.SILENT)).read(glb);
      return { manifest, doc };
    } catch (error) {
      throw unreadable(`file ${glb}`, error);
    }
  }
}

/**
 * TEXCOORD_0 triangles of the meshes a zone names (by node or mesh name), each mesh once, with their vertex
 * positions in the car's frame (the node's world transform applied), so the template can say which way is up.
 */
export function zoneTriangles(doc: Document, names: readonly string[]): SurfaceTriangles[] {
  const wanted = new Set(names);
  const meshes = new Map<Mesh, number[]>();
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh();
    if (mesh && !meshes.has(mesh) && (wanted.has(node.getName()) || wanted.has(mesh.getName())))
      meshes.set(mesh, node.getWorldMatrix());
  }
  const parts: SurfaceTriangles[] = [];
  for (const [mesh, m] of meshes) {
    for (const prim of mesh.listPrimitives()) {
      const accessor = prim.getAttribute('TEXCOORD_0');
      const position = prim.getAttribute('POSITION');
      if (!accessor || !position || prim.getMode() !== 4) continue;
      const uv = new Float64Array(accessor.getCount() * 2);
      const positions = new Float64Array(position.getCount() * 3);
      const el: number[] = [];
      for (let i = 0; i < accessor.getCount(); i++) {
        accessor.getElement(i, el);
        uv[i * 2] = el[0] as number;
        uv[i * 2 + 1] = el[1] as number;
      }
      for (let i = 0; i < position.getCount(); i++) {
        const [x, y, z] = position.getElement(i, el) as [number, number, number];
        for (let k = 0; k < 3; k++)
          positions[i * 3 + k] = m[k]! * x + m[4 + k]! * y + m[8 + k]! * z + m[12 + k]!;
      }
      parts.push({ uv, indices: prim.getIndices()?.getArray() ?? null, positions });
    }
  }
  return parts;
}

/** Where the catalog's car model manifest is, from the catalog folder and its vehicle's model id. */
export function manifestPathFor(catalog: {
  ok: boolean;
  dir: string;
  zones?: { modelId: string };
}): string | undefined {
  return catalog.ok && catalog.zones ? modelManifestPath(catalog.dir, catalog.zones.modelId) : undefined;
}
