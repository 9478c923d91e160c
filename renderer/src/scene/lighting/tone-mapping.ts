import { CustomToneMapping, ShaderChunk } from 'three';

/**
 * Where highlight compression starts (linear, after the 4 % offset). Three's Neutral (Khronos PBR Neutral)
 * starts at 0.76: a white film's flat face (~1.0 under the calibrated studio light) came out at sRGB ~241, grey
 * and flat next to the swatch. Starting at 0.86 shows it at ~247 and keeps the shading on a white body, while
 * highlights still roll off towards 255 without reaching it on a whole panel. Colours below 0.86 are untouched,
 * so the gloss calibration (ΔE2000 ≤ 2) holds.
 */
export const START_COMPRESSION = 0.86;

const NEUTRAL_FILM = /* glsl */ `vec3 CustomToneMapping( vec3 color ) {
	const float StartCompression = ${START_COMPRESSION.toFixed(2)};
	const float Desaturation = 0.15;
	color *= toneMappingExposure;
	float x = min( color.r, min( color.g, color.b ) );
	float offset = x < 0.08 ? x - 6.25 * x * x : 0.04;
	color -= offset;
	float peak = max( color.r, max( color.g, color.b ) );
	if ( peak < StartCompression ) return color;
	float d = 1. - StartCompression;
	float newPeak = 1. - d * d / ( peak + d - StartCompression );
	color *= newPeak / peak;
	float g = 1. - 1. / ( Desaturation * ( peak - newPeak ) + 1. );
	return mix( color, vec3( newPeak ), g );
}`;

const STOCK = 'vec3 CustomToneMapping( vec3 color ) { return color; }';
if (
  !ShaderChunk.tonemapping_pars_fragment.includes(STOCK) &&
  !ShaderChunk.tonemapping_pars_fragment.includes(NEUTRAL_FILM)
)
  throw new Error(
    'three.js changed its tone-mapping chunk: update renderer/src/scene/lighting/tone-mapping.ts',
  );
ShaderChunk.tonemapping_pars_fragment = ShaderChunk.tonemapping_pars_fragment.replace(STOCK, NEUTRAL_FILM);

/**
 * The stage's tone mapping: Khronos PBR Neutral with a later highlight shoulder (see START_COMPRESSION), built
 * into three's shader source at import, so every program (warm-up included) compiles with it; nothing loaded.
 */
export const FILM_TONE_MAPPING = CustomToneMapping;
