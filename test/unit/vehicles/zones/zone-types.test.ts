import vehicles from '@domain/vehicle/vehicles.json';
import { isZoneType, mirrorZoneType, ZONE_TYPES, zoneTypeKey } from '@domain/vehicle/zone-types';
import { WRAP_ZONE_IDS } from '@domain/vocabulary';
import { describe, expect, it } from 'vitest';

describe('zone types', () => {
  it('are the launch EV’s zone ids plus trunk lid and bed, each named in Chinese and English', () => {
    expect(ZONE_TYPES).toEqual([...WRAP_ZONE_IDS, 'trunk-lid', 'bed']);
    for (const type of ZONE_TYPES) {
      const key = zoneTypeKey(type).split('.')[1] as keyof typeof vehicles.en.zoneType;
      expect(vehicles['zh-CN'].zoneType[key], type).toMatch(/[\u4e00-\u9fff]/);
      expect(vehicles.en.zoneType[key], type).toMatch(/^[A-Z]/);
    }
    expect(Object.keys(vehicles.en.zoneType).sort()).toEqual([...ZONE_TYPES].sort());
    expect(Object.keys(vehicles['zh-CN'].zoneType).sort()).toEqual([...ZONE_TYPES].sort());
  });

  it('tell a zone type from another word, and pair the sides', () => {
    expect(isZoneType('hood')).toBe(true);
    expect(isZoneType('body')).toBe(false);
    expect(mirrorZoneType('door-rear-left')).toBe('door-rear-right');
    expect(mirrorZoneType('skirt-right')).toBe('skirt-left');
    expect(mirrorZoneType('roof')).toBe('roof');
  });
});
