/** Why a call across the bridge was refused; the renderer shows `message`, tests check `code`. */
export type ApiErrorCode =
  | 'forbidden-sender'
  | 'unauthorized'
  /** Customer data on a kiosk: only a staff session opened with the PIN on this screen may see it. */
  | 'staff-only'
  | 'unknown-channel'
  | 'invalid-payload'
  | 'refused'
  | 'not-found'
  /** This runtime cannot do it (e.g. a native dialog on the local host); the page has another way. */
  | 'unsupported'
  /** Main answered outside the channel's response schema (a bug or mismatched versions); the page logs it. */
  | 'invalid-response'
  | 'internal';

/** A typed error returned instead of throwing across a process boundary. */
export interface ApiError {
  code: ApiErrorCode;
  message: string;
  /** Where the problem is (e.g. zod issue paths) when that helps the caller fix it. */
  details?: unknown;
}

/** Outcome of every bridge call: a value or a typed error, never an exception. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Wraps a value as a successful result. */
export const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });

/** Builds a failed result with a code and a human-readable message. */
export const fail = (code: ApiErrorCode, message: string, details?: unknown): ApiResult<never> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});

/** Error a handler throws to refuse a request with a specific code (turned into a failed result). */
export class RefusedError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'RefusedError';
  }
}
