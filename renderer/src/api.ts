import '../../electron/shared/bridge';
import type { Channel, RequestOf, ResponseOf } from '../../electron/shared/contract';
import { type ApiResult, fail } from '../../electron/shared/result';

/**
 * The renderer's one way to reach main: the preload bridge inside Electron, HTTP to the local host otherwise.
 * Always resolves; failures come back as typed errors the UI can show.
 */
export async function call<C extends Channel>(
  channel: C,
  payload: RequestOf<C>,
): Promise<ApiResult<ResponseOf<C>>> {
  if (window.configurator) {
    return (await window.configurator.invoke(channel, payload)) as ApiResult<ResponseOf<C>>;
  }
  try {
    const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${hostToken()}` },
      body: JSON.stringify(payload),
    });
    return (await response.json()) as ApiResult<ResponseOf<C>>;
  } catch {
    return fail('internal', 'The app service is not reachable.');
  }
}

const TOKEN_KEY = 'configurator.hostToken';

/** The local host's per-launch token: read once from the URL fragment, then kept for this tab only. */
function hostToken(): string {
  const match = /(?:^#|&)token=([\w-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** Reads the token from the address early, before anything else touches the URL. */
export function captureHostToken(): void {
  if (!window.configurator) hostToken();
}
