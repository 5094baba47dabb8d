/**
 * The speaker view's two previews are this page in iframes (`?receiver`), driven by postMessage:
 * `setState` and `next` whenever the presenter moves, `triggerKey` for keys pressed in the
 * speaker window. The speaker view sends the first state as soon as the *current* preview is
 * ready, so the *upcoming* preview, often still hydrating, missed it and showed the current
 * slide until the presenter moved on. An inline script in the page head (`receiverInboxScript`)
 * keeps what arrives before reveal.js runs; `connectReceiver` replays it and then forwards what
 * follows, each message once and in order. reveal.js' own listener is off in receivers.
 */
import type { RevealApi } from 'reveal.js';

const receiverQuery = /[?&]receiver(?:[=&]|$)/i;

/** True in the speaker view's previews. */
export const isReceiver = (search: string): boolean => receiverQuery.test(search);

/** Where the head script keeps early messages; `null` once the deck has taken them over. */
interface InboxWindow {
  __deckInbox?: unknown[] | null;
}

/** Runs in the page head, before any bundle: collects messages until the deck connects. */
export const receiverInboxScript = `(function(){if(!${receiverQuery.toString()}.test(location.search)||window.__deckInbox!==undefined)return;var inbox=window.__deckInbox=[];addEventListener('message',function(e){if(window.__deckInbox===inbox&&e.origin===location.origin)inbox.push(e.data)})})()`;

/** The calls the speaker view makes on a preview; nothing else is accepted. */
const methods = ['setState', 'next', 'prev', 'slide', 'triggerKey'] as const;
type Method = (typeof methods)[number];

export interface RevealCall {
  readonly method: Method;
  readonly args: readonly unknown[];
}

/** A message of reveal.js' postMessage API (`{"method": "...", "args": [...]}`), if allowed. */
export function parseRevealCall(data: unknown): RevealCall | undefined {
  if (typeof data !== 'string' || !data.startsWith('{') || !data.endsWith('}')) return undefined;
  let message: unknown;
  try {
    message = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (typeof message !== 'object' || message === null) return undefined;
  const { method, args } = message as { method?: unknown; args?: unknown };
  const known = methods.find((m) => m === method);
  if (!known) return undefined;
  return { method: known, args: Array.isArray(args) ? args : [] };
}

type Callable = Record<Method, (...args: unknown[]) => unknown>;

/**
 * Applies the messages kept by the head script, then every message that follows, to the deck.
 * Returns the function that stops listening.
 */
export function connectReceiver(
  deck: Pick<RevealApi, Method>,
  target: Window = window,
): () => void {
  const inboxWindow = target as Window & InboxWindow;
  const early = inboxWindow.__deckInbox ?? [];
  inboxWindow.__deckInbox = null;
  const apply = (data: unknown) => {
    const call = parseRevealCall(data);
    if (call) (deck as unknown as Callable)[call.method](...call.args);
  };
  const onMessage = (event: MessageEvent) => {
    if (event.origin === target.location.origin) apply(event.data);
  };
  target.addEventListener('message', onMessage);
  for (const data of early) apply(data);
  return () => target.removeEventListener('message', onMessage);
}
