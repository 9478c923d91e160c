import type { Document } from '@gltf-transform/core';
import { sceneNodes, shownScene } from './items';
import type { ImportReport, Message } from './types';

/**
 * Takes off what is not the car's shape: cameras and lights (each listed as dropped), animations and skins (a
 * warning: the car is shown standing still), scenes three.js does not show (a warning).
 */
export function stripNonGeometry(
  document: Document,
  dropped: ImportReport['dropped'],
  warnings: Message[],
): void {
  const root = document.getRoot();
  const scene = shownScene(document);
  for (const other of root.listScenes())
    if (other !== scene) {
      warnings.push({ key: 'import.otherSceneIgnored', values: { scene: other.getName() || '?' } });
      other.dispose();
    }
  if (scene) root.setDefaultScene(scene);
  const shown = new Set(scene ? sceneNodes(scene) : []);
  for (const node of root.listNodes()) {
    if (!shown.has(node)) {
      node.dispose();
      continue;
    }
    if (node.getCamera()) {
      dropped.push({ node: node.getName(), reason: { key: 'import.droppedCamera' } });
      node.setCamera(null);
    }
    if (node.getExtension('KHR_lights_punctual')) {
      dropped.push({ node: node.getName(), reason: { key: 'import.droppedLight' } });
      node.setExtension('KHR_lights_punctual', null);
    }
    if (node.getSkin()) node.setSkin(null);
  }
  for (const camera of root.listCameras()) camera.dispose();
  const animations = root.listAnimations();
  if (animations.length > 0)
    warnings.push({ key: 'import.animationsRemoved', values: { count: animations.length } });
  for (const animation of animations) animation.dispose();
  const skins = root.listSkins();
  if (skins.length > 0) warnings.push({ key: 'import.skinsRemoved', values: { count: skins.length } });
  for (const skin of skins) skin.dispose();
}
