import assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import { test } from 'node:test';
import {
  connectReceiver,
  isReceiver,
  parseRevealCall,
  receiverInboxScript,
} from '../../src/components/Deck/receiver';

const origin = 'http://127.0.0.1:3000';

/** A window stand-in: messages are dispatched synchronously, as separate events. */
function fakeWindow(search: string) {
  const target = new EventTarget();
  const win = Object.assign(target, {
    location: { origin, search },
    post(data: unknown, from = origin) {
      target.dispatchEvent(new MessageEvent('message', { data, origin: from }));
    },
  });
  return win as typeof win & Window & { __deckInbox?: unknown[] | null };
}

function recordingDeck() {
  const calls: string[] = [];
  const deck = {
    setState: (state: unknown) => void calls.push(`setState ${JSON.stringify(state)}`),
    next: () => void calls.push('next'),
    prev: () => void calls.push('prev'),
    slide: (h: unknown, v: unknown) => void calls.push(`slide ${String(h)} ${String(v)}`),
    triggerKey: (key: unknown) => void calls.push(`triggerKey ${String(key)}`),
  };
  return { deck, calls };
}

const call = (method: string, args: unknown[] = []) => JSON.stringify({ method, args });

test('only the speaker view previews are receivers', () => {
  assert.equal(isReceiver('?receiver&progress=false'), true);
  assert.equal(isReceiver('?x=1&receiver=1'), true);
  assert.equal(isReceiver(''), false);
  assert.equal(isReceiver('?print-pdf'), false);
  assert.equal(isReceiver('?receivers'), false);
});

test('reveal.js API messages parse; other methods and other messages are refused', () => {
  assert.deepEqual(parseRevealCall(call('next')), { method: 'next', args: [] });
  assert.deepEqual(parseRevealCall(call('setState', [{ indexh: 2 }])), {
    method: 'setState',
    args: [{ indexh: 2 }],
  });
  assert.equal(parseRevealCall(call('addEventListener', ['x'])), undefined);
  assert.equal(parseRevealCall(call('destroy')), undefined);
  assert.equal(parseRevealCall('{"namespace":"reveal-notes","type":"heartbeat"}'), undefined);
  assert.equal(parseRevealCall('{not json}'), undefined);
  assert.equal(parseRevealCall({ method: 'next' }), undefined);
});

test('messages kept before the deck started are applied first, then live ones, once each', () => {
  const win = fakeWindow('?receiver');
  // The head script, run as the page would: it keeps what arrives before the deck.
  runInNewContext(receiverInboxScript, {
    window: win,
    location: win.location,
    addEventListener: win.addEventListener.bind(win),
  });
  win.post(call('setState', [{ indexh: 0, indexv: 0 }]));
  win.post(call('next'));
  win.post(call('next'), 'http://elsewhere.example');
  assert.equal(win.__deckInbox?.length, 2, 'the head script keeps same-origin messages only');

  const { deck, calls } = recordingDeck();
  const disconnect = connectReceiver(deck, win);
  assert.deepEqual(calls, ['setState {"indexh":0,"indexv":0}', 'next']);
  assert.equal(win.__deckInbox, null, 'the head script stops keeping messages');

  win.post(call('triggerKey', [39]));
  assert.deepEqual(calls.slice(2), ['triggerKey 39'], 'a live message is applied once');
  disconnect();
  win.post(call('next'));
  assert.equal(calls.length, 3, 'nothing is applied after disconnecting');
});

test('the head script does nothing outside the speaker view previews', () => {
  const win = fakeWindow('');
  runInNewContext(receiverInboxScript, {
    window: win,
    location: win.location,
    addEventListener: win.addEventListener.bind(win),
  });
  assert.equal(win.__deckInbox, undefined);
});
