/**
 * What the deck page receives for one locale: JSON written at build time by the deck plugin.
 * Plain data only (strings, numbers): the page's JavaScript never imports the model.
 */
import type { PrerenderedModes } from '../diagrams/prerender/lookup';
import type { DiagramKind } from '../diagrams/render/types';
import type { SlideLayout, SlidePart } from './types';

export interface DeckLink {
  readonly label: string;
  /** Site path without the locale prefix; the page's links add it. */
  readonly to?: string;
  /** A public source outside the site. */
  readonly href?: string;
}

export interface DeckFocus {
  readonly caption: string;
  /** Mermaid node ids whose box the step zooms to. */
  readonly nodes?: readonly string[];
  /** Or a rectangle of the drawing: [left, top, right, bottom] as fractions of its size. */
  readonly region?: readonly [number, number, number, number];
}

export interface DeckDiagram {
  readonly view: string;
  readonly kind: DiagramKind;
  readonly title: string;
  readonly description: string;
  /**
   * The view's Mermaid text, drawn in the browser when no build-time SVG exists (`npm start`);
   * left out next to an SVG, so production pages carry no diagram source they never use.
   */
  readonly mermaid?: string;
  /** The build-time SVGs; the deck shows the light one on its light slides. */
  readonly svg?: PrerenderedModes;
  readonly focus: readonly DeckFocus[];
}

export interface DeckSlide {
  readonly id: string;
  readonly part: SlidePart;
  readonly seconds: number;
  readonly layout: SlideLayout;
  readonly kicker?: string;
  readonly title: string;
  readonly lead?: string;
  readonly points: readonly string[];
  readonly ordered: boolean;
  readonly diagram?: DeckDiagram;
  readonly links: readonly DeckLink[];
  /** Speaker notes, one string per paragraph. */
  readonly notes: readonly string[];
}

export interface DeckData {
  readonly locale: string;
  readonly talkSeconds: number;
  readonly talkLimitSeconds: number;
  readonly slides: readonly DeckSlide[];
  /** reveal.js's stylesheet and the deck theme, inlined on the deck page only. */
  readonly css: string;
}
