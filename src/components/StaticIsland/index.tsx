import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useEffect, useState, type ReactNode } from 'react';

/** Marks the element whose server-rendered content a StaticIsland of that name reuses. */
export const islandAttribute = 'data-static-island';

const fetched = new Map<string, Promise<string>>();

/** The island's HTML as the server rendered it into this page's built file. */
function islandHtml(pathname: string, name: string): Promise<string> {
  const key = `${pathname}#${name}`;
  let html = fetched.get(key);
  if (!html) {
    html = fetch(pathname)
      .then((response) => {
        if (!response.ok) throw new Error(`${pathname}: HTTP ${response.status}`);
        return response.text();
      })
      .then((text) => {
        const page = new DOMParser().parseFromString(text, 'text/html');
        const island = page.querySelector(`[${islandAttribute}="${name}"]`);
        if (!island) throw new Error(`${pathname} has no "${name}" content`);
        return island.innerHTML;
      });
    html.catch(() => fetched.delete(key));
    fetched.set(key, html);
  }
  return html;
}

const failedWords = {
  'pt-BR': 'Não foi possível carregar este conteúdo. Recarregue a página.',
  en: 'This content could not be loaded. Reload the page.',
} as const;

/**
 * Browser side of content that only the server renders (src/plugins/static-islands.ts): its
 * data and components stay out of the page's JavaScript. On a page load the server's HTML is
 * already in the document and React leaves it alone; after a client-side navigation the same
 * HTML is taken from the page's built file, then the URL's #anchor is scrolled to.
 */
export default function StaticIsland({ name }: { name: string }): ReactNode {
  const { i18n } = useDocusaurusContext();
  const [hydrating] = useState(
    () =>
      typeof document !== 'undefined' &&
      document.querySelector(`[${islandAttribute}="${name}"]`)?.hasChildNodes() === true,
  );
  const [html, setHtml] = useState<string>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (hydrating) return undefined;
    let live = true;
    islandHtml(window.location.pathname, name).then(
      (text) => live && setHtml(text),
      (error: unknown) => {
        if (!live) return;
        console.warn('Static content could not be loaded:', error);
        setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [hydrating, name]);

  useEffect(() => {
    const target = decodeURIComponent(window.location.hash.slice(1));
    if (html && target) document.getElementById(target)?.scrollIntoView();
  }, [html]);

  if (failed)
    return <p role="alert">{failedWords[i18n.currentLocale === 'en' ? 'en' : 'pt-BR']}</p>;
  return (
    <div
      {...{ [islandAttribute]: name }}
      aria-busy={!hydrating && html === undefined}
      dangerouslySetInnerHTML={{ __html: html ?? '' }}
      suppressHydrationWarning
    />
  );
}
