/**
 * The deck's content types. Slides are plain data checked by the compiler: a view or component
 * that does not exist in the topology model, or a string missing one of its two languages, does
 * not compile. `slides/build.ts` turns them into the per-locale data the page renders.
 */
import type { ComponentId, ViewId } from '../diagrams/model/index';
import type { Text } from '../diagrams/model/text';
import type { DocPage, SrePage, sreAnchors } from './links';

export type { Text } from '../diagrams/model/text';

/** `talk` slides make the 20-minute presentation; `backup` slides follow it, for the Q&A. */
export type SlidePart = 'talk' | 'backup';

/**
 * - `title`: centred title and lead (opening and closing), with the site and PDF links;
 * - `divider`: the card that separates the backup slides from the talk;
 * - `text`: title, lead and points;
 * - `diagram`: title, lead and one diagram across the whole slide;
 * - `split`: points on the left, a diagram on the right (for diagrams that fit half a slide).
 */
export type SlideLayout = 'title' | 'divider' | 'text' | 'diagram' | 'split';

/**
 * One zoom step on a diagram, shown as a fragment with its caption: the slide first shows the
 * whole diagram, then each step zooms to a region large enough to read on a 1280x720 projector.
 * The region is either the box around some components (flowcharts, found wherever the layout
 * puts them) or a rectangle of the drawing given as fractions of its width and height (sequence
 * and lifecycle diagrams, whose steps are rows of messages and rules rather than components).
 */
export type Focus =
  | { readonly caption: Text; readonly components: readonly ComponentId[] }
  | {
      readonly caption: Text;
      readonly region: readonly [left: number, top: number, right: number, bottom: number];
    };

export interface SlideDiagram {
  readonly view: ViewId;
  readonly focus?: readonly Focus[];
}

/**
 * A link to a page of this site (the build fails on a broken one) or to a public source. The
 * overview has one section per view and the component reference one per component, so their
 * anchors are typed by the model; the SRE pages' sections are declared in `links.ts`.
 */
export type SlideLink = { readonly label: Text } & (
  | { readonly doc: 'overview'; readonly anchor?: ViewId }
  | { readonly doc: 'components'; readonly anchor?: ComponentId }
  | SreLink
  | { readonly doc: Exclude<DocPage, 'overview' | 'components' | SrePage> }
  | { readonly href: `https://${string}` }
);

/** A link to an SRE page, optionally to one of its declared sections. */
type SreLink = {
  [P in SrePage]: { readonly doc: P; readonly anchor?: (typeof sreAnchors)[P][number] };
}[SrePage];

export interface Slide {
  /** Stable id: the slide's URL fragment (`/slides#/<id>`) and the name tests report. */
  readonly id: string;
  readonly part: SlidePart;
  /** Time budget in seconds; the talk's budgets add up to at most 20 minutes. */
  readonly seconds: number;
  readonly layout: SlideLayout;
  /** Short section label above the title. */
  readonly kicker?: Text;
  readonly title: Text;
  readonly lead?: Text;
  /** Bullet points; `code` in backticks is set in monospace. */
  readonly points?: readonly Text[];
  /** Whether the points are steps in order (a numbered list). */
  readonly ordered?: boolean;
  readonly diagram?: SlideDiagram;
  readonly links?: readonly SlideLink[];
  /** Speaker notes; paragraphs separated by a blank line. */
  readonly notes: Text;
}
