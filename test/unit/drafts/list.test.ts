import type { Catalog } from '@domain/catalog/catalog';
import type { ZoneTable } from '@domain/catalog/zones';
import {
  type DraftListEntry,
  type DraftQuery,
  draftMatcher,
  entryTime,
  listEntryOf,
} from '@domain/drafts/list';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDefault } from '../domain/fixtures';
import { makeDraft } from './fixtures';

let catalog: Catalog;
let zones: ZoneTable;
let row: DraftListEntry;
beforeAll(async () => {
  ({ catalog, zones } = await loadDefault());
  // 00:30 on 22 November in China is still 21 November in UTC.
  const d = makeDraft(catalog, zones, undefined, {
    createdAt: new Date('2026-11-21T16:30:00Z'),
    customer: { name: '王小明', mobile: '13812345678' },
  });
  row = listEntryOf(d);
});

const hits = (query: DraftQuery, entry: DraftListEntry = row) => draftMatcher(query)(entry, entryTime(entry));

describe('drafts search', () => {
  it('keeps only the masked mobile in a row', () => {
    expect(row.status === 'ok' && row.customerMobile).toBe('138****5678');
    expect(JSON.stringify(row)).not.toContain('13812345678');
  });

  it('matches part of the customer name, case and width folded', () => {
    expect(hits({ text: '小明' })).toBe(true);
    expect(hits({ text: ' 王 ' })).toBe(true);
    expect(hits({ text: '李' })).toBe(false);
  });

  it('matches mobile digits from either end, never on the hidden middle alone', () => {
    for (const text of ['138', '5678', '678', '13812345678', '138 1234 5678', '１３８'])
      expect(hits({ text }), text).toBe(true);
    for (const text of ['1234', '2345', '13912345678', '13812345679', '38', '78'])
      expect(hits({ text }), text).toBe(false);
  });

  it('matches the configuration code and the draft id as typed (case, hyphens, O for 0)', () => {
    if (row.status !== 'ok') throw new Error('expected an ok row');
    const code = row.configurationCode;
    expect(hits({ text: code.toLowerCase() })).toBe(true);
    expect(hits({ text: code.slice(0, 10).replace(/(.{5})/g, '$1-') })).toBe(true);
    expect(hits({ text: code.replace(/0/g, 'O') })).toBe(true);
    expect(hits({ text: row.id.slice(-8) })).toBe(true);
    expect(hits({ text: `${code.slice(0, 6)}ZZZZZZZZ` })).toBe(false);
  });

  it('takes date ranges as shop days in China time, both ends inclusive', () => {
    expect(hits({ from: '2026-11-22', to: '2026-11-22' })).toBe(true);
    expect(hits({ to: '2026-11-21' })).toBe(false);
    expect(hits({ from: '2026-11-23' })).toBe(false);
    expect(hits({ from: '2026-11-01', to: '2026-11-30', text: '5678' })).toBe(true);
    expect(hits({ from: '2026-11-01', to: '2026-11-30', text: '李' })).toBe(false);
  });

  it('finds a damaged file by its id and dates it by the time its id encodes', () => {
    const id = row.id;
    const damaged: DraftListEntry = {
      status: 'damaged',
      id,
      file: `${id}.json`,
      reason: 'checksum mismatch',
    };
    expect(hits({ text: id.slice(-6) }, damaged)).toBe(true);
    expect(hits({ text: '王小明' }, damaged)).toBe(false);
    expect(hits({ from: '2026-11-22', to: '2026-11-22' }, damaged)).toBe(true);
    expect(hits({ from: '2026-11-23' }, damaged)).toBe(false);
  });
});
