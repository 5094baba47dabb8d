import type { connections } from '../model/connections';
import { l } from '../model/text';
import type { ControlId } from './controls';
import type { Stride, ThreatDef } from './types';

type Connections = typeof connections;
/** `from->to` of every connection in the model, and nothing else. */
export type ConnectionKey = {
  [I in keyof Connections]: Connections[I] extends {
    from: infer F extends string;
    to: infer T extends string;
  }
    ? `${F}->${T}`
    : never;
}[number];

/**
 * Threats that belong to one connection rather than to its kind of crossing, added on top of
 * the profile's. Keys are typed against the model's connections.
 */
export const connectionThreats = {
  'api->inputsBucket': {
    I: {
      threat: l(
        'A API assina uma URL para a chave de outro usuário (IDOR na amostra).',
        "The API signs a URL for another user's key (IDOR on the sample).",
      ),
      mitigations: ['ownerAuthorization', 'scopedPresign'],
    },
  },
  'api->resultsBucket': {
    I: {
      threat: l(
        'Download de resultado de uma análise que não é do usuário.',
        "Downloading the result of an analysis that is not the user's.",
      ),
      mitigations: ['ownerAuthorization', 'scopedPresign'],
    },
  },
  'worker->statusQueue': {
    S: {
      threat: l(
        'Mensagem forjada na fila marca um upload como válido ou uma análise como concluída.',
        'A forged queue message marks an upload as valid or an analysis as finished.',
      ),
      mitigations: ['confusedDeputy', 'uploadValidation'],
    },
  },
  'externalSecrets->secretsManager': {
    E: {
      threat: l(
        'O operador de segredos lê qualquer segredo da conta e o entrega a qualquer namespace.',
        'The secrets operator reads any secret in the account and hands it to any namespace.',
      ),
      mitigations: ['workloadLeastPrivilege', 'networkPolicies'],
    },
  },
  'scientist->inputsBucket': {
    T: {
      threat: l(
        'Arquivo malicioso (não é espectro de massa) enviado para explorar o parser da análise.',
        'A malicious file (not a mass spectrum) uploaded to exploit the analysis parser.',
      ),
      mitigations: ['uploadValidation', 'podSecurity'],
    },
  },
} as const satisfies Partial<
  Record<ConnectionKey, Readonly<Partial<Record<Stride, ThreatDef<ControlId>>>>>
>;
