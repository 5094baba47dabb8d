import Head from '@docusaurus/Head';
import type { DeckData } from '@site/slides/data';
import LayoutProvider from '@theme/Layout/Provider';
import { useMemo, useRef, type ReactNode } from 'react';
import { receiverInboxScript } from './receiver';
import Slide from './Slide';
import { DeckContext, useReveal } from './useReveal';
import { useWords } from './words';

/**
 * The deck page (`/slides`, `/en/slides`), added by slides/plugin.ts with this locale's deck
 * data. A full-screen reveal.js presentation without the site's navbar; the slides are rendered
 * on the server too, so the HTML holds every slide and its notes before reveal.js starts.
 */
export default function DeckPage({ deck }: { deck: DeckData }): ReactNode {
  const words = useWords();
  const element = useRef<HTMLElement>(null);
  const state = useReveal(element);
  // The same elements on every render: reveal.js moves and restyles these sections, and React
  // must never reconcile them again after it has started.
  const slides = useMemo(
    () => deck.slides.map((slide) => <Slide key={slide.id} slide={slide} />),
    [deck],
  );
  // The theme's providers without its layout (no navbar): diagrams drawn live in `npm start`
  // read the colour mode and Mermaid settings from them.
  return (
    <LayoutProvider>
      <Head>
        <title>{`${words.pageTitle} | Espectro`}</title>
        <meta name="description" content={words.pageDescription} />
        {/* Keeps the speaker view's first messages to a preview that is still loading. */}
        <script>{receiverInboxScript}</script>
      </Head>
      {/* In the page body: Docusaurus writes only title, meta, link and script tags of <Head>
          into the HTML, and a stylesheet added after hydration would flash unstyled slides.
          Set as HTML: the build's HTML minifier rewrites the CSS, which text would not match. */}
      <style dangerouslySetInnerHTML={{ __html: deck.css }} />
      <DeckContext.Provider value={state}>
        <main className="reveal espectro-deck" ref={element} data-deck-state="loading">
          <div className="slides">{slides}</div>
        </main>
      </DeckContext.Provider>
    </LayoutProvider>
  );
}
