import type { Color, Material, WebGLProgramParametersWithUniforms } from 'three';

/** Key of a film material's colour-shift uniforms in its `userData`. */
export const SHIFT_UNIFORMS = 'filmShiftUniforms';

/** The uniforms the colour-shift blend reads (one set per material, so each zone keeps its own film). */
export interface ShiftUniforms {
  /** 0 = no colour shift, 1 = full shift towards `filmShiftColor` where the surface turns away. */
  filmShift: { value: number };
  filmShiftColor: { value: Color };
}

/**
 * Where the shift happens, as 1 − cos(angle between surface and eye): a panel seen face-on (door at the side
 * view, ~0.0–0.35 at the front ¾) keeps the base colour; one seen at a glancing angle (the hood from eye height,
 * ~0.65 and more) shows the shift colour; in between the colours travel through each other.
 */
const FROM = 0.42;
const TO = 0.68;
/**
 * The flop is darker than the face: interference pigment sends the light it reflects at a glancing angle
 * mostly on, not into the eye. Without it the hood (lit by the studio ceiling) showed the shift colour too light.
 */
const FLOP = 0.7;

const PARS = /* glsl */ `
#ifdef USE_IRIDESCENCE
uniform float filmShift;
uniform vec3 filmShiftColor;
#endif
`;

const BLEND = /* glsl */ `
#include <normal_fragment_maps>
#ifdef USE_IRIDESCENCE
  float filmAway = 1.0 - saturate( dot( nonPerturbedNormal, normalize( vViewPosition ) ) );
  diffuseColor.rgb = mix( diffuseColor.rgb, filmShiftColor * ${FLOP.toFixed(2)}, filmShift * smoothstep( ${FROM.toFixed(2)}, ${TO.toFixed(2)}, filmAway ) );
#endif
`;

/**
 * `onBeforeCompile` of every film material: in the full variant (the one colour-shift films draw with, so the
 * cheaper variants pay nothing) the base colour blends towards the shift colour as the surface turns away from
 * the eye, before lighting, so diffuse and metallic reflection both take the travelled colour. One function for
 * all film materials, so they share programs; warm-up compiles it with the variants.
 */
export function shiftShader(this: Material, shader: WebGLProgramParametersWithUniforms): void {
  const own = this.userData[SHIFT_UNIFORMS] as ShiftUniforms;
  shader.uniforms.filmShift = own.filmShift;
  shader.uniforms.filmShiftColor = own.filmShiftColor;
  shader.fragmentShader = shader.fragmentShader
    .replace('void main() {', `${PARS}\nvoid main() {`)
    .replace('#include <normal_fragment_maps>', BLEND);
}
