import { messageText } from '@contract/i18n';
import { type CatalogError, validateCatalog } from '@domain/catalog/validate';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusTally } from '../../support/corpus';
import { rawDefault } from './fixtures';

const corpus = new CorpusTally('catalogs', import.meta.url);
afterAll(() => corpus.write());

type Raw = ReturnType<typeof rawDefault>;
// biome-ignore lint/suspicious/noExplicitAny: tests reach into raw JSON to break it on purpose
type Any = any;

function errorsOf(mutate: (raw: Raw) => void): CatalogError[] {
  const raw = rawDefault();
  mutate(raw);
  const r = validateCatalog(raw);
  return r.ok ? [] : r.errors;
}

const f = (raw: Raw, file: string): Any => raw[file];

/** Each case breaks the default catalog one way and names the error it must give. */
const CASES: { name: string; mutate: (raw: Raw) => void; file: string; path: string; message: RegExp }[] = [
  {
    name: 'missing file',
    mutate: (r) => delete r['films.json'],
    file: 'films.json',
    path: '$',
    message: /missing catalog file/,
  },
  {
    name: 'price in yuan with decimals',
    mutate: (r) => {
      f(r, 'films.json').films[3].pricePerM2Fen = 228.5;
    },
    file: 'films.json',
    path: '$.films[3].pricePerM2Fen',
    message: /not representable in fen/,
  },
  {
    name: 'negative price',
    mutate: (r) => {
      f(r, 'accessories.json').accessories[0].priceFen = -100;
    },
    file: 'accessories.json',
    path: '$.accessories[0].priceFen',
    message: /negative amount/,
  },
  {
    name: 'price as a string',
    mutate: (r) => {
      f(r, 'catalog.json').trims[1].priceFen = '168800';
    },
    file: 'catalog.json',
    path: '$.trims[1].priceFen',
    message: /expected an amount in fen/,
  },
  {
    name: 'unknown finish',
    mutate: (r) => {
      f(r, 'films.json').films[0].finish = 'glossy';
    },
    file: 'films.json',
    path: '$.films[0].finish',
    message: /gloss/,
  },
  {
    name: 'bad colour',
    mutate: (r) => {
      f(r, 'films.json').films[0].material.color = 'white';
    },
    file: 'films.json',
    path: '$.films[0].material.color',
    message: /#rrggbb/,
  },
  {
    name: 'missing English name',
    mutate: (r) => {
      delete f(r, 'stores.json').stores[2].name.en;
    },
    file: 'stores.json',
    path: '$.stores[2].name.en',
    message: /expected string/i,
  },
  {
    name: 'unknown field (typo)',
    mutate: (r) => {
      f(r, 'maintenance.json').maintenancePackages[0].pirceFen = 1;
    },
    file: 'maintenance.json',
    path: '$.maintenancePackages[0]',
    message: /pirceFen/,
  },
  {
    name: 'duplicate id across files',
    mutate: (r) => {
      f(r, 'accessories.json').accessories[0].id = 'gloss-red';
    },
    file: 'accessories.json',
    path: '$.accessories[0].id',
    message: /duplicate id "gloss-red".*films\.json/,
  },
  {
    name: 'duplicate id in one file',
    mutate: (r) => {
      f(r, 'wheels.json').wheels[1].id = 'aero-17';
    },
    file: 'wheels.json',
    path: '$.wheels[1].id',
    message: /duplicate id "aero-17"/,
  },
  {
    name: 'trim default wheel unknown',
    mutate: (r) => {
      f(r, 'catalog.json').trims[0].defaultWheel = 'aero-18';
    },
    file: 'catalog.json',
    path: '$.trims[0].defaultWheel',
    message: /unknown wheel "aero-18"/,
  },
  {
    name: 'package item unknown',
    mutate: (r) => {
      f(r, 'packages.json').accessoryPackages[0].items[1] = 'roof-tent';
    },
    file: 'packages.json',
    path: '$.accessoryPackages[0].items[1]',
    message: /unknown accessory "roof-tent"/,
  },
  {
    name: 'package item of the wrong kind',
    mutate: (r) => {
      f(r, 'packages.json').accessoryPackages[0].items[1] = 'chrome-delete';
    },
    file: 'packages.json',
    path: '$.accessoryPackages[0].items[1]',
    message: /is a trimPiece, expected accessory/,
  },
  {
    name: 'rule names unknown item',
    mutate: (r) => {
      f(r, 'rules.json').rules[0].item = 'roof-tent';
    },
    file: 'rules.json',
    path: '$.rules[0].item',
    message: /unknown option "roof-tent"/,
  },
  {
    name: 'rule requires unknown item',
    mutate: (r) => {
      f(r, 'rules.json').rules[0].requires = 'crossbar';
    },
    file: 'rules.json',
    path: '$.rules[0].requires',
    message: /unknown .*"crossbar"/,
  },
  {
    name: 'onlyOnTrims names unknown trim',
    mutate: (r) => {
      f(r, 'rules.json').rules[8].trims = ['sport'];
    },
    file: 'rules.json',
    path: '$.rules[8].trims[0]',
    message: /unknown trim "sport"/,
  },
  {
    name: 'requires cycle',
    mutate: (r) => {
      f(r, 'rules.json').rules.push({
        id: 'rule-rails-need-box',
        kind: 'requires',
        item: 'roof-rails',
        requires: 'roof-box',
      });
    },
    file: 'rules.json',
    path: '$.rules[14].requires',
    message: /requires cycle: .*roof-box.*→.*roof-box|requires cycle: .*roof-rails.*→.*roof-rails/,
  },
  {
    name: 'requires contradicts excludes',
    mutate: (r) => {
      f(r, 'rules.json').rules.push({
        id: 'rule-steps-need-flaps',
        kind: 'requires',
        item: 'side-steps',
        requires: 'mud-flaps',
      });
    },
    file: 'rules.json',
    path: '$.rules[14]',
    message: /contradiction/,
  },
  {
    name: 'sameZone on options without zones',
    mutate: (r) => {
      f(r, 'rules.json').rules[7].sameZone = true;
    },
    file: 'rules.json',
    path: '$.rules[7].sameZone',
    message: /sameZone needs options that sit on zones/,
  },
  {
    name: 'promotion with inverted dates',
    mutate: (r) => {
      Object.assign(f(r, 'promotions.json').promotions[1], {
        validFrom: '2027-01-01',
        validTo: '2026-12-31',
      });
    },
    file: 'promotions.json',
    path: '$.promotions[1].validTo',
    message: /inverted dates/,
  },
  {
    name: 'promotion for an unknown store',
    mutate: (r) => {
      f(r, 'promotions.json').promotions[3].stores = ['gz-tianhe'];
    },
    file: 'promotions.json',
    path: '$.promotions[3].stores[0]',
    message: /unknown store "gz-tianhe"/,
  },
  {
    name: 'promotion on unknown category',
    mutate: (r) => {
      f(r, 'promotions.json').promotions[1].discount.category = 'paint';
    },
    file: 'promotions.json',
    path: '$.promotions[1].discount.category',
    message: /vehicle/,
  },
  {
    name: 'impossible date',
    mutate: (r) => {
      f(r, 'promotions.json').promotions[1].validTo = '2026-02-30';
    },
    file: 'promotions.json',
    path: '$.promotions[1].validTo',
    message: /not a real calendar date/,
  },
  {
    name: 'price list inverted',
    mutate: (r) => {
      f(r, 'catalog.json').priceList.effectiveTo = '2026-01-01';
    },
    file: 'catalog.json',
    path: '$.priceList.effectiveTo',
    message: /inverted dates/,
  },
  {
    name: 'area with too many decimals',
    mutate: (r) => {
      f(r, 'tint.json').windowSets[0].areaM2 = 1.123456;
    },
    file: 'tint.json',
    path: '$.windowSets[0].areaM2',
    message: /at most 4 decimal places/,
  },
  {
    name: 'zone id not in the vocabulary',
    mutate: (r) => {
      f(r, 'ppf.json').packages[0].zones.push('bonnet');
    },
    file: 'ppf.json',
    path: '$.packages[0].zones[4]',
    message: /expected a zone id/,
  },
  {
    name: 'bundle discount larger than the items',
    mutate: (r) => {
      f(r, 'packages.json').accessoryPackages[0].discount.amountFen = 10_000_000;
    },
    file: 'packages.json',
    path: '$.accessoryPackages[0].discount.amountFen',
    message: /exceeds the items' prices/,
  },
  {
    name: 'two promotions with one code',
    mutate: (r) => {
      f(r, 'promotions.json').promotions[2].code = 'VIP2026';
    },
    file: 'promotions.json',
    path: '$.promotions[2].code',
    message: /code VIP2026 also used/,
  },
  {
    name: 'bad JSON shape (array instead of object)',
    mutate: (r) => {
      (r as Any)['stores.json'] = [];
    },
    file: 'stores.json',
    path: '$',
    message: /expected object/,
  },
  {
    name: 'battery credit above the price',
    mutate: (r) => {
      f(r, 'catalog.json').trims[0].battery.subscription.creditFen = 99_000_000;
    },
    file: 'catalog.json',
    path: '$.trims[0].battery.subscription.creditFen',
    message: /larger than the trim price/,
  },
];

describe('catalog validation', () => {
  it('accepts the default catalog', () => {
    const r = validateCatalog(rawDefault());
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it.each(CASES)('$name → $file $path', ({ name, mutate, file, path, message }) => {
    const errors = errorsOf(mutate);
    const hit = errors.find((e) => e.file === file && e.path === path);
    expect(hit, JSON.stringify(errors, null, 1)).toBeDefined();
    expect(messageText(hit!.message)).toMatch(message);
    corpus.add(name);
  });

  it('says every problem in both languages: a domain.catalog key, every placeholder filled, Chinese in zh-CN', () => {
    for (const { name, mutate } of CASES) {
      for (const e of errorsOf(mutate)) {
        expect(e.message.key, name).toMatch(/^catalog\./);
        const en = messageText(e.message, 'en');
        const zh = messageText(e.message, 'zh-CN');
        expect(`${en} ${zh}`, name).not.toMatch(/\{\{|domain\.catalog|catalog\.schema/);
        if (e.message.key !== 'catalog.other') expect(zh, `${name}: ${en}`).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('reports every problem at once, across files', () => {
    const errors = errorsOf((r) => {
      f(r, 'films.json').films[0].pricePerM2Fen = -1;
      f(r, 'stores.json').stores[0].labourRatePerHourFen = 180.5;
      f(r, 'wheels.json').calipers[0].color = 'grey';
    });
    expect(errors.map((e) => `${e.file} ${e.path}`)).toEqual([
      'films.json $.films[0].pricePerM2Fen',
      'wheels.json $.calipers[0].color',
      'stores.json $.stores[0].labourRatePerHourFen',
    ]);
    corpus.add('three problems in three files');
  });

  it('reports all cross-file problems together too', () => {
    const errors = errorsOf((r) => {
      f(r, 'rules.json').rules[0].item = 'nope-1';
      f(r, 'packages.json').accessoryPackages[1].items[0] = 'nope-2';
    });
    expect(errors).toHaveLength(2);
    corpus.add('two cross-file problems');
  });

  it('reports a schema error, a dangling reference, a requires cycle and inverted dates in one run', () => {
    const errors = errorsOf((r) => {
      f(r, 'films.json').films[2].pricePerM2Fen = -1;
      f(r, 'catalog.json').trims[0].defaultWheel = 'aero-18';
      f(r, 'rules.json').rules.push({
        id: 'rule-rails-need-box',
        kind: 'requires',
        item: 'roof-rails',
        requires: 'roof-box',
      });
      Object.assign(f(r, 'promotions.json').promotions[1], {
        validFrom: '2027-01-01',
        validTo: '2026-12-31',
      });
    });
    expect(errors.map((e) => `${e.file} ${e.path}`)).toEqual([
      'films.json $.films[2].pricePerM2Fen',
      'catalog.json $.trims[0].defaultWheel',
      'promotions.json $.promotions[1].validTo',
      'rules.json $.rules[14].requires',
    ]);
    expect(errors.map((e) => messageText(e.message))).toEqual([
      expect.stringMatching(/negative amount/),
      expect.stringMatching(/unknown wheel "aero-18"/),
      expect.stringMatching(/inverted dates/),
      expect.stringMatching(/requires cycle/),
    ]);
    corpus.add('schema, reference, cycle and date problems together');
  });

  it('checks the items after a rejected one at their own index in the file', () => {
    const errors = errorsOf((r) => {
      f(r, 'rules.json').rules[2].kind = 'needs';
      f(r, 'rules.json').rules[9].trims = ['sport'];
    });
    expect(errors.map((e) => `${e.file} ${e.path}`)).toEqual([
      'rules.json $.rules[2].kind',
      'rules.json $.rules[9].trims[0]',
    ]);
    corpus.add('rejected rule before a dangling one');
  });

  it('a rejected item still counts as known: references to it are not a second error', () => {
    const errors = errorsOf((r) => {
      expect(f(r, 'catalog.json').trims[0].defaultWheel).toBe(f(r, 'wheels.json').wheels[0].id);
      f(r, 'wheels.json').wheels[0].priceFen = -5;
    });
    expect(errors.map((e) => `${e.file} ${e.path}`)).toEqual(['wheels.json $.wheels[0].priceFen']);
    corpus.add('references to a rejected item');
  });

  it('a rejected item with a taken id is reported as a duplicate in the same run', () => {
    const errors = errorsOf((r) => {
      Object.assign(f(r, 'wheels.json').wheels[2], { id: 'aero-17', priceFen: -5 });
    });
    expect(errors.map((e) => `${e.file} ${e.path}`)).toEqual([
      'wheels.json $.wheels[2].priceFen',
      'wheels.json $.wheels[2].id',
    ]);
    corpus.add('rejected item with a duplicate id');
  });

  it.each([
    ['films.json', (r: Raw) => delete r['films.json']],
    ['wheels.json', (r: Raw) => ((r as Any)['wheels.json'] = 'wheels')],
    ['accessories.json', (r: Raw) => (f(r, 'accessories.json').accessories = {})],
    ['catalog.json', (r: Raw) => (f(r, 'catalog.json').vehicle = null)],
  ])('an unreadable %s hides no other problem and invents none', (file, mutate) => {
    const errors = errorsOf((r) => {
      mutate(r);
      f(r, 'promotions.json').promotions[3].stores = ['gz-tianhe'];
    });
    expect(errors.filter((e) => e.file !== file).map((e) => `${e.file} ${e.path}`)).toEqual([
      'promotions.json $.promotions[3].stores[0]',
    ]);
    expect(errors.filter((e) => e.file === file).length).toBeGreaterThan(0);
    corpus.add(`unreadable ${file} next to a dangling rule`);
  });
});
