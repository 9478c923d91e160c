import { ModelManifest } from '@domain/model/manifest';
import { Box3, type Material, type Mesh, type Object3D } from 'three';
import { originalName } from '../car/names';
import { guessOf, type ModelGuess } from './errors';

/** Material names that mean car paint, in the languages modellers name things in. */
export const PAINT_NAME =
  /paint|body|carpaint|car_paint|车漆|车身|lack|peinture|carrosserie|vernice|exterior/i;
/** Names that are never paint even when they say "body" (body_glass, body_chrome ...). */
const NOT_PAINT =
  /glass|window|windscreen|windshield|tyre|tire|rubber|chrome|interior|light|lamp|plastic|black|grill|mirror_glass/i;
/** Node names of a wheel assembly, most telling first: words for wheel, position codes, then tyre/rim. */
export const WHEEL_NAMES = [
  /wheel|felge|roue|rueda|车轮|轮毂/i,
  /^(fl|fr|rl|rr|bl|br|lf|rf|lr)([_\-. ]|$)|[_\-. ](fl|fr|rl|rr|bl|br|lf|rf|lr)$/i,
  /tyre|tire|轮胎|(^|[_\-. ])rims?([_\-. ]|$)/i,
];
/wheel|tyre|tire|felge|roue|rueda|轮|(^|[_\-. ])rims?([_\-. ]|$)|^(fl|fr|rl|rr|bl|br|lf|rf|lr|rr)([_\-. ]|$)|[_\-. ](fl|fr|rl|rr|bl|br|lf|rf|lr)$/i;
/** Material or node names of window glass. */
const GLASS_NAME = /glass|window|windscreen|windshield|glas|vitre|玻璃/i;
const CALIPER_NAME = /caliper|brake|bremse|étrier/i;

const isMesh = (o: Object3D): o is Mesh => (o as Mesh).isMesh === true;
const materialsOf = (m: Mesh): Material[] => [m.material].flat();

function topMost(root: Object3D, match: (o: Object3D) => boolean): Object3D[] {
  const found: Object3D[] = [];
  const walk = (o: Object3D) => {
    if (o !== root && match(o)) {
      found.push(o);
      return;
    }
    for (const c of o.children) walk(c);
  };
  walk(root);
  return found;
}

function meshArea(mesh: Mesh): number {
  const box = new Box3().setFromObject(mesh);
  const s = box.getSize(box.min.clone());
  return s.x * s.y + s.y * s.z + s.x * s.z;
}

/**
 * A manifest for a car that came without one: paint materials, glass and wheels guessed from names.
 * Returns the manifest and, in words, what was guessed (the UI shows these).
 */
export function guessManifest(
  root: Object3D,
  name: string,
): { manifest: ModelManifest; guesses: ModelGuess[] } {
  const guesses: ModelGuess[] = [];
  const meshes: Mesh[] = [];
  root.traverse((o) => isMesh(o) && meshes.push(o));
  const materialNames = new Set(meshes.flatMap((m) => materialsOf(m).map((x) => x.name)));
  let paint = [...materialNames].filter((n) => PAINT_NAME.test(n) && !NOT_PAINT.test(n));
  if (paint.length > 0)
    guesses.push(
      guessOf(paint.length > 1 ? 'guessPaintByNames' : 'guessPaintByName', { names: paint.join(', ') }),
    );
  else {
    const area = new Map<string, number>();
    for (const m of meshes) {
      for (const x of materialsOf(m)) {
        if (x.name && !NOT_PAINT.test(x.name) && !GLASS_NAME.test(x.name))
          area.set(x.name, (area.get(x.name) ?? 0) + meshArea(m));
      }
    }
    const largest = [...area].sort((a, b) => b[1] - a[1])[0];
    paint = largest ? [largest[0]] : [];
    guesses.push(largest ? guessOf('guessPaintLargest', { name: largest[0] }) : guessOf('guessPaintNone'));
  }
  const glassMeshes = meshes.filter(
    (m) => GLASS_NAME.test(originalName(m)) || materialsOf(m).some((x) => GLASS_NAME.test(x.name)),
  );
  if (glassMeshes.length) guesses.push(guessOf('guessGlass', { count: glassMeshes.length }));
  const wheels =
    WHEEL_NAMES.map((re) => topMost(root, (o) => re.test(originalName(o)))).find(
      (found) => found.length >= 2,
    ) ?? [];
  guesses.push(
    wheels.length
      ? guessOf('guessWheels', { names: wheels.map(originalName).join(', ') })
      : guessOf('guessWheelsNone'),
  );
  const calipers = wheels.flatMap((w) => topMost(w, (o) => CALIPER_NAME.test(originalName(o))));
  const bounds = new Box3().setFromObject(root);
  const size = bounds.getSize(bounds.min.clone());
  const manifest = ModelManifest.parse({
    schemaVersion: 1,
    id: `import-${name.replace(/[^\w-]+/g, '-').toLowerCase()}`,
    name: { zh: name, en: name },
    file: name,
    lengthM: Math.max(size.x, size.z, 0.01),
    zones: [],
    paintMaterials: paint,
    glass: { meshes: glassMeshes.map(originalName), windowSets: {} },
    wheels: { nodes: wheels.map(originalName), rims: {}, calipers: calipers.map(originalName) },
    brightTrim: [],
    accessories: {},
    mountPoints: [],
  });
  return { manifest, guesses };
}
