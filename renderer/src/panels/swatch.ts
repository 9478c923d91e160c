import type { FilmMaterial } from '@domain/catalog/film-material';
import type { CSSProperties } from 'react';

type Rgb = [number, number, number];

const rgbOf = (hex: string): Rgb => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const css = ([r, g, b]: Rgb, a = 1) =>
  `rgba(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)}, ${a.toFixed(3)})`;
const mix = (a: Rgb, b: Rgb, t: number): Rgb => [0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * t) as Rgb;
const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

/**
 * A film's swatch as CSS layers built from its material parameters only (never from its id or name):
 * colour, gloss highlight from clearcoat and roughness, metal shading, flake, pearl, colour shift and patterns.
 */
export function swatchStyle(m: FilmMaterial): CSSProperties {
  const base = rgbOf(m.color);
  const layers: string[] = [];
  const gloss = (m.clearcoat ?? 0) * (1 - (m.clearcoatRoughness ?? 0.03)) * (1 - m.roughness * 0.6);
  if (gloss > 0.05) {
    layers.push(
      `linear-gradient(150deg, ${css(WHITE, 0.55 * gloss)} 0%, ${css(WHITE, 0.12 * gloss)} 28%, transparent 42%)`,
    );
  }
  if (m.pattern?.kind === 'carbon-weave') {
    const cell = Math.max(4, Math.min(12, m.pattern.scaleMm));
    const light = css(mix(base, WHITE, 0.18));
    const dark = css(mix(base, BLACK, 0.35));
    layers.push(
      `repeating-linear-gradient(45deg, ${light} 0 ${cell / 2}px, ${dark} ${cell / 2}px ${cell}px)`,
      `repeating-linear-gradient(-45deg, ${css(WHITE, 0.06)} 0 ${cell / 2}px, transparent ${cell / 2}px ${cell}px)`,
    );
  }
  if (m.pattern?.kind === 'brushed') {
    layers.push(
      `repeating-linear-gradient(180deg, ${css(WHITE, 0.1)} 0 1px, ${css(BLACK, 0.08)} 1px 2px, transparent 2px 3px)`,
    );
  }
  if (m.flake) {
    const f = rgbOf(m.flake.color);
    const size = 2 + m.flake.sizeMm * 6;
    layers.push(
      `radial-gradient(circle, ${css(f, 0.35 + 0.5 * m.flake.density)} 0.6px, transparent 1.2px) 0 0 / ${size}px ${size}px`,
    );
  }
  if (m.shiftColor) {
    layers.push(`linear-gradient(115deg, ${css(base)} 20%, ${css(rgbOf(m.shiftColor))} 85%)`);
  } else if (m.pearl) {
    const s = m.pearl.strength;
    layers.push(
      `linear-gradient(120deg, ${css([255, 214, 232], 0.35 * s)} 0%, transparent 40%, ${css([196, 232, 255], 0.45 * s)} 100%)`,
    );
  }
  if (m.metalness > 0.3) {
    const k = m.metalness * (1 - m.roughness * 0.7);
    layers.push(
      `linear-gradient(180deg, ${css(mix(base, WHITE, 0.45 * k))} 0%, ${css(base)} 45%, ${css(mix(base, BLACK, 0.5 * k))} 100%)`,
    );
  } else {
    layers.push(
      `linear-gradient(180deg, ${css(mix(base, WHITE, 0.06))} 0%, ${css(mix(base, BLACK, 0.12))} 100%)`,
    );
  }
  return { background: `${layers.join(', ')}, ${m.color}` };
}
