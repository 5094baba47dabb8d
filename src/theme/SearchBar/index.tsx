/**
 * The offline search bar, loaded when a reader reaches for it: its code (lunr with Portuguese
 * stemming, the worker bridge, mark.js) is about 60 KB of every page's main bundle otherwise.
 * Until then a plain input of the same look stands in; focusing or hovering it, touching it or
 * pressing the search shortcut (mod+K) loads the real bar and hands it the focus. A page opened
 * from a search result (`?_highlight=`) loads it at once, to mark the searched words.
 */
import { useLocation } from '@docusaurus/router';
import { translate } from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type SearchBarType from '@theme-original/SearchBar';
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useRef,
  useState,
  type ComponentProps,
  type ReactNode,
} from 'react';

const SearchBar = lazy(() => import('@theme-original/SearchBar'));

type Props = ComponentProps<typeof SearchBarType>;

function StandIn({ onWake }: { onWake: (focus: boolean) => void }): ReactNode {
  const label = translate({
    id: 'theme.SearchBar.label',
    message: 'Search',
    description: 'The ARIA label and placeholder for search button',
  });
  return (
    <div className="navbar__search">
      <input
        className="navbar__search-input"
        placeholder={label}
        aria-label={label}
        onFocus={() => onWake(true)}
        onMouseEnter={() => onWake(false)}
        onTouchStart={() => onWake(true)}
      />
    </div>
  );
}

/** Runs once the real bar is on screen (it is this component's sibling in the boundary). */
function Mounted({ onMount }: { onMount: () => void }): ReactNode {
  useEffect(onMount, [onMount]);
  return null;
}

const isShortcut = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';

export default function SearchBarWhenNeeded(props: Props): ReactNode {
  const { search } = useLocation();
  const [woken, setWanted] = useState(false);
  // Only after hydration (the server rendered the stand-in): a result page marks searched words.
  const isBrowser = useIsBrowser();
  const wanted = woken || (isBrowser && /[?&]_highlight=/.test(search));
  const focusOnMount = useRef(false);
  const holder = useRef<HTMLDivElement>(null);

  const wake = (focus: boolean) => {
    focusOnMount.current ||= focus;
    setWanted(true);
  };

  useEffect(() => {
    if (wanted) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      focusOnMount.current = true;
      setWanted(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [wanted]);

  const mounted = useCallback(() => {
    if (focusOnMount.current) holder.current?.querySelector('input')?.focus();
  }, []);

  if (!wanted) return <StandIn onWake={wake} />;
  return (
    <div ref={holder} className="espectro-search">
      <Suspense fallback={<StandIn onWake={wake} />}>
        <SearchBar {...props} />
        <Mounted onMount={mounted} />
      </Suspense>
    </div>
  );
}
