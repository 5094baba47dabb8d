/**
 * Turns the typed slides into one locale's deck data: localized text, each diagram's Mermaid
 * text from the same renderer as the site, its build-time SVGs when they exist, and zoom steps
 * resolved to Mermaid node ids.
 */
import { model } from '../diagrams/model/index';
import type { Locale } from '../diagrams/model/text';
import { findPrerendered } from '../diagrams/prerender/lookup';
import { renderView } from '../diagrams/render/index';
import { talkSeconds } from './budget';
import type { DeckData, DeckDiagram, DeckLink, DeckSlide } from './data';
import { docPath } from './links';
import type { Slide, SlideDiagram, SlideLink } from './types';

export interface BuildOptions {
  /** Repository root, where `src/generated/` holds the build-time SVGs. */
  readonly root: string;
  /** Attach build-time SVGs (production builds); otherwise diagrams are drawn in the browser. */
  readonly prerendered: boolean;
  readonly talkLimitSeconds: number;
  readonly css: string;
}

function buildDiagram(spec: SlideDiagram, locale: Locale, options: BuildOptions): DeckDiagram {
  const view = renderView(model, spec.view, locale);
  const nodesOf = (component: string) =>
    Object.entries(view.nodes)
      .filter(([, id]) => id === component)
      .map(([node]) => node);
  const svg = options.prerendered ? findPrerendered(options.root, view.mermaid) : undefined;
  return {
    view: spec.view,
    kind: view.diagram,
    title: view.title,
    description: view.description,
    ...(svg ? { svg } : { mermaid: view.mermaid }),
    focus: (spec.focus ?? []).map((step) =>
      'region' in step
        ? { caption: step.caption[locale], region: step.region }
        : { caption: step.caption[locale], nodes: step.components.flatMap(nodesOf) },
    ),
  };
}

function buildLink(link: SlideLink, locale: Locale): DeckLink {
  const label = link.label[locale];
  if ('href' in link) return { label, href: link.href };
  return { label, to: docPath(link.doc, 'anchor' in link ? link.anchor : undefined) };
}

function buildSlide(slide: Slide, locale: Locale, options: BuildOptions): DeckSlide {
  return {
    id: slide.id,
    part: slide.part,
    seconds: slide.seconds,
    layout: slide.layout,
    ...(slide.kicker ? { kicker: slide.kicker[locale] } : {}),
    title: slide.title[locale],
    ...(slide.lead ? { lead: slide.lead[locale] } : {}),
    points: (slide.points ?? []).map((p) => p[locale]),
    ordered: slide.ordered ?? false,
    ...(slide.diagram ? { diagram: buildDiagram(slide.diagram, locale, options) } : {}),
    links: (slide.links ?? []).map((link) => buildLink(link, locale)),
    notes: slide.notes[locale]
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
  };
}

export function buildDeck(
  slides: readonly Slide[],
  locale: Locale,
  options: BuildOptions,
): DeckData {
  return {
    locale,
    talkSeconds: talkSeconds(slides),
    talkLimitSeconds: options.talkLimitSeconds,
    slides: slides.map((slide) => buildSlide(slide, locale, options)),
    css: options.css,
  };
}
