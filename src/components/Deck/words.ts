import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

/**
 * The deck page's own UI strings, in both languages. Slide text comes from slides/ with the
 * deck data; these are the few labels around it, also used by PdfLinks on other pages.
 */
const words = {
  'pt-BR': {
    pageTitle: 'Apresentação',
    pageDescription: 'Apresentação de 20 minutos da arquitetura do Espectro na AWS.',
    pdf: {
      slides: 'Slides em PDF',
      'slides-notes': 'Slides com notas em PDF',
      document: 'Documento de arquitetura em PDF',
    },
    pages: (n: number) => `${n} páginas`,
    megabytes: (mb: string) => `${mb} MB`,
    keys: 'S: modo apresentador · F: tela cheia · Esc: visão geral · ?: atalhos',
    budget: (time: string) => `Tempo deste slide: ${time}`,
    drawing: 'Desenhando o diagrama…',
    failed: 'O diagrama não pôde ser desenhado:',
    zoomSteps: 'Etapas de zoom do diagrama',
    sources: 'Leia mais',
  },
  en: {
    pageTitle: 'Slides',
    pageDescription: 'The 20-minute talk on the Espectro architecture on AWS.',
    pdf: {
      slides: 'Slides as PDF',
      'slides-notes': 'Slides with notes as PDF',
      document: 'Architecture document as PDF',
    },
    pages: (n: number) => `${n} pages`,
    megabytes: (mb: string) => `${mb} MB`,
    keys: 'S: speaker view · F: full screen · Esc: overview · ?: shortcuts',
    budget: (time: string) => `Time for this slide: ${time}`,
    drawing: 'Drawing the diagram…',
    failed: 'The diagram could not be drawn:',
    zoomSteps: 'Diagram zoom steps',
    sources: 'Read more',
  },
} as const;

export type Words = (typeof words)[keyof typeof words];

export function useWords(): Words {
  const { i18n } = useDocusaurusContext();
  return i18n.currentLocale === 'en' ? words.en : words['pt-BR'];
}
