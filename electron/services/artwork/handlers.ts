import type { Handlers } from '../app/dispatch';
import type { Services } from '../app/services';
import { manifestPathFor, TemplateBuilder } from './templates';

type ArtworkChannel =
  | 'artwork:list'
  | 'artwork:pick'
  | 'artwork:import'
  | 'artwork:read'
  | 'artwork:template'
  | 'file:save';

/** Handlers for designer mode: the artwork folder, picked files, UV templates and saving exports. */
export function artworkHandlers(services: Services): Pick<Handlers, ArtworkChannel> {
  const artwork = services.artwork;
  const templates = new TemplateBuilder(() => manifestPathFor(services.catalog));
  return {
    'artwork:list': () => artwork.list(),
    'artwork:pick': () => artwork.pick(),
    'artwork:import': ({ name, dataBase64 }) => artwork.import(name, dataBase64),
    'artwork:read': ({ name }) => artwork.read(name),
    'artwork:template': ({ zone, format }) => templates.build(zone, format),
    'file:save': ({ fileName, mime, dataBase64 }) => artwork.save(fileName, mime, dataBase64),
  };
}
