import type { ZoneType } from '@domain/vehicle/zone-types';
import type { Landmarks } from './landmarks';

/** One piece of paint to place: its centroid and outward unit normal. */
export interface Piece {
  x: number;
  y: number;
  z: number;
  nx: number;
  ny: number;
  nz: number;
}

/** The cut planes the rules below use: zone borders run exactly along them. */
export function cutPlanesOf(m: Landmarks): { axis: 0 | 1 | 2; at: number }[] {
  const z = [m.frontArchFrontZ, m.doorFrontZ, m.doorRearZ, m.rearArchRearZ, m.cowlZ, m.deckZ];
  if (m.doorSplitZ !== null) z.push(m.doorSplitZ);
  const y = [m.beltY, m.skirtTopY, m.hoodEdgeY, m.rearBumperTopY];
  const x = [0, HOOD_REACH * m.halfWidth, -HOOD_REACH * m.halfWidth];
  return [
    ...x.map((at) => ({ axis: 0 as const, at })),
    ...z.map((at) => ({ axis: 2 as const, at })),
    ...y.map((at) => ({ axis: 1 as const, at })),
  ];
}

/** The hood reaches this share of the body's half-width; further out, an upward face is the fender's top. */
const HOOD_REACH = 0.9;

/** Which side a sided zone type is on: left = +X (the driver's left, nose +Z). */
const sided = (base: string, x: number) => `${base}-${x >= 0 ? 'left' : 'right'}` as ZoneType;

/** The zone of one piece of paint by where it is and which way it faces (mirrors are found before, by shape). */
export function zoneOf(p: Piece, m: Landmarks): ZoneType {
  const ax = Math.abs(p.nx);
  const facesSide = ax >= Math.abs(p.ny) && ax >= Math.abs(p.nz) * 0.8;
  const facesUp = p.ny >= 0.45;
  const rearLid = m.deckLengthM >= 0.25 ? 'trunk-lid' : 'tailgate';
  // Greenhouse: above the beltline between the windscreen base and the rear glass.
  if (p.y > m.beltY && p.z < m.cowlZ && p.z > m.deckZ) {
    if (p.ny > 0.8 && p.y > m.roofMinY) return 'roof';
    return 'pillars';
  }
  // Front end: hood on top, bumper ahead of the wheel arch and below the hood edge.
  if (p.z >= m.cowlZ && !facesSide && (facesUp || p.nz > 0)) {
    const onHood = Math.abs(p.x) < HOOD_REACH * m.halfWidth;
    if (p.y >= m.hoodEdgeY && onHood && (facesUp || p.z < m.frontArchFrontZ)) return 'hood';
    if (p.y >= m.hoodEdgeY && !onHood && p.z < m.frontArchFrontZ) return sided('fender', p.x);
    if (p.z >= m.frontArchFrontZ || p.nz > 0.5) return 'bumper-front';
  }
  // Rear end: lid above the bumper, bumper below.
  if ((p.z <= m.deckZ || (p.nz < -0.5 && p.z < m.rearAxleZ)) && !facesSide) {
    return p.y >= m.rearBumperTopY ? rearLid : 'bumper-rear';
  }
  // Flanks, front to rear.
  if (p.z >= m.frontArchFrontZ) return p.y >= m.hoodEdgeY && facesUp ? 'hood' : 'bumper-front';
  if (p.z <= m.rearArchRearZ && p.y < m.rearBumperTopY) return 'bumper-rear';
  if (p.y < m.skirtTopY && p.z < m.doorFrontZ && p.z > m.doorRearZ) return sided('skirt', p.x);
  if (p.z >= m.doorFrontZ)
    return facesUp && p.y >= m.hoodEdgeY && Math.abs(p.x) < HOOD_REACH * m.halfWidth
      ? 'hood'
      : sided('fender', p.x);
  if (m.doorSplitZ !== null && p.z >= m.doorSplitZ) return sided('door-front', p.x);
  if (p.z >= m.doorRearZ) return sided(m.doorSplitZ !== null ? 'door-rear' : 'door-front', p.x);
  if (p.y > m.beltY) return 'pillars';
  return sided('quarter', p.x);
}
