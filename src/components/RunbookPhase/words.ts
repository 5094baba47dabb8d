import { l } from '@site/diagrams/model/text';

/** Labels of the runbook components; the step part names are the anatomy's headings. */
export const words = {
  goal: l('Objetivo', 'Goal'),
  prerequisites: l('Pré-requisitos', 'Prerequisites'),
  commands: l('Comandos', 'Commands'),
  verification: l('Verificação', 'Verification'),
  rollback: l('Reversão', 'Rollback'),
  duration: l('Duração', 'Duration'),
  where: l('Onde', 'Where'),
  creates: l('Componentes criados nesta fase', 'Components this phase creates'),
  createsNone: l(
    'Esta fase não cria componentes do modelo: prepara a estação e o repositório.',
    'This phase creates no model component: it prepares the workstation and the repository.',
  ),
  expected: l('Saída esperada', 'Expected output'),
  saveAs: l('Salvar como', 'Save as'),
  minutes: l('min', 'min'),
  checklist: l('Progresso', 'Progress'),
  reset: l('Limpar progresso', 'Reset progress'),
  done: l('concluídos', 'done'),
  phase: l('Fase', 'Phase'),
  step: l('Passo', 'Step'),
  keyCommand: l('Comando principal', 'Key command'),
  total: l('Duração total aproximada', 'Rough total duration'),
  print: l('Imprimir', 'Print'),
} as const;
