/**
 * Runs inside the browser (handed to `page.evaluate`, so it must not use anything from outside
 * its own body): turns a built docs page into one printable document holding a cover, a table
 * of contents and every docs page in sidebar order. Each page's article is taken from the built
 * HTML as is (diagrams are already inline SVG there); ids are prefixed per page and links
 * between docs pages become links inside the document, so the PDF's links keep working.
 */

export interface AssembleInput {
  /** URL paths of the docs pages, in sidebar order. */
  readonly pages: readonly string[];
  readonly words: {
    readonly title: string;
    readonly subtitle: string;
    readonly contents: string;
    readonly generated: string;
    readonly source: string;
    readonly date: string;
  };
}

export interface AssembledSection {
  readonly path: string;
  readonly title: string;
  /** Sidebar category, from the page's breadcrumbs; empty at the sidebar's top level. */
  readonly category: string;
}

export interface AssembleResult {
  readonly sections: readonly AssembledSection[];
  /** Diagrams that are not an SVG, pages without an article, ...: reasons not to print. */
  readonly problems: readonly string[];
}

/** Id of the `index`th docs page in the document; the contents link to it. */
export function sectionId(index: number): string {
  return `d${index}`;
}

export async function assembleDocument(input: AssembleInput): Promise<AssembleResult> {
  const problems: string[] = [];
  const strip = (path: string) => (path.length > 1 ? path.replace(/\/$/, '') : path);
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const siteOrigin = canonical ? new URL(canonical).origin : window.location.origin;
  // Repeated here: this function runs in the page, where the module's sectionId does not exist.
  const sectionOf = (index: number) => `d${index}`;

  const parsed = await Promise.all(
    input.pages.map(async (path) => {
      const response = await fetch(path);
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return new DOMParser().parseFromString(await response.text(), 'text/html');
    }),
  );

  const sections: AssembledSection[] = [];
  const bodies = parsed.map((doc, index) => {
    const path = input.pages[index] ?? '';
    const article =
      doc.querySelector<HTMLElement>('.theme-doc-markdown') ?? doc.querySelector('article');
    if (!article) {
      problems.push(`${path}: no article in the page`);
      return document.createElement('div');
    }
    const crumbs = [...doc.querySelectorAll('.theme-doc-breadcrumbs .breadcrumbs__item')]
      .filter((item) => !item.querySelector('.breadcrumbs__link[href$="/"]'))
      .map((item) => item.textContent?.trim() ?? '')
      .filter(Boolean);
    const title = article.querySelector('h1')?.textContent?.trim() ?? doc.title;
    sections.push({
      path,
      title,
      category: crumbs.length > 1 ? (crumbs[crumbs.length - 2] ?? '') : '',
    });

    // What only makes sense on screen: diagram toolbars, heading anchors, buttons.
    for (const element of article.querySelectorAll(
      '.topology-diagram__toolbar, a.hash-link, button, .theme-doc-toc-mobile',
    )) {
      element.remove();
    }
    for (const details of article.querySelectorAll('details')) details.open = true;

    for (const figure of article.querySelectorAll('figure.topology-diagram')) {
      const view = figure.getAttribute('data-topology-view') ?? '?';
      if (!figure.querySelector('.topology-diagram__mode--light svg, .topology-diagram__svg svg')) {
        problems.push(`${path}: diagram "${view}" has no build-time SVG (run npm run prerender)`);
      }
    }

    // Ids, except inside SVGs (whose styles and markers refer to their own ids).
    for (const element of article.querySelectorAll('[id]')) {
      if (element.closest('svg')) continue;
      element.id = `${sectionOf(index)}-${element.id}`;
    }
    for (const link of article.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      if (link.closest('svg')) continue;
      const raw = link.getAttribute('href') ?? '';
      const url = new URL(raw, new URL(path, window.location.origin));
      if (url.origin !== window.location.origin) continue;
      const target = input.pages.indexOf(strip(url.pathname));
      if (target >= 0) {
        const anchor = decodeURIComponent(url.hash.slice(1));
        link.setAttribute('href', `#${sectionOf(target)}${anchor ? `-${anchor}` : ''}`);
      } else {
        link.setAttribute('href', `${siteOrigin}${url.pathname}${url.hash}`);
      }
    }
    return article;
  });

  const element = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className: string,
    text?: string,
  ): HTMLElementTagNameMap[K] => {
    const created = document.createElement(tag);
    if (className) created.className = className;
    if (text !== undefined) created.textContent = text;
    return created;
  };

  const cover = element('section', 'pdf-part pdf-cover');
  cover.append(
    element('h1', 'pdf-cover__title', input.words.title),
    element('p', 'pdf-cover__subtitle', input.words.subtitle),
    element('p', 'pdf-cover__meta', `${input.words.generated} ${input.words.date}`),
  );
  const online = element('p', 'pdf-cover__meta', `${input.words.source}: `);
  const onlineLink = element('a', '', siteOrigin);
  onlineLink.href = siteOrigin;
  online.append(onlineLink);
  cover.append(online);

  const toc = element('nav', 'pdf-part pdf-toc');
  toc.append(element('h2', 'pdf-toc__heading', input.words.contents));
  const list = element('ol', 'pdf-toc__list');
  let group: HTMLOListElement = list;
  let groupName = '';
  sections.forEach((section, index) => {
    if (section.category !== groupName) {
      groupName = section.category;
      if (groupName) {
        const item = element('li', 'pdf-toc__group');
        item.append(element('span', 'pdf-toc__group-name', groupName));
        group = element('ol', 'pdf-toc__list');
        item.append(group);
        list.append(item);
      } else {
        group = list;
      }
    }
    const item = element('li', 'pdf-toc__entry');
    const link = element('a', 'pdf-toc__link');
    link.href = `#${sectionOf(index)}`;
    link.append(
      element('span', 'pdf-toc__title', section.title),
      element('span', 'pdf-toc__page', '000'),
    );
    item.append(link);
    group.append(item);
  });
  toc.append(list);

  const main = element('main', 'pdf-doc');
  main.append(cover, toc);
  bodies.forEach((body, index) => {
    const wrapper = element('section', 'pdf-part pdf-section');
    wrapper.id = sectionOf(index);
    wrapper.append(body);
    main.append(wrapper);
  });
  document.documentElement.setAttribute('data-theme', 'light');
  document.body.className = '';
  document.body.replaceChildren(main);
  return { sections, problems };
}

/** Writes each page's first page number into the table of contents. */
export function fillContents(startPages: readonly number[]): void {
  document.querySelectorAll('.pdf-toc__page').forEach((cell, i) => {
    cell.textContent = String(startPages[i] ?? '');
  });
}
