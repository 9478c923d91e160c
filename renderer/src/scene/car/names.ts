import { type Object3D, PropertyBinding } from 'three';

/** The name a node had in the glTF file (GLTFLoader strips `:` `.` `/` and spaces from `object.name`). */
export function originalName(o: Object3D): string {
  const n = o.userData.name;
  return typeof n === 'string' ? n : o.name;
}

/** Matches scene objects against manifest names, whether written as in the file or as three sanitised them. */
export function nameMatcher(names: readonly string[]): (o: Object3D) => boolean {
  const wanted = new Set<string>();
  for (const n of names) {
    wanted.add(n);
    wanted.add(PropertyBinding.sanitizeNodeName(n));
  }
  return (o) => wanted.has(originalName(o)) || wanted.has(o.name);
}

/** Every object under `root` (root included) that `match` accepts. */
export function findAll(root: Object3D, match: (o: Object3D) => boolean): Object3D[] {
  const found: Object3D[] = [];
  root.traverse((o) => {
    if (match(o)) found.push(o);
  });
  return found;
}
