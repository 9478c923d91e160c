/**
 * Shapes of the part finder (issue #16, shared design docs/VEHICLES.md). `Message` and `PartAssignment` mirror
 * `@domain/vehicle/vehicle` (written on the library branch) field for field, so either can be passed where the other
 * is expected once the branches meet.
 */

/** A sentence for the user: a key in electron/domain/vehicle/vehicles.json and its `{{placeholders}}`. */
export type Message = { key: string; values?: Record<string, string | number> };

/** What kind of part a guess is about. */
export type GuessedPart = 'paint' | 'glass' | 'wheel' | 'tyre' | 'rim' | 'caliper' | 'mount';

/** One guess with its reason, as listed in the import report. */
export type Guess = { part: GuessedPart; target: string; reason: Message };

/** A staff correction: this mesh (node name) or material is paint, glass, a wheel, or none of them. */
export type PartAssignment = {
  target: { mesh?: string; material?: string };
  part: 'paint' | 'glass' | 'wheel' | 'none';
};

/** What a surface was taken for. `trim` = chrome, lights, black plastic and everything else that is not wrapped. */
export type SurfaceRole = 'paint' | 'glass' | 'wheel' | 'trim';

/**
 * One drawn surface: a primitive of a mesh node, with what the finder measured on it. Kept in the result so staff
 * corrections can be applied (and the area re-measured) without the model.
 */
export type Surface = {
  /** Node name (the name three.js gives the drawn object; unnamed nodes get `node-<index>`). */
  mesh: string;
  /** Material name (unnamed materials get `material-<index>`). */
  material: string;
  /** Index of the primitive in its mesh. */
  primitive: number;
  role: SurfaceRole;
  /** For wheel surfaces: which part of the wheel. */
  wheelPart?: 'tyre' | 'rim' | 'caliper';
  /** Area of the triangles the outside rays hit first, m²: what a film would cover. */
  exteriorAreaM2: number;
  /** Area of all its triangles, m². */
  totalAreaM2: number;
  /** Centre of its bounding box, m. */
  centre: [number, number, number];
};

/** Corner of the car, as in the manifest's wheel order. Left is +x (nose +Z, Y up: the driver's left). */
export type Corner = 'front-left' | 'front-right' | 'rear-left' | 'rear-right';

/** A wheel found by shape. */
export type FoundWheel = {
  corner: Corner;
  /** Axle centre, m. */
  centre: [number, number, number];
  radiusM: number;
  widthM: number;
  /** The node that holds this wheel and nothing else, if the model has one. */
  node?: string;
};

/** An accessory mount point. */
export type MountId = 'roof' | 'tow-bar' | 'rear-hatch';

/** A mount that the car's shape allows, in model space (metres). */
export type Mount = { id: MountId; position: [number, number, number] };

/** A mount the car's shape does not allow, and why in words (an accessory needing it is disabled with this). */
export type MissingMount = { id: MountId; reason: Message };

/** What `findParts` found on a normalised car. */
export type PartsResult = {
  paint: { meshes: string[]; materials: string[] };
  glass: { meshes: string[]; materials: string[] };
  wheels: {
    /** Front-left, front-right, rear-left, rear-right; empty when the wheels have no node of their own. */
    nodes: string[];
    tyres: string[];
    rims: string[];
    calipers: string[];
    /** Where the four wheels are, even when they are part of one merged mesh. */
    found: FoundWheel[];
  };
  mounts: Mount[];
  missingMounts: MissingMount[];
  /** Exterior paint area at the real length, m². */
  bodyAreaM2: number;
  guesses: Guess[];
  surfaces: Surface[];
  /** The car length the areas and positions are given at, m. */
  lengthM: number;
  /** The model's own length (its bounding box along z), m: areas were scaled by (lengthM / modelLengthM)². */
  modelLengthM: number;
};
