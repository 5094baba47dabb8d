import { l } from '../text';
import type { LayerNotes } from './types';

export const peopleNotes = {
  scientist: {
    why: l(
      'É para quem o Espectro existe: envia os arquivos de uma amostra, um por proteína, pede a análise e lê os resultados, muitas vezes ao mesmo tempo que muitos colegas. Todo requisito de desempenho e disponibilidade é medido do ponto de vista dele.',
      "The person Espectro exists for: uploads a sample's files, one per protein, requests the analysis and reads the results, often at the same time as many colleagues. Every performance and availability requirement is measured from this point of view.",
    ),
    configuration: l(
      'Precisa só de um navegador atual: o upload calcula o SHA-256 de cada arquivo e envia as partes direto ao S3, sem plugin nem cliente instalado.',
      "Needs only a current browser: the uploader computes each file's SHA-256 and sends the parts straight to S3, with no plugin or installed client.",
    ),
    scaling: null,
    failure: l(
      'Um upload interrompido retoma das partes que faltam, e uma análise que falha aparece na tela com o motivo; uma nova tentativa é uma nova análise.',
      'An interrupted upload resumes from the missing parts, and a failed analysis shows up on screen with its cause; a new attempt is a new analysis.',
    ),
    security: l(
      'Entra pelo Cognito com MFA; só vê e grava dentro do próprio prefixo, e as URLs que recebe valem minutos e só para o arquivo que nomeiam.',
      'Signs in through Cognito with MFA; only sees and writes inside their own prefix, and the URLs they receive last minutes and only for the file they name.',
    ),
    cost: null,
  },
  engineer: {
    why: l(
      'Mantém a plataforma de pé: recebe os alertas de SLO, segue o runbook, conduz os exercícios de DR e aprova promoções para a produção.',
      'Keeps the platform running: receives SLO alerts, follows the runbook, runs DR drills and approves promotions to production.',
    ),
    configuration: null,
    scaling: null,
    failure: l(
      'O plantão tem escala com segundo nível; alertas por burn rate, e não por limiares instantâneos, reduzem páginas que não pedem ação.',
      'On-call has a rota with a second level; burn-rate alerts, rather than instantaneous thresholds, cut pages that need no action.',
    ),
    security: l(
      'Acesso só pelo IAM Identity Center com MFA e sessões temporárias; na produção, leitura por padrão e operações do runbook por permission set próprio, tudo registrado no CloudTrail.',
      'Access only through IAM Identity Center with MFA and temporary sessions; in production, read-only by default and runbook operations through a dedicated permission set, all recorded in CloudTrail.',
    ),
    cost: null,
  },
  developer: {
    why: l(
      'Evolui o Django, a FastAPI, os jobs de análise e a infraestrutura, sempre por pull request: o caminho até a produção é o pipeline, nunca o console.',
      'Evolves Django, FastAPI, the analysis jobs and the infrastructure, always through pull requests: the way to production is the pipeline, never the console.',
    ),
    configuration: null,
    scaling: null,
    failure: null,
    security: l(
      'Na conta de serviços compartilhados, só envia código e revisa; na produção, não tem permissão de escrita. Cada merge exige a aprovação de outra pessoa.',
      "In the shared services account, only pushes code and reviews; in production, holds no write permission. Every merge needs another person's approval.",
    ),
    cost: null,
  },
} as const satisfies LayerNotes;
