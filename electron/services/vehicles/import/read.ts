import { createHash } from 'node:crypto';
import { type Document, GLB_BUFFER, type JSONDocument } from '@gltf-transform/core';
import { checkJson } from './check-json';
import { splitModel } from './container';
import { refuse, VehicleImportError } from './errors';
import { vehicleIO } from './io';
import { repairJson } from './repair-json';
import { gatherResources, pickModelFile } from './side-files';
import type { ImportReport, Message, VehicleFile } from './types';

/** A shop's file read into a Document, with what was repaired on the way and where it came from. */
export interface ReadModel {
  document: Document;
  file: string;
  repairs: Message[];
  source: ImportReport['source'];
}

/** SHA-256 of one file's bytes, or of several files as (name, length, bytes) in name order. */
function sourceHash(files: VehicleFile[]): string {
  const hash = createHash('sha256');
  if (files.length === 1) return hash.update(files[0]!.bytes).digest('hex');
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    hash.update(`${f.name}\0${f.bytes.byteLength}\0`);
    hash.update(f.bytes);
  }
  return hash.digest('hex');
}

/** A buffer's bytes: its side file or data URI, the GLB chunk for buffer 0 without URI, none for a meshopt fallback. */
function bufferData(doc: JSONDocument, index: number): Uint8Array | null {
  const buffer = doc.json.buffers?.[index];
  if (!buffer) return null;
  if (buffer.uri !== undefined) return doc.resources[buffer.uri] ?? null;
  return index === 0 ? (doc.resources[GLB_BUFFER] ?? null) : null;
}

/** Refuses a buffer that declares more bytes than its data holds (a cut .bin or GLB chunk). */
function bufferSizes(file: string, doc: JSONDocument): (number | null)[] {
  return (doc.json.buffers ?? []).map((buffer, index) => {
    const data = bufferData(doc, index);
    if (!data) return null;
    if (typeof buffer.byteLength === 'number' && buffer.byteLength > data.byteLength)
      refuse('import.bufferCut', { file, buffer: index, declared: buffer.byteLength, got: data.byteLength });
    return data.byteLength;
  });
}

function viewReader(doc: JSONDocument): (view: number) => Uint8Array | null {
  return (index) => {
    const view = doc.json.bufferViews?.[index];
    const data = view && bufferData(doc, view.buffer);
    if (!view || !data) return null;
    return data.subarray(view.byteOffset ?? 0, (view.byteOffset ?? 0) + view.byteLength);
  };
}

/**
 * Reads the picked files (one .glb, or a .gltf with its side files) into a @gltf-transform Document with every
 * decoder: the JSON is repaired and checked before the reader sees it, so a refusal names file and index.
 */
export async function readVehicleFiles(files: VehicleFile[], onDecode?: () => void): Promise<ReadModel> {
  const model = pickModelFile(files);
  const file = model.name.split(/[\\/]/).pop() ?? model.name;
  const split = splitModel(file, model.bytes);
  const jsonDoc = gatherResources(model, split, files);
  const repairs = repairJson(split.json, {
    file,
    bufferSizes: bufferSizes(file, jsonDoc),
    viewBytes: viewReader(jsonDoc),
  });
  checkJson(split.json, file);
  onDecode?.();
  let document: Document;
  try {
    document = await (await vehicleIO()).readJSON(jsonDoc);
  } catch (e) {
    if (e instanceof VehicleImportError) throw e;
    refuse('import.unreadable', { file, detail: e instanceof Error ? e.message : String(e) });
  }
  const bytes = files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
  return {
    document,
    file,
    repairs,
    source: { files: files.map((f) => f.name), bytes, sha256: sourceHash(files) },
  };
}
