import type { Configuration } from '@domain/configuration';
import { artworkRefs } from '@renderer/store/boot';
import { createConfiguratorStore } from '@renderer/store/store';
import { afterEach, describe, expect, it, vi } from 'vitest';

const base: Configuration = { schemaVersion: 1, vehicle: 'compact-ev', trim: 'standard', battery: 'buy' };
const withArtwork = (ref: string): Configuration => ({
  ...base,
  wrap: { artwork: { ref, film: 'printed-cast-vinyl', zones: ['hood'] } },
});

describe('artwork previews (object URLs)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a reload under the same name revokes the previous image', () => {
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const s = createConfiguratorStore().getState;
    s().addArtworkUrl('logo.png', 'blob:1');
    s().addArtworkUrl('logo.png', 'blob:2');
    expect(revoke).toHaveBeenCalledWith('blob:1');
    expect(s().artworkUrls).toEqual({ 'logo.png': 'blob:2' });
  });

  it('previews no configuration in reach uses are revoked, the newest load is kept until its choice lands', () => {
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const s = createConfiguratorStore().getState;
    s().addArtworkUrl('old.png', 'blob:old');
    s().addArtworkUrl('kept.png', 'blob:kept');
    s().addArtworkUrl('new.png', 'blob:new');
    s().keepArtworkUrls(new Set(['kept.png']));
    expect(revoke.mock.calls).toEqual([['blob:old']]);
    expect(Object.keys(s().artworkUrls).sort()).toEqual(['kept.png', 'new.png']);
  });

  it('collects the references of printed zones and decals across configurations', () => {
    const decal: Configuration = {
      ...base,
      wrap: {
        decals: [
          {
            ref: 'decal.png',
            film: 'printed-cast-vinyl',
            position: [0, 1, 0],
            normal: [0, 1, 0],
            sizeMm: [300, 200],
            rotationDeg: 0,
          },
        ],
      },
    };
    expect([...artworkRefs([withArtwork('a.png'), null, decal, base])].sort()).toEqual([
      'a.png',
      'decal.png',
    ]);
  });
});
