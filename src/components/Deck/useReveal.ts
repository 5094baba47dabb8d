import { createContext, useEffect, useState, type RefObject } from 'react';
import type { RevealApi, RevealConfig } from 'reveal.js';
import { connectReceiver, isReceiver } from './receiver';

/** What the slides need to know about the running presentation. */
export interface DeckState {
  readonly deck: RevealApi | null;
  /** Id of the slide on screen. */
  readonly current: string | undefined;
  /** `?print-pdf`: every slide is laid out as a page at once, every diagram is drawn. */
  readonly printing: boolean;
}

export const DeckContext = createContext<DeckState>({
  deck: null,
  current: undefined,
  printing: false,
});

/**
 * The slide size the deck is designed at; reveal scales it to the screen. 16:9 Full HD, so a
 * 1920x1080 screen shows it 1:1 and a 1280x720 projector at exactly two thirds.
 */
const slideSize = { width: 1920, height: 1080 } as const;

const config: RevealConfig = {
  ...slideSize,
  margin: 0.02,
  minScale: 0.1,
  maxScale: 2,
  center: false,
  hash: true,
  controls: true,
  progress: true,
  slideNumber: 'c/t',
  transition: 'fade',
  transitionSpeed: 'fast',
  backgroundTransition: 'none',
  // One PDF page per slide: zoom steps are fragments and print at their starting state.
  pdfSeparateFragments: false,
  pdfMaxPagesPerSlide: 1,
};

/**
 * Enables the speaker view's pacing timer: it compares the time spent so far with the sum of
 * the `data-timing` budgets of the slides up to the current one (every slide carries one).
 * reveal's type declares `defaultTiming` as `null` only, hence the separate object.
 */
const pacing = { defaultTiming: 60 } as unknown as RevealConfig;

/**
 * Starts reveal.js on the element once the page is hydrated. reveal.js and its notes plugin
 * are behind dynamic imports in this module, so no other page of the site downloads them.
 */
// Requested as soon as the deck's chunk runs, so the download overlaps hydration instead of
// waiting for it; the first effect then usually finds reveal.js already there.
const revealModules =
  typeof window === 'undefined'
    ? undefined
    : Promise.all([import('reveal.js'), import('reveal.js/plugin/notes')]);

export function useReveal(element: RefObject<HTMLElement | null>): DeckState {
  const [state, setState] = useState<DeckState>({
    deck: null,
    current: undefined,
    printing: false,
  });

  useEffect(() => {
    let live = true;
    let stopKeeping: (() => void) | undefined;
    let disconnect: (() => void) | undefined;
    // reveal.js marks <html> (`reveal-print`, `reveal-full-page`, ...) and its CSS depends on
    // those classes, but the page head rewrites the class attribute whenever it updates; when
    // reveal.js starts before that update, its classes would be lost (and the PDF would print
    // every diagram 0 px high). Put them back for as long as the deck lives.
    const keepClasses = (html: HTMLElement, names: string[]) => {
      if (names.length === 0) return;
      const restore = () => {
        if (names.some((name) => !html.classList.contains(name))) html.classList.add(...names);
      };
      restore();
      const observer = new MutationObserver(restore);
      observer.observe(html, { attributes: true, attributeFilter: ['class'] });
      stopKeeping = () => {
        observer.disconnect();
        html.classList.remove(...names);
      };
    };
    const printing = /print-pdf/i.test(window.location.search);
    // In the speaker view's previews, src/components/Deck/receiver.ts answers the speaker view.
    const receiver = isReceiver(window.location.search);
    const started = (
      revealModules ?? Promise.all([import('reveal.js'), import('reveal.js/plugin/notes')])
    ).then(async ([{ default: Reveal }, { default: Notes }]) => {
      const root = element.current;
      if (!root) return undefined;
      const deck = new Reveal(root, {
        ...config,
        ...pacing,
        ...(receiver ? { postMessage: false } : {}),
        plugins: [Notes],
      });
      const html = document.documentElement;
      const before = new Set(html.classList);
      const added = new Set<string>();
      const note = () => {
        for (const name of html.classList) if (!before.has(name)) added.add(name);
      };
      const watcher = new MutationObserver(note);
      watcher.observe(html, { attributes: true, attributeFilter: ['class'] });
      // The print layout is built after initialize() resolves; the deck is ready after it.
      const laidOut = printing
        ? new Promise((resolve) => root.addEventListener('pdf-ready', resolve, { once: true }))
        : undefined;
      await deck.initialize();
      await laidOut;
      note();
      watcher.disconnect();
      if (live) keepClasses(html, [...added]);
      if (live && receiver) disconnect = connectReceiver(deck);
      const follow = () => {
        if (live) setState({ deck, current: deck.getCurrentSlide()?.id, printing });
      };
      deck.on('slidechanged', follow);
      follow();
      root.setAttribute('data-deck-state', 'ready');
      return deck;
    });
    started.catch((error: unknown) => {
      element.current?.setAttribute('data-deck-state', 'error');
      console.error('The deck could not start:', error);
    });
    return () => {
      live = false;
      stopKeeping?.();
      disconnect?.();
      void started.then((deck) => deck?.destroy()).catch(() => undefined);
    };
  }, [element]);

  return state;
}
