import type { PartAssignment, PartsResult, Surface, SurfaceRole } from './types';

const unique = (xs: string[]) => [...new Set(xs)];

/** The paint / glass / wheel-part lists and the exterior paint area, read off the surfaces' roles. */
export function deriveLists(surfaces: Surface[]): {
  paint: PartsResult['paint'];
  glass: PartsResult['glass'];
  wheelParts: { tyres: string[]; rims: string[]; calipers: string[] };
  bodyAreaM2: number;
} {
  const of = (role: SurfaceRole) => surfaces.filter((s) => s.role === role);
  const list = (role: SurfaceRole) => ({
    meshes: unique(of(role).map((s) => s.mesh)),
    materials: unique(of(role).map((s) => s.material)),
  });
  const wheel = (part: Surface['wheelPart']) =>
    unique(of('wheel').flatMap((s) => ((s.wheelPart ?? 'rim') === part ? [s.mesh] : [])));
  const area = of('paint').reduce((sum, s) => sum + s.exteriorAreaM2, 0);
  return {
    paint: list('paint'),
    glass: list('glass'),
    wheelParts: { tyres: wheel('tyre'), rims: wheel('rim'), calipers: wheel('caliper') },
    bodyAreaM2: Math.round(area * 100) / 100,
  };
}

const ROLE: Record<PartAssignment['part'], SurfaceRole> = {
  paint: 'paint',
  glass: 'glass',
  wheel: 'wheel',
  none: 'trim',
};

/**
 * Applies staff corrections (later ones win; a mesh names a node, a material its name) to a part finder's result and
 * re-derives the paint, glass and wheel-part lists and the body area. A surface made a wheel part counts as a rim
 * unless the finder had already placed it. Throws when a correction names a mesh or material the car does not have.
 */
export function applyCorrections(result: PartsResult, corrections: PartAssignment[]): PartsResult {
  const surfaces = result.surfaces.map((s) => ({ ...s }));
  for (const c of corrections) {
    const { mesh, material } = c.target;
    const hits = surfaces.filter((s) => (mesh !== undefined ? s.mesh === mesh : s.material === material));
    if (hits.length === 0) {
      const what = mesh !== undefined ? `mesh "${mesh}"` : `material "${material}"`;
      throw new Error(`correction to ${c.part}: this car has no ${what}; pick one from the import report`);
    }
    for (const s of hits) {
      s.role = ROLE[c.part];
      if (s.role === 'wheel') s.wheelPart ??= 'rim';
    }
  }
  const lists = deriveLists(surfaces);
  return {
    ...result,
    paint: lists.paint,
    glass: lists.glass,
    wheels: { ...result.wheels, ...lists.wheelParts },
    bodyAreaM2: lists.bodyAreaM2,
    surfaces,
  };
}
