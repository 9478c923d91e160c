/**
 * Windows main opened itself to print one draft (Electron's hidden print window), by caller name
 * (`ipc:<web contents id>`) → draft id. The kiosk guard lets such a window read that draft only: the
 * `draft:pdf` call that opened it was already checked.
 */
export const printCallers = new Map<string, string>();
