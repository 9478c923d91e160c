import { createHash, randomBytes } from 'node:crypto';

/** How long a launch code lives when nothing else is asked for: long enough for Chromium to start. */
export const LAUNCH_CODE_TTL_MS = 60_000;
/** Page sessions kept at once; the oldest goes when another opens (each open of the app makes one). */
export const MAX_PAGE_SESSIONS = 32;

/** One opened page session: `caller` names it to the handlers (staff sessions are bound to it). */
export interface PageSession {
  caller: string;
}

/**
 * Launch codes and the page sessions they open. A code is a one-time secret the launcher hands the page
 * (a 0600 file, never a command line); the page trades it once for a random session id the host sets as an
 * HttpOnly, SameSite=Strict cookie. Codes die on first use or after their time to live.
 */
export interface SessionKeeper {
  /** Mints a one-time launch code that dies after `ttlMs`. */
  issueCode(ttlMs?: number): string;
  /** Trades a live code for a new session id (the code dies here); undefined for an unknown, used or expired code. */
  redeem(code: string): string | undefined;
  /** Kills a code without opening a session (it was shown by the wrong caller). */
  burn(code: string): void;
  /** The page session a `Cookie` header carries, if it names a live one. */
  sessionOf(cookieHeader: string | undefined): PageSession | undefined;
  /** The `Set-Cookie` value for a session id. */
  cookie(sessionId: string): string;
}

const digest = (secret: string) => createHash('sha256').update(secret).digest('base64url');

/** Builds the keeper for one host; `port` names the cookie so two instances on this machine never mix. */
export function createSessionKeeper(port: number, now: () => number = Date.now): SessionKeeper {
  const codes = new Map<string, number>();
  // Keyed by a digest so a lookup's timing says nothing about a secret's characters.
  const sessions = new Map<string, PageSession>();
  const name = `wrapcfg_session_${port}`;
  let opened = 0;
  return {
    issueCode(ttlMs = LAUNCH_CODE_TTL_MS) {
      const code = randomBytes(24).toString('base64url');
      codes.set(digest(code), now() + ttlMs);
      return code;
    },
    burn(code) {
      codes.delete(digest(code));
    },
    redeem(code) {
      const key = digest(code);
      const expires = codes.get(key);
      codes.delete(key);
      for (const [k, until] of codes) if (until <= now()) codes.delete(k);
      if (expires === undefined || expires <= now()) return undefined;
      const id = randomBytes(32).toString('base64url');
      opened += 1;
      sessions.set(digest(id), { caller: `http:page-${opened}` });
      while (sessions.size > MAX_PAGE_SESSIONS) sessions.delete(sessions.keys().next().value as string);
      return id;
    },
    sessionOf(cookieHeader) {
      const id = readCookie(cookieHeader, name);
      return id ? sessions.get(digest(id)) : undefined;
    },
    cookie: (id) => `${name}=${id}; Path=/; HttpOnly; SameSite=Strict`,
  };
}

/** The value of cookie `name` in a `Cookie` header. */
function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
