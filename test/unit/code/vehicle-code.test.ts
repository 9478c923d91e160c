import { messageText } from '@contract/i18n';
import type { Catalog } from '@domain/catalog/catalog';
import type { ZoneTable } from '@domain/catalog/zones';
import { decodeConfigurationCode, encodeConfigurationCode } from '@domain/code/decode';
import type { Configuration } from '@domain/configuration';
import { verifyDraft } from '@domain/drafts/verify';
import { buildWorkOrder } from '@domain/drafts/workorder';
import { priceQuote } from '@domain/pricing/quote';
import { configurationAsText, vehicleHere } from '@domain/vehicle/not-here';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ServiceCase,
  serviceCase,
  serviceConfigurationArbitrary,
} from '../../support/service-arbitrary';
import { DATE, loadDefault } from '../domain/fixtures';
import { makeDraft } from '../drafts/fixtures';

let catalog: Catalog;
let zones: ZoneTable;
let roma: ServiceCase;
const ROMA = '3f'.repeat(32);

beforeAll(async () => {
  ({ catalog, zones } = await loadDefault());
  roma = serviceCase(catalog, { id: ROMA, bodyStyle: 'coupe', bodyAreaM2: 11.0725, name: 'Roma' });
});

const romaConfiguration = (): Configuration => ({
  schemaVersion: 1,
  vehicle: { id: ROMA, modelSha256: ROMA },
  wrap: { film: 'satin-black' },
  ppf: 'ppf-full-body-matte',
  wheel: 'aero-19',
  accessories: ['floor-mats'],
  maintenance: 'care-basic',
  store: 'sh-xuhui-wrap',
});

const library = (cars: ServiceCase[]) => (id: string) => {
  const car = cars.find((c) => c.vehicle.ref.id === id);
  return car ? { vehicle: car.vehicle, zones: car.zones } : undefined;
};

describe('codes made on a library car', () => {
  it('reopen on that car: format 2, exactly the same configuration', () => {
    const code = encodeConfigurationCode(romaConfiguration(), catalog);
    expect(code[0]).toBe('2');
    const back = decodeConfigurationCode(code, { catalog, zones, date: DATE, vehicles: library([roma]) });
    if (!back.ok) throw new Error(messageText(back.error.message));
    expect(back.configuration).toStrictEqual(romaConfiguration());
    expect(back.current).toBe(true);
  });

  it('random library cars and configurations round-trip through their codes', () => {
    fc.assert(
      fc.property(serviceConfigurationArbitrary(catalog, DATE), ({ car, configuration }) => {
        const code = encodeConfigurationCode(configuration, catalog);
        const back = decodeConfigurationCode(code, { catalog, zones, date: DATE, vehicles: library([car]) });
        if (!back.ok) throw new Error(`${code}: ${messageText(back.error.message)}`);
        expect(back.configuration).toStrictEqual(configuration);
      }),
      { numRuns: 150 },
    );
  });

  it('on a machine without that car: a plain message, the configuration, and the configuration as text', () => {
    const code = encodeConfigurationCode(romaConfiguration(), catalog);
    const back = decodeConfigurationCode(code, { catalog, zones, date: DATE, vehicles: library([]) });
    expect(back.ok).toBe(false);
    if (back.ok || back.error.reason !== 'vehicle-not-in-shop' || !('configuration' in back))
      throw new Error('expected vehicle-not-in-shop');
    expect(back.vehicle).toBe(ROMA);
    expect(messageText(back.error.message)).toBe(
      "this code was made for vehicle 3f3f3f3f, which is not in this shop's vehicle library",
    );
    const text = configurationAsText(catalog, back.configuration).map((l) => messageText(l));
    expect(text).toEqual([
      'Vehicle: 3f3f3f3f (model 3f3f3f3f)',
      'Full wrap: Satin Night Black',
      'PPF: Full body PPF (matte)',
      'Wheels: 19-inch Aero wheels',
      'Accessories: All-weather floor mats',
      'Maintenance: Basic care: 2 services, 2 years',
    ]);
  });

  it('old and launch-EV codes are unchanged: format 1, and a named launch EV round-trips', () => {
    const launch: Configuration = {
      schemaVersion: 1,
      vehicle: 'compact-ev',
      trim: 'standard',
      battery: 'buy',
    };
    expect(encodeConfigurationCode(launch, catalog)[0]).toBe('1');
    const named: Configuration = { ...launch, vehicle: { id: 'compact-ev', modelSha256: 'e'.repeat(64) } };
    const back = decodeConfigurationCode(encodeConfigurationCode(named, catalog), {
      catalog,
      zones,
      date: DATE,
    });
    if (!back.ok) throw new Error(messageText(back.error.message));
    expect(back.configuration).toStrictEqual(named);
    // Absent vehicle = the launch EV.
    const bare: Configuration = { schemaVersion: 1, trim: 'standard', battery: 'buy' };
    const b2 = decodeConfigurationCode(encodeConfigurationCode(bare, catalog), {
      catalog,
      zones,
      date: DATE,
    });
    if (!b2.ok) throw new Error(messageText(b2.error.message));
    expect(b2.configuration).toStrictEqual(bare);
  });
});

describe('vehicle not in this shop', () => {
  it('decides from the shop library ids; the launch EV is always here', () => {
    expect(vehicleHere(catalog, { vehicle: 'compact-ev' }, []).here).toBe(true);
    expect(vehicleHere(catalog, {}, []).here).toBe(true);
    expect(vehicleHere(catalog, { vehicle: { id: ROMA, modelSha256: ROMA } }, [ROMA]).here).toBe(true);
    const gone = vehicleHere(catalog, { vehicle: { id: ROMA, modelSha256: ROMA } }, ['ab'.repeat(32)]);
    expect(gone.here).toBe(false);
    if (!gone.here)
      expect(messageText(gone.message)).toMatch(
        /vehicle 3f3f3f3f, which is not in this shop's vehicle library/,
      );
  });
});

describe('drafts and work orders of a library car', () => {
  it('name the vehicle and model hash, have no trim, verify, and list the body area and film', () => {
    const c = romaConfiguration();
    const priced = priceQuote(catalog, c, { date: DATE, zones: roma.zones, vehicle: roma.vehicle });
    if (!priced.ok) throw new Error(JSON.stringify(priced.reasons));
    const draft = makeDraft(catalog, roma.zones, c, { quote: priced.quote, vehicle: roma.vehicle });
    expect(draft.vehicle).toEqual({ id: ROMA, name: roma.vehicle.name, modelSha256: ROMA, kind: 'service' });
    expect(verifyDraft(JSON.parse(JSON.stringify(draft))).ok).toBe(true);
    expect(draft.configurationCode[0]).toBe('2');
    const order = buildWorkOrder(draft, catalog, roma.zones);
    expect(order.body).toEqual({
      areaM2: 11.0725,
      films: [
        {
          item: 'satin-black',
          sku: expect.any(String),
          name: expect.objectContaining({ en: 'Satin Night Black' }),
        },
        {
          item: 'ppf-full-body-matte',
          sku: expect.any(String),
          name: expect.objectContaining({ en: 'Full body PPF (matte)' }),
        },
      ],
    });
    expect(order.wrap.map((j) => [j.zone, j.areaM2])).toEqual([['body', 11.0725]]);
  });
});
