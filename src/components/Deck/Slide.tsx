import Link from '@docusaurus/Link';
import { formatDuration } from '@site/slides/budget';
import type { DeckLink, DeckSlide } from '@site/slides/data';
import { useContext, type ReactNode } from 'react';
import Diagram from './Diagram';
import Inline from './Inline';
import PdfLinks from './PdfLinks';
import { DeckContext } from './useReveal';
import { useWords } from './words';

function Points({ slide }: { slide: DeckSlide }): ReactNode {
  if (slide.points.length === 0) return null;
  const items = slide.points.map((point) => (
    <li key={point}>
      <Inline text={point} />
    </li>
  ));
  return slide.ordered ? (
    <ol className="deck-points">{items}</ol>
  ) : (
    <ul className="deck-points">{items}</ul>
  );
}

function SlideLink({ link }: { link: DeckLink }): ReactNode {
  if (link.to) return <Link to={link.to}>{link.label}</Link>;
  return (
    <a href={link.href} target="_blank" rel="noopener noreferrer">
      {link.label}
    </a>
  );
}

function Links({ slide }: { slide: DeckSlide }): ReactNode {
  const words = useWords();
  if (slide.links.length === 0) return null;
  return (
    <nav className="deck-links" aria-label={words.sources}>
      <ul>
        {slide.links.map((link) => (
          <li key={link.label}>
            <SlideLink link={link} />
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Each zoom step is a fragment: its caption shows while its step is the current one. */
function FocusSteps({ slide }: { slide: DeckSlide }): ReactNode {
  const words = useWords();
  const steps = slide.diagram?.focus ?? [];
  if (steps.length === 0) return null;
  return (
    <ol className="deck-focus" aria-label={words.zoomSteps}>
      {steps.map((step, i) => (
        <li
          key={step.caption}
          className="deck-focus__step fragment current-visible"
          data-fragment-index={i}
        >
          {step.caption}
        </li>
      ))}
    </ol>
  );
}

function Body({ slide }: { slide: DeckSlide }): ReactNode {
  const { printing } = useContext(DeckContext);
  const words = useWords();
  const diagram = slide.diagram ? <Diagram slideId={slide.id} diagram={slide.diagram} /> : null;
  switch (slide.layout) {
    case 'title':
      return (
        <div className="deck-title-card">
          <Links slide={slide} />
          {printing ? null : <PdfLinks kinds={['slides', 'document']} />}
          {printing ? null : <p className="deck-keys">{words.keys}</p>}
        </div>
      );
    case 'divider':
    case 'text':
      return (
        <>
          <Points slide={slide} />
          <Links slide={slide} />
        </>
      );
    case 'diagram':
      return (
        <>
          <div className="deck-stage">{diagram}</div>
          <FocusSteps slide={slide} />
          <Links slide={slide} />
        </>
      );
    case 'split':
      return (
        <>
          <div className="deck-split">
            <div className="deck-split__text">
              <Points slide={slide} />
            </div>
            <div className="deck-stage">{diagram}</div>
          </div>
          <FocusSteps slide={slide} />
          <Links slide={slide} />
        </>
      );
  }
}

/** One slide: a reveal.js <section> with its time budget and its speaker notes. */
export default function Slide({ slide }: { slide: DeckSlide }): ReactNode {
  const words = useWords();
  const Heading = slide.layout === 'title' ? 'h1' : 'h2';
  return (
    <section
      id={slide.id}
      className={`deck-slide deck-slide--${slide.layout} deck-slide--${slide.part}`}
      data-timing={slide.seconds}
      data-background-color={slide.layout === 'divider' ? '#f2f6f7' : undefined}
    >
      <div className="deck-slide__inner">
        {slide.kicker ? <p className="deck-kicker">{slide.kicker}</p> : null}
        <Heading className="deck-heading">{slide.title}</Heading>
        {slide.lead ? <p className="deck-lead">{slide.lead}</p> : null}
        <Body slide={slide} />
      </div>
      <aside className="notes">
        {/* The title too: a notes page of the PDF stands apart from its slide. */}
        <p>
          <strong>{slide.title}</strong> · {words.budget(formatDuration(slide.seconds))}
        </p>
        {slide.notes.map((paragraph) => (
          <p key={paragraph}>
            <Inline text={paragraph} />
          </p>
        ))}
      </aside>
    </section>
  );
}
