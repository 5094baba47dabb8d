import { l, type Text } from '../../diagrams/model/text';

/** The text the architecture PDF adds around the site's pages: cover, contents, footer. */
export const documentWords = {
  title: l('Espectro na AWS', 'Espectro on AWS'),
  subtitle: l(
    'Documento de arquitetura: aplicação web de espectrometria de massa para caracterização de proteínas',
    'Architecture document: a mass-spectrometry web application for protein characterization',
  ),
  contents: l('Sumário', 'Contents'),
  generated: l('Gerado do site de documentação em', 'Generated from the documentation site on'),
  source: l('Versão on-line', 'Online version'),
} as const satisfies Record<string, Text>;
