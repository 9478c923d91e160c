import { z } from 'zod';

/** Vector in metres, glTF axes (Y up, car nose towards +Z). */
const Vec3 = z.tuple([z.number(), z.number(), z.number()]);

/** A wrap zone as the model declares it: the meshes that make it, its measured area and labour. */
export const ManifestZone = z
  .object({
    id: z.string().min(1),
    name: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
    /** Node or mesh names in the glTF that belong to this zone. */
    meshes: z.array(z.string().min(1)).min(1),
    /** True surface area in m², measured as the sum of the zone's triangle areas. */
    areaM2: z.number().positive(),
    /** Workshop labour to wrap this zone, hours. */
    labourHours: z.number().nonnegative(),
    /** Whether "full wrap" covers this zone. */
    body: z.boolean().default(true),
    /** UV extent in metres (u along the car, v around the section), for artwork at real size. */
    uvSizeM: z.tuple([z.number().positive(), z.number().positive()]).optional(),
  })
  .strict();

/** A point where an accessory attaches, in model space. */
export const ManifestMountPoint = z
  .object({ id: z.string().min(1), node: z.string().min(1).optional(), position: Vec3 })
  .strict();

/**
 * Model manifest: maps a glTF car's meshes and materials to what the configurator changes.
 * Written by the default-car generator and by hand (or by the importer's guesses) for other cars.
 */
export const ModelManifest = z
  .object({
    schemaVersion: z.literal(1),
    id: z.string().min(1),
    name: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
    /** glTF file name, relative to the manifest. */
    file: z.string().min(1),
    lengthM: z.number().positive(),
    /** Metres of surface per zone UV unit (TEXCOORD_0); 1 means artwork maps at real size with no scaling. */
    uvUnitM: z.number().positive().optional(),
    zones: z.array(ManifestZone),
    /** Material names that are car paint (follow the chosen film where no zone mesh is found). */
    paintMaterials: z.array(z.string()).default([]),
    glass: z.object({
      meshes: z.array(z.string()),
      windowSets: z.record(z.string(), z.array(z.string())).default({}),
      /** Measured glass area per catalog window set, m² (library cars: tint is priced from it). */
      windowAreasM2: z.record(z.string(), z.number().positive()).optional(),
    }),
    wheels: z
      .object({
        /** Nodes of the four wheel assemblies (front-left, front-right, rear-left, rear-right). */
        nodes: z.array(z.string()),
        /** Rim design id → node name suffix or node names, for models that carry several rims. */
        rims: z.record(z.string(), z.array(z.string())).default({}),
        calipers: z.array(z.string()).default([]),
        /** Brake disc node names (children of each wheel node). */
        discs: z.array(z.string()).default([]),
        /** Rim design shown when the model loads (a key of `rims`). */
        defaultRim: z.string().min(1).optional(),
        /** Wheel size shown when the model loads, inches (one of `sizes`). */
        defaultSizeInch: z.number().int().positive().optional(),
        /**
         * Wheel sizes the model carries. Each size has its own tyre node (child of each wheel node); rims are modelled
         * once and shown at a size by scaling the rim node by `rimScale` (x = axle, y/z = radial), outer diameter unchanged.
         */
        sizes: z
          .array(
            z.object({ inch: z.number().int().positive(), tyre: z.string().min(1), rimScale: Vec3 }).strict(),
          )
          .default([]),
      })
      .strict(),
    /** Light nodes by function (head, tail); their emissive primitives use light-emissive* materials. */
    lights: z.record(z.string(), z.array(z.string())).default({}),
    /** Chrome / bright trim pieces that "chrome delete" blacks out. */
    brightTrim: z.array(z.string()).default([]),
    /** Accessory 3D parts shipped in the model: accessory id → node names. */
    accessories: z.record(z.string(), z.array(z.string())).default({}),
    mountPoints: z.array(ManifestMountPoint).default([]),
    /**
     * Node paths ('wheel:fl/rim:aero', 'accessory:roof-box') the app hides on load: accessories, other rim designs and
     * tyre sizes. The same nodes carry extras { hidden: true }. Every node also carries extras.name = its glTF name,
     * because three.js strips ':' from node names and de-duplicates repeated ones.
     */
    hiddenByDefault: z.array(z.string()).default([]),
    /** Budgets as shipped: triangles and draw calls as shown by default, file size; trianglesAllParts counts hidden parts too. */
    stats: z
      .object({
        triangles: z.number().int(),
        drawCalls: z.number().int(),
        bytes: z.number().int(),
        trianglesAllParts: z.number().int().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** A parsed model manifest. */
export type ModelManifest = z.infer<typeof ModelManifest>;
