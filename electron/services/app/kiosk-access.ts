/** How long a kiosk customer may still print the draft they saved, if the screen never reports them gone. */
export const OWN_DRAFT_MS = 15 * 60_000;

/**
 * Who may see customer data on a kiosk. A staff session is opened with the PIN and bound to the caller that
 * opened it (`CallContext.caller`: one Electron window, one local-host cookie session); it ends when that
 * screen returns to customer use (`end`) or after `idleMs` without a staff call. A customer may print the
 * drafts their own screen saved in the current customer session, nothing else.
 */
export class KioskAccess {
  readonly #staff = new Map<string, number>();
  readonly #own = new Map<string, { ids: Set<string>; until: number }>();

  constructor(
    private readonly idleMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Opens a staff session for this caller (the PIN was right). */
  openStaff(caller: string): void {
    this.#staff.set(caller, this.now() + this.idleMs);
  }

  /** Whether this caller has a live staff session; a staff call keeps it alive for another `idleMs`. */
  isStaff(caller: string | undefined): boolean {
    if (caller === undefined) return false;
    const until = this.#staff.get(caller);
    if (until === undefined) return false;
    if (this.now() >= until) {
      this.#staff.delete(caller);
      return false;
    }
    this.#staff.set(caller, this.now() + this.idleMs);
    return true;
  }

  /** Remembers a draft this caller's customer just saved (they may print it). */
  savedDraft(caller: string | undefined, id: string): void {
    if (caller === undefined) return;
    const own = this.#own.get(caller);
    const until = this.now() + OWN_DRAFT_MS;
    if (own && this.now() < own.until) {
      own.ids.add(id);
      own.until = until;
    } else this.#own.set(caller, { ids: new Set([id]), until });
  }

  /** Whether this caller's current customer saved draft `id`. */
  ownsDraft(caller: string | undefined, id: string): boolean {
    if (caller === undefined) return false;
    const own = this.#own.get(caller);
    return own !== undefined && this.now() < own.until && own.ids.has(id);
  }

  /** The screen is back in customer use: its staff session ends and its customer's drafts are forgotten. */
  end(caller: string | undefined): void {
    if (caller === undefined) return;
    this.#staff.delete(caller);
    this.#own.delete(caller);
  }
}
