import prismIncludeLanguages from '@theme/prism-include-languages';
import { Prism } from 'prism-react-renderer';

// What the theme's client module did for every page; here it runs only with a code block.
prismIncludeLanguages(Prism);
