import type { BodyStyle } from '@domain/vehicle/vehicle';

/**
 * Side outlines of each body style, nose on the left, in a 240×100 box: the upper edge from the front bumper
 * to the rear bumper (the body's lower edge is the straight line between the two ends at y = 72).
 */
const OUTLINES: Record<BodyStyle, [number, number][]> = {
  sedan: [
    [12, 56],
    [22, 49],
    [72, 45],
    [98, 28],
    [152, 27],
    [186, 43],
    [224, 46],
    [228, 58],
  ],
  hatchback: [
    [16, 56],
    [26, 49],
    [74, 44],
    [100, 27],
    [172, 26],
    [210, 38],
    [214, 58],
  ],
  suv: [
    [12, 50],
    [20, 42],
    [64, 38],
    [84, 19],
    [202, 17],
    [222, 24],
    [226, 52],
  ],
  coupe: [
    [12, 58],
    [22, 51],
    [84, 46],
    [114, 30],
    [146, 29],
    [196, 45],
    [226, 49],
    [228, 60],
  ],
  wagon: [
    [12, 56],
    [22, 49],
    [72, 45],
    [98, 27],
    [210, 26],
    [222, 34],
    [226, 56],
  ],
  mpv: [
    [12, 52],
    [22, 42],
    [52, 35],
    [78, 15],
    [212, 13],
    [224, 22],
    [226, 54],
  ],
  pickup: [
    [10, 50],
    [18, 43],
    [62, 39],
    [82, 19],
    [132, 18],
    [136, 41],
    [226, 41],
    [228, 52],
  ],
  van: [
    [12, 46],
    [26, 30],
    [52, 11],
    [222, 9],
    [228, 16],
    [228, 58],
  ],
  convertible: [
    [12, 58],
    [22, 51],
    [86, 46],
    [102, 32],
    [108, 46],
    [224, 47],
    [228, 58],
  ],
};

/** Wheel centres (x) per body style; every wheel stands on the ground line (y = 86), radius 14. */
const WHEELS: Record<BodyStyle, [number, number]> = {
  sedan: [56, 186],
  hatchback: [58, 178],
  suv: [56, 188],
  coupe: [56, 186],
  wagon: [56, 188],
  mpv: [58, 188],
  pickup: [54, 194],
  van: [58, 196],
  convertible: [56, 186],
};

const BODY_BOTTOM = 72;
const WHEEL_R = 14;
const WHEEL_Y = 86 - WHEEL_R;

/** The outline of a body style as an SVG path (closed along the body's lower edge). */
export function silhouettePath(style: BodyStyle): string {
  const points = OUTLINES[style];
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const top = points.map(([x, y]) => `L${x} ${y}`).join(' ');
  return `M${first[0]} ${BODY_BOTTOM} ${top} L${last[0]} ${BODY_BOTTOM} Z`;
}

/**
 * A kiosk tile's picture until the car's thumbnail is made: a clean drawing of the body style's side view
 * (decorative: the tile's text names the car and its body style).
 */
export function CarSilhouette({ style }: { style: BodyStyle }) {
  return (
    <svg
      className="car-silhouette"
      viewBox="0 0 240 100"
      aria-hidden="true"
      focusable="false"
      data-body-style={style}
    >
      <line x1="4" y1="86.5" x2="236" y2="86.5" className="car-silhouette-ground" />
      <path d={silhouettePath(style)} className="car-silhouette-body" />
      {WHEELS[style].map((x) => (
        <g key={x}>
          <circle cx={x} cy={WHEEL_Y} r={WHEEL_R} className="car-silhouette-tyre" />
          <circle cx={x} cy={WHEEL_Y} r={WHEEL_R * 0.45} className="car-silhouette-rim" />
        </g>
      ))}
    </svg>
  );
}
