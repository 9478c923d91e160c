import { type Catalog, itemOf } from '../catalog/catalog';
import type { Localized } from '../catalog/common';
import type { ZoneTable } from '../catalog/zones';
import { sameText } from '../messages/message';
import { BODY_NAME, BODY_ZONE } from '../vehicle/context';
import { STANDARD_ROLL_WIDTH_M } from '../vocabulary';
import { type ArtworkFileNeed, artworkFilesOf } from './artwork';
import type { DraftLine } from './quote-schema';
import type { OrderDraft } from './schema';

/** One zone to cover with film (wrap or PPF) or one window set to tint. */
export interface CutJob {
  zone: string;
  zoneName: Localized;
  item: string;
  sku: string;
  name: Localized;
  areaM2: number;
  wasteFactor: number;
  /** Film to cut off a 1.52 m roll for this zone: area × (1 + waste) / width, rounded up to 0.1 m. */
  lengthM: number;
  hours: number;
}

/** A part to fit (accessory, wheel, caliper, trim piece) and its install hours. */
export interface FitJob {
  item: string;
  name: Localized;
  category: string;
  package?: string;
  hours: number;
}

/** Film to pull from stock: one row per SKU, the zone lengths added up. */
export interface FilmNeed {
  item: string;
  sku: string;
  name: Localized;
  areaM2: number;
  lengthM: number;
}

/** What the workshop does for an order draft: cuts per zone, parts to fit, film to pull, hours. */
export interface WorkOrder {
  format: 'wrap-configurator/work-order';
  draftId: string;
  createdAt: string;
  store: OrderDraft['store'];
  vehicle: OrderDraft['vehicle'];
  configurationCode: string;
  pickup?: OrderDraft['pickup'];
  rollWidthM: number;
  wrap: CutJob[];
  ppf: CutJob[];
  tint: CutJob[];
  films: FilmNeed[];
  fitting: FitJob[];
  artwork?: { ref: string; film: string; zones: string[] };
  /** Files the customer supplies (name + SHA-256) and where each is printed: zones or decals. */
  artworkFiles?: ArtworkFileNeed[];
  labourHours: { wrap: number; ppf: number; tint: number; fitting: number; total: number };
  /**
   * A service vehicle (library car, one zone until zones are cut): its measured body area, m², and the films
   * that go on it (wrap, then PPF), so the workshop sees which car-specific figure the cut list comes from.
   */
  body?: { areaM2: number; films: { item: string; sku: string; name: Localized }[] };
}

const ceilTenth = (m: number) => Math.ceil(Math.round(m * 1e6) / 1e5) / 10;
const hundredths = (h: number) => Math.round(h * 100);

/** Lengths of film on a standard roll: the catalog's area-based estimate (panels are cut one by one). */
export function rollLengthM(areaM2: number, wasteFactor: number): number {
  return ceilTenth((areaM2 * (1 + wasteFactor)) / STANDARD_ROLL_WIDTH_M);
}

/** Builds the work order from a draft's priced lines; the catalog supplies SKUs, the zone table zone names. */
export function buildWorkOrder(draft: OrderDraft, catalog: Catalog, zones?: ZoneTable): WorkOrder {
  const lines = draft.quote.lines;
  const cut = (category: 'wrap' | 'ppf' | 'tint'): CutJob[] =>
    lines
      .filter((l) => l.category === category && l.kind === 'material')
      .map((m) => cutJob(m, lines, catalog, zones));
  const wrap = cut('wrap');
  const ppf = cut('ppf');
  const tint = cut('tint');
  const fitting: FitJob[] = lines
    .filter((l) => (l.category === 'accessories' || l.category === 'wheels') && l.kind === 'price')
    .map((p) => {
      const labour = lines.find(
        (l) =>
          l.kind === 'labour' && l.item === p.item && l.category === p.category && l.package === p.package,
      );
      const job: FitJob = {
        item: p.item,
        name: p.label,
        category: p.category,
        hours: labour?.basis?.hours ?? 0,
      };
      if (p.package !== undefined) job.package = p.package;
      return job;
    });
  const sum = (jobs: { hours: number }[]) => jobs.reduce((s, j) => s + hundredths(j.hours), 0) / 100;
  const labourHours = { wrap: sum(wrap), ppf: sum(ppf), tint: sum(tint), fitting: sum(fitting), total: 0 };
  labourHours.total = sum([...wrap, ...ppf, ...tint, ...fitting]);
  const order: WorkOrder = {
    format: 'wrap-configurator/work-order',
    draftId: draft.id,
    createdAt: draft.createdAt,
    store: draft.store,
    vehicle: draft.vehicle,
    configurationCode: draft.configurationCode,
    rollWidthM: STANDARD_ROLL_WIDTH_M,
    wrap,
    ppf,
    tint,
    films: filmNeeds([...wrap, ...ppf]),
    fitting,
    labourHours,
  };
  if (draft.pickup) order.pickup = draft.pickup;
  const body = bodyOf(draft, [...wrap, ...ppf], zones);
  if (body) order.body = body;
  const art = draft.configuration.wrap?.artwork;
  if (art) order.artwork = { ref: art.ref, film: art.film, zones: [...art.zones] };
  const files = draft.artworkFiles ?? artworkFilesOf(draft.configuration);
  if (files.length > 0) order.artworkFiles = files;
  return order;
}

function cutJob(m: DraftLine, lines: readonly DraftLine[], catalog: Catalog, zones?: ZoneTable): CutJob {
  const zone = m.zone ?? '';
  const labour = lines.find(
    (l) => l.kind === 'labour' && l.category === m.category && l.item === m.item && l.zone === zone,
  );
  const item = catalog.index.get(m.item)?.item;
  const areaM2 = m.basis?.areaM2 ?? 0;
  const wasteFactor = m.basis?.wasteFactor ?? 0;
  const windowSet = itemOf(catalog, 'windowSet', zone);
  return {
    zone,
    // Decal lines have no zone: the part of their label in brackets ("decal 1, 300 × 200 mm") names the piece.
    zoneName:
      zones?.zones.get(zone)?.name ??
      windowSet?.name ??
      (zone === BODY_ZONE ? BODY_NAME : undefined) ??
      (m.zone === undefined ? inBrackets(m.label) : sameText(zone)),
    item: m.item,
    sku: itemOf(catalog, 'film', m.item)?.sku ?? m.item.toUpperCase(),
    name: item?.name ?? sameText(m.item),
    areaM2,
    wasteFactor,
    lengthM: rollLengthM(areaM2, wasteFactor),
    hours: labour?.basis?.hours ?? 0,
  };
}

function bodyOf(draft: OrderDraft, jobs: readonly CutJob[], zones?: ZoneTable): WorkOrder['body'] {
  if (draft.vehicle.kind !== 'service') return undefined;
  const onBody = jobs.filter((j) => j.zone === BODY_ZONE);
  const areaM2 = zones?.zones.get(BODY_ZONE)?.areaM2 ?? onBody[0]?.areaM2;
  if (areaM2 === undefined) return undefined;
  const films = [
    ...new Map(onBody.map((j) => [j.item, { item: j.item, sku: j.sku, name: j.name }])).values(),
  ];
  return { areaM2, films };
}

function filmNeeds(jobs: readonly CutJob[]): FilmNeed[] {
  const out = new Map<string, FilmNeed>();
  for (const j of jobs) {
    const e = out.get(j.item) ?? { item: j.item, sku: j.sku, name: j.name, areaM2: 0, lengthM: 0 };
    e.areaM2 = Math.round((e.areaM2 + j.areaM2) * 10_000) / 10_000;
    e.lengthM = Math.round((e.lengthM + j.lengthM) * 10) / 10;
    out.set(j.item, e);
  }
  return [...out.values()];
}

/** "定制数码打印膜（贴花 1，300 × 200 mm）" → "贴花 1，300 × 200 mm" (the label itself when it has no brackets). */
function inBrackets(label: Localized): Localized {
  return {
    zh: /（([^（）]*)）$/.exec(label.zh)?.[1] ?? label.zh,
    en: /\(([^()]*)\)$/.exec(label.en)?.[1] ?? label.en,
  };
}
