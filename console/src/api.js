// Talking to the ledger's GraphQL API, and the session the console keeps.

import { createClient } from 'graphql-ws/client';
import { acceptLanguage } from './i18n.js';

const TOKEN_KEY = 'civic-ledger.token';
const LANG_KEY = 'civic-ledger.lang';

/** The claims a token carries (it is a JWT: the payload is readable without the key). */
export function decodeClaims(token) {
  const parts = String(token).trim().split('.');
  if (parts.length !== 3) return null;
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes));
    return claims && typeof claims.role === 'string' && typeof claims.exp === 'number' ? claims : null;
  } catch {
    return null;
  }
}

export const session = {
  token() {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  save(token) {
    sessionStorage.setItem(TOKEN_KEY, token.trim());
  },
  clear() {
    sessionStorage.removeItem(TOKEN_KEY);
    // Signing out ends the live updates opened with the token.
    closeLive();
  },
};

export const language = {
  get() {
    const saved = localStorage.getItem(LANG_KEY);
    return saved === 'en' ? 'en' : 'zh';
  },
  set(lang) {
    localStorage.setItem(LANG_KEY, lang);
  },
};

/**
 * A command id (UUID v4) from `crypto.getRandomValues`, which works on plain-HTTP intranet
 * addresses too (`crypto.randomUUID` needs a secure context).
 */
export function newCommandId() {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An error the API gave (or the network), with its `extensions`. */
export class ApiError extends Error {
  constructor(message, extensions = {}, status = 200) {
    super(message);
    this.code = extensions.code ?? 'INTERNAL';
    this.rule = extensions.rule ?? null;
    this.field = extensions.field ?? null;
    this.extensions = extensions;
    this.status = status;
  }
}

/** Called when the server refuses the token itself (expired, or from another ledger). */
let onUnauthenticated = () => {};
export function whenUnauthenticated(handler) {
  onUnauthenticated = handler;
}

/** Runs one operation; resolves to `data`, or rejects with the first error as an [`ApiError`]. */
export async function gql(query, variables, { lang, token = session.token() } = {}) {
  const headers = { 'content-type': 'application/json', 'accept-language': acceptLanguage(lang) };
  if (token) headers.authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch (e) {
    throw new ApiError(e.message, { code: 'NETWORK' }, 0);
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`HTTP ${response.status}`, { code: 'NETWORK' }, response.status);
  }
  const first = body.errors?.[0];
  if (first) {
    const error = new ApiError(first.message, first.extensions ?? {}, response.status);
    if (response.status === 401) onUnauthenticated(error);
    throw error;
  }
  return body.data;
}

/**
 * The WebSocket of live updates (graphql-transport-ws at /graphql/ws), one for every
 * subscription of the page: opened with the first subscription, closed a little after the last
 * ends, and opened anew when the token or the language changes (the server reads both once,
 * from `connection_init`). A dropped socket reconnects, with waits growing to 30 s; the server
 * sends each subscription's current state first, so nothing missed meanwhile stays missing.
 */
let live = null;

function liveClient(lang) {
  const token = session.token();
  if (live && (live.token !== token || live.lang !== lang)) closeLive();
  if (!live) {
    const client = createClient({
      url: `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql/ws`,
      lazy: true,
      lazyCloseTimeout: 3_000,
      // The upgrade request carries the browser's own Accept-Language, not the console's
      // choice: the server takes the one sent here, as it takes the token.
      connectionParams: () => ({
        'Accept-Language': acceptLanguage(lang),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      }),
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(2 ** retries, 30) * 1000 + Math.random() * 1000)),
    });
    live = { client, token, lang };
  }
  return live.client;
}

/** Closes the live-update socket, ending its subscriptions (they report nothing more). */
export function closeLive() {
  if (!live) return;
  const { client } = live;
  live = null;
  client.dispose();
}

/**
 * Subscribes to `query`: `onData(data)` for each item, `onError(ApiError)` when the server
 * refuses the subscription or closes the socket for good (an expired token: 4401). Returns the
 * function that unsubscribes.
 */
export function subscribe(query, variables, { lang, onData, onError = () => {} }) {
  return liveClient(lang).subscribe(
    { query, variables },
    {
      next: (result) => {
        const first = result.errors?.[0];
        if (first) onError(new ApiError(first.message, first.extensions ?? {}));
        else onData(result.data);
      },
      error: (e) => {
        // A refusal of the operation comes as a list of GraphQL errors, a closed socket as
        // its close event (code and reason).
        const first = Array.isArray(e) ? e[0] : null;
        if (first) onError(new ApiError(first.message, first.extensions ?? {}));
        else onError(new ApiError(e?.reason || `WebSocket ${e?.code ?? ''}`.trim(), { code: 'NETWORK' }, 0));
      },
      complete: () => {},
    },
  );
}
