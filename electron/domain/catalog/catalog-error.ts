/** One catalog problem: which file, where in it (JSON path), and why. */
export interface CatalogError {
  file: string;
  path: string;
  message: string;
}
