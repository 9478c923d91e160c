import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const shell = resolve(import.meta.dirname, '../../../electron');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/**
 * Every BrowserWindow (the app window and the hidden PDF printer) comes from `secureWindow`, whose
 * webPreferences are spelt out literally so electronegativity can check them; a second constructor would be a
 * second set of preferences to keep in step.
 */
describe('webPreferences of every BrowserWindow', () => {
  it('are built in one place, secure-window.ts', () => {
    const constructing = sources(shell).filter((f) => /new BrowserWindow\(/.test(readFileSync(f, 'utf8')));
    expect(constructing.map((f) => f.slice(shell.length + 1))).toEqual(['shell/secure-window.ts']);
    const users = sources(shell).filter((f) => /secureWindow\(/.test(readFileSync(f, 'utf8')));
    expect(users.map((f) => f.slice(shell.length + 1)).sort()).toEqual([
      'shell/pdf-electron.ts',
      'shell/secure-window.ts',
      'shell/window.ts',
    ]);
  });

  it('lock the window down: every flag written out with its safe value', () => {
    const source = readFileSync(join(shell, 'shell', 'secure-window.ts'), 'utf8');
    const body = source.slice(source.indexOf('webPreferences: {'));
    const flags = new Map([...body.matchAll(/^\s*(\w+): (.+?),$/gm)].map((m) => [m[1]!, m[2]!] as const));
    expect(Object.fromEntries(flags)).toEqual({
      contextIsolation: 'true',
      sandbox: 'true',
      nodeIntegration: 'false',
      nodeIntegrationInWorker: 'false',
      nodeIntegrationInSubFrames: 'false',
      webSecurity: 'true',
      allowRunningInsecureContent: 'false',
      experimentalFeatures: 'false',
      webviewTag: 'false',
      navigateOnDragDrop: 'false',
      spellcheck: 'false',
      disableBlinkFeatures: "'Auxclick'",
    });
  });
});
