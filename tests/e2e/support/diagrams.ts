/** Waits for the topology diagrams of a page and lists what is wrong with them. */
import type { Page } from 'playwright-core';

export const diagramTimeoutMs = 20_000;

/**
 * Runs in the page: the figures not settled yet, as `view: why`. A figure is settled when it
 * left `loading` and, if `rendered`, shows an SVG (in dark mode the dark SVG is fetched after
 * the figure already reported `rendered` with the inlined light one).
 */
const unsettledFigures = (): string[] =>
  [...document.querySelectorAll('figure.topology-diagram')].flatMap((figure) => {
    const view = figure.getAttribute('data-topology-view') ?? '(no view)';
    const state = figure.getAttribute('data-state');
    if (state === 'loading') return [`${view}: still loading`];
    if (state !== 'rendered') return [];
    const shown = [...figure.querySelectorAll('.topology-diagram__svg svg')].some(
      (svg) => !svg.parentElement?.closest('svg') && svg.checkVisibility(),
    );
    return shown ? [] : [`${view}: rendered, but no SVG visible`];
  });

/** Resolves once every `figure.topology-diagram` is drawn or failed; returns how many there are. */
export async function waitForDiagrams(page: Page): Promise<number> {
  try {
    // A string, so the page runs the same check (a closure over it would not be serialized).
    await page.waitForFunction(`(${unsettledFigures.toString()})().length === 0`, undefined, {
      timeout: diagramTimeoutMs,
      polling: 100,
    });
  } catch (error) {
    const stuck = await page.evaluate(unsettledFigures).catch(() => []);
    throw new Error(
      `diagram(s) not drawn after ${diagramTimeoutMs / 1000} s: ${stuck.join('; ') || '(unknown)'}\n${String(error)}`,
    );
  }
  return page.locator('figure.topology-diagram').count();
}

/** One line per broken diagram or Mermaid failure on the page; empty when all is well. */
export async function diagramProblems(page: Page): Promise<string[]> {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const figures = [...document.querySelectorAll<HTMLElement>('figure.topology-diagram')];
    for (const figure of figures) {
      const view = figure.getAttribute('data-topology-view') ?? '(no view)';
      const state = figure.getAttribute('data-state');
      if (state !== 'rendered') {
        found.push(`diagram "${view}": data-state="${state}", expected "rendered"`);
      }
      const error = figure.querySelector('.topology-diagram__error');
      if (error) found.push(`diagram "${view}" shows an error: ${error.textContent?.trim() ?? ''}`);
      // Prerendered diagrams hold a light and a dark SVG; CSS shows the one for the color mode.
      // Only the diagrams' own SVGs, not the icons nested inside them.
      const svgs = [...figure.querySelectorAll('.topology-diagram__svg svg')].filter(
        (svg) => !svg.parentElement?.closest('svg'),
      );
      const shown = svgs.filter((svg) => svg.checkVisibility());
      if (svgs.length === 0) {
        found.push(`diagram "${view}": no <svg> under .topology-diagram__svg`);
        continue;
      }
      if (shown.length === 0) {
        found.push(`diagram "${view}": none of its ${svgs.length} <svg> is visible`);
        continue;
      }
      for (const svg of shown) {
        // Off-screen diagrams sit in `content-visibility: auto` holders. Chromium 156 can give an
        // empty box the first time it measures an SVG there that was never rendered; the second
        // measurement is the real one.
        svg.getBoundingClientRect();
        const box = svg.getBoundingClientRect();
        if (!(box.width > 200 && box.height > 80)) {
          found.push(
            `diagram "${view}": SVG is ${Math.round(box.width)}×${Math.round(box.height)} px, expected more than 200×80`,
          );
        }
      }
    }
    for (const error of document.querySelectorAll('.topology-diagram__error')) {
      if (!error.closest('figure.topology-diagram')) {
        found.push(`diagram error outside a figure: ${error.textContent?.trim() ?? ''}`);
      }
    }
    // All text of the page, hidden SVGs included (Mermaid appends its error SVG to <body>).
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let unknownIcons = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('script, style, noscript, template')) continue;
      const text = node.textContent ?? '';
      if (text.includes('Syntax error')) {
        found.push(`Mermaid error on the page: "${text.trim().slice(0, 200)}"`);
      }
      const parent = node.parentElement;
      const inSvgText = parent?.closest('svg text, svg tspan, svg foreignObject');
      if (inSvgText && text.trim() === '?') unknownIcons += 1;
    }
    if (unknownIcons > 0) {
      const views = figures
        .filter((f) =>
          [...f.querySelectorAll('svg text, svg tspan, svg foreignObject')].some(
            (el) => el.textContent?.trim() === '?',
          ),
        )
        .map((f) => f.getAttribute('data-topology-view'));
      found.push(
        `${unknownIcons} "?" placeholder(s) in SVG text (Mermaid's unknown-icon fallback)` +
          (views.length ? ` in diagram(s): ${views.join(', ')}` : ''),
      );
    }
    return found;
  });
  return problems;
}
