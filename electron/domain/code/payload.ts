import type { Configuration } from '../configuration';
import type { BitReader, BitWriter } from './bits';
import { MalformedCode } from './bits';
import { readRef, readText, writeRef, writeText } from './refs';
import type { CodeTable, RefKind } from './table';

type Wrap = NonNullable<Configuration['wrap']>;
type Financing = NonNullable<Configuration['financing']>;

const LISTS = [
  ['trimPieces', 'trimPiece'],
  ['accessories', 'accessory'],
  ['accessoryPackages', 'accessoryPackage'],
] as const;

/**
 * True when a configuration can be written in code format 1 (the launch EV named by its catalog id, with a
 * trim and a battery plan): such codes stay exactly as they were before vehicles were named.
 */
export function fitsFormat1(c: Configuration): boolean {
  return typeof c.vehicle === 'string' && c.trim !== undefined && c.battery !== undefined;
}

/** Writes a configuration in format 1 (see `fitsFormat1`). */
export function writeConfiguration(w: BitWriter, t: CodeTable, c: Configuration): void {
  writeRef(w, t, 'vehicle', c.vehicle as string);
  writeRef(w, t, 'trim', c.trim!);
  w.flag(c.battery === 'subscribe');
  writeOptions(w, t, c);
}

/**
 * Writes a configuration in format 2: the vehicle (absent, a catalog id, or a reference: the launch EV with its
 * model hash, or a library car's SHA-256 id and model hash, written once when equal), trim and battery
 * each only when present, then the same options as format 1.
 */
export function writeConfigurationV2(w: BitWriter, t: CodeTable, c: Configuration): void {
  const v = c.vehicle;
  if (v === undefined) w.write(0, 2);
  else if (typeof v === 'string') {
    w.write(1, 2);
    writeRef(w, t, 'vehicle', v);
  } else if (!HEX64.test(v.id)) {
    w.write(2, 2);
    writeRef(w, t, 'vehicle', v.id);
    writeHex(w, v.modelSha256);
  } else {
    w.write(3, 2);
    writeHex(w, v.id);
    w.flag(v.modelSha256 === v.id);
    if (v.modelSha256 !== v.id) writeHex(w, v.modelSha256);
  }
  w.flag(c.trim !== undefined);
  if (c.trim !== undefined) writeRef(w, t, 'trim', c.trim);
  w.flag(c.battery !== undefined);
  if (c.battery !== undefined) w.flag(c.battery === 'subscribe');
  writeOptions(w, t, c);
}

/** Reads a format-2 configuration (not yet validated). */
export function readConfigurationV2(r: BitReader, t: CodeTable): Configuration {
  const c: Configuration = { schemaVersion: 1 };
  const mode = r.read(2);
  if (mode === 1) c.vehicle = readRef(r, t, 'vehicle');
  else if (mode === 2) c.vehicle = { id: readRef(r, t, 'vehicle'), modelSha256: readHex(r) };
  else if (mode === 3) {
    const id = readHex(r);
    c.vehicle = { id, modelSha256: r.flag() ? id : readHex(r) };
  }
  if (r.flag()) c.trim = readRef(r, t, 'trim');
  if (r.flag()) c.battery = r.flag() ? 'subscribe' : 'buy';
  readOptions(r, t, c);
  return c;
}

const HEX64 = /^[0-9a-f]{64}$/;

function writeHex(w: BitWriter, hex: string): void {
  if (!HEX64.test(hex)) throw new RangeError(`"${hex}" is not a lower-case hex SHA-256`);
  for (const ch of hex) w.write(Number.parseInt(ch, 16), 4);
}

function readHex(r: BitReader): string {
  let s = '';
  for (let i = 0; i < 64; i++) s += r.read(4).toString(16);
  return s;
}

function writeOptions(w: BitWriter, t: CodeTable, c: Configuration): void {
  const wrap = codedWrap(c.wrap);
  const present = [wrap, c.ppf, c.tint, c.wheel, c.caliper, c.trimPieces, c.accessories, c.accessoryPackages];
  for (const p of [...present, c.maintenance, c.store, c.promotionCodes, c.financing])
    w.flag(p !== undefined);
  if (wrap) writeWrap(w, t, wrap);
  if (c.ppf !== undefined) writeRef(w, t, 'ppf', c.ppf);
  if (c.tint) writePairs(w, t, c.tint, 'windowSet', 'tint');
  if (c.wheel !== undefined) writeRef(w, t, 'wheel', c.wheel);
  if (c.caliper !== undefined) writeRef(w, t, 'caliper', c.caliper);
  for (const [field, kind] of LISTS) {
    const list = c[field];
    if (list) writeList(w, t, kind, list);
  }
  if (c.maintenance !== undefined) writeRef(w, t, 'maintenance', c.maintenance);
  if (c.store !== undefined) writeRef(w, t, 'store', c.store);
  if (c.promotionCodes) writeList(w, t, 'promoCode', c.promotionCodes);
  if (c.financing) writeFinancing(w, t, c.financing);
}

/** Reads a format-1 configuration back (not yet validated: the caller runs the schema and the rules). */
export function readConfiguration(r: BitReader, t: CodeTable): Configuration {
  const c: Configuration = {
    schemaVersion: 1,
    vehicle: readRef(r, t, 'vehicle'),
    trim: readRef(r, t, 'trim'),
    battery: r.flag() ? 'subscribe' : 'buy',
  };
  readOptions(r, t, c);
  return c;
}

function readOptions(r: BitReader, t: CodeTable, c: Configuration): void {
  const has = Array.from({ length: 12 }, () => r.flag());
  if (has[0]) c.wrap = readWrap(r, t);
  if (has[1]) c.ppf = readRef(r, t, 'ppf');
  if (has[2]) c.tint = readPairs(r, t, 'windowSet', 'tint');
  if (has[3]) c.wheel = readRef(r, t, 'wheel');
  if (has[4]) c.caliper = readRef(r, t, 'caliper');
  LISTS.forEach(([field, kind], i) => {
    if (has[5 + i]) c[field] = readList(r, t, kind);
  });
  if (has[8]) c.maintenance = readRef(r, t, 'maintenance');
  if (has[9]) c.store = readRef(r, t, 'store');
  if (has[10]) c.promotionCodes = readList(r, t, 'promoCode');
  if (has[11]) c.financing = readFinancing(r, t);
}

/**
 * The wrap as the code carries it: decals, artwork hashes and placements are left to the order draft (codes
 * stay short), so a wrap holding only decals is written as no wrap at all.
 */
function codedWrap(wrap: Wrap | undefined): Wrap | undefined {
  if (!wrap) return undefined;
  const coded = [wrap.film, wrap.twoTone, wrap.zones, wrap.artwork].some((p) => p !== undefined);
  return coded || wrap.decals === undefined ? wrap : undefined;
}

function writeWrap(w: BitWriter, t: CodeTable, wrap: Wrap): void {
  for (const p of [wrap.film, wrap.twoTone, wrap.zones, wrap.artwork]) w.flag(p !== undefined);
  if (wrap.film !== undefined) writeRef(w, t, 'film', wrap.film);
  if (wrap.twoTone !== undefined) writeRef(w, t, 'twoTone', wrap.twoTone);
  if (wrap.zones) writePairs(w, t, wrap.zones, 'zone', 'film');
  if (wrap.artwork) {
    writeText(w, wrap.artwork.ref);
    writeRef(w, t, 'film', wrap.artwork.film);
    writeList(w, t, 'zone', wrap.artwork.zones);
  }
}

function readWrap(r: BitReader, t: CodeTable): Wrap {
  const has = [r.flag(), r.flag(), r.flag(), r.flag()];
  const wrap: Wrap = {};
  if (has[0]) wrap.film = readRef(r, t, 'film');
  if (has[1]) wrap.twoTone = readRef(r, t, 'twoTone');
  if (has[2]) wrap.zones = readPairs(r, t, 'zone', 'film');
  if (has[3]) wrap.artwork = { ref: readText(r), film: readRef(r, t, 'film'), zones: readList(r, t, 'zone') };
  return wrap;
}

/** A list in table order without repeats is a bitmask over the table (flag 1), otherwise spelled out. */
function writeList(w: BitWriter, t: CodeTable, kind: RefKind, ids: readonly string[]): void {
  const table = t.lists[kind];
  const at = ids.map((id) => table.indexOf(id));
  const ordered = at.every((i, k) => i >= 0 && (k === 0 || i > at[k - 1]!));
  w.flag(ordered && ids.length > 0);
  if (ordered && ids.length > 0) {
    for (let i = 0; i < table.length; i++) w.flag(at.includes(i));
    return;
  }
  w.varint(ids.length);
  for (const id of ids) writeRef(w, t, kind, id);
}

function readList(r: BitReader, t: CodeTable, kind: RefKind): string[] {
  if (r.flag()) {
    const picked = t.lists[kind].filter(() => r.flag());
    if (picked.length === 0) throw new MalformedCode(`its ${kind} list is an empty bitmask`);
    return picked;
  }
  const n = r.varint();
  if (n > 200) throw new MalformedCode(`it lists ${n} ${kind} entries, more than any configuration has`);
  return Array.from({ length: n }, () => readRef(r, t, kind));
}

function writePairs(
  w: BitWriter,
  t: CodeTable,
  record: Record<string, string>,
  key: RefKind,
  value: RefKind,
): void {
  const entries = Object.entries(record);
  w.varint(entries.length);
  for (const [k, v] of entries) {
    writeRef(w, t, key, k);
    writeRef(w, t, value, v);
  }
}

function readPairs(r: BitReader, t: CodeTable, key: RefKind, value: RefKind): Record<string, string> {
  const n = r.varint();
  if (n > 100) throw new MalformedCode(`it lists ${n} ${key} entries, more than any car has`);
  const out: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const k = readRef(r, t, key);
    if (Object.hasOwn(out, k)) throw new MalformedCode(`it names ${key} "${k}" twice`);
    out[k] = readRef(r, t, value);
  }
  return out;
}

function writeFinancing(w: BitWriter, t: CodeTable, f: Financing): void {
  writeRef(w, t, 'financing', f.plan);
  w.write(f.termMonths - 1, 7);
  const hundredths = Math.round(f.downPaymentPercent * 100);
  if (hundredths / 100 !== f.downPaymentPercent)
    throw new RangeError(`down payment ${f.downPaymentPercent} % has more than 2 decimals`);
  w.write(hundredths, 14);
}

function readFinancing(r: BitReader, t: CodeTable): Financing {
  const plan = readRef(r, t, 'financing');
  const termMonths = r.read(7) + 1;
  const hundredths = r.read(14);
  if (hundredths > 10_000) throw new MalformedCode(`its down payment of ${hundredths / 100} % is over 100 %`);
  return { plan, termMonths, downPaymentPercent: hundredths / 100 };
}
