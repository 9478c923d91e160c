/** Artwork checks main runs before anything is decoded: headers, names, hashes. */

export * from './header';
export * from './names';
export * from './orientation';
export * from './outline';
export * from './problem';
export * from './template';
