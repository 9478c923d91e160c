/** A model file the app cannot show, with a message a shop owner can act on. */
export class ModelFileError extends Error {
  override name = 'ModelFileError';
}
