import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { type BufferGeometry, Group, Mesh, MeshPhysicalMaterial, type Texture } from 'three';
import { useSceneStore } from '../../store/scene-slice';
import { useArtworkScene } from '../artwork/artwork-scene-store';
import type { ArtworkTextures } from '../artwork/artwork-textures';
import { buildDecalGeometry } from '../artwork/decal-geometry';
import type { SceneDecal } from '../scene-config';
import type { CarRig } from './rig';

interface Placed {
  key: string;
  url: string;
  mesh: Mesh;
  texture: Texture | null;
  /** Image being loaded for this slot (the previous one shows until it is ready). */
  pending: string | null;
}

const geometryKey = (d: SceneDecal) => JSON.stringify([d.position, d.normal, d.sizeMm, d.rotationDeg]);

/** Printed vinyl over the film: lifted towards the camera in depth so it never fights with the surface. */
function decalMaterial(): MeshPhysicalMaterial {
  return new MeshPhysicalMaterial({
    name: 'decal',
    transparent: true,
    depthWrite: false,
    polygonOffset: true,
    polygonOffsetFactor: -4,
    polygonOffsetUnits: -4,
    roughness: 0.3,
    clearcoat: 0.8,
    clearcoatRoughness: 0.08,
    visible: false,
  });
}

function dispose(p: Placed, textures: ArtworkTextures): void {
  p.mesh.geometry.dispose();
  (p.mesh.material as MeshPhysicalMaterial).dispose();
  if (p.texture) textures.release(p.texture);
  p.mesh.removeFromParent();
}

/**
 * The look's projected decals, each one mesh cut from the zone meshes under it (world space), textured
 * with its artwork (transparency kept). Moving, resizing or turning a decal rebuilds only its geometry;
 * everything replaced is disposed.
 */
export function Decals({ rig, textures }: { rig: CarRig; textures: ArtworkTextures }) {
  const decals = useSceneStore((s) => s.look.decals);
  const invalidate = useThree((s) => s.invalidate);
  const group = useMemo(() => new Group(), []);
  const placed = useRef<Placed[]>([]);

  useEffect(() => {
    const list = decals ?? [];
    const slots = placed.current;
    while (slots.length > list.length) dispose(slots.pop()!, textures);
    const meshes = [...rig.zones.values()].flat();
    list.forEach((d, i) => {
      let slot = slots[i];
      if (!slot) {
        slot = { key: '', url: '', mesh: new Mesh(undefined, decalMaterial()), texture: null, pending: null };
        slot.mesh.name = 'decal';
        slot.mesh.renderOrder = 2;
        group.add(slot.mesh);
        slots[i] = slot;
      }
      const key = geometryKey(d);
      if (slot.key !== key) {
        const geometry: BufferGeometry | null = buildDecalGeometry(rig.root, meshes, d);
        slot.mesh.geometry.dispose();
        if (geometry) slot.mesh.geometry = geometry;
        slot.mesh.visible = geometry !== null;
        slot.key = key;
      }
      if (slot.url !== d.url && slot.pending !== d.url) {
        const s = slot;
        s.pending = d.url;
        textures.acquire(d.url, 'decal', d.ref).then(
          ({ texture }) => {
            if (s.pending !== d.url || !slots.includes(s)) return textures.release(texture);
            texture.matrix.set(1, 0, 0, 0, -1, 1, 0, 0, 1);
            const material = s.mesh.material as MeshPhysicalMaterial;
            const old = s.texture;
            material.map = texture;
            material.visible = true;
            material.needsUpdate = old === null;
            s.texture = texture;
            s.url = d.url;
            s.pending = null;
            if (old) textures.release(old);
            useArtworkScene.getState().setError(d.url, null);
            invalidate();
          },
          (e: unknown) => {
            if (s.pending === d.url) s.pending = null;
            useArtworkScene.getState().setError(d.url, e instanceof Error ? e.message : String(e));
          },
        );
      }
    });
    invalidate();
  }, [decals, rig, textures, group, invalidate]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new car drops every decal (rebuilt on it).
  useEffect(
    () => () => {
      for (const p of placed.current) dispose(p, textures);
      placed.current = [];
    },
    [rig, textures],
  );
  return <primitive object={group} />;
}
