import { BackSide, BoxGeometry, Mesh, MeshBasicMaterial, Scene, SphereGeometry } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import type { LightingId } from '../scene-config';

/** How the stage around the car looks under each lighting. */
export interface LightingLook {
  /** Backdrop and floor colour (one seamless surface). */
  background: string;
  /** Multiplies the environment light on every material. */
  envIntensity: number;
  shadowOpacity: number;
}

/** Studio intensity is calibrated so a gloss film's flat-lit face shows its catalog sRGB colour (ΔE2000 ≤ 2). */
export const LIGHTING_LOOKS: Record<LightingId, LightingLook> = {
  studio: {
    background: '#e9ebee',
    envIntensity: 1.2,
    shadowOpacity: 0.55,
  },
  daylight: {
    background: '#dcd9d2',
    envIntensity: 1.1,
    shadowOpacity: 0.7,
  },
  night: {
    background: '#15171b',
    envIntensity: 1.4,
    shadowOpacity: 0.8,
  },
};

function emitter(
  scene: Scene,
  color: [number, number, number],
  power: number,
  pos: [number, number, number],
  size: [number, number, number],
): void {
  const m = new MeshBasicMaterial({ toneMapped: false });
  m.color.setRGB(color[0] * power, color[1] * power, color[2] * power);
  const mesh = new Mesh(new BoxGeometry(), m);
  mesh.position.set(...pos);
  mesh.scale.set(...size);
  scene.add(mesh);
}

function dome(
  scene: Scene,
  color: [number, number, number],
  power: number,
  radius: number,
  lower: boolean,
): void {
  const m = new MeshBasicMaterial({ side: BackSide, toneMapped: false });
  m.color.setRGB(color[0] * power, color[1] * power, color[2] * power);
  const g = new SphereGeometry(radius, 32, 16, 0, Math.PI * 2, lower ? Math.PI / 2 : 0, Math.PI / 2);
  scene.add(new Mesh(g, m));
}

/** Open sky: blue dome, a warm sun low in the south-west, and a sunlit ground bouncing light up. */
function daylight(): Scene {
  const s = new Scene();
  dome(s, [0.55, 0.68, 0.9], 1.3, 40, false);
  dome(s, [0.42, 0.38, 0.32], 0.7, 40, true);
  emitter(s, [1, 0.93, 0.82], 900, [-18, 22, 14], [2.2, 2.2, 2.2]);
  emitter(s, [0.9, 0.95, 1], 2.2, [0, 30, 0], [40, 0.2, 40]);
  return s;
}

/** Dark showroom: long ceiling strips and two tall softboxes that draw crisp lines along the body. */
function night(): Scene {
  const s = new Scene();
  dome(s, [0.02, 0.022, 0.028], 1, 30, false);
  dome(s, [0.03, 0.03, 0.032], 1, 30, true);
  for (const x of [-3, 0, 3]) emitter(s, [1, 0.97, 0.92], 14, [x, 9, 0], [0.35, 0.1, 16]);
  emitter(s, [0.9, 0.95, 1], 6, [12, 4, 0], [0.1, 5, 10]);
  emitter(s, [1, 0.95, 0.9], 5, [-12, 4, 4], [0.1, 5, 8]);
  emitter(s, [0.55, 0.7, 1], 3, [0, 3, -14], [10, 3, 0.1]);
  return s;
}

/** The scene each lighting's environment map is rendered from (all generated in code, offline). */
export function environmentScene(id: LightingId): Scene {
  if (id === 'studio') return new RoomEnvironment();
  return id === 'daylight' ? daylight() : night();
}

/** Frees an environment scene's geometry and materials after PMREM has baked it. */
export function disposeEnvironmentScene(scene: Scene): void {
  scene.traverse((o) => {
    const mesh = o as Mesh;
    if (!mesh.isMesh) return;
    mesh.geometry.dispose();
    for (const m of [mesh.material].flat()) m.dispose();
  });
}
