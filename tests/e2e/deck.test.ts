/**
 * The deck in Chromium, in both locales, on a 1280x720 projector and a 1920x1080 screen: loads
 * with no console error or outside request, steps through every slide and zoom step, and on each
 * step checks that every diagram of the slide is a visible SVG of sensible size and that no
 * slide overflows. A diagram counts as readable when each of its labels is on screen at
 * `minLabelPx` or more at some step of its slide. Then the speaker view: notes, current and next
 * slide, elapsed time and pacing, following the presentation.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../../diagrams/prerender/chromium';
import { deck } from '../../slides/deck';
import type { Slide } from '../../slides/types';
import { watchPage, type PageWatch } from './support/page-watch';
import { locales } from './support/paths';
import { startServer, type StaticServer } from './support/server';

/**
 * Smallest on-screen size of a diagram label, in CSS pixels: 10 px at 1280x720 is 15 px on a
 * 1920x1080 screen, the size of body text in most interfaces.
 */
const minLabelPx = 10;
/** Smallest drawn size of a diagram on a slide, in CSS pixels at 1280x720. */
const minDiagram = { width: 300, height: 150 };

const projector = { width: 1280, height: 720 } as const;
const screen = { width: 1920, height: 1080 } as const;
/**
 * Both locales on the projector, where labels are smallest; the screen once (its slides are the
 * projector's, scaled by 1.5), for the diagram sizes and overflow at that size.
 */
const walks = [
  { ...locales[0], viewport: projector },
  { ...locales[1], viewport: projector },
  { ...locales[1], viewport: screen },
] as const;

interface Label {
  readonly text: string;
  readonly px: number;
  readonly onScreen: boolean;
}

interface DiagramReading {
  readonly view: string;
  readonly state: string | null;
  readonly visible: boolean;
  readonly width: number;
  readonly height: number;
  readonly labels: readonly Label[];
}

interface Reading {
  readonly slide: string;
  readonly step: number;
  readonly diagrams: readonly DiagramReading[];
  readonly overflow: readonly string[];
  readonly canGoOn: boolean;
}

let server: StaticServer;
let chromium: ChromiumSession;

before(async () => {
  server = await startServer();
  // Reduced motion: the zoom steps jump instead of easing, so each step can be read at once.
  chromium = await launchChromium({ reducedMotion: 'reduce' });
});

after(async () => {
  await chromium?.close();
  await server?.close();
});

/** Everything measured on the slide on screen, in the page. */
function readSlide(): Reading {
  const section = document.querySelector<HTMLElement>('.reveal .slides > section.present');
  const overflow: string[] = [];
  const tooTall = (element: Element | null | undefined) =>
    element && element.scrollHeight > element.clientHeight + 2;
  const inner = section?.querySelector('.deck-slide__inner');
  if (tooTall(inner)) {
    overflow.push(`content is ${inner?.scrollHeight} px tall in ${inner?.clientHeight} px`);
  }
  for (const column of section?.querySelectorAll('.deck-split__text') ?? []) {
    if (tooTall(column)) overflow.push('the text column overflows');
  }
  for (const caption of section?.querySelectorAll('.deck-focus__step') ?? []) {
    if (caption.scrollWidth > caption.clientWidth + 2) {
      overflow.push(`zoom caption cut off: "${caption.textContent}"`);
    }
  }
  const diagrams = [...(section?.querySelectorAll<HTMLElement>('.deck-diagram') ?? [])].map(
    (figure) => {
      const svg = figure.querySelector('svg');
      const box = svg?.getBoundingClientRect();
      const stage = figure.getBoundingClientRect();
      const viewBox = svg?.viewBox.baseVal;
      const scale =
        box && viewBox && viewBox.width > 0
          ? Math.min(box.width / viewBox.width, box.height / viewBox.height)
          : 0;
      const holders = new Set<Element>();
      if (svg) {
        const walker = document.createTreeWalker(svg, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || parent.closest('style, title, desc') || !node.textContent?.trim())
            continue;
          holders.add(parent);
        }
      }
      const labels = [...holders].map((holder) => {
        const rect = holder.getBoundingClientRect();
        const shownWidth = Math.min(rect.right, stage.right) - Math.max(rect.left, stage.left);
        const shownHeight = Math.min(rect.bottom, stage.bottom) - Math.max(rect.top, stage.top);
        const area = rect.width * rect.height;
        return {
          text: holder.textContent?.trim() ?? '',
          px: parseFloat(getComputedStyle(holder).fontSize) * scale,
          // Readable when (nearly) all of it is on the slide: an edge may touch the border.
          onScreen:
            area > 0 &&
            shownWidth > 0 &&
            shownHeight > 0 &&
            (shownWidth * shownHeight) / area >= 0.75,
        };
      });
      return {
        view: figure.getAttribute('data-view') ?? '?',
        state: figure.getAttribute('data-state'),
        visible: svg?.checkVisibility() ?? false,
        width: box?.width ?? 0,
        height: box?.height ?? 0,
        labels,
      };
    },
  );
  const step = Number(
    section?.querySelector('.deck-diagram')?.getAttribute('data-focus-step') ?? '-1',
  );
  return {
    slide: section?.id ?? '(none)',
    step,
    diagrams,
    overflow,
    canGoOn: document.querySelector('.reveal .controls .navigate-right.enabled') !== null,
  };
}

/** Resolves when the slide on screen has drawn its diagrams and settled on its zoom step. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const section = document.querySelector('.reveal .slides > section.present');
      if (!section) return false;
      const shown = section.querySelectorAll('.deck-focus__step.visible').length - 1;
      return [...section.querySelectorAll('.deck-diagram')].every(
        (figure) =>
          figure.getAttribute('data-state') === 'rendered' &&
          (!figure.hasAttribute('data-focus-step') ||
            (figure.getAttribute('data-focus-state') === 'settled' &&
              figure.getAttribute('data-focus-step') === String(shown))),
      );
    },
    undefined,
    { timeout: 15_000, polling: 50 },
  );
}

async function openDeck(
  context: BrowserContext,
  path: string,
  viewport: { width: number; height: number } = projector,
): Promise<{ page: Page; watch: PageWatch }> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const watch = watchPage(page, server.origin);
  const response = await page.goto(server.origin + path, { waitUntil: 'load' });
  assert.equal(response?.status(), 200, `${path}: HTTP ${response?.status() ?? 'no response'}`);
  await page.waitForSelector('.reveal[data-deck-state="ready"]', { timeout: 20_000 });
  return { page, watch };
}

/** Steps through the whole deck with the right arrow (slides and zoom steps alike). */
async function walk(page: Page): Promise<Reading[]> {
  const readings: Reading[] = [];
  for (let guard = 0; guard < 200; guard += 1) {
    await settled(page);
    const reading = await page.evaluate(readSlide);
    readings.push(reading);
    if (!reading.canGoOn) return readings;
    await page.keyboard.press('ArrowRight');
  }
  throw new Error('the deck did not end after 200 steps');
}

function problemsOf(readings: readonly Reading[]): string[] {
  const problems: string[] = [];
  // Per diagram, each distinct text at its best step: a text drawn twice (a sequence diagram's
  // participants, top and bottom) only needs to be readable once.
  const best = new Map<string, Map<string, Label>>();
  for (const { slide, step, diagrams, overflow } of readings) {
    for (const issue of overflow) problems.push(`slide "${slide}", step ${step}: ${issue}`);
    for (const diagram of diagrams) {
      const where = `slide "${slide}", step ${step}, diagram "${diagram.view}"`;
      if (diagram.state !== 'rendered') problems.push(`${where}: data-state="${diagram.state}"`);
      if (!diagram.visible) problems.push(`${where}: its SVG is not visible`);
      if (diagram.width < minDiagram.width || diagram.height < minDiagram.height) {
        problems.push(
          `${where}: drawn at ${Math.round(diagram.width)}x${Math.round(diagram.height)} px, ` +
            `expected at least ${minDiagram.width}x${minDiagram.height}`,
        );
      }
      const key = `${slide}/${diagram.view}`;
      const labels = best.get(key) ?? new Map<string, Label>();
      for (const label of diagram.labels) {
        const seen = labels.get(label.text);
        const readable = label.onScreen ? label.px : 0;
        if (!seen || readable > (seen.onScreen ? seen.px : 0)) labels.set(label.text, label);
      }
      best.set(key, labels);
    }
  }
  for (const [key, labels] of best) {
    if (labels.size === 0) problems.push(`${key}: the SVG has no text labels`);
    const small = [...labels.values()].filter((l) => !l.onScreen || l.px < minLabelPx);
    if (small.length > 0) {
      const examples = small
        .slice(0, 6)
        .map(
          (l) =>
            `"${l.text.slice(0, 40)}" (${l.onScreen ? `${l.px.toFixed(1)} px` : 'never fully on screen'})`,
        );
      problems.push(
        `${key}: ${small.length} of ${labels.size} labels never reach ${minLabelPx} px on screen at any ` +
          `step: ${examples.join(', ')}${small.length > 6 ? ', …' : ''}`,
      );
    }
  }
  return problems;
}

const slides: readonly Slide[] = deck;
const slideIds = slides.map((slide) => slide.id);
const zoomSteps = slides.reduce((n, slide) => n + (slide.diagram?.focus?.length ?? 0), 0);

for (const { locale, prefix, viewport } of walks) {
  test(
    `${prefix}/slides at ${viewport.width}x${viewport.height} (${locale}): every slide, every zoom step`,
    { timeout: 120_000 },
    async () => {
      // ?transition=none: reveal.js reads config from the query; no fade between steps.
      const { page, watch } = await openDeck(
        chromium.context,
        `${prefix}/slides?transition=none`,
        viewport,
      );
      try {
        const readings = await walk(page);
        const visited = [...new Set(readings.map((r) => r.slide))];
        assert.deepEqual(visited, slideIds, 'the slides shown, in order, are the deck’s slides');
        assert.equal(
          readings.length,
          slideIds.length + zoomSteps,
          'one step per slide and zoom step',
        );
        const problems = [...problemsOf(readings), ...watch.problems()];
        if (problems.length > 0) {
          assert.fail(`${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
        }
      } finally {
        await page.close();
      }
    },
  );
}

/** Strings only reveal.js's code holds: its API (core) and its speaker view (notes plugin). */
const revealMarkers = ['removeHiddenSlides', 'speaker-controls'];

/** The JavaScript files a page loads that hold reveal.js's code. */
async function revealScripts(path: string): Promise<string[]> {
  const page = await chromium.context.newPage();
  const checks: Promise<string | undefined>[] = [];
  page.on('response', (response) => {
    if (!response.url().endsWith('.js')) return;
    checks.push(
      response.text().then(
        (text) => (revealMarkers.some((m) => text.includes(m)) ? response.url() : undefined),
        () => undefined,
      ),
    );
  });
  try {
    await page.goto(server.origin + path, { waitUntil: 'networkidle' });
    return (await Promise.all(checks)).filter((url): url is string => url !== undefined);
  } finally {
    await page.close();
  }
}

test('reveal.js loads on the deck page only', { timeout: 60_000 }, async () => {
  assert.ok((await revealScripts('/slides')).length > 0, 'the deck page loads reveal.js');
  for (const path of ['/docs/intro', '/en/']) {
    assert.deepEqual(await revealScripts(path), [], `${path} loads reveal.js`);
  }
});

/** The frame of one of the speaker view's previews, once it shows a slide. */
async function preview(view: Page, selector: string): Promise<Frame> {
  const handle = await view.waitForSelector(`${selector} iframe`, { timeout: 15_000 });
  const frame = await handle.contentFrame();
  assert.ok(frame, `${selector}: the preview has no frame`);
  await frame.waitForSelector('.reveal[data-deck-state="ready"]', { timeout: 20_000 });
  return frame;
}

async function presentSlide(frame: Frame, expected: string): Promise<void> {
  await frame.waitForFunction(
    (id) => document.querySelector('.reveal .slides > section.present')?.id === id,
    expected,
    // The previews are two more decks hydrating beside the main one and the speaker view.
    { timeout: 20_000 },
  );
}

describe('speaker view preview that is still loading', () => {
  // The speaker view sends the upcoming preview its state and `next` as soon as the current
  // preview is ready; the upcoming one may not have started reveal.js yet. Here the messages
  // arrive before the page has even hydrated.
  const previewQuery =
    '?receiver&progress=false&history=false&transition=none&autoSlide=0' +
    '&backgroundTransition=none&scrollActivationWidth=false&controls=false';
  for (const { locale, prefix } of locales) {
    test(`${prefix}/slides (${locale}): early setState and next are not lost`, async () => {
      const [first, second] = deck;
      assert.ok(first && second);
      const page = await chromium.context.newPage();
      const watch = watchPage(page, server.origin);
      try {
        await page.addInitScript(() => {
          document.addEventListener('DOMContentLoaded', () => {
            const send = (method: string, args: unknown[] = []) =>
              window.postMessage(JSON.stringify({ method, args }), window.location.origin);
            send('setState', [{ indexh: 0, indexv: 0 }]);
            send('next');
          });
        });
        await page.goto(`${server.origin}${prefix}/slides${previewQuery}#/0/0`, {
          waitUntil: 'load',
        });
        await page.waitForSelector('.reveal[data-deck-state="ready"]', { timeout: 20_000 });
        await page
          .waitForFunction(
            (id) => document.querySelector('.reveal .slides > section.present')?.id === id,
            second.id,
            { timeout: 10_000 },
          )
          .catch(async () => {
            const shown = await page.evaluate(
              () => document.querySelector('.reveal .slides > section.present')?.id,
            );
            assert.fail(`the preview shows "${shown}", expected the upcoming slide "${second.id}"`);
          });
        assert.deepEqual(watch.problems(), []);
      } finally {
        await page.close();
      }
    });
  }
});

describe('speaker view', () => {
  for (const { locale, prefix } of locales) {
    test(
      `${prefix}/slides (${locale}): S opens notes, current and next slide, timer and pacing`,
      { timeout: 90_000 },
      async () => {
        const { page, watch } = await openDeck(chromium.context, `${prefix}/slides`);
        const [first, second, third] = deck;
        assert.ok(first && second && third);
        const notesOf = (slide: (typeof deck)[number]) =>
          slide.notes[locale].split('\n')[0]!.slice(0, 60);
        try {
          const [view] = await Promise.all([
            chromium.context.waitForEvent('page'),
            page.keyboard.press('s'),
          ]);
          const viewWatch = watchPage(view, server.origin);
          await view.waitForFunction(
            () =>
              document.querySelector<HTMLElement>('#connection-status')?.style.display === 'none',
            undefined,
            { timeout: 20_000 },
          );
          const notes = () => view.locator('.speaker-controls-notes .value').textContent();
          await view.waitForFunction(
            (text) =>
              document.querySelector('.speaker-controls-notes .value')?.textContent?.includes(text),
            notesOf(first),
            { timeout: 10_000 },
          );
          await presentSlide(await preview(view, '#current-slide'), first.id);
          const upcoming = await preview(view, '#upcoming-slide');
          await presentSlide(upcoming, second.id);

          // Elapsed time and pacing (shown because every slide has a data-timing budget).
          await view.waitForFunction(
            () => {
              const pacing = document.querySelector<HTMLElement>('.speaker-controls-time .pacing');
              return (
                pacing !== null &&
                pacing.style.display !== 'none' &&
                /ahead|on-track|behind/.test(pacing.className)
              );
            },
            undefined,
            { timeout: 10_000 },
          );
          const timer = await view.locator('.speaker-controls-time .timer').textContent();
          assert.match(timer ?? '', /\d\d:\d\d:\d\d/, `elapsed time: "${timer}"`);

          // The speaker view follows the presentation.
          await page.keyboard.press('ArrowRight');
          await view.waitForFunction(
            (text) =>
              document.querySelector('.speaker-controls-notes .value')?.textContent?.includes(text),
            notesOf(second),
            { timeout: 10_000 },
          );
          await presentSlide(upcoming, third.id);
          assert.ok((await notes())?.includes(notesOf(second)));

          const problems = [...watch.problems(), ...viewWatch.problems()];
          if (problems.length > 0)
            assert.fail(`${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
          await view.close();
        } finally {
          await page.close();
        }
      },
    );
  }
});
