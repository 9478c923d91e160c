/**
 * The benchmark's reference: plain three.js drawing the same default car with the same studio environment,
 * tone mapping, antialiasing and canvas size as the app, spinning continuously (`?still` keeps it still after its first
 * frame; `__bareSpin` starts and stops it, each turn from the start view). `?w=&h=&dpr=` set the canvas,
 * `?view=` the camera (position and target, as the app's camera stands), `?model=` another glb beside the page
 * (a library car the benchmark copied out of the app's data folder) instead of the default car. Like the app, it sets
 * `<html data-scene-ready>` after its first frame.
 */

import carUrl from '@assets/models/compact-ev.glb?url';
import { type CameraPose, poseToPosition, presetPose } from '@renderer/scene/camera/presets';
import {
  Box3,
  CircleGeometry,
  Color,
  Mesh,
  MeshBasicMaterial,
  NeutralToneMapping,
  PerspectiveCamera,
  PMREMGenerator,
  Scene,
  SRGBColorSpace,
  Vector3,
  WebGLRenderer,
} from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';

declare global {
  interface Window {
    /** Frames drawn so far (the benchmark counts them over a time window). */
    __bareFrames: number;
    __bareReady: boolean;
    /** Starts (true) or stops (false) the turntable spin. */
    __bareSpin: (on: boolean) => void;
  }
}

const params = new URLSearchParams(location.search);
const width = Number(params.get('w') ?? 800);
const height = Number(params.get('h') ?? 500);
const still = params.has('still');
const renderer = new WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setPixelRatio(Number(params.get('dpr') ?? 1));
renderer.setSize(width, height);
renderer.toneMapping = NeutralToneMapping;
renderer.outputColorSpace = SRGBColorSpace;
document.body.appendChild(renderer.domElement);

const scene = new Scene();
scene.background = new Color('#e9ebee');
const pmrem = new PMREMGenerator(renderer);
scene.environment = pmrem.fromScene(new RoomEnvironment(), 0.04).texture;
scene.environmentIntensity = 1.2;
// The app's studio floor: an unlit disc in the background colour (see renderer/src/scene/lighting/Floor.tsx).
const floor = new Mesh(
  new CircleGeometry(60, 64),
  new MeshBasicMaterial({ color: '#e9ebee', toneMapped: false }),
);
floor.rotation.x = -Math.PI / 2;
scene.add(floor);
const camera = new PerspectiveCamera(32, width / height, 0.1, 200);
window.__bareFrames = 0;
window.__bareReady = false;

const gltf = await new GLTFLoader().loadAsync(params.get('model') ?? carUrl);
// The generator marks parts not shown by default (other rims and tyre sizes, accessories) with extras.hidden.
gltf.scene.traverse((o) => {
  if (o.userData.hidden === true) o.visible = false;
});
scene.add(gltf.scene);
gltf.scene.updateMatrixWorld(true);
const bounds = new Box3();
gltf.scene.traverseVisible((o) => {
  const mesh = o as Mesh;
  if (!mesh.isMesh) return;
  mesh.geometry.computeBoundingBox();
  bounds.union(mesh.geometry.boundingBox!.clone().applyMatrix4(mesh.matrixWorld));
});
/** The view to start each turn from: `?view=px,py,pz,tx,ty,tz` (the app's camera), else the front ¾ preset. */
function startPose(): CameraPose {
  const v = params.get('view')?.split(',').map(Number);
  if (v?.length !== 6 || v.some((n) => !Number.isFinite(n)))
    return presetPose('front34', bounds, [], width / height);
  const target = new Vector3(v[3], v[4], v[5]);
  const offset = new Vector3(v[0], v[1], v[2]).sub(target);
  const radius = offset.length();
  return { target, radius, polar: Math.acos(offset.y / radius), azimuth: Math.atan2(offset.x, offset.z) };
}
const start = startPose();
const pose: CameraPose = { ...start, target: start.target.clone() };
let last = performance.now();
let spinning = !still;
/** Whether a frame is already asked for (so stopping and restarting never runs two loops). */
let scheduled = true;
window.__bareSpin = (on) => {
  spinning = on;
  // Every turn starts from the same view, so turns cover the same angles (the cost of a frame depends on them).
  if (on) {
    pose.azimuth = start.azimuth;
    last = performance.now();
  }
  if (!on || scheduled) return;
  scheduled = true;
  requestAnimationFrame(frame);
};
function frame(now: number): void {
  scheduled = false;
  pose.azimuth += ((now - last) / 1000) * 0.35;
  last = now;
  poseToPosition(pose, camera.position);
  camera.lookAt(pose.target);
  renderer.render(scene, camera);
  window.__bareFrames += 1;
  if (!window.__bareReady)
    // Same signal as the app's SceneReady: the attribute goes up one animation frame after the first car frame.
    requestAnimationFrame(() => {
      document.documentElement.dataset.sceneReady = 'true';
    });
  window.__bareReady = true;
  if (!spinning) return;
  scheduled = true;
  requestAnimationFrame(frame);
}
requestAnimationFrame(frame);
