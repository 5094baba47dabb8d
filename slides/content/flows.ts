import { l } from '../../diagrams/model/text';
import type { Slide } from '../types';

/** The two flows the system exists for, and how long their data is kept. */
export const flows = [
  {
    id: 'upload',
    part: 'talk',
    seconds: 100,
    layout: 'diagram',
    kicker: l('Upload', 'Upload'),
    title: l(
      'Caminho do upload: do navegador direto para o S3',
      'Upload path: from the browser straight to S3',
    ),
    lead: l(
      'A API só assina e registra; os bytes nunca passam pelos pods',
      'The API only signs and records; file bytes never pass through the pods',
    ),
    diagram: {
      view: 'upload',
      focus: [
        {
          caption: l(
            'O navegador informa nome, tamanho e SHA-256; a API grava o arquivo e abre o multipart',
            'The browser sends name, size and SHA-256; the API records the file and opens the upload',
          ),
          region: [0, 0, 0.6, 0.36],
        },
        {
          caption: l(
            'URLs pré-assinadas por parte, por 15 minutos: as partes vão direto ao S3',
            'Presigned URLs per part, for 15 minutes: the parts go straight to S3',
          ),
          region: [0, 0.33, 0.6, 0.62],
        },
        {
          caption: l(
            'O evento Object Created chega ao worker, que confere tamanho, checksum e dono',
            'The Object Created event reaches the worker, which checks size, checksum and owner',
          ),
          region: [0.2, 0.6, 1, 1],
        },
        {
          caption: l(
            'Amostra completa: a análise é liberada',
            'Sample complete: the analysis is released',
          ),
          region: [0, 0.82, 0.45, 1],
        },
      ],
    },
    links: [
      { label: l('Upload', 'Upload'), doc: 'overview', anchor: 'upload' },
      {
        label: l('Fonte: limites do multipart', 'Source: multipart limits'),
        href: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html',
      },
    ],
    notes: l(
      'O navegador informa nome, tamanho e SHA-256 de cada proteína. A API grava o arquivo como pendente, abre um upload multipart no bucket de entradas, cifrado com KMS, e devolve URLs pré-assinadas por parte, válidas por 15 minutos.\n\nO navegador manda as partes em paralelo, cada uma com seu checksum, e o próprio S3 recusa bytes corrompidos. O multipart aceita até 10.000 partes de 5 MiB a 5 GiB, e uma parte que falha é reenviada sozinha.\n\nPor que assim: arquivos grandes passando pela API prenderiam memória e conexões dos pods por minutos, e a escala de upload viraria escala do cluster. Quem absorve o tráfego é o S3.\n\nDepois, o evento Object Created vai pelo EventBridge e pelo SQS ao worker, que confere tamanho, checksum e o prefixo do dono. A API só assina dentro do prefixo do usuário, então ninguém grava na amostra de outro. Uploads abandonados são abortados pelo ciclo de vida em 7 dias.',
      'The browser sends the name, size and SHA-256 of each protein file. The API records the file as pending, opens a multipart upload in the inputs bucket, encrypted with KMS, and returns presigned URLs per part, valid for 15 minutes.\n\nThe browser sends the parts in parallel, each with its checksum, and S3 itself rejects corrupted bytes. Multipart takes up to 10,000 parts of 5 MiB to 5 GiB, and a failed part is simply sent again.\n\nWhy: large files going through the API would tie up pod memory and connections for minutes, and upload scale would become cluster scale. S3 absorbs the traffic instead.\n\nThen the Object Created event goes through EventBridge and SQS to the worker, which checks size, checksum and the owner prefix. The API only signs inside the user’s own prefix, so nobody writes into someone else’s sample. Abandoned uploads are aborted by the lifecycle after 7 days.',
    ),
  },
  {
    id: 'analysis',
    part: 'talk',
    seconds: 90,
    layout: 'diagram',
    kicker: l('Análise', 'Analysis'),
    title: l('Pipeline de análise sob demanda', 'On-demand analysis pipeline'),
    lead: l(
      '202 Accepted na hora; uma execução Standard por análise, com nome idempotente',
      '202 Accepted right away; one Standard execution per analysis, with an idempotent name',
    ),
    diagram: {
      view: 'analysis',
      focus: [
        {
          caption: l(
            'A API grava a análise, inicia a execução analysis-{id} e responde 202 sem esperar',
            'The API records the analysis, starts execution analysis-{id} and answers 202 at once',
          ),
          region: [0, 0, 0.45, 0.42],
        },
        {
          caption: l(
            'Map: um job do Batch por proteína, da entrada ao resultado; depois a agregação',
            'Map: one Batch job per protein, from input to result; then the aggregation',
          ),
          region: [0.3, 0.38, 0.8, 0.74],
        },
        {
          caption: l(
            'O fim da execução vai ao EventBridge; o worker recebe pelo SQS e atualiza o banco',
            'The end of the execution goes to EventBridge; the worker gets it through SQS and updates the database',
          ),
          region: [0.25, 0.7, 1, 1],
        },
        {
          caption: l(
            'A tela lê o estado no banco e recebe URLs pré-assinadas de download',
            'The page reads the status from the database and gets presigned download URLs',
          ),
          region: [0, 0.78, 0.4, 1],
        },
      ],
    },
    links: [
      { label: l('Análise', 'Analysis'), doc: 'overview', anchor: 'analysis' },
      {
        label: l('Fonte: garantias de execução', 'Source: execution guarantees'),
        href: 'https://docs.aws.amazon.com/step-functions/latest/dg/express-at-least-once-execution.html',
      },
    ],
    notes: l(
      'O pesquisador pede a análise. A API grava a análise como na fila, inicia uma execução Standard do Step Functions chamada analysis e o id, e responde 202 na hora. Nenhum pod espera a análise terminar.\n\nStandard e não Express: a Standard roda exatamente uma vez e, com um nome de execução ainda em andamento, responde de forma idempotente. Se a API cair entre iniciar e responder, o retry com o mesmo nome não cria uma segunda análise.\n\nO estado volta por eventos, não por polling: a execução publica no EventBridge, o worker recebe pelo SQS e atualiza o banco. O custo é consistência eventual de alguns segundos, e o worker grava de forma idempotente porque o SQS entrega pelo menos uma vez.',
      'The researcher asks for the analysis. The API records it as queued, starts a Standard Step Functions execution named analysis plus the id, and answers 202 at once. No pod waits for the analysis to finish.\n\nStandard, not Express: a Standard execution runs exactly once and, given the name of an execution still running, answers idempotently. If the API dies between starting and answering, the retry with the same name does not create a second analysis.\n\nStatus comes back as events, not polling: the execution publishes to EventBridge, the worker receives it through SQS and updates the database. The price is a few seconds of eventual consistency, and the worker writes idempotently because SQS delivers at least once.',
    ),
  },
  {
    id: 'stateMachine',
    part: 'talk',
    seconds: 60,
    layout: 'split',
    kicker: l('Análise', 'Analysis'),
    title: l(
      'Um Map por proteína, retentativas no lugar certo',
      'A Map per protein, retries where they belong',
    ),
    points: [
      l(
        '`SubmitJob.sync`: o Step Functions espera o job, sem código de polling',
        '`SubmitJob.sync`: Step Functions waits for the job, no polling code',
      ),
      l(
        '3 tentativas com backoff por proteína: a unidade de retentativa é o job inteiro',
        '3 attempts with backoff per protein: the retry unit is the whole job',
      ),
      l(
        'Fila do Batch: Spot primeiro, On-Demand quando falta Spot, mínimo de 0 vCPU',
        'Batch queue: Spot first, On-Demand when Spot runs short, 0 vCPU minimum',
      ),
      l(
        'Erro não recuperado: o `Catch` registra a causa e encerra como falha',
        'Unrecovered error: the `Catch` records the cause and ends as failed',
      ),
    ],
    diagram: {
      view: 'stateMachine',
      focus: [
        {
          caption: l(
            'Lista os arquivos; o Map roda um SubmitJob.sync por proteína',
            'List the files; the Map runs one SubmitJob.sync per protein',
          ),
          region: [0.3, 0, 1, 0.55],
        },
        {
          caption: l(
            'Agregação; qualquer erro vai ao Catch e encerra como falha',
            'Aggregation; any error goes to the Catch and ends as failed',
          ),
          region: [0, 0.4, 0.75, 1],
        },
      ],
    },
    links: [
      { label: l('Máquina de estados', 'State machine'), doc: 'overview', anchor: 'stateMachine' },
      {
        label: l('Fonte: aviso de interrupção Spot', 'Source: Spot interruption notices'),
        href: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-instance-termination-notices.html',
      },
    ],
    notes: l(
      'A execução lista os arquivos da amostra e entra num Map que roda, para cada proteína, um job do Batch com a integração .sync; depois vem a agregação.\n\nAs retentativas estão onde fazem sentido. O Spot avisa a interrupção com dois minutos de antecedência, pouco para salvar estado no meio do cálculo; como cada job reprocessa a partir do seu arquivo de entrada, recomeçar o job inteiro é seguro.\n\nA fila do Batch tenta primeiro o ambiente Spot e depois o On-Demand, e os dois começam em zero: sem análises, não há instância ligada.',
      'The execution lists the sample’s files and enters a Map that runs, for each protein, a Batch job with the .sync integration; then comes the aggregation.\n\nRetries sit where they make sense. Spot gives a two-minute interruption notice, too little to save state mid-computation; since each job reprocesses from its input file, restarting the whole job is safe.\n\nThe Batch queue tries the Spot environment first, then On-Demand, and both start at zero: with no analyses, no instance is running.',
    ),
  },
  {
    id: 'retention',
    part: 'talk',
    seconds: 90,
    layout: 'diagram',
    kicker: l('Dados', 'Data'),
    title: l(
      'Retenção: 1 ano para entradas, 5 para resultados',
      'Retention: 1 year for inputs, 5 for results',
    ),
    lead: l(
      'Classes lidas em milissegundos até o último dia; Object Lock em modo governance',
      'Storage classes read in milliseconds to the last day; Object Lock in governance mode',
    ),
    diagram: {
      view: 'lifecycle',
      focus: [
        {
          caption: l(
            'Entradas: Standard-IA no dia 30, expiração no dia 366',
            'Inputs: Standard-IA on day 30, expiry on day 366',
          ),
          region: [0, 0, 1, 0.32],
        },
        {
          caption: l(
            'Resultados: Standard-IA, Glacier Instant Retrieval no dia 180, expiração no dia 1.827',
            'Results: Standard-IA, Glacier Instant Retrieval on day 180, expiry on day 1,827',
          ),
          region: [0, 0.31, 1, 0.67],
        },
        {
          caption: l(
            'Log archive: Glacier Instant Retrieval no dia 90, expiração em dois anos',
            'Log archive: Glacier Instant Retrieval on day 90, expiry after two years',
          ),
          region: [0, 0.67, 1, 1],
        },
      ],
    },
    links: [
      {
        label: l('Ciclo de vida dos dados', 'Data lifecycle'),
        doc: 'overview',
        anchor: 'lifecycle',
      },
      {
        label: l('Fonte: classes de armazenamento', 'Source: storage classes'),
        href: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html',
      },
      {
        label: l('Fonte: Object Lock', 'Source: Object Lock'),
        href: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html',
      },
    ],
    notes: l(
      'O enunciado diz disponível por um ano e disponível para consulta por cinco. As regras de ciclo de vida viram datas: entradas expiram no dia 366 e resultados no dia 1.827, que cobrem os anos bissextos.\n\nAs classes foram escolhidas para que consulta continue verdadeiro até o último dia: Standard-IA e Glacier Instant Retrieval entregam em milissegundos; Flexible Retrieval e Deep Archive exigem restauração e ficaram de fora. O preço é uma taxa por GB lido nas classes frias, aceitável para resultados que quase ninguém abre depois de seis meses.\n\nObject Lock em governance, não compliance: o enunciado pede disponibilidade, não WORM regulatório, e a LGPD garante ao titular o direito de pedir a eliminação. Nenhum papel da aplicação tem a permissão de bypass.',
      'The brief says available for one year and available for consultation for five. Lifecycle rules turn that into dates: inputs expire on day 366 and results on day 1,827, which covers leap years.\n\nThe classes were chosen so that consultation stays true to the last day: Standard-IA and Glacier Instant Retrieval return objects in milliseconds; Flexible Retrieval and Deep Archive need a restore and were left out. The price is a per-GB retrieval fee on the colder classes, acceptable for results hardly anyone opens after six months.\n\nObject Lock in governance mode, not compliance: the brief asks for availability, not regulatory WORM, and LGPD gives data subjects the right to ask for erasure. No application role holds the bypass permission.',
    ),
  },
] as const satisfies readonly Slide[];
