import { connectionThreats } from './connection-threats';
import { controls } from './controls';
import { threatProfiles } from './profiles';
import type { Catalogue } from './analyse';

/** The Espectro threat catalogue: profiles, controls and connection-specific threats. */
export const threatCatalogue: Catalogue = {
  profiles: threatProfiles,
  controls,
  connectionThreats,
};
