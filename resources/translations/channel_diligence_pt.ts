<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
    <context>
        <name>AddPersonDialog</name>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Adicionar</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Função:</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Adicionar uma pessoa</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>First &amp;passphrase:</source>
            <translation>&amp;Primeira frase-passe:</translation>
        </message>
        <message>
            <source>First passphrase</source>
            <translation>Primeira frase-passe</translation>
        </message>
        <message>
            <source>First passphrase again</source>
            <translation>Primeira frase-passe outra vez</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Nobody is in the list yet. The first person is the administrator and, until someone else gets the role approver, also the senior approver.</source>
            <translation>Ainda não há ninguém na lista. A primeira pessoa é o administrador e, até outra pessoa receber a função aprovador, também o aprovador sénior.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Função</translation>
        </message>
        <message>
            <source>Tell the person their first passphrase in person or by phone; they can change it later. Nobody can read a passphrase once it is saved.</source>
            <translation>Diga à pessoa a sua primeira frase-passe pessoalmente ou por telefone; ela pode alterá-la depois. Ninguém pode ler uma frase-passe depois de guardada.</translation>
        </message>
        <message>
            <source>The same a&amp;gain:</source>
            <translation>A mesma &amp;outra vez:</translation>
        </message>
        <message>
            <source>The two passphrases differ: type the same one twice.</source>
            <translation>As duas frases-passe são diferentes: escreva a mesma duas vezes.</translation>
        </message>
    </context>
    <context>
        <name>AnswerDialog</name>
        <message>
            <source>&amp;Conditions:</source>
            <translation>&amp;Condições:</translation>
        </message>
        <message>
            <source>&amp;Date of the answer:</source>
            <translation>Da&amp;ta da resposta:</translation>
        </message>
        <message>
            <source>&amp;Import decision file…</source>
            <translation>&amp;Importar arquivo de decisão…</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Observação:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>Or&amp;ganização:</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>&amp;Referência:</translation>
        </message>
        <message>
            <source>A channel-diligence-decision/1 JSON file from the distributor. It is checked against the packet you sent; a file for another packet, or one that was changed, is refused and nothing is recorded.</source>
            <translation>Um arquivo JSON channel-diligence-decision/1 do distribuidor. Ele é conferido com o pacote que você enviou; um arquivo de outro pacote, ou que foi alterado, é recusado e nada é registrado.</translation>
        </message>
        <message>
            <source>A&amp;pproved</source>
            <translation>Apro&amp;vado</translation>
        </message>
        <message>
            <source>Answer recorded</source>
            <translation>Resposta registrada</translation>
        </message>
        <message>
            <source>Approved &amp;with conditions</source>
            <translation>Aprovado co&amp;m condições</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Choose what the distributor answered.</source>
            <translation>Escolha o que o distribuidor respondeu.</translation>
        </message>
        <message>
            <source>Decided &amp;by:</source>
            <translation>Deci&amp;dido por:</translation>
        </message>
        <message>
            <source>Decision file refused</source>
            <translation>Arquivo de decisão recusado</translation>
        </message>
        <message>
            <source>Decision files (*.json);;All files (*)</source>
            <translation>Arquivos de decisão (*.json);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Each line becomes a follow-up to check.</source>
            <translation>Cada linha vira um acompanhamento a verificar.</translation>
        </message>
        <message>
            <source>Import the distributor's decision file</source>
            <translation>Importar o arquivo de decisão do distribuidor</translation>
        </message>
        <message>
            <source>No escalation packet of this order waits for an answer: escalate the order first, or the answer is already recorded.</source>
            <translation>Nenhum pacote de encaminhamento deste pedido aguarda resposta: encaminhe o pedido primeiro, ou a resposta já foi registrada.</translation>
        </message>
        <message>
            <source>One condition per line, e.g. Disable face matching before delivery</source>
            <translation>Uma condição por linha, por exemplo: Desativar o reconhecimento facial antes da entrega</translation>
        </message>
        <message>
            <source>Order {0}: {1}. {2} follow-ups to track.</source>
            <translation>Pedido {0}: {1}. {2} acompanhamentos a fazer.</translation>
        </message>
        <message>
            <source>Pac&amp;ket:</source>
            <translation>&amp;Pacote:</translation>
        </message>
        <message>
            <source>Packet {0} of {1} to {2}</source>
            <translation>Pacote {0} de {1} para {2}</translation>
        </message>
        <message>
            <source>Re&amp;jected</source>
            <translation>Re&amp;jeitado</translation>
        </message>
        <message>
            <source>Record &amp;answer</source>
            <translation>Registrar r&amp;esposta</translation>
        </message>
        <message>
            <source>Record the answer</source>
            <translation>Registrar a resposta</translation>
        </message>
        <message>
            <source>The decision file {0} was refused and nothing was recorded: {1}</source>
            <translation>O arquivo de decisão {0} foi recusado e nada foi registrado: {1}</translation>
        </message>
        <message>
            <source>The distributor's answer on {0}</source>
            <translation>A resposta do distribuidor sobre {0}</translation>
        </message>
        <message>
            <source>Their answer:</source>
            <translation>Resposta do distribuidor:</translation>
        </message>
        <message>
            <source>Type in what the distributor answered, or import their decision file. The order's status follows the answer: approved orders may go ahead, rejected ones are declined.</source>
            <translation>Digite o que o distribuidor respondeu ou importe o arquivo de decisão dele. A situação do pedido segue a resposta: pedidos aprovados podem seguir em frente, os rejeitados são recusados.</translation>
        </message>
        <message>
            <source>their reference, e.g. TD-2026-118</source>
            <translation>a referência deles, por exemplo TD-2026-118</translation>
        </message>
        <message>
            <source>who decided at the distributor</source>
            <translation>quem decidiu no distribuidor</translation>
        </message>
    </context>
    <context>
        <name>AnswerForm</name>
        <message>
            <source>&amp;Conditions:</source>
            <translation>&amp;Condições:</translation>
        </message>
        <message>
            <source>&amp;Record answer</source>
            <translation>Re&amp;gistrar resposta</translation>
        </message>
        <message>
            <source>&amp;Send to reseller</source>
            <translation>&amp;Enviar ao revendedor</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Resposta</translation>
        </message>
        <message>
            <source>Decided &amp;by:</source>
            <translation>Deci&amp;dido por:</translation>
        </message>
        <message>
            <source>O&amp;utcome:</source>
            <translation>Res&amp;ultado:</translation>
        </message>
        <message>
            <source>One condition a line</source>
            <translation>Uma condição por linha</translation>
        </message>
        <message>
            <source>Sa&amp;ve decision file…</source>
            <translation>&amp;Salvar arquivo de decisão…</translation>
        </message>
        <message>
            <source>Send &amp;to:</source>
            <translation>Enviar pa&amp;ra:</translation>
        </message>
        <message>
            <source>Your re&amp;ference:</source>
            <translation>Sua re&amp;ferência:</translation>
        </message>
    </context>
    <context>
        <name>Answers</name>
        <message>
            <source>Approved</source>
            <translation>Aprovado</translation>
        </message>
        <message>
            <source>Approved with conditions</source>
            <translation>Aprovado com condições</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejeitado</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Cannot open the database</source>
            <translation>Não é possível abrir o banco de dados</translation>
        </message>
        <message>
            <source>Changes cannot be saved</source>
            <translation>Não é possível salvar alterações</translation>
        </message>
        <message>
            <source>Channel Diligence</source>
            <translation>Channel Diligence</translation>
        </message>
        <message>
            <source>Channel Diligence could not open its database:

{0}</source>
            <translation>O Channel Diligence não conseguiu abrir o banco de dados:

{0}</translation>
        </message>
        <message>
            <source>Daily backup saved: {0}</source>
            <translation>Backup diário salvo: {0}</translation>
        </message>
        <message>
            <source>Something unexpected went wrong ({0}). What you were doing may not have been completed: check it and try again, and tell your IT contact if it happens again.</source>
            <translation>Algo inesperado deu errado ({0}). O que você estava fazendo pode não ter sido concluído: confira e tente de novo e, se acontecer outra vez, avise o seu contato de TI.</translation>
        </message>
        <message>
            <source>The daily backup failed ({0}). Your data is not affected; try File &gt; Back up now, and tell your IT contact if it fails again.</source>
            <translation>O backup diário falhou ({0}). Os seus dados não foram afetados; tente Arquivo &gt; Fazer backup agora e, se falhar outra vez, avise o seu contato de TI.</translation>
        </message>
        <message>
            <source>The daily backup failed: {0}</source>
            <translation>O backup diário falhou: {0}</translation>
        </message>
        <message>
            <source>The database is in use by another Channel Diligence window.</source>
            <translation>O banco de dados está em uso por outra janela do Channel Diligence.</translation>
        </message>
        <message>
            <source>The database {0} is read-only: you can look at everything, but changes cannot be saved. Ask your IT contact for write access to the file and its folder, then start the app again.</source>
            <translation>O banco de dados {0} é somente leitura: você pode consultar tudo, mas não é possível salvar alterações. Peça ao seu contato de TI permissão de gravação no arquivo e na pasta dele e depois abra o aplicativo de novo.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalPage</name>
        <message>
            <source>Adopting freezes this version: later changes start a new draft. The policy is then ready to print, publish and send.</source>
            <translation>Adotar congela esta versão: alterações posteriores iniciam um novo rascunho. A política fica então pronta para imprimir, publicar e enviar.</translation>
        </message>
        <message>
            <source>Approve and adopt</source>
            <translation>Aprovar e adotar</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsDialog</name>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Aprovar</translation>
        </message>
        <message>
            <source>&amp;Reason to send it back:</source>
            <translation>&amp;Motivo da devolução:</translation>
        </message>
        <message>
            <source>&amp;Send back</source>
            <translation>&amp;Devolver</translation>
        </message>
        <message>
            <source>Conditions: {0}</source>
            <translation>Condições: {0}</translation>
        </message>
        <message>
            <source>Decisions your colleagues proposed for orders that need the senior approver. Approving records the decision as approved by you, {0}.</source>
            <translation>Decisões que os seus colegas propuseram para encomendas que precisam do aprovador principal. Aprovar regista a decisão como aprovada por si, {0}.</translation>
        </message>
        <message>
            <source>Nobody is signed in at this desk. Approvals are made by the approver signed in at their own desk: switch person in the status bar.</source>
            <translation>Ninguém tem sessão iniciada neste posto. As aprovações são feitas pelo aprovador com sessão no seu próprio posto: mude de pessoa na barra de estado.</translation>
        </message>
        <message>
            <source>Nothing is waiting for your approval, {0}.</source>
            <translation>Nada aguarda a sua aprovação, {0}.</translation>
        </message>
        <message>
            <source>Order {0}, {1} risk</source>
            <translation>Encomenda {0}, risco {1}</translation>
        </message>
        <message>
            <source>Proposed: {0}, by {1} on {2}.</source>
            <translation>Proposta: {0}, por {1} em {2}.</translation>
        </message>
        <message>
            <source>Records the proposed decision as approved by you. Your passphrase proves it was you.</source>
            <translation>Regista a decisão proposta como aprovada por si. A sua frase-passe prova que foi você.</translation>
        </message>
        <message>
            <source>Requests waiting for your approval</source>
            <translation>Pedidos que aguardam a sua aprovação</translation>
        </message>
        <message>
            <source>The order changed after approval was asked: it cannot be approved. Send it back, or ask your colleague to ask again.</source>
            <translation>A encomenda mudou depois de pedida a aprovação: não pode ser aprovada. Devolva o pedido, ou peça ao seu colega que o faça de novo.</translation>
        </message>
        <message>
            <source>Type your own passphrase to confirm the approval.</source>
            <translation>Escreva a sua própria frase-passe para confirmar a aprovação.</translation>
        </message>
        <message>
            <source>Waiting for your approval</source>
            <translation>Aguardando a sua aprovação</translation>
        </message>
        <message>
            <source>Warnings:</source>
            <translation>Avisos:</translation>
        </message>
        <message>
            <source>What is missing or wrong? Your colleague reads this on the order.</source>
            <translation>O que falta ou está errado? O seu colega lê isto na encomenda.</translation>
        </message>
        <message>
            <source>Why: {0}</source>
            <translation>Porquê: {0}</translation>
        </message>
        <message>
            <source>Your &amp;passphrase:</source>
            <translation>A sua &amp;frase-passe:</translation>
        </message>
    </context>
    <context>
        <name>ApproverPage</name>
        <message>
            <source>&amp;E-mail (optional):</source>
            <translation>&amp;E-mail (opcional):</translation>
        </message>
        <message>
            <source>&amp;Job title:</source>
            <translation>&amp;Cargo:</translation>
        </message>
        <message>
            <source>Enter the senior approver's name.</source>
            <translation>Informe o nome do aprovador da direção.</translation>
        </message>
        <message>
            <source>Enter their job title, e.g. Managing Director.</source>
            <translation>Informe o cargo dessa pessoa, por exemplo Diretor-Geral.</translation>
        </message>
        <message>
            <source>N&amp;ame:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>Senior approver</source>
            <translation>Aprovador da direção</translation>
        </message>
        <message>
            <source>The UN Guiding Principles (principle 16) ask that decisions on high-risk sales are approved at the most senior level: name that person here.</source>
            <translation>Os Princípios Orientadores da ONU (Princípio Orientador 16) pedem que as decisões sobre vendas de alto risco sejam aprovadas no nível mais alto da empresa: indique essa pessoa aqui.</translation>
        </message>
        <message>
            <source>This does not look like an e-mail address.</source>
            <translation>Isto não parece um endereço de e-mail.</translation>
        </message>
        <message>
            <source>e.g. Managing Director</source>
            <translation>por exemplo Diretor-Geral</translation>
        </message>
    </context>
    <context>
        <name>ApproverProofDialog</name>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;Confirmar</translation>
        </message>
        <message>
            <source>Appro&amp;ver:</source>
            <translation>Quem aprova (&amp;v):</translation>
        </message>
        <message>
            <source>Approver</source>
            <translation>Quem aprova</translation>
        </message>
        <message>
            <source>Approver's pass&amp;phrase:</source>
            <translation>&amp;Frase-passe de quem aprova:</translation>
        </message>
        <message>
            <source>Approver's passphrase</source>
            <translation>Frase-passe de quem aprova</translation>
        </message>
        <message>
            <source>Senior approver's confirmation</source>
            <translation>Confirmação de quem aprova ao nível mais alto</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>All {0} entries check out: nothing has been changed or removed since it was written.</source>
            <translation>Todas as {0} entradas conferem: nada foi alterado ou removido desde que foi gravado.</translation>
        </message>
        <message>
            <source>Check against a head file</source>
            <translation>Verificar com um ficheiro de cabeça</translation>
        </message>
        <message>
            <source>Check against a head file…</source>
            <translation>Verificar com um ficheiro de cabeça…</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>Verificando</translation>
        </message>
        <message>
            <source>Checking against {0}…</source>
            <translation>A verificar com {0}…</translation>
        </message>
        <message>
            <source>Checking the audit log…</source>
            <translation>Verificando o registro de auditoria…</translation>
        </message>
        <message>
            <source>Choose a chain-head.json, or a packet or evidence bundle that holds one (for example the one your distributor received), to check that no entry written before it was removed or rewritten since.</source>
            <translation>Escolha um chain-head.json, ou um pacote ou conjunto de provas que contenha um (por exemplo, o que o seu distribuidor recebeu), para verificar que nenhuma entrada escrita antes foi removida ou reescrita desde então.</translation>
        </message>
        <message>
            <source>Entry {0} does not match what was recorded{1}. The {2} entries before it check out. Someone or something changed the database outside the app. Keep a copy of the database file as it is and tell whoever looks after your IT.</source>
            <translation>A entrada {0} não corresponde ao que foi gravado{1}. As {2} entradas anteriores conferem. Alguém ou algo alterou o banco de dados fora do aplicativo. Guarde uma cópia do arquivo do banco de dados como está e avise quem cuida da TI da sua empresa.</translation>
        </message>
        <message>
            <source>Every change and decision is written to a log in which each entry is sealed with the one before it. This check recomputes every seal.</source>
            <translation>Cada alteração e decisão é gravada num registro em que cada entrada é selada junto com a anterior. Esta verificação recalcula todos os selos.</translation>
        </message>
        <message>
            <source>Signed heads, packets and bundles (*.json *.zip *.eml);;All files (*)</source>
            <translation>Cabeças assinadas, pacotes e conjuntos (*.json *.zip *.eml);;Todos os ficheiros (*)</translation>
        </message>
        <message>
            <source>The audit log has been altered</source>
            <translation>O registro de auditoria foi alterado</translation>
        </message>
        <message>
            <source>The audit log is intact</source>
            <translation>O registro de auditoria está íntegro</translation>
        </message>
        <message>
            <source>The check could not run</source>
            <translation>Não foi possível fazer a verificação</translation>
        </message>
        <message>
            <source>The head file matches the audit log</source>
            <translation>O ficheiro de cabeça corresponde ao registo de auditoria</translation>
        </message>
        <message>
            <source>Verify audit log</source>
            <translation>Verificar o registro de auditoria</translation>
        </message>
        <message>
            <source>{0}. Someone or something changed the database outside the app. Keep a copy of the database file as it is and tell whoever looks after your IT.</source>
            <translation>{0}. Alguém ou algo alterou a base de dados fora da aplicação. Guarde uma cópia do ficheiro da base de dados tal como está e informe quem trata da sua informática.</translation>
        </message>
        <message>
            <source>{0}. Someone or something deleted entries outside the app. Keep a copy of the database file as it is and tell whoever looks after your IT.</source>
            <translation>{0}. Alguém ou algo apagou entradas fora do aplicativo. Guarde uma cópia do arquivo do banco de dados como está e avise quem cuida da TI da sua empresa.</translation>
        </message>
        <message>
            <source>{0}: the audit log still holds that entry with the seal signed then, so nothing written before it was removed or rewritten.</source>
            <translation>{0}: o registo de auditoria ainda contém essa entrada com o selo assinado então, por isso nada do que foi escrito antes foi removido ou reescrito.</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Back up now</source>
            <translation>Fazer backup agora</translation>
        </message>
        <message>
            <source>Backed up to {0} ({1}).</source>
            <translation>Backup feito em {0} ({1}).</translation>
        </message>
        <message>
            <source>Backing up the database…</source>
            <translation>Fazendo backup do banco de dados…</translation>
        </message>
        <message>
            <source>The database was not backed up: {0}</source>
            <translation>Não foi feito o backup do banco de dados: {0}</translation>
        </message>
    </context>
    <context>
        <name>CatalogDialog</name>
        <message>
            <source>Edit customer</source>
            <translation>Editar cliente</translation>
        </message>
        <message>
            <source>Edit product</source>
            <translation>Editar produto</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>Novo cliente</translation>
        </message>
        <message>
            <source>New product</source>
            <translation>Novo produto</translation>
        </message>
    </context>
    <context>
        <name>CatalogList</name>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>1 entry</source>
            <translation>1 item</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Select an entry in the list first.</source>
            <translation>Selecione primeiro um item da lista.</translation>
        </message>
        <message>
            <source>Type to search</source>
            <translation>Digite para buscar</translation>
        </message>
        <message>
            <source>{0} entries</source>
            <translation>{0} itens</translation>
        </message>
    </context>
    <context>
        <name>CategoryDelegate</name>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPanel</name>
        <message>
            <source>Answers saved.</source>
            <translation>Respostas salvas.</translation>
        </message>
        <message>
            <source>Ask the customer these questions, or answer them from what you know. "Not sure yet" is an honest answer: it is recorded as such.</source>
            <translation>Faça estas perguntas ao cliente ou responda com base no que você sabe. “Ainda não sei” é uma resposta honesta: ela é registrada como tal.</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>Perguntas a fazer</translation>
        </message>
        <message>
            <source>Save &amp;answers</source>
            <translation>Salvar &amp;respostas</translation>
        </message>
        <message>
            <source>Settle these restricted-party findings first: confirm who the party is (full name, country, registration or date of birth) and record the review.</source>
            <translation>Resolva primeiro estas constatações sobre partes restritas: confirme quem é a parte (nome completo, país, registro ou data de nascimento) e registre a revisão.</translation>
        </message>
        <message>
            <source>The screening raised nothing that needs these questions for this order.</source>
            <translation>A triagem não gerou nada que exija estas perguntas para este pedido.</translation>
        </message>
    </context>
    <context>
        <name>CommunicationTab</name>
        <message>
            <source>&amp;Audience:</source>
            <translation>&amp;Público:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Data:</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>&amp;Como:</translation>
        </message>
        <message>
            <source>&amp;Note (optional):</source>
            <translation>&amp;Observação (opcional):</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Registrar</translation>
        </message>
        <message>
            <source>Ac&amp;knowledged on:</source>
            <translation>Leitura con&amp;firmada em:</translation>
        </message>
        <message>
            <source>Acknowledged on</source>
            <translation>Leitura confirmada em</translation>
        </message>
        <message>
            <source>Adopt the policy first; then record here to whom you sent or showed it: staff, distributors, vendors, customers and your website.</source>
            <translation>Adote primeiro a política; depois, registre aqui para quem você a enviou ou mostrou: equipe, distribuidores, fabricantes, clientes e o seu site.</translation>
        </message>
        <message>
            <source>Attached to the contract</source>
            <translation>Anexada ao contrato</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Público</translation>
        </message>
        <message>
            <source>Communications of the policy</source>
            <translation>Comunicações da política</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Distributor</source>
            <translation>Distribuidor</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>For example: all staff, TechDistri Europe, www.example.com</source>
            <translation>Por exemplo: toda a equipe, TechDistri Europe, www.example.com</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Como</translation>
        </message>
        <message>
            <source>Intranet</source>
            <translation>Intranet</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunião</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Observação</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Outro</translation>
        </message>
        <message>
            <source>Printed copy</source>
            <translation>Cópia impressa</translation>
        </message>
        <message>
            <source>Published on the website</source>
            <translation>Publicada no site</translation>
        </message>
        <message>
            <source>Record &amp;staff acknowledgement</source>
            <translation>Registrar confirmação da &amp;equipe</translation>
        </message>
        <message>
            <source>Record that the policy was sent or shown</source>
            <translation>Registrar que a política foi enviada ou mostrada</translation>
        </message>
        <message>
            <source>Record that the selected person acknowledged the policy</source>
            <translation>Registrar que a pessoa selecionada confirmou a leitura da política</translation>
        </message>
        <message>
            <source>Record the communication</source>
            <translation>Registrar a comunicação</translation>
        </message>
        <message>
            <source>Say how: e-mail, printed copy, website…</source>
            <translation>Diga como: e-mail, cópia impressa, site…</translation>
        </message>
        <message>
            <source>Say to whom: a person, a company or the web address.</source>
            <translation>Diga para quem: uma pessoa, uma empresa ou o endereço web.</translation>
        </message>
        <message>
            <source>Select a row sent to a member of staff, then record the day they confirmed they read the policy.</source>
            <translation>Selecione uma linha enviada a um membro da equipe e registre o dia em que essa pessoa confirmou que leu a política.</translation>
        </message>
        <message>
            <source>Select the person in the list first.</source>
            <translation>Selecione primeiro a pessoa na lista.</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Equipe</translation>
        </message>
        <message>
            <source>Staff acknowledgement</source>
            <translation>Confirmação de leitura pela equipe</translation>
        </message>
        <message>
            <source>To &amp;whom:</source>
            <translation>Para &amp;quem:</translation>
        </message>
        <message>
            <source>To whom</source>
            <translation>Para quem</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Fabricante</translation>
        </message>
        <message>
            <source>Version {0}: the UN Guiding Principles ask that the policy is communicated inside the company and to business partners, and publicly available. Record each time you send or show it.</source>
            <translation>Versão {0}: os Princípios Orientadores da ONU pedem que a política seja comunicada dentro da empresa e aos parceiros de negócios, e que esteja disponível ao público. Registre cada vez que você a enviar ou mostrar.</translation>
        </message>
        <message>
            <source>Website (public)</source>
            <translation>Site (público)</translation>
        </message>
    </context>
    <context>
        <name>CompanyPage</name>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;País:</translation>
        </message>
        <message>
            <source>10 to 49 people</source>
            <translation>10 a 49 pessoas</translation>
        </message>
        <message>
            <source>250 people or more</source>
            <translation>250 pessoas ou mais</translation>
        </message>
        <message>
            <source>50 to 249 people</source>
            <translation>50 a 249 pessoas</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Ambos</translation>
        </message>
        <message>
            <source>Channel Diligence checks each order for the risk that what you sell is misused against people's rights. First, a few facts about your company.</source>
            <translation>O Channel Diligence verifica em cada pedido o risco de que o que você vende seja usado de forma indevida contra os direitos das pessoas. Primeiro, alguns dados sobre a sua empresa.</translation>
        </message>
        <message>
            <source>Choose a country…</source>
            <translation>Escolha um país…</translation>
        </message>
        <message>
            <source>Choose the country your company is in.</source>
            <translation>Escolha o país da sua empresa.</translation>
        </message>
        <message>
            <source>Company na&amp;me:</source>
            <translation>&amp;Nome da empresa:</translation>
        </message>
        <message>
            <source>Enter your company's name.</source>
            <translation>Informe o nome da sua empresa.</translation>
        </message>
        <message>
            <source>Fewer than 10 people</source>
            <translation>Menos de 10 pessoas</translation>
        </message>
        <message>
            <source>How you &amp;sell:</source>
            <translation>Como você &amp;vende:</translation>
        </message>
        <message>
            <source>Risky orders are never left to self-service: the app holds them for a conversation with the customer.</source>
            <translation>Pedidos de risco nunca ficam no autoatendimento: o aplicativo os retém para uma conversa com o cliente.</translation>
        </message>
        <message>
            <source>Sales-assisted: we talk to every customer</source>
            <translation>Venda assistida: falamos com cada cliente</translation>
        </message>
        <message>
            <source>Self-service: customers order online</source>
            <translation>Autoatendimento: os clientes compram online</translation>
        </message>
        <message>
            <source>Si&amp;ze:</source>
            <translation>P&amp;orte:</translation>
        </message>
        <message>
            <source>Your company</source>
            <translation>A sua empresa</translation>
        </message>
    </context>
    <context>
        <name>Completeness</name>
        <message>
            <source>Information: {0}</source>
            <translation>Informação: {0}</translation>
        </message>
        <message>
            <source>Missing:</source>
            <translation>Em falta:</translation>
        </message>
        <message>
            <source>Not yet done: {0}</source>
            <translation>Ainda por fazer: {0}</translation>
        </message>
        <message>
            <source>Order information: {0} complete</source>
            <translation>Informação da encomenda: {0} completa</translation>
        </message>
    </context>
    <context>
        <name>ConflictBar</name>
        <message>
            <source>Hide this message and keep what you typed, to copy it before you reload. Saving stays refused until you reload.</source>
            <translation>Oculta esta mensagem e mantém o que escreveu, para o copiar antes de recarregar. Guardar continua recusado até recarregar.</translation>
        </message>
        <message>
            <source>Keep my te&amp;xt for now</source>
            <translation>Manter o meu te&amp;xto por agora</translation>
        </message>
        <message>
            <source>Reload the order</source>
            <translation>Recarregar a encomenda</translation>
        </message>
        <message>
            <source>Show the order as it is saved now. What you typed here is replaced.</source>
            <translation>Mostra a encomenda tal como está guardada agora. O que escreveu aqui é substituído.</translation>
        </message>
        <message>
            <source>What you typed is still in the form: copy what you need, then reload.</source>
            <translation>O que escreveu continua no formulário: copie o que precisar e depois recarregue.</translation>
        </message>
    </context>
    <context>
        <name>CustomerDialog</name>
        <message>
            <source>&amp;Government function:</source>
            <translation>&amp;Função governamental:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>&amp;Sector:</source>
            <translation>&amp;Setor:</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>&amp;País:</translation>
        </message>
        <message>
            <source>Enter the customer's name.</source>
            <translation>Informe o nome do cliente.</translation>
        </message>
        <message>
            <source>For a public body, say what it does: police, military and intelligence services carry more risk than, say, a school authority.</source>
            <translation>Para um órgão público, indique o que ele faz: polícia, forças armadas e serviços de inteligência trazem mais risco do que, por exemplo, uma secretaria de educação.</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Não informado</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Desconhecido</translation>
        </message>
        <message>
            <source>Not said</source>
            <translation>Não informada</translation>
        </message>
        <message>
            <source>Not&amp;es:</source>
            <translation>&amp;Observações:</translation>
        </message>
    </context>
    <context>
        <name>CustomersView</name>
        <message>
            <source>&amp;New customer…</source>
            <translation>&amp;Novo cliente…</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>No listed name resembles this customer (checked on {0}).</source>
            <translation>Nenhum nome das listas se assemelha a este cliente (verificado em {0}).</translation>
        </message>
        <message>
            <source>Not checked against the sanctions lists yet: no list was imported when the customer was last saved. Importing a list checks every customer.</source>
            <translation>Ainda não verificado nas listas de sanções: nenhuma lista estava importada quando o cliente foi guardado pela última vez. Importar uma lista verifica todos os clientes.</translation>
        </message>
        <message>
            <source>Sanctions</source>
            <translation>Sanções</translation>
        </message>
        <message>
            <source>Sanctions &amp;check…</source>
            <translation>&amp;Verificação de sanções…</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Setor</translation>
        </message>
        <message>
            <source>Select a customer in the list first.</source>
            <translation>Selecione primeiro um cliente na lista.</translation>
        </message>
        <message>
            <source>The organisations and people you sell to, and the end users of what you sell. Who they are and what they do is part of the screening.</source>
            <translation>As organizações e pessoas para quem você vende e os usuários finais do que você vende. Quem são e o que fazem faz parte da triagem.</translation>
        </message>
        <message>
            <source>The selected customer's sanctions check: each possible match, and its review</source>
            <translation>A verificação de sanções do cliente selecionado: cada correspondência possível e a sua revisão</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>{0} (checked on {1}): {2}</source>
            <translation>{0} (verificado em {1}): {2}</translation>
        </message>
    </context>
    <context>
        <name>DataSourcesDialog</name>
        <message>
            <source>Accessed</source>
            <translation>Acesso em</translation>
        </message>
        <message>
            <source>Attribution</source>
            <translation>Atribuição</translation>
        </message>
        <message>
            <source>Changes made</source>
            <translation>Alterações feitas</translation>
        </message>
        <message>
            <source>Cite as</source>
            <translation>Citar como</translation>
        </message>
        <message>
            <source>Cited in flags as</source>
            <translation>Citada nos alertas como</translation>
        </message>
        <message>
            <source>Country names: pycountry, ISO 3166 data, licensed under the GNU Lesser General Public License 2.1 (LGPL-2.1), used as an unmodified library.</source>
            <translation>Nomes de países: pycountry, dados ISO 3166, licenciado sob a GNU Lesser General Public License 2.1 (LGPL-2.1), usado como biblioteca sem modificações.</translation>
        </message>
        <message>
            <source>Country tiers: {0}</source>
            <translation>Níveis dos países: {0}</translation>
        </message>
        <message>
            <source>Criteria pack</source>
            <translation>Pacote de critérios</translation>
        </message>
        <message>
            <source>Data sources and licences</source>
            <translation>Fontes de dados e licenças</translation>
        </message>
        <message>
            <source>Each flag and each checklist question names the sources it rests on, with the section, under the title given here as "Cited in flags as".</source>
            <translation>Cada alerta e cada pergunta da lista de verificação indica as fontes em que se baseia, com a seção, pelo título indicado aqui em “Citada nos alertas como”.</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licença</translation>
        </message>
        <message>
            <source>Producer</source>
            <translation>Produtor</translation>
        </message>
        <message>
            <source>Signed by {0} (fingerprint {1}).</source>
            <translation>Assinado por {0} (impressão digital {1}).</translation>
        </message>
        <message>
            <source>Software</source>
            <translation>Software</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Fontes</translation>
        </message>
        <message>
            <source>The user interface uses Qt for Python (PySide6), licensed under the LGPL-3.0.</source>
            <translation>A interface do usuário usa Qt for Python (PySide6), licenciado sob a LGPL-3.0.</translation>
        </message>
        <message>
            <source>This is the app's own default pack: it needs no distributor's signature.</source>
            <translation>Este é o pacote predefinido da própria aplicação: não precisa da assinatura de nenhum distribuidor.</translation>
        </message>
        <message>
            <source>This pack was not signed by a distributor whose key is pinned.</source>
            <translation>Este pacote não foi assinado por nenhum distribuidor cuja chave esteja fixada.</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versão</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Onde</translation>
        </message>
        <message>
            <source>Where a source was changed (an adaptation), the changes are listed under Sources below. A copy of these notices ships with the app in ATTRIBUTION.md.</source>
            <translation>Quando uma fonte foi alterada (uma adaptação), as alterações estão listadas em Fontes, abaixo. Uma cópia destes avisos acompanha o aplicativo no arquivo ATTRIBUTION.md.</translation>
        </message>
        <message>
            <source>{0}, version {1}, issued by {2} on {3}.</source>
            <translation>{0}, versão {1}, emitido por {2} em {3}.</translation>
        </message>
    </context>
    <context>
        <name>DecisionPanel</name>
        <message>
            <source>&amp;Decline</source>
            <translation>&amp;Recusar</translation>
        </message>
        <message>
            <source>&amp;Escalate to distributor</source>
            <translation>&amp;Encaminhar ao distribuidor</translation>
        </message>
        <message>
            <source>&amp;Proceed</source>
            <translation>&amp;Prosseguir</translation>
        </message>
        <message>
            <source>&amp;Rationale (required):</source>
            <translation>&amp;Justificativa (obrigatória):</translation>
        </message>
        <message>
            <source>, approved by {0}</source>
            <translation>, aprovado por {0}</translation>
        </message>
        <message>
            <source>A party of this order is on a sanctions list (a confirmed match). Nobody in the company can approve it: the only possible decision is to decline, and the distributor must be told: report it with the misuse report.</source>
            <translation>Uma parte deste pedido consta de uma lista de sanções (uma correspondência confirmada). Ninguém na empresa pode aprová-lo: a única decisão possível é recusá-lo, e o distribuidor deve ser informado: comunique-o com o relatório de uso indevido.</translation>
        </message>
        <message>
            <source>Any approver</source>
            <translation>Qualquer aprovador</translation>
        </message>
        <message>
            <source>Appr&amp;over's passphrase:</source>
            <translation>Frase-passe de quem aprova (&amp;o):</translation>
        </message>
        <message>
            <source>Appro&amp;ver:</source>
            <translation>Quem aprova (&amp;v):</translation>
        </message>
        <message>
            <source>Approved b&amp;y:</source>
            <translation>Apro&amp;vado por:</translation>
        </message>
        <message>
            <source>Approver to ask</source>
            <translation>Aprovador a quem pedir</translation>
        </message>
        <message>
            <source>As&amp;k for approval</source>
            <translation>Pedir apro&amp;vação</translation>
        </message>
        <message>
            <source>Ask the distributor to decide; the order waits for the answer.</source>
            <translation>Peça ao distribuidor que decida; o pedido aguarda a resposta.</translation>
        </message>
        <message>
            <source>Awaiting approval by {0}: {1} asked on {2} to approve "{3}".</source>
            <translation>Aguardando aprovação de {0}: {1} pediu em {2} que se aprove «{3}».</translation>
        </message>
        <message>
            <source>Choose a decision.</source>
            <translation>Escolha uma decisão.</translation>
        </message>
        <message>
            <source>Choose the approver.</source>
            <translation>Escolha quem aprova.</translation>
        </message>
        <message>
            <source>Choose the decision to proceed (or proceed with conditions) that the approver is to approve.</source>
            <translation>Escolha a decisão de avançar (ou avançar com condições) que o aprovador deve aprovar.</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>Condições</translation>
        </message>
        <message>
            <source>Decided &amp;by:</source>
            <translation>Deci&amp;dido por:</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisão</translation>
        </message>
        <message>
            <source>Do not sell. The reasons are recorded.</source>
            <translation>Não vender. Os motivos ficam registrados.</translation>
        </message>
        <message>
            <source>Earlier decisions:</source>
            <translation>Decisões anteriores:</translation>
        </message>
        <message>
            <source>Escalating records the decision. No distributor is set up yet: add one in the company profile.</source>
            <translation>Encaminhar registra a decisão. Ainda não há distribuidor configurado: adicione um no perfil da empresa.</translation>
        </message>
        <message>
            <source>Escalating records the decision; then send the packet with the order's details to your distributor ({0}) and record their answer on the Escalation tab.</source>
            <translation>Encaminhar registra a decisão; depois, envie o pacote com os dados do pedido ao seu distribuidor ({0}) e registre a resposta dele na aba Encaminhamento.</translation>
        </message>
        <message>
            <source>No decision can be recorded for this order now.</source>
            <translation>Nenhuma decisão pode ser registrada para este pedido agora.</translation>
        </message>
        <message>
            <source>O&amp;ther conditions:</source>
            <translation>&amp;Outras condições:</translation>
        </message>
        <message>
            <source>Other conditions</source>
            <translation>Outras condições</translation>
        </message>
        <message>
            <source>Other conditions, in your own words</source>
            <translation>Outras condições, com as suas palavras</translation>
        </message>
        <message>
            <source>Prepare the escalation p&amp;acket…</source>
            <translation>Preparar o p&amp;acote de encaminhamento…</translation>
        </message>
        <message>
            <source>Prepare the escalation packet</source>
            <translation>Preparar o pacote de encaminhamento</translation>
        </message>
        <message>
            <source>Proceed &amp;with conditions</source>
            <translation>Prosseguir &amp;com condições</translation>
        </message>
        <message>
            <source>Re&amp;cord decision</source>
            <translation>Re&amp;gistrar decisão</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Report to the distributor</source>
            <translation>Comunicar ao distribuidor</translation>
        </message>
        <message>
            <source>Say in a sentence or two why: it is what an auditor or the distributor will read.</source>
            <translation>Diga o motivo em uma ou duas frases: é o que um auditor ou o distribuidor vai ler.</translation>
        </message>
        <message>
            <source>Say in a sentence or two why: it is what the approver will read.</source>
            <translation>Diga porquê numa ou duas frases: é o que o aprovador vai ler.</translation>
        </message>
        <message>
            <source>Sent back by {0} on {1}: {2}</source>
            <translation>Devolvido por {0} em {1}: {2}</translation>
        </message>
        <message>
            <source>Setting up the people who use the app makes approvals proven: the approver then confirms with their own passphrase.</source>
            <translation>Configurar as pessoas que usam a aplicação torna as aprovações comprovadas: quem aprova confirma então com a sua própria frase-passe.</translation>
        </message>
        <message>
            <source>Status: {0}</source>
            <translation>Situação: {0}</translation>
        </message>
        <message>
            <source>Tell the distributor: &amp;misuse report…</source>
            <translation>Informar o distribuidor: relatório de uso &amp;indevido…</translation>
        </message>
        <message>
            <source>The approver approves this decision at their own desk, with their passphrase (Escalation menu, "Waiting for your approval"). Nothing is decided until then.</source>
            <translation>O aprovador aprova esta decisão no seu próprio posto, com a sua frase-passe (menu Encaminhamento, «Aguardando a sua aprovação»). Até lá nada é decidido.</translation>
        </message>
        <message>
            <source>The approver types their own passphrase to confirm the approval.</source>
            <translation>Quem aprova escreve a sua própria frase-passe para confirmar a aprovação.</translation>
        </message>
        <message>
            <source>The order goes ahead only with the safeguards ticked below.</source>
            <translation>O pedido só segue em frente com as salvaguardas marcadas abaixo.</translation>
        </message>
        <message>
            <source>The order may go ahead as it is.</source>
            <translation>O pedido pode seguir em frente como está.</translation>
        </message>
        <message>
            <source>The request for approval that {0} made on {1} cannot be approved: the order changed after it. Ask again.</source>
            <translation>O pedido de aprovação que {0} fez em {1} não pode ser aprovado: a encomenda mudou depois. Peça de novo.</translation>
        </message>
        <message>
            <source>The senior approver's name</source>
            <translation>O nome do aprovador da direção</translation>
        </message>
        <message>
            <source>This decision needs the senior approver. Type the name of {0} once they have approved it.</source>
            <translation>Esta decisão precisa do aprovador da direção. Digite o nome de {0} depois que essa pessoa tiver aprovado.</translation>
        </message>
        <message>
            <source>This is a high-risk order. The UN Guiding Principles (principle 16) ask that such decisions are approved at the most senior level of the company. The approver confirms here with their own passphrase: choose them and let them type it.</source>
            <translation>Esta é uma encomenda de alto risco. Os Princípios Orientadores da ONU (princípio 16) pedem que tais decisões sejam aprovadas ao nível mais alto da empresa. Quem aprova confirma aqui com a sua própria frase-passe: escolha-o e deixe-o escrevê-la.</translation>
        </message>
        <message>
            <source>This is a high-risk order. The UN Guiding Principles (principle 16) ask that such decisions are approved at the most senior level of the company: here, {0}. Type their name to confirm they approved it.</source>
            <translation>Este é um pedido de alto risco. Os Princípios Orientadores da ONU (Princípio Orientador 16) pedem que essas decisões sejam aprovadas no nível mais alto da empresa: aqui, {0}. Digite o nome dessa pessoa para confirmar que ela aprovou.</translation>
        </message>
        <message>
            <source>This order asks for a use that is prohibited. Nobody in the company can approve it, not even the senior approver: the only possible decision is to decline.</source>
            <translation>Este pedido é para um uso proibido. Ninguém na empresa pode aprová-lo, nem mesmo o aprovador da direção: a única decisão possível é recusar.</translation>
        </message>
        <message>
            <source>Tick the safeguards the customer agrees to. They become part of the record.</source>
            <translation>Marque as salvaguardas com que o cliente concorda. Elas passam a fazer parte do registro.</translation>
        </message>
        <message>
            <source>What the distributor receives: a PDF and a JSON file with the order, the flags, the checklist and your recommendation, and your attachments. You see the PDF before it is sent.</source>
            <translation>O que o distribuidor recebe: um PDF e um arquivo JSON com o pedido, os alertas, a lista de verificação e a sua recomendação, além dos seus anexos. Você vê o PDF antes do envio.</translation>
        </message>
        <message>
            <source>Why this decision? What did you check, what did the customer say?</source>
            <translation>Por que esta decisão? O que você verificou, o que o cliente disse?</translation>
        </message>
        <message>
            <source>any approver</source>
            <translation>qualquer aprovador</translation>
        </message>
        <message>
            <source>your senior approver</source>
            <translation>o seu aprovador da direção</translation>
        </message>
        <message>
            <source>{0}: {1} by {2}{3}. {4}</source>
            <translation>{0}: {1}, decidido por {2}{3}. {4}</translation>
        </message>
    </context>
    <context>
        <name>DeskWindow</name>
        <message>
            <source>&amp;Open packet…</source>
            <translation>A&amp;brir pacote…</translation>
        </message>
        <message>
            <source>Answer to {0}, order {1} recorded and signed. Save the decision file or send it to the reseller.</source>
            <translation>Resposta a {0}, pedido {1}, registrada e assinada. Salve o arquivo de decisão ou envie-o ao revendedor.</translation>
        </message>
        <message>
            <source>Checking {0}…</source>
            <translation>Verificando {0}…</translation>
        </message>
        <message>
            <source>Decision files (*.json)</source>
            <translation>Arquivos de decisão (*.json)</translation>
        </message>
        <message>
            <source>Distributor desk</source>
            <translation>Mesa do distribuidor</translation>
        </message>
        <message>
            <source>Open a packet a reseller sent</source>
            <translation>Abrir um pacote enviado por um revendedor</translation>
        </message>
        <message>
            <source>Open a packet's folder</source>
            <translation>Abrir a pasta de um pacote</translation>
        </message>
        <message>
            <source>Open packet fol&amp;der…</source>
            <translation>Abrir &amp;pasta de pacote…</translation>
        </message>
        <message>
            <source>Packets (*.zip *.eml);;All files (*)</source>
            <translation>Pacotes (*.zip *.eml);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Refused, nothing was added to the list: {0}</source>
            <translation>Recusado, nada foi adicionado à lista: {0}</translation>
        </message>
        <message>
            <source>Save the decision file</source>
            <translation>Salvar o arquivo de decisão</translation>
        </message>
        <message>
            <source>Saved {0} and its signature {1}: send both to {2}.</source>
            <translation>{0} e sua assinatura {1} foram salvos: envie ambos a {2}.</translation>
        </message>
        <message>
            <source>The answer to {0}, order {1} is in the outbox to {2}.</source>
            <translation>A resposta a {0}, pedido {1}, está na caixa de saída para {2}.</translation>
        </message>
        <message>
            <source>This packet holds no PDF.</source>
            <translation>Este pacote não contém nenhum PDF.</translation>
        </message>
        <message>
            <source>{0}, order {1}: {2}</source>
            <translation>{0}, pedido {1}: {2}</translation>
        </message>
    </context>
    <context>
        <name>DigestSettingsBox</name>
        <message>
            <source>Daily digest</source>
            <translation>Resumo diário</translation>
        </message>
        <message>
            <source>Once a day, through the outbox, with the order references; nothing is sent on a day when nothing is due. The approvers' addresses are filled in until you save. Where the app is not running, a scheduled task can run 'reseller-app digest --send'.</source>
            <translation>Uma vez por dia, pela caixa de saída, com as referências das encomendas; nada é enviado num dia em que nada está pendente. Os endereços dos aprovadores são sugeridos até guardar. Onde a aplicação não está aberta, uma tarefa agendada pode executar 'reseller-app digest --send'.</translation>
        </message>
        <message>
            <source>Recipients' e-&amp;mail addresses:</source>
            <translation>Endereços de e-&amp;mail dos destinatários:</translation>
        </message>
        <message>
            <source>Send a daily digest o&amp;f what is waiting and overdue</source>
            <translation>Enviar um resumo diár&amp;io do que está pendente e em atraso</translation>
        </message>
        <message>
            <source>name@example.com, other@example.com</source>
            <translation>nome@exemplo.com, outro@exemplo.com</translation>
        </message>
    </context>
    <context>
        <name>DistributorPage</name>
        <message>
            <source>&amp;Add another distributor</source>
            <translation>&amp;Adicionar outro distribuidor</translation>
        </message>
        <message>
            <source>Add at least one distributor.</source>
            <translation>Adicione pelo menos um distribuidor.</translation>
        </message>
        <message>
            <source>C&amp;ontact person (optional)</source>
            <translation>Pessoa de &amp;contato (opcional)</translation>
        </message>
        <message>
            <source>Distributors</source>
            <translation>Distribuidores</translation>
        </message>
        <message>
            <source>Enter the distributor's name.</source>
            <translation>Informe o nome do distribuidor.</translation>
        </message>
        <message>
            <source>Enter the e-mail address for escalations, e.g. compliance@distributor.com.</source>
            <translation>Informe o endereço de e-mail para encaminhamentos, por exemplo compliance@distributor.com.</translation>
        </message>
        <message>
            <source>Escalation &amp;e-mail</source>
            <translation>&amp;E-mail para encaminhamentos</translation>
        </message>
        <message>
            <source>Na&amp;me</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>When an order is too risky to decide alone, you escalate it to your distributor. Add at least one, with the e-mail address for such questions.</source>
            <translation>Quando um pedido é arriscado demais para decidir sozinho, você o encaminha ao seu distribuidor. Adicione pelo menos um, com o endereço de e-mail para essas consultas.</translation>
        </message>
        <message>
            <source>“{0}” is not an e-mail address. Enter one like compliance@distributor.com.</source>
            <translation>“{0}” não é um endereço de e-mail. Informe um como compliance@distributor.com.</translation>
        </message>
    </context>
    <context>
        <name>DistributorRow</name>
        <message>
            <source>Contact person (optional)</source>
            <translation>Pessoa de contato (opcional)</translation>
        </message>
        <message>
            <source>Distributor name</source>
            <translation>Nome do distribuidor</translation>
        </message>
        <message>
            <source>Distributor {0} contact person</source>
            <translation>Pessoa de contato do distribuidor {0}</translation>
        </message>
        <message>
            <source>Distributor {0} escalation e-mail</source>
            <translation>E-mail para encaminhamentos do distribuidor {0}</translation>
        </message>
        <message>
            <source>Distributor {0} name</source>
            <translation>Nome do distribuidor {0}</translation>
        </message>
        <message>
            <source>Escalation e-mail</source>
            <translation>E-mail para encaminhamentos</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Remove distributor {0}</source>
            <translation>Remover o distribuidor {0}</translation>
        </message>
    </context>
    <context>
        <name>EscalationDialog</name>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Aprovar</translation>
        </message>
        <message>
            <source>&amp;Distributor:</source>
            <translation>&amp;Distribuidor:</translation>
        </message>
        <message>
            <source>&amp;No recommendation: we ask you to decide</source>
            <translation>&amp;Sem recomendação: pedimos que vocês decidam</translation>
        </message>
        <message>
            <source>&amp;Other conditions:</source>
            <translation>&amp;Outras condições:</translation>
        </message>
        <message>
            <source>&amp;Reject</source>
            <translation>&amp;Rejeitar</translation>
        </message>
        <message>
            <source>(no customer)</source>
            <translation>(sem cliente)</translation>
        </message>
        <message>
            <source>Add &amp;files…</source>
            <translation>Adicio&amp;nar arquivos…</translation>
        </message>
        <message>
            <source>Also in the packet: your company and contact, the criteria pack used, the packet id and the date.</source>
            <translation>Também no pacote: a sua empresa e o contato, o pacote de critérios usado, o ID do pacote e a data.</translation>
        </message>
        <message>
            <source>Approve &amp;with conditions</source>
            <translation>Aprovar &amp;com condições</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Anexos</translation>
        </message>
        <message>
            <source>Back to change the packet</source>
            <translation>Voltar para alterar o pacote</translation>
        </message>
        <message>
            <source>Build the packet and preview the PDF</source>
            <translation>Montar o pacote e visualizar o PDF</translation>
        </message>
        <message>
            <source>Building again makes a new packet; one that was not sent or saved is simply not used.</source>
            <translation>Montar de novo cria um novo pacote; um pacote que não foi enviado nem salvo simplesmente não é usado.</translation>
        </message>
        <message>
            <source>Building the packet…</source>
            <translation>Montando o pacote…</translation>
        </message>
        <message>
            <source>Checklist answers ({0})</source>
            <translation>Respostas da lista de verificação ({0})</translation>
        </message>
        <message>
            <source>Consignee (receives the goods)</source>
            <translation>Consignatário (recebe a mercadoria)</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>Distributor</source>
            <translation>Distribuidor</translation>
        </message>
        <message>
            <source>End user</source>
            <translation>Usuário final</translation>
        </message>
        <message>
            <source>Escalate order {0} to the distributor</source>
            <translation>Encaminhar o pedido {0} ao distribuidor</translation>
        </message>
        <message>
            <source>Escalate order {0} to your distributor</source>
            <translation>Encaminhar o pedido {0} ao seu distribuidor</translation>
        </message>
        <message>
            <source>For example the signed end-user statement or an excerpt of the contract (20 MB at most together).</source>
            <translation>Por exemplo, a declaração do usuário final assinada ou um trecho do contrato (no máximo 20 MB no total).</translation>
        </message>
        <message>
            <source>From the criteria pack. The distributor sees each one with its description.</source>
            <translation>Do pacote de critérios. O distribuidor vê cada uma com a sua descrição.</translation>
        </message>
        <message>
            <source>Intended use, in the customer's words</source>
            <translation>Uso previsto, nas palavras do cliente</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Linhas</translation>
        </message>
        <message>
            <source>No checklist answers yet: the distributor will ask. Answer the checklist first if you can.</source>
            <translation>Ainda não há respostas da lista de verificação: o distribuidor vai perguntar. Se puder, responda primeiro à lista de verificação.</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <source>Other conditions</source>
            <translation>Outras condições</translation>
        </message>
        <message>
            <source>Other conditions, in your own words</source>
            <translation>Outras condições, com as suas palavras</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Re&amp;mover</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risco</translation>
        </message>
        <message>
            <source>Safeguards we propose</source>
            <translation>Salvaguardas que propomos</translation>
        </message>
        <message>
            <source>Say in a sentence or two why you recommend this: it is what the distributor reads first.</source>
            <translation>Diga em uma ou duas frases por que você recomenda isto: é o que o distribuidor lê primeiro.</translation>
        </message>
        <message>
            <source>Screening flags ({0})</source>
            <translation>Alertas da triagem ({0})</translation>
        </message>
        <message>
            <source>The distributor decides whether this sale goes ahead: approved, approved with conditions, or rejected. The packet gives their compliance person everything they need: a PDF to read, the same content as JSON for their systems, your files, and a manifest with the SHA-256 of every file. Nothing is sent until you press Send after the preview.</source>
            <translation>O distribuidor decide se esta venda segue em frente: aprovada, aprovada com condições ou rejeitada. O pacote dá ao responsável de compliance do distribuidor tudo o que ele precisa: um PDF para ler, o mesmo conteúdo em JSON para os sistemas dele, os seus arquivos e um manifesto com o SHA-256 de cada arquivo. Nada é enviado até você clicar em Enviar depois da visualização.</translation>
        </message>
        <message>
            <source>The packet was not built: {0}</source>
            <translation>O pacote não foi montado: {0}</translation>
        </message>
        <message>
            <source>Tick at least one safeguard or write the conditions you propose.</source>
            <translation>Marque pelo menos uma salvaguarda ou escreva as condições que você propõe.</translation>
        </message>
        <message>
            <source>Use cases</source>
            <translation>Casos de uso</translation>
        </message>
        <message>
            <source>W&amp;hy (required):</source>
            <translation>&amp;Justificativa (obrigatória):</translation>
        </message>
        <message>
            <source>We recommend:</source>
            <translation>Recomendamos:</translation>
        </message>
        <message>
            <source>What goes in the packet</source>
            <translation>O que vai no pacote</translation>
        </message>
        <message>
            <source>Why we recommend this</source>
            <translation>Por que recomendamos isto</translation>
        </message>
        <message>
            <source>Why? What did you check, what did the customer say or sign?</source>
            <translation>Por quê? O que você verificou, o que o cliente disse ou assinou?</translation>
        </message>
        <message>
            <source>Your recommendation</source>
            <translation>A sua recomendação</translation>
        </message>
        <message>
            <source>no</source>
            <translation>não</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>não informado</translation>
        </message>
        <message>
            <source>not sure yet</source>
            <translation>ainda não sei</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sim</translation>
        </message>
        <message>
            <source>{0} of {1}, {2}</source>
            <translation>{0} de {1}, {2}</translation>
        </message>
    </context>
    <context>
        <name>EscalationTab</name>
        <message>
            <source>&amp;Print the packet…</source>
            <translation>&amp;Imprimir o pacote…</translation>
        </message>
        <message>
            <source>An e-mail file your mail program opens, ready to send: the way out when sending from this app is not set up or fails.</source>
            <translation>Um arquivo de e-mail que o seu programa de e-mail abre, pronto para enviar: a saída quando o envio a partir deste aplicativo não está configurado ou falha.</translation>
        </message>
        <message>
            <source>Ask the distributor to decide: build the escalation packet, check its PDF, and send it.</source>
            <translation>Peça ao distribuidor que decida: monte o pacote de encaminhamento, confira o PDF e envie-o.</translation>
        </message>
        <message>
            <source>Built</source>
            <translation>Montado em</translation>
        </message>
        <message>
            <source>Conditions: {0}</source>
            <translation>Condições: {0}</translation>
        </message>
        <message>
            <source>E&amp;scalate to distributor…</source>
            <translation>Encaminhar ao di&amp;stribuidor…</translation>
        </message>
        <message>
            <source>Escalate to the distributor</source>
            <translation>Encaminhar ao distribuidor</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>Encaminhamento</translation>
        </message>
        <message>
            <source>Escalation state</source>
            <translation>Situação do encaminhamento</translation>
        </message>
        <message>
            <source>Escalation to the distributor</source>
            <translation>Encaminhamento ao distribuidor</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Acompanhamentos</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Misuse report</source>
            <translation>Comunicação de uso indevido</translation>
        </message>
        <message>
            <source>Packet</source>
            <translation>Pacote</translation>
        </message>
        <message>
            <source>Packet {0}; manifest SHA-256 {1}</source>
            <translation>Pacote {0}; SHA-256 do manifesto {1}</translation>
        </message>
        <message>
            <source>Packets of this order</source>
            <translation>Pacotes deste pedido</translation>
        </message>
        <message>
            <source>Print the PDF of the selected packet (the latest when none is selected)</source>
            <translation>Imprimir o PDF do pacote selecionado (o mais recente quando nenhum está selecionado)</translation>
        </message>
        <message>
            <source>Record the distributor's &amp;answer…</source>
            <translation>Registrar a &amp;resposta do distribuidor…</translation>
        </message>
        <message>
            <source>Record the distributor's answer</source>
            <translation>Registrar a resposta do distribuidor</translation>
        </message>
        <message>
            <source>Report &amp;misuse…</source>
            <translation>Comunicar &amp;uso indevido…</translation>
        </message>
        <message>
            <source>Report possible misuse</source>
            <translation>Comunicar possível uso indevido</translation>
        </message>
        <message>
            <source>Save as .em&amp;l…</source>
            <translation>Salvar como .em&amp;l…</translation>
        </message>
        <message>
            <source>Save the selected packet (the latest when none is selected) as an e-mail file</source>
            <translation>Salvar o pacote selecionado (o mais recente quando nenhum está selecionado) como arquivo de e-mail</translation>
        </message>
        <message>
            <source>Saved e-mail file</source>
            <translation>Arquivo de e-mail salvo</translation>
        </message>
        <message>
            <source>Saved {0}. Open it in your mail program and send it from there.</source>
            <translation>{0} salvo. Abra-o no seu programa de e-mail e envie-o de lá.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Salvando…</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>The PDF was not printed: {0}</source>
            <translation>O PDF não foi impresso: {0}</translation>
        </message>
        <message>
            <source>The distributor answered.</source>
            <translation>O distribuidor respondeu.</translation>
        </message>
        <message>
            <source>The distributor's answer</source>
            <translation>A resposta do distribuidor</translation>
        </message>
        <message>
            <source>The distributor's conditions to check, and when to contact the customer again.</source>
            <translation>As condições do distribuidor a verificar e quando contatar o cliente de novo.</translation>
        </message>
        <message>
            <source>The e-mail file was not saved: {0}</source>
            <translation>O arquivo de e-mail não foi salvo: {0}</translation>
        </message>
        <message>
            <source>The packet is in the outbox.</source>
            <translation>O pacote está na caixa de saída.</translation>
        </message>
        <message>
            <source>The packet went out: record the distributor's answer when it comes.</source>
            <translation>O pacote foi enviado: registre a resposta do distribuidor quando ela chegar.</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>You may escalate this order if you want the distributor's view.</source>
            <translation>Você pode encaminhar este pedido se quiser a opinião do distribuidor.</translation>
        </message>
        <message>
            <source>{0} by {1} on {2}, their reference {3}.</source>
            <translation>{0} por {1} em {2}, referência do distribuidor: {3}.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <source>&amp;Browse…</source>
            <translation>Pro&amp;curar…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportar</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;De:</translation>
        </message>
        <message>
            <source>&amp;Print the summary…</source>
            <translation>&amp;Imprimir o resumo…</translation>
        </message>
        <message>
            <source>&amp;Save as:</source>
            <translation>&amp;Salvar como:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Até:</translation>
        </message>
        <message>
            <source>Choose the output file</source>
            <translation>Escolher o arquivo de saída</translation>
        </message>
        <message>
            <source>Choose where to save the zip file.</source>
            <translation>Escolha onde salvar o arquivo zip.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>Evidence summary {0} to {1}</source>
            <translation>Resumo das evidências de {0} a {1}</translation>
        </message>
        <message>
            <source>Export evidence for audit</source>
            <translation>Exportar evidências para auditoria</translation>
        </message>
        <message>
            <source>One zip file for a distributor's or vendor's audit: a PDF summary, the adopted policy versions, every screening and decision, the packets sent and the answers, the follow-ups, the sanctions lists imported with the reviews of possible matches, and the check of the audit log, with the SHA-256 of every file.</source>
            <translation>Um arquivo zip para a auditoria de um distribuidor ou fabricante: um resumo em PDF, as versões adotadas da política, todas as triagens e decisões, os pacotes enviados e as respostas, os acompanhamentos, as listas de sanções importadas com as revisões de possíveis correspondências e a verificação do registro de auditoria, com o SHA-256 de cada arquivo.</translation>
        </message>
        <message>
            <source>Print the PDF summary of the bundle</source>
            <translation>Imprimir o resumo em PDF do pacote de evidências</translation>
        </message>
        <message>
            <source>Progress of the export</source>
            <translation>Andamento da exportação</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Sanctions list versions: {0}, reviews of possible matches: {1}.</source>
            <translation>Versões de listas de sanções: {0}, revisões de possíveis correspondências: {1}.</translation>
        </message>
        <message>
            <source>Save the evidence bundle</source>
            <translation>Salvar o conjunto de evidências</translation>
        </message>
        <message>
            <source>Saved {0}. Screenings: {1}, decisions: {2}, packets: {3}, answers: {4}. {5} {6}</source>
            <translation>{0} salvo. Triagens: {1}, decisões: {2}, pacotes: {3}, respostas: {4}. {5} {6}</translation>
        </message>
        <message>
            <source>The audit log check FAILED: {0}</source>
            <translation>A verificação do registro de auditoria FALHOU: {0}</translation>
        </message>
        <message>
            <source>The audit log is intact ({0} events checked).</source>
            <translation>O registro de auditoria está íntegro ({0} eventos verificados).</translation>
        </message>
        <message>
            <source>The bundle was not written: {0}</source>
            <translation>O conjunto não foi gravado: {0}</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>A data final é anterior à data inicial.</translation>
        </message>
        <message>
            <source>The summary was not printed: {0}</source>
            <translation>O resumo não foi impresso: {0}</translation>
        </message>
        <message>
            <source>The summary was sent to the printer.</source>
            <translation>O resumo foi enviado para a impressora.</translation>
        </message>
        <message>
            <source>Zip archives (*.zip)</source>
            <translation>Arquivos zip (*.zip)</translation>
        </message>
        <message>
            <source>{0} adopted policy versions.</source>
            <translation>{0} versões adotadas da política.</translation>
        </message>
    </context>
    <context>
        <name>ExampleBox</name>
        <message>
            <source>Example</source>
            <translation>Exemplo</translation>
        </message>
        <message>
            <source>Example: {0}</source>
            <translation>Exemplo: {0}</translation>
        </message>
    </context>
    <context>
        <name>FileList</name>
        <message>
            <source>Add files</source>
            <translation>Adicionar arquivos</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>não pode ser lido</translation>
        </message>
    </context>
    <context>
        <name>FindingItem</name>
        <message>
            <source>Confirmed match</source>
            <translation>Correspondência confirmada</translation>
        </message>
        <message>
            <source>Matched name: {name}; score {score}</source>
            <translation>Nome correspondente: {name}; pontuação {score}</translation>
        </message>
        <message>
            <source>Possible match</source>
            <translation>Possível correspondência</translation>
        </message>
        <message>
            <source>Reviewed: not the same</source>
            <translation>Revisado: não é a mesma</translation>
        </message>
        <message>
            <source>Why: {0}</source>
            <translation>Porquê: {0}</translation>
        </message>
        <message>
            <source>{role} {party} resembles {source} entry {entry}: {listed}</source>
            <translation>{role} {party} se parece com a entrada {entry} da {source}: {listed}</translation>
        </message>
    </context>
    <context>
        <name>FinishPage</name>
        <message>
            <source>&amp;Load demo data (sample customers, products and 30+ orders)</source>
            <translation>&amp;Carregar dados de demonstração (clientes, produtos e mais de 30 pedidos de exemplo)</translation>
        </message>
        <message>
            <source>Every order you enter or import is screened: the product and what it is for, who buys and uses it, and where it goes. Each warning says why and what to do. Risky orders wait for a decision, and every decision is recorded.</source>
            <translation>Cada pedido que você registra ou importa passa pela triagem: o produto e para que serve, quem compra e quem usa, e para onde vai. Cada alerta diz o motivo e o que fazer. Os pedidos de risco aguardam uma decisão, e cada decisão fica registrada.</translation>
        </message>
        <message>
            <source>Handy to look around before you enter your own orders.</source>
            <translation>Útil para conhecer o aplicativo antes de registrar os seus próprios pedidos.</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Pronto</translation>
        </message>
        <message>
            <source>You can change these details later under File &gt; Company profile.</source>
            <translation>Você pode alterar estes dados depois em Arquivo &gt; Perfil da empresa.</translation>
        </message>
    </context>
    <context>
        <name>FlagItem</name>
        <message>
            <source>Concerns: {0}</source>
            <translation>Refere-se a: {0}</translation>
        </message>
        <message>
            <source>What to do: {0}</source>
            <translation>O que fazer: {0}</translation>
        </message>
    </context>
    <context>
        <name>FlaggedPartiesDialog</name>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>Customer or order</source>
            <translation>Cliente ou encomenda</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Sanctions matches to review</source>
            <translation>Correspondências de sanções a rever</translation>
        </message>
        <message>
            <source>The customers and the parties of open orders whose latest check found a listed name. Open one to see which list entry it resembles and why.</source>
            <translation>Os clientes e as partes de encomendas abertas cuja última verificação encontrou um nome das listas. Abra um para ver a que entrada da lista se assemelha e porquê.</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsPanel</name>
        <message>
            <source>&amp;All open</source>
            <translation>&amp;Todos em aberto</translation>
        </message>
        <message>
            <source>&amp;Due now</source>
            <translation>&amp;Hoje e atrasados</translation>
        </message>
        <message>
            <source>&amp;Mark done</source>
            <translation>&amp;Marcar como feito</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Observação:</translation>
        </message>
        <message>
            <source>&amp;Open order</source>
            <translation>A&amp;brir pedido</translation>
        </message>
        <message>
            <source>Contact the customer</source>
            <translation>Contatar o cliente</translation>
        </message>
        <message>
            <source>Distributor's condition</source>
            <translation>Condição do distribuidor</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Feito</translation>
        </message>
        <message>
            <source>Done: {0}</source>
            <translation>Feito: {0}</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Prazo</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Acompanhamentos</translation>
        </message>
        <message>
            <source>Follow-ups summary</source>
            <translation>Resumo dos acompanhamentos</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>Marcar como &amp;feito</translation>
        </message>
        <message>
            <source>Mark the selected follow-up done</source>
            <translation>Marcar como feito o acompanhamento selecionado</translation>
        </message>
        <message>
            <source>No follow-ups for this order yet. The distributor's conditions and contact dates appear here once their answer is recorded.</source>
            <translation>Ainda não há acompanhamentos para este pedido. As condições do distribuidor e as datas de contato aparecem aqui quando a resposta dele for registrada.</translation>
        </message>
        <message>
            <source>No open follow-ups.</source>
            <translation>Nenhum acompanhamento em aberto.</translation>
        </message>
        <message>
            <source>No&amp;te:</source>
            <translation>Obser&amp;vação:</translation>
        </message>
        <message>
            <source>Note on what was done</source>
            <translation>Observação sobre o que foi feito</translation>
        </message>
        <message>
            <source>Nothing is due.</source>
            <translation>Nada a fazer agora.</translation>
        </message>
        <message>
            <source>One page from the criteria pack for the customer: how to use the products responsibly and whom to tell about misuse.</source>
            <translation>Uma página do pacote de critérios para o cliente: como usar os produtos de forma responsável e a quem comunicar um uso indevido.</translation>
        </message>
        <message>
            <source>Open the order of the selected follow-up</source>
            <translation>Abrir o pedido do acompanhamento selecionado</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <source>Print the guidan&amp;ce…</source>
            <translation>Imprimir as orientaç&amp;ões…</translation>
        </message>
        <message>
            <source>Print the responsible-use guidance for the customer</source>
            <translation>Imprimir as orientações de uso responsável para o cliente</translation>
        </message>
        <message>
            <source>Responsible-use &amp;guidance PDF…</source>
            <translation>Orientações de uso &amp;responsável (PDF)…</translation>
        </message>
        <message>
            <source>Responsible-use guidance</source>
            <translation>Orientações de uso responsável</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Save the responsible-use guidance for the customer as a PDF</source>
            <translation>Salvar em PDF as orientações de uso responsável para o cliente</translation>
        </message>
        <message>
            <source>Saved {0}. Give it to the customer with the delivery or at the next contact.</source>
            <translation>{0} salvo. Entregue-o ao cliente junto com a entrega ou no próximo contato.</translation>
        </message>
        <message>
            <source>Select the follow-up in the list first.</source>
            <translation>Selecione primeiro o acompanhamento na lista.</translation>
        </message>
        <message>
            <source>Sent to the printer. Give it to the customer with the delivery or at the next contact.</source>
            <translation>Enviado para a impressora. Entregue ao cliente com a entrega ou no próximo contato.</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <source>The distributor's conditions to check, and contact with the customers of approved high-risk orders over time (BSR 2022 §6.4).</source>
            <translation>As condições do distribuidor a verificar e o contato ao longo do tempo com os clientes de pedidos de alto risco aprovados (BSR 2022 §6.4).</translation>
        </message>
        <message>
            <source>The guidance was not printed: {0}</source>
            <translation>As orientações não foram impressas: {0}</translation>
        </message>
        <message>
            <source>The guidance was not saved: {0}</source>
            <translation>As orientações não foram salvas: {0}</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>O que fazer</translation>
        </message>
        <message>
            <source>What was done (optional)</source>
            <translation>O que foi feito (opcional)</translation>
        </message>
        <message>
            <source>{0} (overdue, {1} d)</source>
            <translation>{0} (atrasado, {1} d)</translation>
        </message>
        <message>
            <source>{0} open, {1} overdue.</source>
            <translation>{0} em aberto, {1} atrasados.</translation>
        </message>
        <message>
            <source>{0} to do, {1} overdue.</source>
            <translation>{0} a fazer, {1} atrasados.</translation>
        </message>
    </context>
    <context>
        <name>GuidanceSaver</name>
        <message>
            <source>Cannot write {0}: {1}</source>
            <translation>Não é possível gravar {0}: {1}</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save the responsible-use guidance</source>
            <translation>Salvar as orientações de uso responsável</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Based on: {0}</source>
            <translation>Com base em: {0}</translation>
        </message>
        <message>
            <source>Help text</source>
            <translation>Texto da ajuda</translation>
        </message>
        <message>
            <source>Help — Channel Diligence</source>
            <translation>Ajuda — Channel Diligence</translation>
        </message>
        <message>
            <source>Help: {0}</source>
            <translation>Ajuda: {0}</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Answers</source>
            <translation>Respostas</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Aprovado por</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Alterado</translation>
        </message>
        <message>
            <source>Criteria pack</source>
            <translation>Pacote de critérios</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Decidido por</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisão</translation>
        </message>
        <message>
            <source>Details of the selected entry</source>
            <translation>Detalhes da entrada selecionada</translation>
        </message>
        <message>
            <source>Everything that happened to this order, newest first. The history is part of the audit log and cannot be edited.</source>
            <translation>Tudo o que aconteceu com este pedido, do mais recente ao mais antigo. O histórico faz parte do registro de auditoria e não pode ser editado.</translation>
        </message>
        <message>
            <source>Missing information</source>
            <translation>Falta de informação</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Observação</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <source>Order history</source>
            <translation>Histórico do pedido</translation>
        </message>
        <message>
            <source>Other conditions</source>
            <translation>Outras condições</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risco</translation>
        </message>
        <message>
            <source>Risk before</source>
            <translation>Risco antes</translation>
        </message>
        <message>
            <source>Safeguards</source>
            <translation>Salvaguardas</translation>
        </message>
        <message>
            <source>Select an entry to see what was recorded.</source>
            <translation>Selecione uma entrada para ver o que foi registrado.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Alertas</translation>
        </message>
        <message>
            <source>Warnings added</source>
            <translation>Alertas adicionados</translation>
        </message>
        <message>
            <source>Warnings removed</source>
            <translation>Alertas removidos</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>O que aconteceu</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quem</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nenhum</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>&amp;Browse…</source>
            <translation>Pro&amp;curar…</translation>
        </message>
        <message>
            <source>&amp;Date order:</source>
            <translation>&amp;Ordem das datas:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>A&amp;rquivo:</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Próximo &gt;</translation>
        </message>
        <message>
            <source>&amp;Sales model of these orders:</source>
            <translation>&amp;Modelo de venda destes pedidos:</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(não está no arquivo)</translation>
        </message>
        <message>
            <source>1 order imported and screened.</source>
            <translation>1 pedido importado e triado.</translation>
        </message>
        <message>
            <source>1 row could not be imported (listed below).</source>
            <translation>1 linha não pôde ser importada (listada abaixo).</translation>
        </message>
        <message>
            <source>1 row was already imported.</source>
            <translation>1 linha já tinha sido importada.</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Voltar</translation>
        </message>
        <message>
            <source>As the company usually sells: {0}</source>
            <translation>Como a empresa costuma vender: {0}</translation>
        </message>
        <message>
            <source>As the file's dates show</source>
            <translation>Como as datas do ficheiro mostrarem</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>Arquivo CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Arquivos CSV (*.csv *.txt);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Choose a CSV file</source>
            <translation>Escolha um arquivo CSV</translation>
        </message>
        <message>
            <source>Choose a CSV file first.</source>
            <translation>Escolha primeiro um arquivo CSV.</translation>
        </message>
        <message>
            <source>Choose the CSV file</source>
            <translation>Escolher o arquivo CSV</translation>
        </message>
        <message>
            <source>Choose the column for “{0}”: it is needed.</source>
            <translation>Escolha a coluna de “{0}”: ela é obrigatória.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>Correct these rows in the file and import it again. Orders that were imported already are recognised by their reference and not imported twice.</source>
            <translation>Corrija estas linhas no arquivo e importe-o de novo. Os pedidos já importados são reconhecidos pela referência e não são importados duas vezes.</translation>
        </message>
        <message>
            <source>Customer &amp;type where the file gives none:</source>
            <translation>&amp;Tipo de cliente quando o ficheiro não o indica:</translation>
        </message>
        <message>
            <source>Date order</source>
            <translation>Ordem das datas</translation>
        </message>
        <message>
            <source>Day first (11/02/2026 is 11 February)</source>
            <translation>Dia primeiro (11/02/2026 é 11 de fevereiro)</translation>
        </message>
        <message>
            <source>Default customer type</source>
            <translation>Tipo de cliente predefinido</translation>
        </message>
        <message>
            <source>For a shop's export, which has no customer type: for instance “Individual” for a shop that sells to consumers. Customers in your catalog keep their own type.</source>
            <translation>Para a exportação de uma loja, que não tem tipo de cliente: por exemplo «Particular (pessoa física)» para uma loja que vende a consumidores. Os clientes do seu catálogo mantêm o seu próprio tipo.</translation>
        </message>
        <message>
            <source>For each piece of order information, choose the column of your file that holds it. The app remembers your choice for next time.</source>
            <translation>Para cada informação do pedido, escolha a coluna do seu arquivo que a contém. O aplicativo lembra a sua escolha para a próxima vez.</translation>
        </message>
        <message>
            <source>How the orders were sold where a row of the file does not say. A webshop's orders are self-service: the criteria pack puts them on hold at a lower risk, for a salesperson to talk to the customer first. A row that gives its sales model keeps it.</source>
            <translation>Como os pedidos foram vendidos quando uma linha do ficheiro não o indica. Os pedidos de uma loja online são de autoatendimento: o pacote de critérios retém-nos com um risco menor, para que um vendedor fale primeiro com o cliente. Uma linha que indica o seu modelo de venda mantém-no.</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>Importação cancelada</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Importação concluída</translation>
        </message>
        <message>
            <source>Import orders from CSV</source>
            <translation>Importar pedidos de CSV</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Andamento da importação</translation>
        </message>
        <message>
            <source>Importing and screening…</source>
            <translation>Importando e fazendo a triagem…</translation>
        </message>
        <message>
            <source>Match at least one column.</source>
            <translation>Associe pelo menos uma coluna.</translation>
        </message>
        <message>
            <source>Match the columns</source>
            <translation>Associar as colunas</translation>
        </message>
        <message>
            <source>Month first (02/11/2026 is 11 February)</source>
            <translation>Mês primeiro (02/11/2026 é 11 de fevereiro)</translation>
        </message>
        <message>
            <source>No order was imported: none of the rows could be used.</source>
            <translation>Nenhum pedido foi importado: nenhuma das linhas pôde ser usada.</translation>
        </message>
        <message>
            <source>Not given (the screening asks)</source>
            <translation>Não indicado (a triagem pergunta)</translation>
        </message>
        <message>
            <source>Nothing imported</source>
            <translation>Nada importado</translation>
        </message>
        <message>
            <source>Nothing new to import</source>
            <translation>Nada de novo para importar</translation>
        </message>
        <message>
            <source>Nothing to import</source>
            <translation>Nada a importar</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Nada foi importado</translation>
        </message>
        <message>
            <source>Nothing was imported: a file is imported completely or not at all. You can import it again at any time.</source>
            <translation>Nada foi importado: um arquivo é importado por inteiro ou não é importado. Você pode importá-lo de novo a qualquer momento.</translation>
        </message>
        <message>
            <source>One row per order line, with a header row. Rows with the same order reference make one order. Every imported order is screened, and risky ones are put on hold as if you had typed them in.</source>
            <translation>Uma linha por linha do pedido, com uma linha de cabeçalho. As linhas com a mesma referência de pedido formam um pedido. Cada pedido importado passa pela triagem, e os de risco ficam retidos como se você os tivesse digitado.</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Lendo o arquivo…</translation>
        </message>
        <message>
            <source>Recognised as an order export from {0}: its columns are matched below. Check them before importing.</source>
            <translation>Reconhecido como exportação de encomendas de {0}: as suas colunas estão associadas abaixo. Verifique-as antes de importar.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Linha</translation>
        </message>
        <message>
            <source>Rows that were not imported</source>
            <translation>Linhas que não foram importadas</translation>
        </message>
        <message>
            <source>Rows that were not imported:</source>
            <translation>Linhas que não foram importadas:</translation>
        </message>
        <message>
            <source>Sales model of these orders</source>
            <translation>Modelo de venda destes pedidos</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Iniciando…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Parando…</translation>
        </message>
        <message>
            <source>The dates in this file can be read two ways: {0} is day first or month first, and no date in the file tells which. Choose the date order, then import again.</source>
            <translation>As datas deste ficheiro podem ler-se de duas maneiras: {0} pode ser dia primeiro ou mês primeiro, e nenhuma data do ficheiro o esclarece. Escolha a ordem das datas e importe de novo.</translation>
        </message>
        <message>
            <source>The file cannot be read: {0}</source>
            <translation>O arquivo não pode ser lido: {0}</translation>
        </message>
        <message>
            <source>The file holds no order rows, only its header (or empty lines), so nothing was imported. Check that you chose the right file, or export the orders again.</source>
            <translation>O arquivo não contém linhas de pedidos, só o cabeçalho (ou linhas vazias), por isso nada foi importado. Confira se escolheu o arquivo certo ou exporte os pedidos de novo.</translation>
        </message>
        <message>
            <source>The file is empty or has no header row.</source>
            <translation>O arquivo está vazio ou não tem linha de cabeçalho.</translation>
        </message>
        <message>
            <source>There is no file at this path.</source>
            <translation>Não há nenhum arquivo neste caminho.</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>You can cancel at any time.</source>
            <translation>Você pode cancelar a qualquer momento.</translation>
        </message>
        <message>
            <source>{0} (required)</source>
            <translation>{0} (obrigatório)</translation>
        </message>
        <message>
            <source>{0} of {1} rows</source>
            <translation>{0} de {1} linhas</translation>
        </message>
        <message>
            <source>{0} on hold and {1} blocked: they wait for a decision in the orders list.</source>
            <translation>{0} retidos e {1} bloqueados: aguardam uma decisão na lista de pedidos.</translation>
        </message>
        <message>
            <source>{0} orders imported and screened.</source>
            <translation>{0} pedidos importados e triados.</translation>
        </message>
        <message>
            <source>{0} rows</source>
            <translation>{0} linhas</translation>
        </message>
        <message>
            <source>{0} rows could not be imported (listed below).</source>
            <translation>{0} linhas não puderam ser importadas (listadas abaixo).</translation>
        </message>
        <message>
            <source>{0} rows were already imported.</source>
            <translation>{0} linhas já tinham sido importadas.</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <source>Something unexpected went wrong ({0}). Nothing was saved by the step that failed; please try again, and tell your IT contact if it happens again.</source>
            <translation>Algo inesperado deu errado ({0}). A etapa que falhou não salvou nada; tente de novo e, se acontecer outra vez, avise o seu contato de TI.</translation>
        </message>
    </context>
    <context>
        <name>KeyUnlockDialog</name>
        <message>
            <source>&amp;Open and sign</source>
            <translation>&amp;Abrir e assinar</translation>
        </message>
        <message>
            <source>It is asked once until the app closes. Cancel builds nothing: nothing is made unsigned for want of the passphrase.</source>
            <translation>É pedida uma vez até a aplicação fechar. Cancelar não gera nada: nada é criado sem assinatura por falta da frase-passe.</translation>
        </message>
        <message>
            <source>Open the signing key</source>
            <translation>Abrir a chave de assinatura</translation>
        </message>
        <message>
            <source>Pass&amp;phrase of {0}:</source>
            <translation>&amp;Frase-passe de {0}:</translation>
        </message>
        <message>
            <source>Passphrase of {0}</source>
            <translation>Frase-passe de {0}</translation>
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation>Escreva a frase-passe.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>A decision cleared the order with conditions.</source>
            <translation>Uma decisão liberou o pedido com condições.</translation>
        </message>
        <message>
            <source>A decision cleared the order.</source>
            <translation>Uma decisão liberou o pedido.</translation>
        </message>
        <message>
            <source>A party of the order is on a sanctions list (a confirmed match). The order can only be declined.</source>
            <translation>Uma parte da encomenda consta de uma lista de sanções (correspondência confirmada). A encomenda só pode ser recusada.</translation>
        </message>
        <message>
            <source>A value the criteria pack does not know</source>
            <translation>Um valor que o pacote de critérios não conhece</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Bloqueado</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Ambos</translation>
        </message>
        <message>
            <source>Cleared</source>
            <translation>Liberado</translation>
        </message>
        <message>
            <source>Consignee</source>
            <translation>Consignatário</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moeda</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Customer / end user</source>
            <translation>Cliente / usuário final</translation>
        </message>
        <message>
            <source>Customer's name</source>
            <translation>Nome do cliente</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Decline</source>
            <translation>Recusar</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Recusado</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>Destination country</source>
            <translation>País de destino</translation>
        </message>
        <message>
            <source>Destination country: elevated risk</source>
            <translation>País de destino: risco moderado</translation>
        </message>
        <message>
            <source>Destination country: high risk</source>
            <translation>País de destino: risco alto</translation>
        </message>
        <message>
            <source>Destination country: prohibited</source>
            <translation>País de destino: proibido</translation>
        </message>
        <message>
            <source>EU financial sanctions</source>
            <translation>Sanções financeiras da UE</translation>
        </message>
        <message>
            <source>Elevated</source>
            <translation>Moderado</translation>
        </message>
        <message>
            <source>End user</source>
            <translation>Usuário final</translation>
        </message>
        <message>
            <source>Escalate to distributor</source>
            <translation>Encaminhar ao distribuidor</translation>
        </message>
        <message>
            <source>Escalated to distributor</source>
            <translation>Encaminhado ao distribuidor</translation>
        </message>
        <message>
            <source>Function of the government body</source>
            <translation>Função do órgão público</translation>
        </message>
        <message>
            <source>Geography</source>
            <translation>Geografia</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Alto</translation>
        </message>
        <message>
            <source>Intended use</source>
            <translation>Uso previsto</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Baixo</translation>
        </message>
        <message>
            <source>Missing information</source>
            <translation>Falta de informação</translation>
        </message>
        <message>
            <source>Missing: {0}</source>
            <translation>Falta: {0}</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Não</translation>
        </message>
        <message>
            <source>Not held: the order may go ahead. Any warnings below are worth a look; recording a decision is optional.</source>
            <translation>Não retido: o pedido pode seguir em frente. Vale a pena conferir os alertas abaixo, se houver; registrar uma decisão é opcional.</translation>
        </message>
        <message>
            <source>Not sure yet</source>
            <translation>Ainda não sei</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Observação</translation>
        </message>
        <message>
            <source>OFAC SDN</source>
            <translation>OFAC SDN</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>Retido</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <source>Proceed</source>
            <translation>Prosseguir</translation>
        </message>
        <message>
            <source>Proceed with conditions</source>
            <translation>Prosseguir com condições</translation>
        </message>
        <message>
            <source>Proceeding</source>
            <translation>Prosseguindo</translation>
        </message>
        <message>
            <source>Proceeding with conditions</source>
            <translation>Prosseguindo com condições</translation>
        </message>
        <message>
            <source>Product and use case</source>
            <translation>Produto e caso de uso</translation>
        </message>
        <message>
            <source>Product category</source>
            <translation>Categoria de produto</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produtos</translation>
        </message>
        <message>
            <source>Prohibited</source>
            <translation>Proibido</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referência</translation>
        </message>
        <message>
            <source>Sales model</source>
            <translation>Modelo de venda</translation>
        </message>
        <message>
            <source>Sales-assisted (we talk to the customer)</source>
            <translation>Venda assistida (falamos com o cliente)</translation>
        </message>
        <message>
            <source>Sanctions list, confirmed match: {0} entry {1}</source>
            <translation>Lista de sanções, correspondência confirmada: entrada {1} de {0}</translation>
        </message>
        <message>
            <source>Sanctions list, possible match: {0} entry {1}</source>
            <translation>Lista de sanções, possível correspondência: entrada {1} de {0}</translation>
        </message>
        <message>
            <source>Self-service (web shop, no conversation)</source>
            <translation>Autoatendimento (loja online, sem conversa)</translation>
        </message>
        <message>
            <source>The order asks for a prohibited use. It cannot be approved.</source>
            <translation>O pedido é para um uso proibido. Ele não pode ser aprovado.</translation>
        </message>
        <message>
            <source>The order waits for a decision before it may ship.</source>
            <translation>O pedido aguarda uma decisão antes de poder ser enviado.</translation>
        </message>
        <message>
            <source>The order waits for the distributor's answer.</source>
            <translation>O pedido aguarda a resposta do distribuidor.</translation>
        </message>
        <message>
            <source>The order was declined.</source>
            <translation>O pedido foi recusado.</translation>
        </message>
        <message>
            <source>Type of customer or end user</source>
            <translation>Tipo de cliente ou de usuário final</translation>
        </message>
        <message>
            <source>UK sanctions list</source>
            <translation>Lista de sanções do Reino Unido</translation>
        </message>
        <message>
            <source>UN Security Council</source>
            <translation>Conselho de Segurança da ONU</translation>
        </message>
        <message>
            <source>Use case</source>
            <translation>Caso de uso</translation>
        </message>
        <message>
            <source>Use cases</source>
            <translation>Casos de uso</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <source>{0} (negated)</source>
            <translation>{0} (com negação)</translation>
        </message>
        <message>
            <source>{0} (not recognised)</source>
            <translation>{0} (não reconhecido)</translation>
        </message>
    </context>
    <context>
        <name>LinesModel</name>
        <message>
            <source>(free line)</source>
            <translation>(linha livre)</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <source>Choose a category</source>
            <translation>Escolha uma categoria</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>Total da linha</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantidade</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Preço unitário</translation>
        </message>
        <message>
            <source>Without a category the screening counts this line as missing information.</source>
            <translation>Sem categoria, a triagem conta esta linha como falta de informação.</translation>
        </message>
    </context>
    <context>
        <name>ListsSettingsBox</name>
        <message>
            <source> days</source>
            <translation> dias</translation>
        </message>
        <message>
            <source>Reset to the offi&amp;cial addresses</source>
            <translation>Repor os endereços o&amp;ficiais</translation>
        </message>
        <message>
            <source>Sanctions lists</source>
            <translation>Listas de sanções</translation>
        </message>
        <message>
            <source>Update lists fetches each list from these addresses, the publishers' own. The EU's address carries the public key (token) of the EU's Financial Sanctions Files page; if the EU changes it, copy the link of the XML file (version 1.1) from that page and paste it here.</source>
            <translation>Atualizar listas baixa cada lista destes endereços, os de quem as publica. O endereço da UE leva a chave pública (token) da página Financial Sanctions Files da UE; se a UE a mudar, copie o link do arquivo XML (versão 1.1) nessa página e cole-o aqui.</translation>
        </message>
        <message>
            <source>Warn when a list is &amp;older than:</source>
            <translation>&amp;Avisar quando uma lista tiver mais de:</translation>
        </message>
        <message>
            <source>{0}, {1}:</source>
            <translation>{0}, {1}:</translation>
        </message>
        <message>
            <source>{0}:</source>
            <translation>{0}:</translation>
        </message>
    </context>
    <context>
        <name>ListsWindow</name>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancelar</translation>
        </message>
        <message>
            <source>&amp;Import list file…</source>
            <translation>&amp;Importar arquivo de lista…</translation>
        </message>
        <message>
            <source>&amp;Update lists</source>
            <translation>A&amp;tualizar listas</translation>
        </message>
        <message>
            <source>Cancelled: nothing of the list being imported was stored. The lists already imported stay in use.</source>
            <translation>Cancelado: nada da lista que estava sendo importada foi guardado. As listas já importadas continuam em uso.</translation>
        </message>
        <message>
            <source>Choose a sanctions list file</source>
            <translation>Escolha um arquivo de lista de sanções</translation>
        </message>
        <message>
            <source>Connecting to the publishers…</source>
            <translation>Conectando a quem publica as listas…</translation>
        </message>
        <message>
            <source>Customers, end users and consignees are checked against the newest version of each list (in bold). Every import is kept as a version: earlier checks name the version they used.</source>
            <translation>Clientes, usuários finais e destinatários são verificados com a versão mais recente de cada lista (em negrito). Cada importação é guardada como uma versão: as verificações anteriores indicam a versão que usaram.</translation>
        </message>
        <message>
            <source>Downloading {0}…</source>
            <translation>Baixando {0}…</translation>
        </message>
        <message>
            <source>Fetch each list from its publisher's address and import it (needs the internet)</source>
            <translation>Baixa cada lista do endereço de quem a publica e a importa (precisa de internet)</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Andamento da importação</translation>
        </message>
        <message>
            <source>Imported versions</source>
            <translation>Versões importadas</translation>
        </message>
        <message>
            <source>Imported {0}, published {1}: {2} entries, {3} names.</source>
            <translation>{0} importada, publicada {1}: {2} entradas, {3} nomes.</translation>
        </message>
        <message>
            <source>Importing and updating lists needs the role {0}; {1} has the role {2}. You can look at the versions; an {0} imports them.</source>
            <translation>Importar e atualizar listas exige a função {0}; {1} tem a função {2}. Você pode ver as versões; quem tem a função {0} as importa.</translation>
        </message>
        <message>
            <source>Left out: {0} entries without a name, {1} empty names.</source>
            <translation>Deixados de fora: {0} entradas sem nome, {1} nomes vazios.</translation>
        </message>
        <message>
            <source>No list was updated.</source>
            <translation>Nenhuma lista foi atualizada.</translation>
        </message>
        <message>
            <source>No sanctions list is imported yet: import the files you downloaded from the publishers, or let Update lists fetch them.</source>
            <translation>Ainda não há lista de sanções importada: importe os arquivos que você baixou de quem as publica, ou deixe que Atualizar listas os baixe.</translation>
        </message>
        <message>
            <source>Nothing was imported: {0}</source>
            <translation>Nada foi importado: {0}</translation>
        </message>
        <message>
            <source>OFAC SDN (sdn.csv, with alt.csv, add.csv and sdn_comments.csv beside it), the UN consolidated list (XML), the EU financial sanctions list (XML 1.1) or the UK sanctions list (CSV)</source>
            <translation>OFAC SDN (sdn.csv, com alt.csv, add.csv e sdn_comments.csv ao lado), a lista consolidada da ONU (XML), a lista de sanções financeiras da UE (XML 1.1) ou a lista de sanções do Reino Unido (CSV)</translation>
        </message>
        <message>
            <source>Reading and storing {0}…</source>
            <translation>Lendo e guardando {0}…</translation>
        </message>
        <message>
            <source>Reading {0}…</source>
            <translation>Lendo {0}…</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Sanctions lists</source>
            <translation>Listas de sanções</translation>
        </message>
        <message>
            <source>Sanctions lists (*.csv *.xml);;All files (*)</source>
            <translation>Listas de sanções (*.csv *.xml);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Parando…</translation>
        </message>
        <message>
            <source>Update lists fetches the official files from the publishers' addresses (Settings, Sanctions lists). Without the internet the lists already imported stay in use.</source>
            <translation>Atualizar listas baixa os arquivos oficiais dos endereços de quem as publica (Configurações, Listas de sanções). Sem internet, as listas já importadas continuam em uso.</translation>
        </message>
        <message>
            <source>You are working as {0}: you can import and update the lists.</source>
            <translation>Você está trabalhando como {0}: pode importar e atualizar as listas.</translation>
        </message>
        <message>
            <source>date not stated in the file</source>
            <translation>data não indicada no arquivo</translation>
        </message>
        <message>
            <source>{0} was imported already on {1}, as version {2} of {3}: nothing changed.</source>
            <translation>{0} já foi importado em {1}, como versão {2} de {3}: nada mudou.</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;About Channel Diligence</source>
            <translation>&amp;Sobre o Channel Diligence</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Fazer &amp;backup agora</translation>
        </message>
        <message>
            <source>&amp;Customers</source>
            <translation>&amp;Clientes</translation>
        </message>
        <message>
            <source>&amp;Data sources and licences…</source>
            <translation>&amp;Fontes de dados e licenças…</translation>
        </message>
        <message>
            <source>&amp;Distributor desk…</source>
            <translation>Mesa do &amp;distribuidor…</translation>
        </message>
        <message>
            <source>&amp;Escalation</source>
            <translation>&amp;Encaminhamento</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <source>&amp;Find orders</source>
            <translation>&amp;Localizar pedidos</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aj&amp;uda</translation>
        </message>
        <message>
            <source>&amp;Help for this screen</source>
            <translation>&amp;Ajuda desta tela</translation>
        </message>
        <message>
            <source>&amp;Import distributor's decision file…</source>
            <translation>&amp;Importar arquivo de decisão do distribuidor…</translation>
        </message>
        <message>
            <source>&amp;Import orders from CSV…</source>
            <translation>&amp;Importar pedidos de CSV…</translation>
        </message>
        <message>
            <source>&amp;New order</source>
            <translation>&amp;Novo pedido</translation>
        </message>
        <message>
            <source>&amp;Orders</source>
            <translation>&amp;Pedidos</translation>
        </message>
        <message>
            <source>&amp;Policy</source>
            <translation>&amp;Política</translation>
        </message>
        <message>
            <source>&amp;Products</source>
            <translation>Pr&amp;odutos</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>A&amp;tualizar</translation>
        </message>
        <message>
            <source>&amp;Report misuse…</source>
            <translation>&amp;Comunicar uso indevido…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restaurar de um backup…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configurações…</translation>
        </message>
        <message>
            <source>&amp;Verify audit log…</source>
            <translation>&amp;Verificar o registro de auditoria…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>E&amp;xibir</translation>
        </message>
        <message>
            <source>&amp;Waiting for your approval…</source>
            <translation>&amp;Aguardando a sua aprovação…</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Channel Diligence {0}&lt;/h3&gt;&lt;p&gt;Human rights due diligence of sales for small IT resellers: every order is screened for the risk that what you sell is misused against people, every warning says why and what to do, and every decision is recorded.&lt;/p&gt;&lt;p&gt;The screening follows the end-use risk framework of the BSR brief &lt;i&gt;Sales Partners and Human Rights Due Diligence in the Technology Sector&lt;/i&gt; (2022) and the UN Guiding Principles on Business and Human Rights. It supports your judgement; it is not legal advice.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0. See Help &amp;gt; Data sources and licences for the data and libraries used.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Channel Diligence {0}&lt;/h3&gt;&lt;p&gt;Devida diligência em direitos humanos nas vendas de pequenos revendedores de TI: cada pedido passa por uma triagem do risco de que o que você vende seja usado de forma indevida contra pessoas, cada alerta diz o motivo e o que fazer, e cada decisão fica registrada.&lt;/p&gt;&lt;p&gt;A triagem segue o modelo de risco de uso final do estudo da BSR &lt;i&gt;Sales Partners and Human Rights Due Diligence in the Technology Sector&lt;/i&gt; (2022) e os Princípios Orientadores sobre Empresas e Direitos Humanos da ONU. Ela apoia o seu julgamento; não é aconselhamento jurídico.&lt;/p&gt;&lt;p&gt;Licenciado sob a Apache License 2.0. Veja Ajuda &amp;gt; Fontes de dados e licenças para os dados e as bibliotecas usados.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Country data:&lt;/b&gt; {0}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Dados dos países:&lt;/b&gt; {0}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Fonts:&lt;/b&gt; DejaVu Sans, © Bitstream, Inc. (Bitstream Vera Fonts licence); DejaVu changes are in the public domain.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Fontes tipográficas:&lt;/b&gt; DejaVu Sans, © Bitstream, Inc. (licença Bitstream Vera Fonts); as alterações do DejaVu estão em domínio público.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About Channel Diligence</source>
            <translation>Sobre o Channel Diligence</translation>
        </message>
        <message>
            <source>Channel Diligence</source>
            <translation>Channel Diligence</translation>
        </message>
        <message>
            <source>Compan&amp;y profile…</source>
            <translation>Perfil da &amp;empresa…</translation>
        </message>
        <message>
            <source>Company profile saved.</source>
            <translation>Perfil da empresa salvo.</translation>
        </message>
        <message>
            <source>Criteria pack: {0} {1}</source>
            <translation>Pacote de critérios: {0} {1}</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <source>Due &amp;diligence report…</source>
            <translation>Relatório de &amp;diligência devida…</translation>
        </message>
        <message>
            <source>Every order with its screening</source>
            <translation>Todos os pedidos com a sua triagem</translation>
        </message>
        <message>
            <source>Export &amp;evidence for audit…</source>
            <translation>Exportar &amp;evidências para auditoria…</translation>
        </message>
        <message>
            <source>Follo&amp;w-ups</source>
            <translation>Aco&amp;mpanhamentos</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Acompanhamentos</translation>
        </message>
        <message>
            <source>Follow-ups ({0})</source>
            <translation>Acompanhamentos ({0})</translation>
        </message>
        <message>
            <source>Human rights &amp;policy…</source>
            <translation>Política de &amp;direitos humanos…</translation>
        </message>
        <message>
            <source>Human rights policy (Policy menu)</source>
            <translation>Política de direitos humanos (menu Política)</translation>
        </message>
        <message>
            <source>Import criteria &amp;pack…</source>
            <translation>Importar &amp;pacote de critérios…</translation>
        </message>
        <message>
            <source>Messages to the distributor</source>
            <translation>Mensagens para o distribuidor</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navegação</translation>
        </message>
        <message>
            <source>No criteria pack loaded</source>
            <translation>Nenhum pacote de critérios carregado</translation>
        </message>
        <message>
            <source>O&amp;utbox</source>
            <translation>Caixa de &amp;saída</translation>
        </message>
        <message>
            <source>O&amp;verview</source>
            <translation>&amp;Visão geral</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Pedidos</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Caixa de saída</translation>
        </message>
        <message>
            <source>Outbox: {0}</source>
            <translation>Caixa de saída: {0}</translation>
        </message>
        <message>
            <source>Outbox: {0}.</source>
            <translation>Caixa de saída: {0}.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Visão geral</translation>
        </message>
        <message>
            <source>Peop&amp;le…</source>
            <translation>Pess&amp;oas…</translation>
        </message>
        <message>
            <source>Policy: {0}</source>
            <translation>Política: {0}</translation>
        </message>
        <message>
            <source>Prin&amp;t the policy…</source>
            <translation>Imprimir a polí&amp;tica…</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produtos</translation>
        </message>
        <message>
            <source>Read-only: changes cannot be saved</source>
            <translation>Somente leitura: não é possível salvar alterações</translation>
        </message>
        <message>
            <source>Responsible-use &amp;guidance PDF…</source>
            <translation>Orientações de uso &amp;responsável (PDF)…</translation>
        </message>
        <message>
            <source>SHA-256 {0}</source>
            <translation>SHA-256 {0}</translation>
        </message>
        <message>
            <source>San&amp;ctions lists…</source>
            <translation>&amp;Listas de sanções…</translation>
        </message>
        <message>
            <source>Saved {0}.</source>
            <translation>{0} salvo.</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Configurações salvas.</translation>
        </message>
        <message>
            <source>The World Bank, Worldwide Governance Indicators (CC BY 4.0); no endorsement implied.</source>
            <translation>Banco Mundial, Worldwide Governance Indicators (CC BY 4.0); isso não implica endosso.</translation>
        </message>
        <message>
            <source>The criteria pack was kept but is not in use: the pack in use is unchanged.</source>
            <translation>O pacote de critérios foi guardado, mas não está em uso: o pacote em uso não mudou.</translation>
        </message>
        <message>
            <source>The new criteria pack is in use. Earlier screenings keep the pack they used.</source>
            <translation>O novo pacote de critérios está em uso. As triagens anteriores mantêm o pacote que usaram.</translation>
        </message>
        <message>
            <source>There is no policy to print yet: write it with the policy wizard.</source>
            <translation>Ainda não há política para imprimir: escreva-a com o assistente da política.</translation>
        </message>
        <message>
            <source>What needs your attention today</source>
            <translation>O que precisa da sua atenção hoje</translation>
        </message>
        <message>
            <source>What to check after a sale</source>
            <translation>O que verificar depois de uma venda</translation>
        </message>
        <message>
            <source>Your catalog and its categories</source>
            <translation>O seu catálogo e as suas categorias</translation>
        </message>
        <message>
            <source>Your customers and end users</source>
            <translation>Os seus clientes e usuários finais</translation>
        </message>
        <message>
            <source>not sent: the mail server needs the password.</source>
            <translation>não enviado: o servidor de e-mail precisa da senha.</translation>
        </message>
        <message>
            <source>{0} failed (see the Outbox)</source>
            <translation>{0} com falha (veja a Caixa de saída)</translation>
        </message>
        <message>
            <source>{0} follow-ups are due</source>
            <translation>{0} acompanhamentos a fazer</translation>
        </message>
        <message>
            <source>{0} sent</source>
            <translation>{0} enviadas</translation>
        </message>
        <message>
            <source>{0} waiting to be tried again</source>
            <translation>{0} aguardando nova tentativa</translation>
        </message>
    </context>
    <context>
        <name>MisuseDialog</name>
        <message>
            <source>&amp;What was seen:</source>
            <translation>&amp;O que foi observado:</translation>
        </message>
        <message>
            <source>A &amp;customer</source>
            <translation>Um &amp;cliente</translation>
        </message>
        <message>
            <source>Add &amp;files…</source>
            <translation>Adicio&amp;nar arquivos…</translation>
        </message>
        <message>
            <source>Add a distributor with an escalation e-mail address in the company profile first.</source>
            <translation>Adicione primeiro, no perfil da empresa, um distribuidor com um endereço de e-mail para encaminhamentos.</translation>
        </message>
        <message>
            <source>An &amp;order</source>
            <translation>Um &amp;pedido</translation>
        </message>
        <message>
            <source>Build the report and preview the PDF</source>
            <translation>Montar a comunicação e visualizar o PDF</translation>
        </message>
        <message>
            <source>Building the report…</source>
            <translation>Montando a comunicação…</translation>
        </message>
        <message>
            <source>Choose a customer…</source>
            <translation>Escolha um cliente…</translation>
        </message>
        <message>
            <source>Choose the customer.</source>
            <translation>Escolha o cliente.</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Describe what you saw, in a few sentences.</source>
            <translation>Descreva o que você viu, em poucas frases.</translation>
        </message>
        <message>
            <source>Evi&amp;dence:</source>
            <translation>&amp;Evidências:</translation>
        </message>
        <message>
            <source>Evidence files</source>
            <translation>Arquivos de evidências</translation>
        </message>
        <message>
            <source>It is about:</source>
            <translation>Refere-se a:</translation>
        </message>
        <message>
            <source>Order reference</source>
            <translation>Referência do pedido</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Re&amp;mover</translation>
        </message>
        <message>
            <source>Report possible misuse</source>
            <translation>Comunicar possível uso indevido</translation>
        </message>
        <message>
            <source>Send &amp;to:</source>
            <translation>Enviar pa&amp;ra:</translation>
        </message>
        <message>
            <source>The report was not built: {0}</source>
            <translation>A comunicação não foi montada: {0}</translation>
        </message>
        <message>
            <source>There is no order {0}: type its reference, or choose the customer instead.</source>
            <translation>Não existe o pedido {0}: digite a referência dele ou escolha o cliente.</translation>
        </message>
        <message>
            <source>This report is shared with the distributor to solve a problem together, not to blame anyone: not the customer, not your staff. Say plainly what you saw and when; add photos, e-mails or documents if you have them.</source>
            <translation>Esta comunicação é compartilhada com o distribuidor para resolver um problema em conjunto, não para culpar ninguém: nem o cliente, nem a sua equipe. Diga com clareza o que você viu e quando; adicione fotos, e-mails ou documentos, se tiver.</translation>
        </message>
        <message>
            <source>Type the order reference, or choose the customer instead.</source>
            <translation>Digite a referência do pedido ou escolha o cliente.</translation>
        </message>
        <message>
            <source>Wh&amp;en:</source>
            <translation>&amp;Quando:</translation>
        </message>
        <message>
            <source>What did you see or hear, and where? For example: the cameras we delivered for traffic monitoring are pointed at the entrance of a union office.</source>
            <translation>O que você viu ou ouviu, e onde? Por exemplo: as câmeras que entregamos para monitoramento do trânsito estão apontadas para a entrada da sede de um sindicato.</translation>
        </message>
        <message>
            <source>You see the report as a PDF before anything is sent.</source>
            <translation>Você vê a comunicação em PDF antes de qualquer envio.</translation>
        </message>
        <message>
            <source>the order reference, e.g. SO-1042</source>
            <translation>a referência do pedido, por exemplo SO-1042</translation>
        </message>
        <message>
            <source>{role} {party} is on the {list} (entry {entry}: {listed}; matched name {name}, score {score}). The order is blocked and will be declined.</source>
            <translation>{role} {party} consta da {list} (entrada {entry}: {listed}; nome correspondente {name}, pontuação {score}). O pedido está bloqueado e será recusado.</translation>
        </message>
    </context>
    <context>
        <name>NumberDelegate</name>
        <message>
            <source>Quantity</source>
            <translation>Quantidade</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Preço unitário</translation>
        </message>
    </context>
    <context>
        <name>OAuthSignInBox</name>
        <message>
            <source>&amp;Back to the password</source>
            <translation>Vo&amp;ltar à senha</translation>
        </message>
        <message>
            <source>Client i&amp;d:</source>
            <translation>I&amp;D do cliente:</translation>
        </message>
        <message>
            <source>E-mail is sent with the password.</source>
            <translation>O e-mail é enviado com a senha.</translation>
        </message>
        <message>
            <source>E-mail is sent with the {0} sign-in of {1}.</source>
            <translation>O e-mail é enviado com o início de sessão {0} de {1}.</translation>
        </message>
        <message>
            <source>Enter the user name (the address you sign in with) above first.</source>
            <translation>Digite primeiro, acima, o nome de usuário (o endereço com que você inicia a sessão).</translation>
        </message>
        <message>
            <source>Microsoft 365, Outlook.com, Gmail and Google Workspace accounts can send with a sign-in in the browser instead of a password (Microsoft is switching SMTP passwords off). The sign-in is kept in your system's password store.</source>
            <translation>Contas Microsoft 365, Outlook.com, Gmail e Google Workspace podem enviar com um início de sessão no navegador em vez de uma senha (a Microsoft está desativando as senhas SMTP). O início de sessão fica guardado no cofre de senhas do sistema.</translation>
        </message>
        <message>
            <source>Not signed in: {0}</source>
            <translation>Sessão não iniciada: {0}</translation>
        </message>
        <message>
            <source>Result of the sign-in</source>
            <translation>Resultado do início de sessão</translation>
        </message>
        <message>
            <source>Si&amp;gn-in provider:</source>
            <translation>Fornecedor de in&amp;ício de sessão:</translation>
        </message>
        <message>
            <source>Sign &amp;in</source>
            <translation>Ini&amp;ciar sessão</translation>
        </message>
        <message>
            <source>Sign in with Microsoft or Google (OAuth2)</source>
            <translation>Iniciar sessão com Microsoft ou Google (OAuth2)</translation>
        </message>
        <message>
            <source>Waiting for the sign-in in the browser…</source>
            <translation>Aguardando o início de sessão no navegador…</translation>
        </message>
        <message>
            <source>from your organisation's app registration (see the README)</source>
            <translation>do registro do aplicativo da sua organização (veja o README)</translation>
        </message>
        <message>
            <source>{0} is not signed in yet: click Sign in.</source>
            <translation>{0} ainda não iniciou sessão: clique em Iniciar sessão.</translation>
        </message>
    </context>
    <context>
        <name>OpeningPage</name>
        <message>
            <source>Opening</source>
            <translation>Abrindo</translation>
        </message>
        <message>
            <source>Opening your orders…</source>
            <translation>Abrindo os seus pedidos…</translation>
        </message>
    </context>
    <context>
        <name>OrderEditor</name>
        <message>
            <source>&amp;Add product</source>
            <translation>&amp;Adicionar produto</translation>
        </message>
        <message>
            <source>&amp;Customer:</source>
            <translation>&amp;Cliente:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Data:</translation>
        </message>
        <message>
            <source>&amp;Intended use:</source>
            <translation>Uso pre&amp;visto:</translation>
        </message>
        <message>
            <source>&amp;Product:</source>
            <translation>&amp;Produto:</translation>
        </message>
        <message>
            <source>&amp;Save order</source>
            <translation>&amp;Salvar pedido</translation>
        </message>
        <message>
            <source>A freight forwarder, a warehouse or an installer that takes the goods for the customer or end user. It is screened like them, and a high-risk country counts as where the goods go.</source>
            <translation>Um transitário, um armazém ou um instalador que recebe a mercadoria pelo cliente ou pelo utilizador final. É avaliado como eles, e um país de alto risco conta como o destino da mercadoria.</translation>
        </message>
        <message>
            <source>Add line without catalo&amp;g entry</source>
            <translation>Adicionar linha sem item do catálo&amp;go</translation>
        </message>
        <message>
            <source>Cannot screen this yet: {0}</source>
            <translation>Ainda não é possível fazer a triagem: {0}</translation>
        </message>
        <message>
            <source>Choose a customer…</source>
            <translation>Escolha um cliente…</translation>
        </message>
        <message>
            <source>Choose the customer, add the products and write down what they are for: the screening appears here as you type.

It looks at four things: the product and what it will be used for, who buys and uses it, where it goes, and what is still unknown. Each warning says why, and what to do about it.</source>
            <translation>Escolha o cliente, adicione os produtos e escreva para que servem: a triagem aparece aqui enquanto você digita.

Ela analisa quatro coisas: o produto e para que vai ser usado, quem compra e quem usa, para onde vai e o que ainda não se sabe. Cada alerta diz o motivo e o que fazer.</translation>
        </message>
        <message>
            <source>Choose who receives the goods…</source>
            <translation>Escolha quem recebe a mercadoria…</translation>
        </message>
        <message>
            <source>Consignee (if another part&amp;y receives the goods)</source>
            <translation>Consignatário (se &amp;outra parte receber a mercadoria)</translation>
        </message>
        <message>
            <source>Des&amp;tination:</source>
            <translation>Des&amp;tino:</translation>
        </message>
        <message>
            <source>End &amp;user:</source>
            <translation>&amp;Usuário final:</translation>
        </message>
        <message>
            <source>Enter a reference for the order.</source>
            <translation>Informe uma referência para o pedido.</translation>
        </message>
        <message>
            <source>In the customer's own words: what will they use it for, where, and who will use it?</source>
            <translation>Com as palavras do próprio cliente: para que vai usar, onde e quem vai usar?</translation>
        </message>
        <message>
            <source>Ne&amp;w customer…</source>
            <translation>&amp;Novo cliente…</translation>
        </message>
        <message>
            <source>New consignee…</source>
            <translation>Novo consignatário…</translation>
        </message>
        <message>
            <source>New end use&amp;r…</source>
            <translation>Novo usuário &amp;final…</translation>
        </message>
        <message>
            <source>No product in the catalog matches “{0}”. Check the SKU or name, add the product under Products, or add a line without a catalog entry and choose its category.</source>
            <translation>Nenhum produto do catálogo corresponde a “{0}”. Confira o SKU ou o nome, adicione o produto em Produtos ou adicione uma linha sem item do catálogo e escolha a categoria dela.</translation>
        </message>
        <message>
            <source>Not saved yet: updates as you type</source>
            <translation>Ainda não salvo: atualiza enquanto você digita</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <source>Order lines</source>
            <translation>Linhas do pedido</translation>
        </message>
        <message>
            <source>Product from the catalog</source>
            <translation>Produto do catálogo</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produtos</translation>
        </message>
        <message>
            <source>R&amp;eference:</source>
            <translation>&amp;Referência:</translation>
        </message>
        <message>
            <source>Received &amp;by:</source>
            <translation>Rece&amp;bido por:</translation>
        </message>
        <message>
            <source>Remo&amp;ve line</source>
            <translation>Remover &amp;linha</translation>
        </message>
        <message>
            <source>Risky sales are never left to self-service: they are held for a conversation with the customer.</source>
            <translation>Vendas de risco nunca ficam no autoatendimento: são retidas para uma conversa com o cliente.</translation>
        </message>
        <message>
            <source>Sales &amp;model:</source>
            <translation>&amp;Modelo de venda:</translation>
        </message>
        <message>
            <source>Same as the customer</source>
            <translation>O mesmo que o cliente</translation>
        </message>
        <message>
            <source>Same as the end user's country</source>
            <translation>O mesmo país do usuário final</translation>
        </message>
        <message>
            <source>Save and screen the order (Ctrl+S)</source>
            <translation>Salvar o pedido e fazer a triagem (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save the order before reviewing its possible matches: the review is about the parties as saved.</source>
            <translation>Guarde a encomenda antes de rever as suas correspondências possíveis: a revisão refere-se às partes tal como estão guardadas.</translation>
        </message>
        <message>
            <source>Saved screening, {0}, pack {1} {2}</source>
            <translation>Triagem salva, {0}, pacote {1} {2}</translation>
        </message>
        <message>
            <source>The criteria pack does not know this use case, so the screening counts it as missing information.</source>
            <translation>O pacote de critérios não conhece este caso de uso, por isso a triagem o conta como falta de informação.</translation>
        </message>
        <message>
            <source>Total: {0}</source>
            <translation>Total: {0}</translation>
        </message>
        <message>
            <source>Type a SKU or part of a product name first, or pick a product from the list.</source>
            <translation>Digite primeiro um SKU ou parte do nome de um produto, ou escolha um produto da lista.</translation>
        </message>
        <message>
            <source>Type a SKU or product name</source>
            <translation>Digite um SKU ou nome de produto</translation>
        </message>
        <message>
            <source>Use cases</source>
            <translation>Casos de uso</translation>
        </message>
        <message>
            <source>Use cases (tick all that app&amp;ly):</source>
            <translation>Casos de uso (marque todos os que se apl&amp;icam):</translation>
        </message>
        <message>
            <source>What it is for</source>
            <translation>Para que serve</translation>
        </message>
        <message>
            <source>Who buys it, who uses it, where it goes</source>
            <translation>Quem compra, quem usa, para onde vai</translation>
        </message>
        <message>
            <source>Who will actually use the products, if not the customer.</source>
            <translation>Quem vai de fato usar os produtos, se não for o cliente.</translation>
        </message>
        <message>
            <source>Write it down as the customer said it. The screening looks for warning signs in these words.</source>
            <translation>Escreva como o cliente disse. A triagem procura sinais de alerta nestas palavras.</translation>
        </message>
        <message>
            <source>and {0} more</source>
            <translation>e mais {0}</translation>
        </message>
        <message>
            <source>{0} (prohibited: cannot be sold for this)</source>
            <translation>{0} (proibido: não pode ser vendido para isto)</translation>
        </message>
        <message>
            <source>“{0}” matches several products: {1}. Type more of the SKU or name, or pick one from the list.</source>
            <translation>“{0}” corresponde a vários produtos: {1}. Digite mais do SKU ou do nome, ou escolha um da lista.</translation>
        </message>
    </context>
    <context>
        <name>OrderWindow</name>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Histórico</translation>
        </message>
        <message>
            <source>&amp;Order and screening</source>
            <translation>&amp;Pedido e triagem</translation>
        </message>
        <message>
            <source>Chec&amp;klist</source>
            <translation>&amp;Lista de verificação</translation>
        </message>
        <message>
            <source>Decisio&amp;n</source>
            <translation>&amp;Decisão</translation>
        </message>
        <message>
            <source>Escalation and &amp;follow-ups</source>
            <translation>&amp;Encaminhamento e acompanhamentos</translation>
        </message>
        <message>
            <source>Fill in the order. The screening on the right explains the risk as you type; saving records it.</source>
            <translation>Preencha o pedido. A triagem à direita explica o risco enquanto você digita; ao salvar, ela é registrada.</translation>
        </message>
        <message>
            <source>New order</source>
            <translation>Novo pedido</translation>
        </message>
        <message>
            <source>New order {0}</source>
            <translation>Novo pedido {0}</translation>
        </message>
        <message>
            <source>Order {0}</source>
            <translation>Pedido {0}</translation>
        </message>
        <message>
            <source>Save the order first.</source>
            <translation>Salve primeiro o pedido.</translation>
        </message>
        <message>
            <source>Saved. {0} Answer the checklist, then record a decision.</source>
            <translation>Salvo. {0} Responda à lista de verificação e depois registre uma decisão.</translation>
        </message>
        <message>
            <source>This order has changes that are not saved. Save them now?</source>
            <translation>Este pedido tem alterações que não foram salvas. Salvar agora?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Alterações não salvas</translation>
        </message>
        <message>
            <source>{0}. {1}</source>
            <translation>{0}. {1}</translation>
        </message>
        <message>
            <source>{0}{1} — Channel Diligence</source>
            <translation>{0}{1} — Channel Diligence</translation>
        </message>
    </context>
    <context>
        <name>OrdersFilterBar</name>
        <message>
            <source>&amp;Destination:</source>
            <translation>Dest&amp;ino:</translation>
        </message>
        <message>
            <source>&amp;Risk:</source>
            <translation>&amp;Risco:</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>Todos os países</translation>
        </message>
        <message>
            <source>All customers</source>
            <translation>Todos os clientes</translation>
        </message>
        <message>
            <source>All risk tiers</source>
            <translation>Todos os níveis de risco</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todas as situações</translation>
        </message>
        <message>
            <source>Any date</source>
            <translation>Qualquer data</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>&amp;Limpar filtros</translation>
        </message>
        <message>
            <source>C&amp;ustomer:</source>
            <translation>&amp;Cliente:</translation>
        </message>
        <message>
            <source>Find orders by reference, customer or end-user name, or words of the intended use (Ctrl+F)</source>
            <translation>Localizar pedidos pela referência, pelo nome do cliente ou do usuário final ou por palavras do uso previsto (Ctrl+F)</translation>
        </message>
        <message>
            <source>Fro&amp;m:</source>
            <translation>&amp;De:</translation>
        </message>
        <message>
            <source>High or prohibited</source>
            <translation>Alto ou proibido</translation>
        </message>
        <message>
            <source>Needs attention (on hold, blocked, escalated)</source>
            <translation>Precisa de atenção (retido, bloqueado, encaminhado)</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>&amp;Situação:</translation>
        </message>
        <message>
            <source>Search reference, customer or intended use</source>
            <translation>Buscar referência, cliente ou uso previsto</translation>
        </message>
        <message>
            <source>Show every order again</source>
            <translation>Mostrar de novo todos os pedidos</translation>
        </message>
        <message>
            <source>T&amp;o:</source>
            <translation>A&amp;té:</translation>
        </message>
        <message>
            <source>The risk tier from the screening</source>
            <translation>O nível de risco dado pela triagem</translation>
        </message>
        <message>
            <source>Where the order stands: on hold and blocked orders wait for a decision</source>
            <translation>Em que ponto está o pedido: pedidos retidos e bloqueados aguardam uma decisão</translation>
        </message>
    </context>
    <context>
        <name>OrdersTableModel</name>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Informação</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referência</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risco</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>OrdersView</name>
        <message>
            <source>&amp;New order</source>
            <translation>&amp;Novo pedido</translation>
        </message>
        <message>
            <source>1 order</source>
            <translation>1 pedido</translation>
        </message>
        <message>
            <source>Create an order (Ctrl+N)</source>
            <translation>Criar um pedido (Ctrl+N)</translation>
        </message>
        <message>
            <source>More than {0} orders</source>
            <translation>Mais de {0} pedidos</translation>
        </message>
        <message>
            <source>No orders match these filters.</source>
            <translation>Nenhum pedido atende a estes filtros.</translation>
        </message>
        <message>
            <source>No orders yet. Create one with New order (Ctrl+N), or import your orders from a CSV file (File menu).</source>
            <translation>Ainda não há pedidos. Crie um com Novo pedido (Ctrl+N) ou importe os seus pedidos de um arquivo CSV (menu Arquivo).</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Pedidos</translation>
        </message>
        <message>
            <source>Screen &amp;again</source>
            <translation>Triar de n&amp;ovo</translation>
        </message>
        <message>
            <source>Screen all open orders a&amp;gain</source>
            <translation>Triar de novo todos os pedidos e&amp;m aberto</translation>
        </message>
        <message>
            <source>Screen every order that is not declined again, for example after the catalog learnt product categories that imported orders left blank</source>
            <translation>Triar de novo cada pedido não recusado, por exemplo depois de o catálogo receber as categorias de produto que pedidos importados deixaram em branco</translation>
        </message>
        <message>
            <source>Screen the selected orders again with the current catalog and criteria pack</source>
            <translation>Triar de novo os pedidos selecionados com o catálogo e o pacote de critérios atuais</translation>
        </message>
        <message>
            <source>{0} match the filters</source>
            <translation>{0} atendem aos filtros</translation>
        </message>
        <message>
            <source>{0} orders</source>
            <translation>{0} pedidos</translation>
        </message>
    </context>
    <context>
        <name>OutboxView</name>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Tentar de novo</translation>
        </message>
        <message>
            <source>&amp;Send now</source>
            <translation>E&amp;nviar agora</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Assunto</translation>
        </message>
        <message>
            <source>An e-mail file your mail program opens, ready to send: the way out when sending from this app is not set up or fails.</source>
            <translation>Um arquivo de e-mail que o seu programa de e-mail abre, pronto para enviar: a saída quando o envio a partir deste aplicativo não está configurado ou falha.</translation>
        </message>
        <message>
            <source>Answer on {0}</source>
            <translation>Resposta sobre {0}</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Tentativas</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <source>Cancelled by {0} on {1}: it is never sent.</source>
            <translation>Cancelado por {0} em {1}: nunca é enviado.</translation>
        </message>
        <message>
            <source>Details of the selected message</source>
            <translation>Detalhes da mensagem selecionada</translation>
        </message>
        <message>
            <source>Do not send the selected message</source>
            <translation>Não enviar a mensagem selecionada</translation>
        </message>
        <message>
            <source>Do&amp;n't send</source>
            <translation>Não en&amp;viar</translation>
        </message>
        <message>
            <source>Due diligence report</source>
            <translation>Relatório de diligência devida</translation>
        </message>
        <message>
            <source>E-mail sending is not set up yet: packets wait here until you enter your mail server.</source>
            <translation>O envio de e-mail ainda não está configurado: os pacotes aguardam aqui até você informar o seu servidor de e-mail.</translation>
        </message>
        <message>
            <source>Escalation of {0}</source>
            <translation>Encaminhamento de {0}</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Falhou</translation>
        </message>
        <message>
            <source>Message-ID {0}</source>
            <translation>Message-ID {0}</translation>
        </message>
        <message>
            <source>Misuse report {0}</source>
            <translation>Comunicação de uso indevido {0}</translation>
        </message>
        <message>
            <source>Never send the selected message: it stays listed as cancelled, with who and when</source>
            <translation>Nunca enviar a mensagem selecionada: fica na lista como cancelada, com quem e quando</translation>
        </message>
        <message>
            <source>Next attempt / sent</source>
            <translation>Próxima tentativa / envio</translation>
        </message>
        <message>
            <source>Not sent. The reason: {0}</source>
            <translation>Não enviado. Motivo: {0}</translation>
        </message>
        <message>
            <source>Open Settin&amp;gs…</source>
            <translation>Abrir &amp;definições…</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Caixa de saída</translation>
        </message>
        <message>
            <source>Packets wait here until the mail server takes them. What cannot be sent now is tried again after 1, 2, 4… minutes, also after a restart; a message is never lost and never sent as a different one.</source>
            <translation>Os pacotes aguardam aqui até que o servidor de e-mail os aceite. O que não pode ser enviado agora é tentado de novo depois de 1, 2, 4… minutos, também depois de reiniciar; uma mensagem nunca se perde e nunca é enviada como outra mensagem.</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>Na fila</translation>
        </message>
        <message>
            <source>Retry the selected message</source>
            <translation>Tentar de novo a mensagem selecionada</translation>
        </message>
        <message>
            <source>Save as .em&amp;l…</source>
            <translation>Salvar como .em&amp;l…</translation>
        </message>
        <message>
            <source>Save the selected message as an e-mail file</source>
            <translation>Salvar a mensagem selecionada como arquivo de e-mail</translation>
        </message>
        <message>
            <source>Saved {0}. Open it in your mail program and send it from there.</source>
            <translation>{0} salvo. Abra-o no seu programa de e-mail e envie-o de lá.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Salvando…</translation>
        </message>
        <message>
            <source>Send everything queued now</source>
            <translation>Enviar agora tudo o que está na fila</translation>
        </message>
        <message>
            <source>Send what is waiting now, without waiting for the next try (every minute)</source>
            <translation>Enviar agora o que está aguardando, sem esperar a próxima tentativa (a cada minuto)</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Enviando</translation>
        </message>
        <message>
            <source>Sending through {0}, port {1}, as {2}.</source>
            <translation>Enviando por {0}, porta {1}, como {2}.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Enviando…</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>Set up e-&amp;mail…</source>
            <translation>Configurar e-&amp;mail…</translation>
        </message>
        <message>
            <source>Set up e-mail sending</source>
            <translation>Configurar o envio de e-mail</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>The e-mail file was not saved: {0}</source>
            <translation>O arquivo de e-mail não foi salvo: {0}</translation>
        </message>
        <message>
            <source>The last attempt did not go through ({0}). Next attempt: {1}.</source>
            <translation>A última tentativa não deu certo ({0}). Próxima tentativa: {1}.</translation>
        </message>
        <message>
            <source>The server's answer: {0}</source>
            <translation>A resposta do servidor: {0}</translation>
        </message>
        <message>
            <source>The server's words</source>
            <translation>Mensagem do servidor</translation>
        </message>
        <message>
            <source>This message carries a decision file: save it from the distributor desk (Escalation &gt; Distributor desk…).</source>
            <translation>Esta mensagem contém um arquivo de decisão: salve-o a partir da mesa do distribuidor (Encaminhamento &gt; Mesa do distribuidor…).</translation>
        </message>
        <message>
            <source>This message is a daily digest: it has no packet to save as a file.</source>
            <translation>Esta mensagem é um resumo diário: não tem nenhum pacote para guardar como ficheiro.</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>Try a failed message again, the same message with the same Message-ID</source>
            <translation>Tentar de novo uma mensagem que falhou, a mesma mensagem com o mesmo Message-ID</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Aguardando</translation>
        </message>
        <message>
            <source>Your mail server (File &gt; Settings)</source>
            <translation>O seu servidor de e-mail (Arquivo &gt; Configurações)</translation>
        </message>
        <message>
            <source>a user</source>
            <translation>um utilizador</translation>
        </message>
        <message>
            <source>sent {0}</source>
            <translation>enviado em {0}</translation>
        </message>
        <message>
            <source>{0} to {1}: {2}</source>
            <translation>{0} para {1}: {2}</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>&amp;Continue the draft…</source>
            <translation>&amp;Continuar o rascunho…</translation>
        </message>
        <message>
            <source>&amp;Edit the policy…</source>
            <translation>&amp;Editar a política…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>&amp;Write the policy…</source>
            <translation>E&amp;screver a política…</translation>
        </message>
        <message>
            <source>A PDF to print, sign or send.</source>
            <translation>Um PDF para imprimir, assinar ou enviar.</translation>
        </message>
        <message>
            <source>A web page to publish on your company website.</source>
            <translation>Uma página web para publicar no site da sua empresa.</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Adotada</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Aprovado por</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Data de aprovação</translation>
        </message>
        <message>
            <source>Continue the draft</source>
            <translation>Continuar o rascunho</translation>
        </message>
        <message>
            <source>Edit the policy (starts a new draft)</source>
            <translation>Editar a política (inicia um novo rascunho)</translation>
        </message>
        <message>
            <source>Export &amp;HTML…</source>
            <translation>Exportar &amp;HTML…</translation>
        </message>
        <message>
            <source>Export &amp;text…</source>
            <translation>Exportar &amp;texto…</translation>
        </message>
        <message>
            <source>Export P&amp;DF…</source>
            <translation>Exportar P&amp;DF…</translation>
        </message>
        <message>
            <source>Export the policy as PDF</source>
            <translation>Exportar a política em PDF</translation>
        </message>
        <message>
            <source>Export the policy as a web page</source>
            <translation>Exportar a política como página web</translation>
        </message>
        <message>
            <source>Export the policy as plain text</source>
            <translation>Exportar a política como texto simples</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Próxima revisão</translation>
        </message>
        <message>
            <source>No human rights policy is adopted yet. The wizard writes it with you, step by step, in about half an hour; your draft is saved as you type.</source>
            <translation>Ainda não há uma política de direitos humanos adotada. O assistente a escreve com você, passo a passo, em cerca de meia hora; o seu rascunho é salvo enquanto você digita.</translation>
        </message>
        <message>
            <source>No version is adopted yet: this produces the draft, marked DRAFT.</source>
            <translation>Ainda não há versão adotada: isto gera o rascunho, marcado como RASCUNHO.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nenhum</translation>
        </message>
        <message>
            <source>Not adopted</source>
            <translation>Não adotada</translation>
        </message>
        <message>
            <source>Nothing written yet.</source>
            <translation>Nada escrito ainda.</translation>
        </message>
        <message>
            <source>Open draft</source>
            <translation>Rascunho em aberto</translation>
        </message>
        <message>
            <source>Paper size for the PDF</source>
            <translation>Tamanho do papel do PDF</translation>
        </message>
        <message>
            <source>Paper: automatic</source>
            <translation>Papel: automático</translation>
        </message>
        <message>
            <source>Paper: {0}</source>
            <translation>Papel: {0}</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Visualização</translation>
        </message>
        <message>
            <source>Preview of the policy</source>
            <translation>Visualização da política</translation>
        </message>
        <message>
            <source>Print the policy</source>
            <translation>Imprimir a política</translation>
        </message>
        <message>
            <source>Print the policy (Ctrl+P)</source>
            <translation>Imprimir a política (Ctrl+P)</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>The policy appears here once you start it.</source>
            <translation>A política aparece aqui quando você começar a escrevê-la.</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versão</translation>
        </message>
        <message>
            <source>Version {0} is your company's adopted human rights policy.</source>
            <translation>A versão {0} é a política de direitos humanos adotada pela sua empresa.</translation>
        </message>
        <message>
            <source>Version {0}, last saved {1}</source>
            <translation>Versão {0}, salva pela última vez em {1}</translation>
        </message>
        <message>
            <source>Write the policy</source>
            <translation>Escrever a política</translation>
        </message>
        <message>
            <source>{0} — {1}</source>
            <translation>{0} — {1}</translation>
        </message>
        <message>
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
        <message>
            <source>{0}:</source>
            <translation>{0}:</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
    </context>
    <context>
        <name>OverviewView</name>
        <message>
            <source>No orders, answers, follow-ups or messages need you now. Orders that need a decision show up here.</source>
            <translation>Nenhum pedido, resposta, acompanhamento ou mensagem precisa de você agora. Os pedidos que precisam de uma decisão aparecem aqui.</translation>
        </message>
        <message>
            <source>No sanctions list imported: customers are not checked against sanctions lists. Import the lists you must check, or update them from their publishers.</source>
            <translation>Nenhuma lista de sanções importada: os clientes não são verificados com listas de sanções. Importe as listas que você deve verificar ou atualize-as a partir de quem as publica.</translation>
        </message>
        <message>
            <source>Nothing needs your attention today.</source>
            <translation>Nada precisa da sua atenção hoje.</translation>
        </message>
        <message>
            <source>Open app&amp;rovals</source>
            <translation>Abrir apro&amp;vações</translation>
        </message>
        <message>
            <source>Open sanctions &amp;lists</source>
            <translation>Abrir &amp;listas de sanções</translation>
        </message>
        <message>
            <source>Open the &amp;answered order</source>
            <translation>Abrir o pedido respon&amp;dido</translation>
        </message>
        <message>
            <source>Open the o&amp;utbox</source>
            <translation>Abrir a caixa de &amp;saída</translation>
        </message>
        <message>
            <source>Open the polic&amp;y</source>
            <translation>Abrir a polí&amp;tica</translation>
        </message>
        <message>
            <source>Orders by risk tier</source>
            <translation>Pedidos por nível de risco</translation>
        </message>
        <message>
            <source>Review &amp;matches</source>
            <translation>Rever &amp;correspondências</translation>
        </message>
        <message>
            <source>Show &amp;blocked orders</source>
            <translation>Mostrar pedidos &amp;bloqueados</translation>
        </message>
        <message>
            <source>Show confirmed ma&amp;tches</source>
            <translation>Mostrar correspondências con&amp;firmadas</translation>
        </message>
        <message>
            <source>Show es&amp;calated orders</source>
            <translation>Mostrar pedidos e&amp;ncaminhados</translation>
        </message>
        <message>
            <source>Show follo&amp;w-ups</source>
            <translation>Mostrar a&amp;companhamentos</translation>
        </message>
        <message>
            <source>Show orders on h&amp;old</source>
            <translation>Mostrar pedidos &amp;retidos</translation>
        </message>
        <message>
            <source>The customers and orders whose name is on a sanctions list</source>
            <translation>Os clientes e encomendas cujo nome consta de uma lista de sanções</translation>
        </message>
        <message>
            <source>The customers and orders whose sanctions check found a possible match</source>
            <translation>Os clientes e encomendas cuja verificação de sanções encontrou uma correspondência possível</translation>
        </message>
        <message>
            <source>The decisions waiting for your approval</source>
            <translation>As decisões que aguardam a sua aprovação</translation>
        </message>
        <message>
            <source>The follow-ups page</source>
            <translation>A página de acompanhamentos</translation>
        </message>
        <message>
            <source>The human rights policy window</source>
            <translation>A janela da política de direitos humanos</translation>
        </message>
        <message>
            <source>The last 12 months, by order date. Hover over a month for its numbers.</source>
            <translation>Os últimos 12 meses, pela data do pedido. Passe o mouse sobre um mês para ver os números.</translation>
        </message>
        <message>
            <source>The order the newest answer is about</source>
            <translation>O pedido a que se refere a resposta mais recente</translation>
        </message>
        <message>
            <source>The orders list, filtered to blocked orders</source>
            <translation>A lista de pedidos, filtrada pelos pedidos bloqueados</translation>
        </message>
        <message>
            <source>The orders list, filtered to orders on hold</source>
            <translation>A lista de pedidos, filtrada pelos pedidos retidos</translation>
        </message>
        <message>
            <source>The orders list, filtered to orders waiting for the distributor</source>
            <translation>A lista de pedidos, filtrada pelos pedidos que aguardam o distribuidor</translation>
        </message>
        <message>
            <source>The outbox page, with the server's reasons</source>
            <translation>A página da caixa de saída, com os motivos do servidor</translation>
        </message>
        <message>
            <source>The sanctions lists window: import or update them</source>
            <translation>A janela das listas de sanções: importe-as ou atualize-as</translation>
        </message>
        <message>
            <source>Today, {0}</source>
            <translation>Hoje, {0}</translation>
        </message>
        <message>
            <source>What needs your attention</source>
            <translation>O que precisa da sua atenção</translation>
        </message>
        <message>
            <source>Your company has no human rights policy yet. The policy wizard writes it with you.</source>
            <translation>A sua empresa ainda não tem uma política de direitos humanos. O assistente da política a escreve com você.</translation>
        </message>
        <message>
            <source>Your human rights policy is adopted. {0}.</source>
            <translation>A sua política de direitos humanos está adotada. {0}.</translation>
        </message>
        <message>
            <source>answer from the distributor in the last {0} days:</source>
            <translation>resposta do distribuidor nos últimos {0} dias:</translation>
        </message>
        <message>
            <source>answers from the distributor in the last {0} days:</source>
            <translation>respostas do distribuidor nos últimos {0} dias:</translation>
        </message>
        <message>
            <source>confirmed sanctions match: the name is on a sanctions list.</source>
            <translation>correspondência de sanções confirmada: o nome consta de uma lista de sanções.</translation>
        </message>
        <message>
            <source>confirmed sanctions matches: the names are on sanctions lists.</source>
            <translation>correspondências de sanções confirmadas: os nomes constam de listas de sanções.</translation>
        </message>
        <message>
            <source>decision is waiting for your approval.</source>
            <translation>decisão aguarda a sua aprovação.</translation>
        </message>
        <message>
            <source>decisions are waiting for your approval.</source>
            <translation>decisões aguardam a sua aprovação.</translation>
        </message>
        <message>
            <source>escalation is waiting for the distributor's answer.</source>
            <translation>encaminhamento está aguardando a resposta do distribuidor.</translation>
        </message>
        <message>
            <source>escalations are waiting for the distributor's answer.</source>
            <translation>encaminhamentos estão aguardando a resposta do distribuidor.</translation>
        </message>
        <message>
            <source>follow-up is due today.</source>
            <translation>acompanhamento vence hoje.</translation>
        </message>
        <message>
            <source>follow-up is due, and overdue.</source>
            <translation>acompanhamento está pendente e atrasado.</translation>
        </message>
        <message>
            <source>follow-ups are due today.</source>
            <translation>acompanhamentos vencem hoje.</translation>
        </message>
        <message>
            <source>follow-ups are due, {0} of them overdue.</source>
            <translation>acompanhamentos estão pendentes, {0} deles atrasados.</translation>
        </message>
        <message>
            <source>imported {0}</source>
            <translation>importada em {0}</translation>
        </message>
        <message>
            <source>message in the outbox could not be sent.</source>
            <translation>mensagem na caixa de saída não pôde ser enviada.</translation>
        </message>
        <message>
            <source>messages in the outbox could not be sent.</source>
            <translation>mensagens na caixa de saída não puderam ser enviadas.</translation>
        </message>
        <message>
            <source>order is blocked (a prohibited use or a confirmed sanctions match): it can only be declined.</source>
            <translation>encomenda está bloqueada (uma utilização proibida ou uma correspondência confirmada com uma lista de sanções): só pode ser recusada.</translation>
        </message>
        <message>
            <source>order is on hold, waiting for your decision.</source>
            <translation>pedido está retido, aguardando a sua decisão.</translation>
        </message>
        <message>
            <source>orders are blocked (a prohibited use or a confirmed sanctions match): they can only be declined.</source>
            <translation>encomendas estão bloqueadas (uma utilização proibida ou uma correspondência confirmada com uma lista de sanções): só podem ser recusadas.</translation>
        </message>
        <message>
            <source>orders are on hold, waiting for your decision.</source>
            <translation>pedidos estão retidos, aguardando a sua decisão.</translation>
        </message>
        <message>
            <source>possible sanctions match to review: a customer or an order's party resembles a listed name.</source>
            <translation>correspondência de sanções possível a rever: um cliente ou uma parte de uma encomenda assemelha-se a um nome das listas.</translation>
        </message>
        <message>
            <source>possible sanctions matches to review: customers or orders' parties resemble listed names.</source>
            <translation>correspondências de sanções possíveis a rever: clientes ou partes de encomendas assemelham-se a nomes das listas.</translation>
        </message>
        <message>
            <source>published {0}</source>
            <translation>publicada em {0}</translation>
        </message>
        <message>
            <source>{0} is {1} days old ({2})</source>
            <translation>{0} tem {1} dias ({2})</translation>
        </message>
        <message>
            <source>{0}. A list older than {1} days misses the parties listed since: update it.</source>
            <translation>{0}. Uma lista com mais de {1} dias não tem as partes incluídas desde então: atualize-a.</translation>
        </message>
        <message>
            <source>{0}: check your human rights policy is still right and adopt it again.</source>
            <translation>{0}: confira se a sua política de direitos humanos continua correta e adote-a de novo.</translation>
        </message>
    </context>
    <context>
        <name>PackImportDialog</name>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Escolher…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>A&amp;rquivo:</translation>
        </message>
        <message>
            <source>&amp;Import and keep it (not in use)</source>
            <translation>&amp;Importar e guardar (sem colocar em uso)</translation>
        </message>
        <message>
            <source>&amp;Import and use this pack</source>
            <translation>&amp;Importar e usar este pacote</translation>
        </message>
        <message>
            <source>&amp;Review this pack to use it again</source>
            <translation>Re&amp;visar este pacote para usá-lo de novo</translation>
        </message>
        <message>
            <source>A criteria pack holds the rules the screening uses. Your distributor or an industry body may send you an updated one. Check who issued it and what it changes before you import it. Earlier screenings keep the pack they used.</source>
            <translation>Um pacote de critérios contém as regras que a triagem usa. O seu distribuidor ou uma entidade do setor pode enviar uma versão atualizada. Antes de importá-lo, confira quem o emitiu e o que ele altera. As triagens anteriores mantêm o pacote que usaram.</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Alteração</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Alterações</translation>
        </message>
        <message>
            <source>Checklist questions</source>
            <translation>Perguntas da lista de verificação</translation>
        </message>
        <message>
            <source>Choose a criteria pack</source>
            <translation>Escolha um pacote de critérios</translation>
        </message>
        <message>
            <source>Country tiers</source>
            <translation>Níveis dos países</translation>
        </message>
        <message>
            <source>Criteria packs (*.json);;All files (*)</source>
            <translation>Pacotes de critérios (*.json);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Customer types</source>
            <translation>Tipos de cliente</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Government functions</source>
            <translation>Funções governamentais</translation>
        </message>
        <message>
            <source>Import a criteria pack</source>
            <translation>Importar um pacote de critérios</translation>
        </message>
        <message>
            <source>Import criteria pack</source>
            <translation>Importar pacote de critérios</translation>
        </message>
        <message>
            <source>Missing information</source>
            <translation>Falta de informação</translation>
        </message>
        <message>
            <source>Negation words</source>
            <translation>Palavras de negação</translation>
        </message>
        <message>
            <source>Pack file</source>
            <translation>Arquivo do pacote</translation>
        </message>
        <message>
            <source>Packs &amp;kept in this database (older screenings keep the pack they used):</source>
            <translation>Pacotes &amp;guardados neste banco de dados (as triagens mais antigas mantêm o pacote que usaram):</translation>
        </message>
        <message>
            <source>Packs kept in this database</source>
            <translation>Pacotes guardados neste banco de dados</translation>
        </message>
        <message>
            <source>Part of the pack</source>
            <translation>Parte do pacote</translation>
        </message>
        <message>
            <source>Product categories</source>
            <translation>Categorias de produto</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Regras</translation>
        </message>
        <message>
            <source>SHA-256 {0}</source>
            <translation>SHA-256 {0}</translation>
        </message>
        <message>
            <source>Safeguards</source>
            <translation>Salvaguardas</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Setores</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Assinatura</translation>
        </message>
        <message>
            <source>The pack is checked completely before anything is changed.</source>
            <translation>O pacote é verificado por completo antes de qualquer alteração.</translation>
        </message>
        <message>
            <source>This pack cannot be used. {0}</source>
            <translation>Este pacote não pode ser usado. {0}</translation>
        </message>
        <message>
            <source>Use cases</source>
            <translation>Casos de uso</translation>
        </message>
        <message>
            <source>Version {0} of {1}, issued on {2}; imported {3}</source>
            <translation>Versão {0} de {1}, emitida em {2}; importada em {3}</translation>
        </message>
        <message>
            <source>Warning phrases</source>
            <translation>Expressões de alerta</translation>
        </message>
        <message>
            <source>Warning: {0}</source>
            <translation>Aviso: {0}</translation>
        </message>
        <message>
            <source>When orders are held</source>
            <translation>Quando os pedidos ficam retidos</translation>
        </message>
        <message>
            <source>{0}
Pack {1}, version {2}, issued by {3} on {4}.</source>
            <translation>{0}
Pacote {1}, versão {2}, emitido por {3} em {4}.</translation>
        </message>
        <message>
            <source>{0} (in use)</source>
            <translation>{0} (em uso)</translation>
        </message>
        <message>
            <source>{0}; signed by {1} (fingerprint {2})</source>
            <translation>{0}; assinado por {1} (impressão digital {2})</translation>
        </message>
    </context>
    <context>
        <name>PacketDialog</name>
        <message>
            <source>&amp;Back to change it</source>
            <translation>&amp;Voltar para alterar</translation>
        </message>
        <message>
            <source>Build and pre&amp;view</source>
            <translation>Mon&amp;tar e visualizar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
    </context>
    <context>
        <name>PacketPane</name>
        <message>
            <source>Choose a packet in the list, or open one.</source>
            <translation>Escolha um pacote na lista ou abra um.</translation>
        </message>
        <message>
            <source>Its signature was not checked: no key of {0} is pinned.</source>
            <translation>A assinatura não foi verificada: nenhuma chave de {0} está fixada.</translation>
        </message>
        <message>
            <source>Open the PDF in your vie&amp;wer</source>
            <translation>Abrir o PDF no seu &amp;visualizador</translation>
        </message>
        <message>
            <source>Signed by {0} (fingerprint {1}).</source>
            <translation>Assinado por {0} (impressão digital {1}).</translation>
        </message>
        <message>
            <source>{0}, order {1} (packet {2}). {3}</source>
            <translation>{0}, pedido {1} (pacote {2}). {3}</translation>
        </message>
    </context>
    <context>
        <name>PacketPanel</name>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Enviar</translation>
        </message>
        <message>
            <source>An e-mail file your mail program opens, ready to send.</source>
            <translation>Um arquivo de e-mail que o seu programa de e-mail abre, pronto para enviar.</translation>
        </message>
        <message>
            <source>Choose the folder to save the packet in</source>
            <translation>Escolha a pasta onde salvar o pacote</translation>
        </message>
        <message>
            <source>Due diligence report {0}</source>
            <translation>Relatório de diligência devida {0}</translation>
        </message>
        <message>
            <source>E-mail files (*.eml)</source>
            <translation>Arquivos de e-mail (*.eml)</translation>
        </message>
        <message>
            <source>E-mail sending is not set up in this app yet. Save as .eml…, then open the file in your mail program: it opens as a message to the distributor with every file attached, and you send it from there.</source>
            <translation>O envio de e-mail ainda não está configurado neste aplicativo. Salvar como .eml… e abra o arquivo no seu programa de e-mail: ele abre como uma mensagem ao distribuidor com todos os arquivos anexados, e você a envia de lá.</translation>
        </message>
        <message>
            <source>Escalation packet {0}</source>
            <translation>Pacote de encaminhamento {0}</translation>
        </message>
        <message>
            <source>Files in the packet</source>
            <translation>Arquivos no pacote</translation>
        </message>
        <message>
            <source>Files: {0}. manifest.json holds the SHA-256 of every other file, so the distributor can check that nothing changed.</source>
            <translation>Arquivos: {0}. O manifest.json contém o SHA-256 de cada um dos outros arquivos, para que o distribuidor possa verificar que nada foi alterado.</translation>
        </message>
        <message>
            <source>How to send it</source>
            <translation>Como enviar</translation>
        </message>
        <message>
            <source>Misuse report {0}</source>
            <translation>Comunicação de uso indevido {0}</translation>
        </message>
        <message>
            <source>Packet {0} for {1} &lt;{2}&gt;. Check the PDF below: it is what the distributor reads.</source>
            <translation>Pacote {0} para {1} &lt;{2}&gt;. Confira o PDF abaixo: é o que o distribuidor lê.</translation>
        </message>
        <message>
            <source>Print the PDF of the packet</source>
            <translation>Imprimir o PDF do pacote</translation>
        </message>
        <message>
            <source>Puts the packet in the outbox; it is sent at once, or as soon as the mail server can be reached.</source>
            <translation>Coloca o pacote na caixa de saída; ele é enviado na hora ou assim que o servidor de e-mail estiver acessível.</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Save as &amp;zip…</source>
            <translation>Salvar como &amp;zip…</translation>
        </message>
        <message>
            <source>Save as .em&amp;l…</source>
            <translation>Salvar como .em&amp;l…</translation>
        </message>
        <message>
            <source>Save as an e-mail file</source>
            <translation>Salvar como arquivo de e-mail</translation>
        </message>
        <message>
            <source>Save as fol&amp;der…</source>
            <translation>Salvar em &amp;pasta…</translation>
        </message>
        <message>
            <source>Save the files as a zip archive</source>
            <translation>Salvar os arquivos como arquivo zip</translation>
        </message>
        <message>
            <source>Save the files in a folder</source>
            <translation>Salvar os arquivos em uma pasta</translation>
        </message>
        <message>
            <source>Save the packet</source>
            <translation>Salvar o pacote</translation>
        </message>
        <message>
            <source>Saved the files in {0}.</source>
            <translation>Arquivos salvos em {0}.</translation>
        </message>
        <message>
            <source>Saved {0}.</source>
            <translation>{0} salvo.</translation>
        </message>
        <message>
            <source>Saved {0}. Open it in your mail program and send it.</source>
            <translation>{0} salvo. Abra-o no seu programa de e-mail e envie-o.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Salvando…</translation>
        </message>
        <message>
            <source>Send the packet by e-mail</source>
            <translation>Enviar o pacote por e-mail</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Enviado para a impressora.</translation>
        </message>
        <message>
            <source>The PDF has 1 page.</source>
            <translation>O PDF tem 1 página.</translation>
        </message>
        <message>
            <source>The PDF has {0} pages: scroll to read them all.</source>
            <translation>O PDF tem {0} páginas: role para ler todas.</translation>
        </message>
        <message>
            <source>The PDF was not printed: {0}</source>
            <translation>O PDF não foi impresso: {0}</translation>
        </message>
        <message>
            <source>The packet is in the outbox and is being sent to {0}. The Outbox page shows when the server has taken it.</source>
            <translation>O pacote está na caixa de saída e está sendo enviado para {0}. A página Caixa de saída mostra quando o servidor o aceitar.</translation>
        </message>
        <message>
            <source>The packet is in the outbox. E-mail sending is not set up yet: open File &gt; Settings to enter your mail server, and it goes out.</source>
            <translation>O pacote está na caixa de saída. O envio de e-mail ainda não está configurado: abra Arquivo &gt; Configurações para informar o seu servidor de e-mail, e ele será enviado.</translation>
        </message>
        <message>
            <source>The packet was not saved: {0}</source>
            <translation>O pacote não foi salvo: {0}</translation>
        </message>
        <message>
            <source>Zip archives (*.zip)</source>
            <translation>Arquivos zip (*.zip)</translation>
        </message>
    </context>
    <context>
        <name>Packets</name>
        <message>
            <source>Answered</source>
            <translation>Respondido</translation>
        </message>
        <message>
            <source>Built, not sent</source>
            <translation>Montado, não enviado</translation>
        </message>
        <message>
            <source>In the outbox</source>
            <translation>Na caixa de saída</translation>
        </message>
        <message>
            <source>Saved to send another way</source>
            <translation>Salvo para envio por outro meio</translation>
        </message>
        <message>
            <source>Sent, waiting for the answer</source>
            <translation>Enviado, aguardando resposta</translation>
        </message>
    </context>
    <context>
        <name>PartyCheckDialog</name>
        <message>
            <source>Matched name: {name}; score {score}</source>
            <translation>Nome correspondente: {name}; pontuação {score}</translation>
        </message>
        <message>
            <source>No listed name resembles this customer.</source>
            <translation>Nenhum nome das listas se parece com este cliente.</translation>
        </message>
        <message>
            <source>Not checked against the sanctions lists yet: import a list to check every customer.</source>
            <translation>Ainda não verificado com as listas de sanções: importe uma lista para verificar todos os clientes.</translation>
        </message>
        <message>
            <source>Reviewed by {who}: {verdict}. {reason}</source>
            <translation>Revisto por {who}: {verdict}. {reason}</translation>
        </message>
        <message>
            <source>Sanctions check of {0}</source>
            <translation>Verificação de sanções de {0}</translation>
        </message>
        <message>
            <source>not the same party</source>
            <translation>não é a mesma parte</translation>
        </message>
        <message>
            <source>the same party (confirmed match)</source>
            <translation>a mesma parte (correspondência confirmada)</translation>
        </message>
        <message>
            <source>{0} (checked on {1})</source>
            <translation>{0} (verificado em {1})</translation>
        </message>
        <message>
            <source>{source} entry {entry}: {listed}</source>
            <translation>{source}, entrada {entry}: {listed}</translation>
        </message>
    </context>
    <context>
        <name>PartyChecks</name>
        <message>
            <source>Customer {0}</source>
            <translation>Cliente {0}</translation>
        </message>
        <message>
            <source>Order {0} ({1})</source>
            <translation>Encomenda {0} ({1})</translation>
        </message>
        <message>
            <source>clear</source>
            <translation>sem correspondências</translation>
        </message>
        <message>
            <source>consignee</source>
            <translation>consignatário</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>cliente</translation>
        </message>
        <message>
            <source>end user</source>
            <translation>usuário final</translation>
        </message>
        <message>
            <source>match</source>
            <translation>correspondência</translation>
        </message>
        <message>
            <source>not checked</source>
            <translation>não verificado</translation>
        </message>
        <message>
            <source>possible match</source>
            <translation>correspondência possível</translation>
        </message>
    </context>
    <context>
        <name>PartyFindings</name>
        <message>
            <source>Consignee</source>
            <translation>Consignatário</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>EU consolidated financial sanctions list</source>
            <translation>Lista consolidada de sanções financeiras da UE</translation>
        </message>
        <message>
            <source>End user</source>
            <translation>Usuário final</translation>
        </message>
        <message>
            <source>OFAC SDN list</source>
            <translation>Lista SDN da OFAC</translation>
        </message>
        <message>
            <source>UK sanctions list</source>
            <translation>Lista de sanções do Reino Unido</translation>
        </message>
        <message>
            <source>UN Security Council Consolidated List</source>
            <translation>Lista consolidada do Conselho de Segurança da ONU</translation>
        </message>
    </context>
    <context>
        <name>PartyFindingsBox</name>
        <message>
            <source>Checked against: {0}</source>
            <translation>Verificado com: {0}</translation>
        </message>
        <message>
            <source>No party resembles a listed entry ({0}).</source>
            <translation>Nenhuma parte se parece com uma entrada das listas ({0}).</translation>
        </message>
        <message>
            <source>Restricted-party screening</source>
            <translation>Triagem de partes restritas</translation>
        </message>
        <message>
            <source>{list} published {date} (version {version})</source>
            <translation>{list} publicada em {date} (versão {version})</translation>
        </message>
        <message>
            <source>{list}, publication date not stated (version {version})</source>
            <translation>{list}, data de publicação não indicada (versão {version})</translation>
        </message>
    </context>
    <context>
        <name>PartyRescreenDialog</name>
        <message>
            <source>A new sanctions list or criteria pack is in use, so every catalog customer and every open order is checked again. You can keep working meanwhile. Cancel keeps the customers' earlier checks.</source>
            <translation>Está em uso uma nova lista de sanções ou um novo pacote de critérios, por isso todos os clientes do catálogo e todas as encomendas abertas são verificados novamente. Pode continuar a trabalhar entretanto. Cancelar mantém as verificações anteriores dos clientes.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Checked again</source>
            <translation>Verificado novamente</translation>
        </message>
        <message>
            <source>Checking again stopped</source>
            <translation>Nova verificação interrompida</translation>
        </message>
        <message>
            <source>Checking customers and open orders again…</source>
            <translation>A verificar novamente clientes e encomendas abertas…</translation>
        </message>
        <message>
            <source>Checking progress</source>
            <translation>Progresso da verificação</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>Customer or order</source>
            <translation>Cliente ou encomenda</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Parte</translation>
        </message>
        <message>
            <source>Sanctions lists: checking again</source>
            <translation>Listas de sanções: nova verificação</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Iniciando…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Parando…</translation>
        </message>
        <message>
            <source>The parties could not be checked again</source>
            <translation>Não foi possível verificar novamente as partes</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>O que mudou</translation>
        </message>
        <message>
            <source>What changed in the sanctions checks</source>
            <translation>O que mudou nas verificações de sanções</translation>
        </message>
        <message>
            <source>match gone</source>
            <translation>correspondência desaparecida</translation>
        </message>
        <message>
            <source>new match</source>
            <translation>nova correspondência</translation>
        </message>
        <message>
            <source>new possible match</source>
            <translation>nova correspondência possível</translation>
        </message>
        <message>
            <source>now only a possible match</source>
            <translation>agora apenas uma correspondência possível</translation>
        </message>
        <message>
            <source>{0} of {1} customers and orders</source>
            <translation>{0} de {1} clientes e encomendas</translation>
        </message>
    </context>
    <context>
        <name>PartyReviewDialog</name>
        <message>
            <source>&amp;Not the same party</source>
            <translation>&amp;Não é a mesma parte</translation>
        </message>
        <message>
            <source>&amp;Reason (required):</source>
            <translation>&amp;Motivo (obrigatório):</translation>
        </message>
        <message>
            <source>&amp;Save the review</source>
            <translation>&amp;Guardar a revisão</translation>
        </message>
        <message>
            <source>&amp;The same party (confirmed match)</source>
            <translation>&amp;Trata-se da mesma parte (correspondência confirmada)</translation>
        </message>
        <message>
            <source>A confirmed match blocks the order: only declining it will remain possible, and the distributor is told through the misuse report.</source>
            <translation>Uma correspondência confirmada bloqueia a encomenda: só será possível recusá-la, e o distribuidor é informado através do relatório de utilização indevida.</translation>
        </message>
        <message>
            <source>Choose: not the same party, or the same party (a confirmed match).</source>
            <translation>Escolha: não é a mesma parte, ou é a mesma parte (uma correspondência confirmada).</translation>
        </message>
        <message>
            <source>Compare the party with the entry on the list. Your answer is recorded with your name and reason, and this pair does not alert again until the party's name or country or the listed entry changes.</source>
            <translation>Compare a parte com a entrada da lista. A sua resposta é registada com o seu nome e o motivo, e este par não volta a alertar até que o nome ou o país da parte ou a entrada da lista mudem.</translation>
        </message>
        <message>
            <source>Countries:</source>
            <translation>Países:</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation>País:</translation>
        </message>
        <message>
            <source>Dates of birth:</source>
            <translation>Datas de nascimento:</translation>
        </message>
        <message>
            <source>Is this the listed party?</source>
            <translation>É esta a parte da lista?</translation>
        </message>
        <message>
            <source>Matched name:</source>
            <translation>Nome correspondente:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nome:</translation>
        </message>
        <message>
            <source>Names:</source>
            <translation>Nomes:</translation>
        </message>
        <message>
            <source>Programmes:</source>
            <translation>Programas:</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Remarks:</source>
            <translation>Observações:</translation>
        </message>
        <message>
            <source>Review a possible match</source>
            <translation>Rever uma possível correspondência</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Papel:</translation>
        </message>
        <message>
            <source>Say what tells the party apart from the entry, or what confirms it is the same.</source>
            <translation>Diga o que distingue a parte da entrada, ou o que confirma que é a mesma.</translation>
        </message>
        <message>
            <source>Say why in at most {0} characters.</source>
            <translation>Indique o motivo em no máximo {0} caracteres.</translation>
        </message>
        <message>
            <source>Say why: e.g. other date of birth, other country, other registration number.</source>
            <translation>Diga porquê: p. ex. outra data de nascimento, outro país, outro número de registo.</translation>
        </message>
        <message>
            <source>Score:</source>
            <translation>Pontuação:</translation>
        </message>
        <message>
            <source>The party</source>
            <translation>A parte</translation>
        </message>
        <message>
            <source>Why it was found</source>
            <translation>Porque foi encontrada</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Porquê:</translation>
        </message>
        <message>
            <source>Why: e.g. other date of birth, other country, other registration number.</source>
            <translation>Porquê: p. ex. outra data de nascimento, outro país, outro número de registo.</translation>
        </message>
        <message>
            <source>Your review</source>
            <translation>A sua revisão</translation>
        </message>
        <message>
            <source>consignee</source>
            <translation>consignatário</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>cliente</translation>
        </message>
        <message>
            <source>end user</source>
            <translation>usuário final</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>não informado</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>desconhecido</translation>
        </message>
        <message>
            <source>{0} entry {1}</source>
            <translation>{0}, entrada {1}</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Senha:</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Enviar</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Conta:</translation>
        </message>
        <message>
            <source>Mail server password</source>
            <translation>Senha do servidor de e-mail</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Senha</translation>
        </message>
        <message>
            <source>The password is kept in memory until you quit Channel Diligence; it is not saved anywhere.</source>
            <translation>A senha fica na memória até você sair do Channel Diligence; ela não é salva em lugar nenhum.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Page {0} of {1}</source>
            <translation>Página {0} de {1}</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>Preparando a visualização…</translation>
        </message>
        <message>
            <source>Preview of the PDF</source>
            <translation>Visualização do PDF</translation>
        </message>
        <message>
            <source>The preview could not be shown: {0}</source>
            <translation>Não foi possível mostrar a visualização: {0}</translation>
        </message>
    </context>
    <context>
        <name>PdfPrint</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cannot write {0}: {1}</source>
            <translation>Não é possível gravar {0}: {1}</translation>
        </message>
        <message>
            <source>Print preview: {0}</source>
            <translation>Visualização da impressão: {0}</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Impressão</translation>
        </message>
        <message>
            <source>Printing page {0} of {1}…</source>
            <translation>Imprimindo a página {0} de {1}…</translation>
        </message>
        <message>
            <source>Printing was cancelled after {0} of {1} pages.</source>
            <translation>A impressão foi cancelada depois de {0} de {1} páginas.</translation>
        </message>
        <message>
            <source>Printing {0}…</source>
            <translation>Imprimindo {0}…</translation>
        </message>
        <message>
            <source>The printer could not be opened. Check that it is switched on and chosen in the print dialog.</source>
            <translation>Não foi possível abrir a impressora. Verifique se ela está ligada e escolhida na janela de impressão.</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Active</source>
            <translation>Ativa</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inativa</translation>
        </message>
        <message>
            <source>Locked until</source>
            <translation>Bloqueada até</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Função</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>&amp;Administrator's name:</source>
            <translation>Nome do &amp;administrador:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase-passe:</translation>
        </message>
        <message>
            <source>&amp;Someone else is the senior approver</source>
            <translation>&amp;Outra pessoa é quem aprova ao nível mais alto</translation>
        </message>
        <message>
            <source>Administrator's &amp;e-mail:</source>
            <translation>&amp;E-mail do administrador:</translation>
        </message>
        <message>
            <source>App&amp;rover's passphrase again:</source>
            <translation>F&amp;rase-passe de quem aprova, de novo:</translation>
        </message>
        <message>
            <source>Appro&amp;ver's name:</source>
            <translation>Nome de quem aprova (&amp;v):</translation>
        </message>
        <message>
            <source>Approver's e-ma&amp;il:</source>
            <translation>E-ma&amp;il de quem aprova:</translation>
        </message>
        <message>
            <source>Approver's passp&amp;hrase:</source>
            <translation>Frase-passe de quem aprova (&amp;h):</translation>
        </message>
        <message>
            <source>At least 10 characters; a few words are easy to remember. Nobody can read it later, not even an administrator.</source>
            <translation>Pelo menos 10 caracteres; algumas palavras são fáceis de lembrar. Ninguém a pode ler depois, nem mesmo um administrador.</translation>
        </message>
        <message>
            <source>Leave the passphrase empty to skip this for now.</source>
            <translation>Deixe a frase-passe vazia para saltar este passo por agora.</translation>
        </message>
        <message>
            <source>Passphrase a&amp;gain:</source>
            <translation>Frase-passe de no&amp;vo:</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Pessoas</translation>
        </message>
        <message>
            <source>Recommended: decisions are recorded in each person's name, and the senior approver confirms approvals with their own passphrase.</source>
            <translation>Recomendado: as decisões ficam registadas em nome de cada pessoa, e quem aprova ao nível mais alto confirma as aprovações com a sua própria frase-passe.</translation>
        </message>
        <message>
            <source>The two passphrases differ: type the same one twice.</source>
            <translation>As duas frases-passe são diferentes: escreva a mesma duas vezes.</translation>
        </message>
    </context>
    <context>
        <name>PeopleWindow</name>
        <message>
            <source>&amp;Add person…</source>
            <translation>&amp;Adicionar pessoa…</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>&amp;Desativar</translation>
        </message>
        <message>
            <source>Change &amp;role</source>
            <translation>&amp;Mudar a função</translation>
        </message>
        <message>
            <source>Managing people needs the role administrator; {0} has the role {1}. You can look at the list; an administrator makes the changes.</source>
            <translation>Gerir pessoas exige a função administrador; {0} tem a função {1}. Pode consultar a lista; as alterações são feitas por um administrador.</translation>
        </message>
        <message>
            <source>New role</source>
            <translation>Nova função</translation>
        </message>
        <message>
            <source>Nobody is in the list yet: everything is recorded under this computer's login. Add the first person, the administrator, to record who does what.</source>
            <translation>Ainda não há ninguém na lista: tudo é registado com o utilizador deste computador. Adicione a primeira pessoa, o administrador, para registar quem faz o quê.</translation>
        </message>
        <message>
            <source>Nobody is signed in: sign in as an administrator to change the list (Switch person in the status bar).</source>
            <translation>Ninguém iniciou sessão: inicie sessão como administrador para alterar a lista (Mudar de pessoa na barra de estado).</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Pessoas</translation>
        </message>
        <message>
            <source>R&amp;eactivate</source>
            <translation>&amp;Reativar</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>F&amp;unção:</translation>
        </message>
        <message>
            <source>Reset &amp;passphrase…</source>
            <translation>Redefinir a &amp;frase-passe…</translation>
        </message>
        <message>
            <source>You are working as {0}, administrator: you can add people, change roles, deactivate people and reset passphrases.</source>
            <translation>Está a trabalhar como {0}, administrador: pode adicionar pessoas, mudar funções, desativar pessoas e redefinir frases-passe.</translation>
        </message>
        <message>
            <source>{0} &lt;{1}&gt; was added as {2}.</source>
            <translation>{0} &lt;{1}&gt; foi adicionado(a) como {2}.</translation>
        </message>
        <message>
            <source>{0} has a new passphrase: tell it to them.</source>
            <translation>{0} tem uma nova frase-passe: comunique-lha.</translation>
        </message>
        <message>
            <source>{0} is active again.</source>
            <translation>{0} está novamente ativa.</translation>
        </message>
        <message>
            <source>{0} is no longer active: they cannot sign in or act; what they did keeps their name.</source>
            <translation>{0} já não está ativa: não pode iniciar sessão nem agir; o que fez mantém o seu nome.</translation>
        </message>
        <message>
            <source>{0} now has the role {1}.</source>
            <translation>{0} tem agora a função {1}.</translation>
        </message>
    </context>
    <context>
        <name>PolicyReminder</name>
        <message>
            <source>Adopted</source>
            <translation>Adotada</translation>
        </message>
        <message>
            <source>Next review in {0} days</source>
            <translation>Próxima revisão em {0} dias</translation>
        </message>
        <message>
            <source>No policy adopted</source>
            <translation>Nenhuma política adotada</translation>
        </message>
        <message>
            <source>Review due in {0} days</source>
            <translation>Revisão prevista em {0} dias</translation>
        </message>
        <message>
            <source>Review due today</source>
            <translation>Revisão prevista para hoje</translation>
        </message>
        <message>
            <source>Review due tomorrow</source>
            <translation>Revisão prevista para amanhã</translation>
        </message>
        <message>
            <source>Review overdue by 1 day</source>
            <translation>Revisão atrasada há 1 dia</translation>
        </message>
        <message>
            <source>Review overdue by {0} days</source>
            <translation>Revisão atrasada há {0} dias</translation>
        </message>
        <message>
            <source>The yearly review of your human rights policy is due (review date {0}). Open it from the Policy menu, check it is still right and adopt it again.</source>
            <translation>Chegou a hora da revisão anual da sua política de direitos humanos (data de revisão {0}). Abra-a pelo menu Política, confira se continua correta e adote-a de novo.</translation>
        </message>
        <message>
            <source>Your company has no human rights policy yet. The UN Guiding Principles expect one; the policy wizard writes it with you in about half an hour (Policy menu).</source>
            <translation>A sua empresa ainda não tem uma política de direitos humanos. Os Princípios Orientadores da ONU esperam que ela tenha uma; o assistente da política a escreve com você em cerca de meia hora (menu Política).</translation>
        </message>
    </context>
    <context>
        <name>PolicyReminderBar</name>
        <message>
            <source>Open the human rights policy</source>
            <translation>Abrir a política de direitos humanos</translation>
        </message>
        <message>
            <source>Open the policy…</source>
            <translation>Abrir a política…</translation>
        </message>
    </context>
    <context>
        <name>PolicyWindow</name>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Visão geral</translation>
        </message>
        <message>
            <source>&amp;Versions</source>
            <translation>V&amp;ersões</translation>
        </message>
        <message>
            <source>Co&amp;mmunication</source>
            <translation>Co&amp;municação</translation>
        </message>
        <message>
            <source>Export the policy as {0}</source>
            <translation>Exportar a política como {0}</translation>
        </message>
        <message>
            <source>Human rights policy</source>
            <translation>Política de direitos humanos</translation>
        </message>
        <message>
            <source>Human rights policy — Channel Diligence</source>
            <translation>Política de direitos humanos — Channel Diligence</translation>
        </message>
        <message>
            <source>Human rights policy, version {0}</source>
            <translation>Política de direitos humanos, versão {0}</translation>
        </message>
        <message>
            <source>It is the draft, marked DRAFT: adopt the policy before you publish it.</source>
            <translation>É o rascunho, marcado como RASCUNHO: adote a política antes de publicá-la.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved {0}.</source>
            <translation>{0} salvo.</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Enviado para a impressora.</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>Arquivos de texto (*.txt)</translation>
        </message>
        <message>
            <source>The policy could not be exported: {0}</source>
            <translation>Não foi possível exportar a política: {0}</translation>
        </message>
        <message>
            <source>The policy was not printed: {0}</source>
            <translation>A política não foi impressa: {0}</translation>
        </message>
        <message>
            <source>There is nothing to export yet: write the policy first.</source>
            <translation>Ainda não há nada para exportar: escreva primeiro a política.</translation>
        </message>
        <message>
            <source>Version {0} is adopted. Next: print or publish it, and record to whom you sent it (Communication).</source>
            <translation>A versão {0} está adotada. Próximo passo: imprima-a ou publique-a e registre para quem você a enviou (Comunicação).</translation>
        </message>
        <message>
            <source>Web pages (*.html *.htm)</source>
            <translation>Páginas web (*.html *.htm)</translation>
        </message>
        <message>
            <source>Writing {0}…</source>
            <translation>Gravando {0}…</translation>
        </message>
    </context>
    <context>
        <name>PolicyWizard</name>
        <message>
            <source>&amp;Adopt</source>
            <translation>A&amp;dotar</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Próximo &gt;</translation>
        </message>
        <message>
            <source>&amp;Save and close</source>
            <translation>&amp;Salvar e fechar</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(nenhum)</translation>
        </message>
        <message>
            <source>(optional)</source>
            <translation>(opcional)</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Voltar</translation>
        </message>
        <message>
            <source>Adopt the policy as approved by the senior person named on this page.</source>
            <translation>Adotar a política como aprovada pela pessoa da direção indicada nesta página.</translation>
        </message>
        <message>
            <source>Adopting the policy needs the senior approver's confirmation: choose the approver, and let them type their own passphrase.</source>
            <translation>Adotar a política precisa da confirmação de quem aprova ao nível mais alto: escolha-o e deixe-o escrever a sua própria frase-passe.</translation>
        </message>
        <message>
            <source>Draft saved {0}.</source>
            <translation>Rascunho salvo em {0}.</translation>
        </message>
        <message>
            <source>Enter the approver's job title, for example Managing Director.</source>
            <translation>Informe o cargo de quem aprova, por exemplo Diretor-Geral.</translation>
        </message>
        <message>
            <source>Enter the name of the senior person who approves the policy: the owner, managing director or a board member.</source>
            <translation>Informe o nome da pessoa da direção que aprova a política: o proprietário, o diretor-geral ou um membro do conselho.</translation>
        </message>
        <message>
            <source>For example: {0}</source>
            <translation>Por exemplo: {0}</translation>
        </message>
        <message>
            <source>Human rights policy — version {0} (draft)</source>
            <translation>Política de direitos humanos — versão {0} (rascunho)</translation>
        </message>
        <message>
            <source>Not saved: {0}</source>
            <translation>Não salvo: {0}</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Não definida</translation>
        </message>
        <message>
            <source>One per line, for example: {0}</source>
            <translation>Um por linha, por exemplo: {0}</translation>
        </message>
        <message>
            <source>Saved, except {0}: shorten the text to save it.</source>
            <translation>Salvo, exceto {0}: encurte o texto para salvá-lo.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Salvando…</translation>
        </message>
        <message>
            <source>Step {0} of {1}</source>
            <translation>Passo {0} de {1}</translation>
        </message>
        <message>
            <source>Step {0} of {1}: the senior approver adopts the policy</source>
            <translation>Passo {0} de {1}: o aprovador da direção adota a política</translation>
        </message>
        <message>
            <source>Your draft is saved as you type; you can continue it later.</source>
            <translation>O seu rascunho é salvo enquanto você digita; você pode continuá-lo depois.</translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>&amp;SKU:</source>
            <translation>&amp;SKU:</translation>
        </message>
        <message>
            <source>&amp;Vendor:</source>
            <translation>&amp;Fabricante:</translation>
        </message>
        <message>
            <source>Enter the product's SKU.</source>
            <translation>Informe o SKU do produto.</translation>
        </message>
        <message>
            <source>Enter the product's name.</source>
            <translation>Informe o nome do produto.</translation>
        </message>
        <message>
            <source>Risk &amp;category:</source>
            <translation>&amp;Categoria de risco:</translation>
        </message>
        <message>
            <source>The category says what the product can do. Surveillance-capable products (cameras, biometrics, analytics, network monitoring) are screened more closely.</source>
            <translation>A categoria diz o que o produto pode fazer. Produtos com capacidade de vigilância (câmeras, biometria, análise de dados, monitoramento de rede) passam por uma triagem mais rigorosa.</translation>
        </message>
    </context>
    <context>
        <name>ProductsView</name>
        <message>
            <source>&amp;New product…</source>
            <translation>&amp;Novo produto…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produtos</translation>
        </message>
        <message>
            <source>Risk category</source>
            <translation>Categoria de risco</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Fabricante</translation>
        </message>
        <message>
            <source>What you sell. The risk category says what a product can do; surveillance-capable products are screened more closely.</source>
            <translation>O que você vende. A categoria de risco diz o que um produto pode fazer; produtos com capacidade de vigilância passam por uma triagem mais rigorosa.</translation>
        </message>
    </context>
    <context>
        <name>QuestionItem</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Não</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Sim</translation>
        </message>
        <message>
            <source>Not &amp;sure yet</source>
            <translation>&amp;Ainda não sei</translation>
        </message>
        <message>
            <source>Note (optional): what the customer told you</source>
            <translation>Observação (opcional): o que o cliente disse</translation>
        </message>
        <message>
            <source>Note for: {0}</source>
            <translation>Observação sobre: {0}</translation>
        </message>
        <message>
            <source>This answer points to a risk: say in the decision how it is addressed.</source>
            <translation>Esta resposta indica um risco: diga na decisão como ele é tratado.</translation>
        </message>
    </context>
    <context>
        <name>ReceivedTable</name>
        <message>
            <source>Answer</source>
            <translation>Resposta</translation>
        </message>
        <message>
            <source>Answer recorded</source>
            <translation>Resposta registrada</translation>
        </message>
        <message>
            <source>Answered, sending failed</source>
            <translation>Respondido, o envio falhou</translation>
        </message>
        <message>
            <source>Answered, sent</source>
            <translation>Respondido, enviado</translation>
        </message>
        <message>
            <source>Answered, waiting to send</source>
            <translation>Respondido, aguardando envio</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recebido</translation>
        </message>
        <message>
            <source>Received packets</source>
            <translation>Pacotes recebidos</translation>
        </message>
        <message>
            <source>Reseller</source>
            <translation>Revendedor</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Aguardando</translation>
        </message>
        <message>
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <source>&amp;Open Channel Diligence</source>
            <translation>&amp;Abrir o Channel Diligence</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <source>All reminders…</source>
            <translation>Todos os lembretes…</translation>
        </message>
        <message>
            <source>Channel Diligence</source>
            <translation>Channel Diligence</translation>
        </message>
        <message>
            <source>Channel Diligence: nothing is due</source>
            <translation>Channel Diligence: nada pendente</translation>
        </message>
        <message>
            <source>Channel Diligence: {0} reminders</source>
            <translation>Channel Diligence: {0} lembretes</translation>
        </message>
        <message>
            <source>No system tray here: reminders are not notified, and closing the window quits the app.</source>
            <translation>Sem bandeja do sistema: sem avisos de lembretes, e fechar a janela encerra a aplicação.</translation>
        </message>
        <message>
            <source>Nothing is due</source>
            <translation>Nada pendente</translation>
        </message>
        <message>
            <source>Still running in the tray: reminders keep coming. Quit from the tray icon's menu.</source>
            <translation>Continua em execução na bandeja do sistema: os lembretes continuam a chegar. Saia pelo menu do ícone da bandeja.</translation>
        </message>
    </context>
    <context>
        <name>RemindersSettingsBox</name>
        <message>
            <source> days</source>
            <translation> dias</translation>
        </message>
        <message>
            <source>Remind of an order &amp;held for more than:</source>
            <translation>Lembrar um pedido &amp;retido há mais de:</translation>
        </message>
        <message>
            <source>Remind when the criteria &amp;pack is older than:</source>
            <translation>Lembrar quando o &amp;pacote de critérios tiver mais de:</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Lembretes</translation>
        </message>
        <message>
            <source>Reminders also name follow-ups that are due, e-mails that could not be sent, answers from the distributor and the policy's yearly review. The age at which a sanctions list reminds is set in the Sanctions lists box.</source>
            <translation>Os lembretes também indicam os acompanhamentos pendentes, os e-mails que não foi possível enviar, as respostas do distribuidor e a revisão anual da política. A idade a partir da qual uma lista de sanções gera um lembrete define-se na secção Listas de sanções.</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>&amp;Include names of customers and people</source>
            <translation>&amp;Incluir os nomes de clientes e pessoas</translation>
        </message>
        <message>
            <source>&amp;Quarter:</source>
            <translation>&amp;Trimestre:</translation>
        </message>
        <message>
            <source>Add a distributor with an escalation e-mail address in the company profile first.</source>
            <translation>Adicione primeiro, no perfil da empresa, um distribuidor com um endereço de e-mail para encaminhamentos.</translation>
        </message>
        <message>
            <source>Build the report and preview the PDF</source>
            <translation>Montar a comunicação e visualizar o PDF</translation>
        </message>
        <message>
            <source>Choose the quarter.</source>
            <translation>Escolha o trimestre.</translation>
        </message>
        <message>
            <source>Counting the quarter and building the report…</source>
            <translation>A contar o trimestre e a preparar o relatório…</translation>
        </message>
        <message>
            <source>Due diligence report</source>
            <translation>Relatório de diligência devida</translation>
        </message>
        <message>
            <source>Names:</source>
            <translation>Nomes:</translation>
        </message>
        <message>
            <source>Q{0} {1}</source>
            <translation>{0}º trimestre de {1}</translation>
        </message>
        <message>
            <source>Report already sent</source>
            <translation>Relatório já enviado</translation>
        </message>
        <message>
            <source>Send &amp;to:</source>
            <translation>Enviar pa&amp;ra:</translation>
        </message>
        <message>
            <source>The report was not built: {0}</source>
            <translation>A comunicação não foi montada: {0}</translation>
        </message>
        <message>
            <source>The {0} report was already sent or saved for {1}: building it again makes a new one.</source>
            <translation>O relatório de {0} já foi enviado ou guardado para {1}: prepará-lo de novo cria um novo.</translation>
        </message>
        <message>
            <source>What you screened in a quarter, for your distributor: orders by risk tier, product category and destination, what was held, declined and escalated, follow-ups, your policy and the criteria pack and lists you used. The guidance asks resellers to share this up the chain regularly.</source>
            <translation>O que analisou num trimestre, para o seu distribuidor: encomendas por nível de risco, categoria de produto e destino, o que foi retido, recusado e escalado, os acompanhamentos, a sua política e o pacote de critérios e as listas que usou. O guia pede aos revendedores que partilhem isto regularmente a montante da cadeia.</translation>
        </message>
        <message>
            <source>You see the report as a PDF before anything is sent. Without the tick, it names no customers and no people: only counts.</source>
            <translation>Vê o relatório em PDF antes de qualquer envio. Sem a marca, não nomeia clientes nem pessoas: apenas números.</translation>
        </message>
        <message>
            <source>{0} (under way)</source>
            <translation>{0} (em curso)</translation>
        </message>
    </context>
    <context>
        <name>RequirementRow</name>
        <message>
            <source>({0}) {1}</source>
            <translation>({0}) {1}</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Atendido</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Falta</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Pronto</translation>
        </message>
        <message>
            <source>met</source>
            <translation>atendido</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>pronto</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>RequirementsPanel</name>
        <message>
            <source>Draft saved</source>
            <translation>Rascunho salvo</translation>
        </message>
        <message>
            <source>Met once the adopted policy is recorded as sent or shown to staff or partners (the Communication tab of the policy window).</source>
            <translation>Atendido quando for registrado que a política adotada foi enviada ou mostrada à equipe ou aos parceiros (aba Comunicação da janela da política).</translation>
        </message>
        <message>
            <source>Met when the policy is adopted on the last page.</source>
            <translation>Atendido quando a política for adotada na última página.</translation>
        </message>
        <message>
            <source>Principle 16 checklist</source>
            <translation>Lista de verificação do Princípio Orientador 16</translation>
        </message>
        <message>
            <source>Principle 16 of the UN Guiding Principles lists five elements, (a) to (e), of a human rights policy statement.</source>
            <translation>O Princípio Orientador 16 da ONU lista cinco elementos, de a) a e), de uma declaração de política de direitos humanos.</translation>
        </message>
        <message>
            <source>{0} of {1} met</source>
            <translation>{0} de {1} atendidos</translation>
        </message>
    </context>
    <context>
        <name>RescreenDialog</name>
        <message>
            <source>&amp;Screen again</source>
            <translation>&amp;Triar de novo</translation>
        </message>
        <message>
            <source>1 changed (listed below).</source>
            <translation>1 mudou (listado abaixo).</translation>
        </message>
        <message>
            <source>1 order screened again.</source>
            <translation>1 pedido submetido de novo à triagem.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>Each order is screened with the criteria pack in use and what the catalog knows now: product categories and customer types the order left blank are filled in from the catalog. The earlier screening stays in the order's history, with an entry saying what changed. A decision that no longer fits the new screening no longer applies, as after an edit.</source>
            <translation>Cada pedido é submetido à triagem com o pacote de critérios em uso e com o que o catálogo sabe agora: as categorias de produto e os tipos de cliente que o pedido deixou em branco são preenchidos a partir do catálogo. A triagem anterior fica no histórico do pedido, com uma entrada que diz o que mudou. Uma decisão que já não corresponde à nova triagem deixa de valer, como após uma edição.</translation>
        </message>
        <message>
            <source>Every order that is not declined is screened again.</source>
            <translation>Cada pedido que não foi recusado é submetido de novo à triagem.</translation>
        </message>
        <message>
            <source>No screening result changed.</source>
            <translation>Nenhum resultado da triagem mudou.</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <source>Orders whose screening changed</source>
            <translation>Pedidos cuja triagem mudou</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risco</translation>
        </message>
        <message>
            <source>Screen all open orders again</source>
            <translation>Triar de novo todos os pedidos abertos</translation>
        </message>
        <message>
            <source>Screen orders again</source>
            <translation>Triar pedidos de novo</translation>
        </message>
        <message>
            <source>Screen the selected order again</source>
            <translation>Triar de novo o pedido selecionado</translation>
        </message>
        <message>
            <source>Screen {0} selected orders again</source>
            <translation>Triar de novo {0} pedidos selecionados</translation>
        </message>
        <message>
            <source>Screened again</source>
            <translation>Triagem refeita</translation>
        </message>
        <message>
            <source>Screening again stopped</source>
            <translation>Nova triagem interrompida</translation>
        </message>
        <message>
            <source>Screening again…</source>
            <translation>Refazendo a triagem…</translation>
        </message>
        <message>
            <source>Screening progress</source>
            <translation>Progresso da triagem</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Iniciando…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Parando…</translation>
        </message>
        <message>
            <source>The orders could not be screened again</source>
            <translation>Não foi possível refazer a triagem dos pedidos</translation>
        </message>
        <message>
            <source>The other orders were not screened again.</source>
            <translation>Os outros pedidos não foram submetidos de novo à triagem.</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>O que mudou</translation>
        </message>
        <message>
            <source>You can cancel at any time: the orders screened so far keep their new screening.</source>
            <translation>Pode cancelar a qualquer momento: os pedidos já processados mantêm a nova triagem.</translation>
        </message>
        <message>
            <source>new warnings: {0}</source>
            <translation>novos alertas: {0}</translation>
        </message>
        <message>
            <source>no longer on hold</source>
            <translation>já não está retido</translation>
        </message>
        <message>
            <source>now on hold</source>
            <translation>agora retido</translation>
        </message>
        <message>
            <source>screened with the current pack, same result</source>
            <translation>triado com o pacote atual, mesmo resultado</translation>
        </message>
        <message>
            <source>the earlier decision no longer applies</source>
            <translation>a decisão anterior não vale mais</translation>
        </message>
        <message>
            <source>warnings gone: {0}</source>
            <translation>alertas que desapareceram: {0}</translation>
        </message>
        <message>
            <source>{0} changed (listed below).</source>
            <translation>{0} mudaram (listados abaixo).</translation>
        </message>
        <message>
            <source>{0} of {1} orders</source>
            <translation>{0} de {1} pedidos</translation>
        </message>
        <message>
            <source>{0} orders screened again.</source>
            <translation>{0} pedidos submetidos de novo à triagem.</translation>
        </message>
        <message>
            <source>{0} → {1}</source>
            <translation>{0} → {1}</translation>
        </message>
    </context>
    <context>
        <name>ResetPassphraseDialog</name>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Nova frase-passe:</translation>
        </message>
        <message>
            <source>&amp;Reset</source>
            <translation>&amp;Redefinir</translation>
        </message>
        <message>
            <source>A new passphrase for {0} &lt;{1}&gt;: the old one stops working, and a lock after wrong passphrases is lifted.</source>
            <translation>Uma nova frase-passe para {0} &lt;{1}&gt;: a anterior deixa de funcionar e um bloqueio por frases-passe erradas é levantado.</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nova frase-passe</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>Nova frase-passe outra vez</translation>
        </message>
        <message>
            <source>Reset passphrase</source>
            <translation>Redefinir a frase-passe</translation>
        </message>
        <message>
            <source>The same a&amp;gain:</source>
            <translation>A mesma &amp;outra vez:</translation>
        </message>
        <message>
            <source>The two passphrases differ: type the same one twice.</source>
            <translation>As duas frases-passe são diferentes: escreva a mesma duas vezes.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurar…</translation>
        </message>
        <message>
            <source>A copy of the database is made every day you use the app and kept for 14 days, in {0}. Restoring replaces all current data with the copy; the data as it is now is copied aside first, so a restore can itself be undone.</source>
            <translation>Uma cópia do banco de dados é feita a cada dia em que você usa o aplicativo e guardada por 14 dias, em {0}. Restaurar substitui todos os dados atuais pela cópia; antes, os dados como estão agora são copiados à parte, de modo que a própria restauração pode ser desfeita.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Channel Diligence backups (*.sqlite3 *.db);;All files (*)</source>
            <translation>Backups do Channel Diligence (*.sqlite3 *.db);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Checking and restoring {0}…</source>
            <translation>Verificando e restaurando {0}…</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensagem</translation>
        </message>
        <message>
            <source>Nothing was restored: close the open windows first.</source>
            <translation>Nada foi restaurado: feche primeiro as janelas abertas.</translation>
        </message>
        <message>
            <source>Nothing was restored: {0}</source>
            <translation>Nada foi restaurado: {0}</translation>
        </message>
        <message>
            <source>Replace all current data with the backup {0}?

The data as it is now is copied aside first. Open order and policy windows are closed, and the app then opens the restored data.</source>
            <translation>Substituir todos os dados atuais pelo backup {0}?

Antes, os dados como estão agora são copiados à parte. As janelas de pedidos e da política abertas são fechadas e, em seguida, o aplicativo abre os dados restaurados.</translation>
        </message>
        <message>
            <source>Restore from a &amp;file…</source>
            <translation>Restaurar de um &amp;arquivo…</translation>
        </message>
        <message>
            <source>Restore from a file</source>
            <translation>Restaurar de um arquivo</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurar de um backup</translation>
        </message>
        <message>
            <source>Restored from {0}. The data as it was before is kept in {1}. Close this window: the app opens the restored data.</source>
            <translation>Restaurado de {0}. Os dados como estavam antes ficam guardados em {1}. Feche esta janela: o aplicativo abre os dados restaurados.</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamanho</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Feito em</translation>
        </message>
        <message>
            <source>There are no backups yet: File &gt; Back up now makes one.</source>
            <translation>Ainda não há backups: Arquivo &gt; Fazer backup agora cria um.</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>backup</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>antes de uma restauração</translation>
        </message>
    </context>
    <context>
        <name>ScreeningPanel</name>
        <message>
            <source>Add a customer, a product and the intended use to see the screening.</source>
            <translation>Adicione um cliente, um produto e o uso previsto para ver a triagem.</translation>
        </message>
        <message>
            <source>Blocked: {0}</source>
            <translation>Bloqueado: {0}</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Próximos passos</translation>
        </message>
        <message>
            <source>Nothing in this order raises a concern.</source>
            <translation>Nada neste pedido gera preocupação.</translation>
        </message>
        <message>
            <source>On hold: {0}</source>
            <translation>Retido: {0}</translation>
        </message>
        <message>
            <source>Review the possible match with {0} entry {1}</source>
            <translation>Rever a possível correspondência com a entrada {1} de {0}</translation>
        </message>
        <message>
            <source>Review…</source>
            <translation>Rever…</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>Triagem</translation>
        </message>
        <message>
            <source>Screening result</source>
            <translation>Resultado da triagem</translation>
        </message>
        <message>
            <source>The products, their use and the destination raise no special risk, but a party of the order resembles a name on a sanctions list: see below.</source>
            <translation>Os produtos, a sua utilização e o destino não apresentam risco especial, mas uma parte da encomenda assemelha-se a um nome de uma lista de sanções: ver abaixo.</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
    </context>
    <context>
        <name>SectionPage</name>
        <message>
            <source>Nothing to fill in here: this section of the policy is standard text. Read it in the preview of the draft.</source>
            <translation>Nada a preencher aqui: esta seção da política é um texto padrão. Leia-a na visualização do rascunho.</translation>
        </message>
        <message>
            <source>Press Enter to start the next item.</source>
            <translation>Pressione Enter para começar o próximo item.</translation>
        </message>
    </context>
    <context>
        <name>Services</name>
        <message>
            <source> inside {element}</source>
            <translation> dentro de {element}</translation>
        </message>
        <message>
            <source>"{text}" is not a period: write a quarter like 2026Q4, a month like 2026-11 or a year like 2026.</source>
            <translation>"{text}" não é um período: escreva um trimestre como 2026Q4, um mês como 2026-11 ou um ano como 2026.</translation>
        </message>
        <message>
            <source>'{address}' is not a web address: it starts with https:// and names the publisher's server.</source>
            <translation>'{address}' não é um endereço da web: ele começa com https:// e nomeia o servidor de quem publica a lista.</translation>
        </message>
        <message>
            <source>'{address}' is not an e-mail address.</source>
            <translation>“{address}” não é um endereço de e-mail.</translation>
        </message>
        <message>
            <source>'{country}' is not an ISO 3166-1 country code.</source>
            <translation>“{country}” não é um código de país ISO 3166-1.</translation>
        </message>
        <message>
            <source>'{outcome}' is not a decision.</source>
            <translation>“{outcome}” não é uma decisão.</translation>
        </message>
        <message>
            <source>'{text}' is not a number</source>
            <translation>“{text}” não é um número</translation>
        </message>
        <message>
            <source>'{value}' is no date order: day first is 'dmy', month first 'mdy'.</source>
            <translation>'{value}' não é uma ordem de datas: dia primeiro é 'dmy', mês primeiro 'mdy'.</translation>
        </message>
        <message>
            <source>'{value}' is no sales model: an order taken by a salesperson is 'assisted', one placed in a webshop 'self_service'.</source>
            <translation>“{value}” não é um modelo de venda: um pedido feito através de um vendedor é “assisted”, um feito numa loja online “self_service”.</translation>
        </message>
        <message>
            <source>'{value}' is not a customer type of the criteria pack in use; choose one of: {types}.</source>
            <translation>'{value}' não é um tipo de cliente do pacote de critérios em uso; escolha um de: {types}.</translation>
        </message>
        <message>
            <source>'{value}' is not a date: enter it as YYYY-MM-DD.</source>
            <translation>“{value}” não é uma data: informe-a como AAAA-MM-DD.</translation>
        </message>
        <message>
            <source>'{value}' is not an ISO 3166-1 alpha-2 country code</source>
            <translation>“{value}” não é um código de país ISO 3166-1 alfa-2</translation>
        </message>
        <message>
            <source>(The server said: {reason})</source>
            <translation>(O servidor respondeu: {reason})</translation>
        </message>
        <message>
            <source>1 change compared with the pack in use:</source>
            <translation>1 alteração em relação ao pacote em uso:</translation>
        </message>
        <message>
            <source>1 match gone</source>
            <translation>1 correspondência desaparecida</translation>
        </message>
        <message>
            <source>1 match now only possible</source>
            <translation>1 correspondência agora apenas possível</translation>
        </message>
        <message>
            <source>1 new match</source>
            <translation>1 nova correspondência</translation>
        </message>
        <message>
            <source>1 new possible match</source>
            <translation>1 nova correspondência possível</translation>
        </message>
        <message>
            <source>A catalog customer is reviewed as the customer.</source>
            <translation>Um cliente do catálogo é revisto como cliente.</translation>
        </message>
        <message>
            <source>A different pack with the same id and version ({pack} {version}) is already installed. Ask its issuer for a new version number. Nothing was imported.</source>
            <translation>Já está instalado outro pacote com o mesmo ID e a mesma versão ({pack} {version}). Peça a quem o emitiu um novo número de versão. Nada foi importado.</translation>
        </message>
        <message>
            <source>A follow-up is due today: order {refs}.</source>
            <translation>Há um acompanhamento para hoje: pedido {refs}.</translation>
        </message>
        <message>
            <source>A follow-up is overdue: order {refs}.</source>
            <translation>Há um acompanhamento em atraso: pedido {refs}.</translation>
        </message>
        <message>
            <source>A name may have at most {count} characters.</source>
            <translation>Um nome pode ter no máximo {count} caracteres.</translation>
        </message>
        <message>
            <source>A name of {count} characters is too long to check: a party's name has at most 1,000.</source>
            <translation>Um nome de {count} caracteres é longo demais para verificar: o nome de uma parte tem no máximo 1.000.</translation>
        </message>
        <message>
            <source>A name of {count} characters is too long to review: a party's name has at most 1,000.</source>
            <translation>Um nome de {count} caracteres é demasiado longo para rever: o nome de uma parte tem no máximo 1000.</translation>
        </message>
        <message>
            <source>A party of this order is on a sanctions list (a confirmed match): nobody can approve it, the only possible decision is to decline, and the distributor must be told through the misuse report or an escalation.</source>
            <translation>Uma parte deste pedido consta de uma lista de sanções (uma correspondência confirmada): ninguém pode aprová-lo, a única decisão possível é recusá-lo, e o distribuidor deve ser informado pelo relatório de uso indevido ou por um escalonamento.</translation>
        </message>
        <message>
            <source>A party of this order is on a sanctions list: it can only be declined, there is nothing to escalate. Tell the distributor with the misuse report.</source>
            <translation>Uma parte deste pedido consta de uma lista de sanções: ele só pode ser recusado, não há nada a escalonar. Informe o distribuidor com o relatório de uso indevido.</translation>
        </message>
        <message>
            <source>A passphrase may have at most {count} characters.</source>
            <translation>Uma frase-senha pode ter no máximo {count} caracteres.</translation>
        </message>
        <message>
            <source>A passphrase must not be the person's name or e-mail address.</source>
            <translation>A frase-senha não pode ser o nome nem o endereço de e-mail da pessoa.</translation>
        </message>
        <message>
            <source>A passphrase needs at least {count} characters; a few words are easy to remember.</source>
            <translation>Uma frase-senha precisa de pelo menos {count} caracteres; algumas palavras são fáceis de lembrar.</translation>
        </message>
        <message>
            <source>A passphrase needs more than one or two different characters.</source>
            <translation>Uma frase-senha precisa de mais de um ou dois caracteres diferentes.</translation>
        </message>
        <message>
            <source>A possible match is reviewed on an order or a catalog customer.</source>
            <translation>Uma possível correspondência é revista numa encomenda ou num cliente do catálogo.</translation>
        </message>
        <message>
            <source>A private key is {expected} bytes long, not {size}.</source>
            <translation>Uma chave privada tem {expected} bytes, não {size}.</translation>
        </message>
        <message>
            <source>A public key is {expected} bytes long, not {size}.</source>
            <translation>Uma chave pública tem {expected} bytes, não {size}.</translation>
        </message>
        <message>
            <source>A {tier}-risk order may proceed only with the approval of {approver}.</source>
            <translation>Um pedido de risco {tier} só pode prosseguir com a aprovação de {approver}.</translation>
        </message>
        <message>
            <source>Add a distributor with an escalation e-mail address in the company profile first.</source>
            <translation>Adicione primeiro, no perfil da empresa, um distribuidor com um endereço de e-mail para encaminhamentos.</translation>
        </message>
        <message>
            <source>Add at least one item: this is needed before the policy can be adopted.</source>
            <translation>Adicione pelo menos um item: isto é necessário antes de adotar a política.</translation>
        </message>
        <message>
            <source>Add at least one product line.</source>
            <translation>Adicione pelo menos uma linha de produto.</translation>
        </message>
        <message>
            <source>Adopting the policy needs the senior approver's confirmation: choose the approver, and let them type their own passphrase.</source>
            <translation>Adotar a política precisa da confirmação de quem aprova ao nível mais alto: escolha-o e deixe-o escrever a sua própria frase-passe.</translation>
        </message>
        <message>
            <source>An approval with conditions must list them.</source>
            <translation>Uma aprovação com condições precisa listá-las.</translation>
        </message>
        <message>
            <source>An e-mail could not be sent: open the outbox to retry or export it.</source>
            <translation>Não foi possível enviar um e-mail: abra a caixa de saída para tentar de novo ou exportá-lo.</translation>
        </message>
        <message>
            <source>An order with the reference {reference} already exists.</source>
            <translation>Já existe um pedido com a referência {reference}.</translation>
        </message>
        <message>
            <source>Another backup of this database is running. Try again in a minute.</source>
            <translation>Outro backup deste banco de dados está em andamento. Tente de novo daqui a um minuto.</translation>
        </message>
        <message>
            <source>Another product already has the SKU {sku}.</source>
            <translation>Outro produto já tem o SKU {sku}.</translation>
        </message>
        <message>
            <source>Another program is writing to the database {path} and did not finish in time, so nothing was saved. Wait a moment and try again; if it keeps happening, close other copies of Channel Diligence.</source>
            <translation>Outro programa está gravando no banco de dados {path} e não terminou a tempo, por isso nada foi salvo. Aguarde um momento e tente de novo; se continuar acontecendo, feche as outras cópias do Channel Diligence.</translation>
        </message>
        <message>
            <source>Answer yes, no or not sure yet (unknown).</source>
            <translation>Responda sim, não ou ainda não sei (desconhecido).</translation>
        </message>
        <message>
            <source>Answering checklists</source>
            <translation>Responder listas de verificação</translation>
        </message>
        <message>
            <source>Approved at the approver's own desk, with their passphrase.</source>
            <translation>Aprovado no posto do próprio aprovador, com a sua frase-passe.</translation>
        </message>
        <message>
            <source>Approved at the most senior level</source>
            <translation>Aprovada no nível mais alto da empresa</translation>
        </message>
        <message>
            <source>Approving orders that need the senior approver</source>
            <translation>Aprovar pedidos que precisam do aprovador da direção</translation>
        </message>
        <message>
            <source>Asking for approval at the approver's own desk needs the people who use the app: set them up first, or let the approver confirm in this form.</source>
            <translation>Pedir a aprovação no posto do próprio aprovador requer as pessoas que usam a aplicação: configure-as primeiro, ou deixe o aprovador confirmar neste formulário.</translation>
        </message>
        <message>
            <source>Cannot read {file}: {error}.</source>
            <translation>Não é possível ler {file}: {error}.</translation>
        </message>
        <message>
            <source>Cannot write to {folder}: {error}.</source>
            <translation>Não é possível gravar em {folder}: {error}.</translation>
        </message>
        <message>
            <source>Cannot write {file}: {error}.</source>
            <translation>Não é possível gravar {file}: {error}.</translation>
        </message>
        <message>
            <source>Changed: {fields}.</source>
            <translation>Alterado: {fields}.</translation>
        </message>
        <message>
            <source>Changing settings</source>
            <translation>Alterar as configurações</translation>
        </message>
        <message>
            <source>Checklist answered</source>
            <translation>Lista de verificação respondida</translation>
        </message>
        <message>
            <source>Checklist questions</source>
            <translation>Perguntas da lista de verificação</translation>
        </message>
        <message>
            <source>Checklist: 1 question answered.</source>
            <translation>Lista de verificação: 1 pergunta respondida.</translation>
        </message>
        <message>
            <source>Checklist: {count} questions answered.</source>
            <translation>Lista de verificação: {count} perguntas respondidas.</translation>
        </message>
        <message>
            <source>Choose A4 or Letter.</source>
            <translation>Escolha A4 ou Letter.</translation>
        </message>
        <message>
            <source>Choose STARTTLS, SSL or none.</source>
            <translation>Escolha STARTTLS, SSL ou nenhuma.</translation>
        </message>
        <message>
            <source>Choose approved, approved with conditions or rejected.</source>
            <translation>Escolha aprovado, aprovado com condições ou rejeitado.</translation>
        </message>
        <message>
            <source>Choose approved, approved_with_conditions or rejected.</source>
            <translation>Escolha approved, approved_with_conditions ou rejected.</translation>
        </message>
        <message>
            <source>Choose at least one safeguard or write down the conditions.</source>
            <translation>Escolha pelo menos uma salvaguarda ou escreva as condições.</translation>
        </message>
        <message>
            <source>Choose distributor or reseller.</source>
            <translation>Escolha distribuidor ou revendedor.</translation>
        </message>
        <message>
            <source>Choose how you sell.</source>
            <translation>Escolha como você vende.</translation>
        </message>
        <message>
            <source>Choose one of: {choices}.</source>
            <translation>Escolha uma destas opções: {choices}.</translation>
        </message>
        <message>
            <source>Choose one: this is needed before the policy can be adopted.</source>
            <translation>Escolha uma opção: isto é necessário antes de adotar a política.</translation>
        </message>
        <message>
            <source>Choose password or OAuth2 sign-in.</source>
            <translation>Escolha senha ou início de sessão OAuth2.</translation>
        </message>
        <message>
            <source>Choose pdf, html or txt.</source>
            <translation>Escolha pdf, html ou txt.</translation>
        </message>
        <message>
            <source>Choose the column that holds the order reference.</source>
            <translation>Escolha a coluna que contém a referência do pedido.</translation>
        </message>
        <message>
            <source>Choose the country your company is based in.</source>
            <translation>Escolha o país onde a sua empresa está sediada.</translation>
        </message>
        <message>
            <source>Choose the date of the next review, usually one year after approval.</source>
            <translation>Escolha a data da próxima revisão, normalmente um ano depois da aprovação.</translation>
        </message>
        <message>
            <source>Choose the order or the customer this is about.</source>
            <translation>Escolha o pedido ou o cliente a que isto se refere.</translation>
        </message>
        <message>
            <source>Choose the product's category.</source>
            <translation>Escolha a categoria do produto.</translation>
        </message>
        <message>
            <source>Choose the size of your company.</source>
            <translation>Escolha o porte da sua empresa.</translation>
        </message>
        <message>
            <source>Choose what you recommend: approve, approve with conditions, reject, or no recommendation.</source>
            <translation>Escolha o que você recomenda: aprovar, aprovar com condições, rejeitar ou sem recomendação.</translation>
        </message>
        <message>
            <source>Choose who received the policy: {choices}.</source>
            <translation>Escolha quem recebeu a política: {choices}.</translation>
        </message>
        <message>
            <source>Concerned: {names}.</source>
            <translation>Afetados: {names}.</translation>
        </message>
        <message>
            <source>Conditions only go with an approval with conditions; this answer is {outcome}. Nothing was recorded: leave the conditions out, or choose approved with conditions.</source>
            <translation>Condições só se aplicam a uma aprovação com condições; esta resposta é “{outcome}”. Nada foi registrado: deixe as condições de fora ou escolha “aprovado com condições”.</translation>
        </message>
        <message>
            <source>Confirmed the same party by {who} on {date}: {reason}</source>
            <translation>Confirmada como a mesma parte por {who} em {date}: {reason}</translation>
        </message>
        <message>
            <source>Consignee country (if not the destination)</source>
            <translation>País do consignatário (se não for o destino)</translation>
        </message>
        <message>
            <source>Consignee name (company receiving the goods)</source>
            <translation>Nome do consignatário (empresa que recebe a mercadoria)</translation>
        </message>
        <message>
            <source>Consignee person name (where no company is given)</source>
            <translation>Nome da pessoa consignatária (quando não há empresa)</translation>
        </message>
        <message>
            <source>Contradicts: the country {country} is not the entry's ({countries}).</source>
            <translation>Contradiz: o país {country} não é o da entrada ({countries}).</translation>
        </message>
        <message>
            <source>Contradicts: the list calls the matched name a weak alias.</source>
            <translation>Contradiz: a lista chama o nome correspondente de alias fraco.</translation>
        </message>
        <message>
            <source>Contradicts: the party is {kind}, the entry {listed}.</source>
            <translation>Contradiz: a parte é {kind}, a entrada {listed}.</translation>
        </message>
        <message>
            <source>Corroborates: both are {kind}.</source>
            <translation>Corrobora: ambas são {kind}.</translation>
        </message>
        <message>
            <source>Corroborates: the country {country} is the entry's ({countries}).</source>
            <translation>Corrobora: o país {country} é o da entrada ({countries}).</translation>
        </message>
        <message>
            <source>Could not check that the server is really {host} (its certificate was refused): nothing was fetched. {stay}</source>
            <translation>Não foi possível verificar que o servidor é realmente {host} (o certificado foi recusado): nada foi baixado. {stay}</translation>
        </message>
        <message>
            <source>Could not fetch the list from {host} ({error}). {stay}</source>
            <translation>Não foi possível baixar a lista de {host} ({error}). {stay}</translation>
        </message>
        <message>
            <source>Could not reach {host}: it refused the connection (the computer may be offline, or the address is wrong). {stay}</source>
            <translation>Não foi possível alcançar {host}: ele recusou a conexão (o computador pode estar sem internet, ou o endereço está errado). {stay}</translation>
        </message>
        <message>
            <source>Could not reach {host}: the computer seems to be offline. {stay}</source>
            <translation>Não foi possível alcançar {host}: o computador parece estar sem internet. {stay}</translation>
        </message>
        <message>
            <source>Country tiers</source>
            <translation>Níveis dos países</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moeda</translation>
        </message>
        <message>
            <source>Customer country</source>
            <translation>País do cliente</translation>
        </message>
        <message>
            <source>Customer details filled in from the catalog: {names}.</source>
            <translation>Dados de clientes preenchidos a partir do catálogo: {names}.</translation>
        </message>
        <message>
            <source>Customer identified</source>
            <translation>Cliente identificado</translation>
        </message>
        <message>
            <source>Customer name</source>
            <translation>Nome do cliente</translation>
        </message>
        <message>
            <source>Customer person name (where no company is given)</source>
            <translation>Nome da pessoa cliente (quando não é indicada empresa)</translation>
        </message>
        <message>
            <source>Customer sector</source>
            <translation>Setor do cliente</translation>
        </message>
        <message>
            <source>Customer type</source>
            <translation>Tipo de cliente</translation>
        </message>
        <message>
            <source>Customer types</source>
            <translation>Tipos de cliente</translation>
        </message>
        <message>
            <source>Customer {customer} does not exist.</source>
            <translation>O cliente {customer} não existe.</translation>
        </message>
        <message>
            <source>Daily digest of {day} put in the outbox to {to}: {overdue} overdue, {waiting} waiting.</source>
            <translation>Resumo diário de {day} colocado na caixa de saída para {to}: {overdue} em atraso, {waiting} pendentes.</translation>
        </message>
        <message>
            <source>Daily digest put in the outbox to {to}.</source>
            <translation>Resumo diário colocado na caixa de saída para {to}.</translation>
        </message>
        <message>
            <source>Date of birth on the list: {dates}; the order holds none to compare.</source>
            <translation>Data de nascimento na lista: {dates}; o pedido não tem nenhuma para comparar.</translation>
        </message>
        <message>
            <source>Deciding about orders</source>
            <translation>Decidir sobre pedidos</translation>
        </message>
        <message>
            <source>Decision to {outcome} by {who}, approved by {approver}.</source>
            <translation>Decisão de {outcome} tomada por {who}, aprovada por {approver}.</translation>
        </message>
        <message>
            <source>Decision to {outcome} by {who}.</source>
            <translation>Decisão de {outcome} tomada por {who}.</translation>
        </message>
        <message>
            <source>Describe what you saw, in a few sentences.</source>
            <translation>Descreva o que você viu, em poucas frases.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>Destination country</source>
            <translation>País de destino</translation>
        </message>
        <message>
            <source>Due diligence report for {period} prepared for {distributor}.</source>
            <translation>Relatório de diligência devida de {period} preparado para {distributor}.</translation>
        </message>
        <message>
            <source>Due diligence report put in the outbox to {to}; it is sent as soon as possible.</source>
            <translation>Relatório de diligência devida colocado na caixa de saída para {to}; é enviado assim que possível.</translation>
        </message>
        <message>
            <source>Due diligence report saved as {file}.</source>
            <translation>Relatório de diligência devida guardado como {file}.</translation>
        </message>
        <message>
            <source>E-mail sending is not set up yet.</source>
            <translation>O envio de e-mail ainda não está configurado.</translation>
        </message>
        <message>
            <source>EU consolidated financial sanctions list</source>
            <translation>Lista consolidada de sanções financeiras da UE</translation>
        </message>
        <message>
            <source>End user country</source>
            <translation>País do usuário final</translation>
        </message>
        <message>
            <source>End user name</source>
            <translation>Nome do usuário final</translation>
        </message>
        <message>
            <source>End user named</source>
            <translation>Utilizador final indicado</translation>
        </message>
        <message>
            <source>End user type</source>
            <translation>Tipo de usuário final</translation>
        </message>
        <message>
            <source>Enter a date: this is needed before the policy can be adopted.</source>
            <translation>Informe uma data: isto é necessário antes de adotar a política.</translation>
        </message>
        <message>
            <source>Enter a reference for the order.</source>
            <translation>Informe uma referência para o pedido.</translation>
        </message>
        <message>
            <source>Enter at least one address the daily digest goes to.</source>
            <translation>Indique pelo menos um endereço para onde enviar o resumo diário.</translation>
        </message>
        <message>
            <source>Enter the address the e-mails come from.</source>
            <translation>Informe o endereço do remetente dos e-mails.</translation>
        </message>
        <message>
            <source>Enter the approver's job title.</source>
            <translation>Informe o cargo de quem aprova.</translation>
        </message>
        <message>
            <source>Enter the conditions of the approval, one a line.</source>
            <translation>Informe as condições da aprovação, uma por linha.</translation>
        </message>
        <message>
            <source>Enter the customer's name.</source>
            <translation>Informe o nome do cliente.</translation>
        </message>
        <message>
            <source>Enter the date of the acknowledgement.</source>
            <translation>Informe a data da confirmação de leitura.</translation>
        </message>
        <message>
            <source>Enter the date of the answer.</source>
            <translation>Informe a data da resposta.</translation>
        </message>
        <message>
            <source>Enter the date the policy was approved.</source>
            <translation>Informe a data em que a política foi aprovada.</translation>
        </message>
        <message>
            <source>Enter the date the policy was sent or shown.</source>
            <translation>Informe a data em que a política foi enviada ou mostrada.</translation>
        </message>
        <message>
            <source>Enter the distributor's e-mail address for escalations.</source>
            <translation>Informe o endereço de e-mail do distribuidor para encaminhamentos.</translation>
        </message>
        <message>
            <source>Enter the distributor's name.</source>
            <translation>Informe o nome do distribuidor.</translation>
        </message>
        <message>
            <source>Enter the distributor's reference.</source>
            <translation>Informe a referência do distribuidor.</translation>
        </message>
        <message>
            <source>Enter the mail server's name, e.g. smtp.example.com.</source>
            <translation>Informe o nome do servidor de e-mail, por exemplo smtp.example.com.</translation>
        </message>
        <message>
            <source>Enter the name of the person who approves high-risk sales.</source>
            <translation>Informe o nome da pessoa que aprova as vendas de alto risco.</translation>
        </message>
        <message>
            <source>Enter the name of the senior person who approved the policy (owner, managing director or board).</source>
            <translation>Informe o nome da pessoa da direção que aprovou a política (proprietário, diretor-geral ou conselho).</translation>
        </message>
        <message>
            <source>Enter the order date.</source>
            <translation>Informe a data do pedido.</translation>
        </message>
        <message>
            <source>Enter the person's e-mail address.</source>
            <translation>Informe o endereço de e-mail da pessoa.</translation>
        </message>
        <message>
            <source>Enter the person's name.</source>
            <translation>Informe o nome da pessoa.</translation>
        </message>
        <message>
            <source>Enter the product's SKU.</source>
            <translation>Informe o SKU do produto.</translation>
        </message>
        <message>
            <source>Enter the product's name.</source>
            <translation>Informe o nome do produto.</translation>
        </message>
        <message>
            <source>Enter when you saw it (not a future date).</source>
            <translation>Informe quando você viu (não uma data futura).</translation>
        </message>
        <message>
            <source>Enter who decided at the distributor.</source>
            <translation>Informe quem decidiu no distribuidor.</translation>
        </message>
        <message>
            <source>Enter who decided.</source>
            <translation>Indique quem decidiu.</translation>
        </message>
        <message>
            <source>Enter who received the policy (a name, a team or a web address).</source>
            <translation>Informe quem recebeu a política (um nome, uma equipe ou um endereço web).</translation>
        </message>
        <message>
            <source>Enter your company's name.</source>
            <translation>Informe o nome da sua empresa.</translation>
        </message>
        <message>
            <source>Enter your reference for this answer.</source>
            <translation>Indique a sua referência para esta resposta.</translation>
        </message>
        <message>
            <source>Entry {entry} is not on the newest {list} list (of {date}): it was taken off the list or never was on it, so there is nothing to review.</source>
            <translation>A entrada {entry} não está na lista {list} mais recente (de {date}): foi retirada da lista ou nunca lá esteve, por isso não há nada a rever.</translation>
        </message>
        <message>
            <source>Escalating orders</source>
            <translation>Encaminhar pedidos</translation>
        </message>
        <message>
            <source>Escalation packet put in the outbox to {to}; it is sent as soon as possible.</source>
            <translation>Pacote de encaminhamento colocado na caixa de saída para {to}; ele é enviado assim que possível.</translation>
        </message>
        <message>
            <source>Escalation packet put in the outbox; it is sent as soon as possible.</source>
            <translation>Pacote de encaminhamento colocado na caixa de saída; ele é enviado assim que possível.</translation>
        </message>
        <message>
            <source>Escalation packet saved as {file}.</source>
            <translation>Pacote de encaminhamento salvo como {file}.</translation>
        </message>
        <message>
            <source>Escalation packet {packet} prepared for {to}.</source>
            <translation>Pacote de encaminhamento {packet} preparado para {to}.</translation>
        </message>
        <message>
            <source>Escalation packet {packet} prepared.</source>
            <translation>Pacote de encaminhamento {packet} preparado.</translation>
        </message>
        <message>
            <source>Fill this in: it is needed before the policy can be adopted.</source>
            <translation>Preencha este campo: isto é necessário antes de adotar a política.</translation>
        </message>
        <message>
            <source>Follow-up done: {text}</source>
            <translation>Acompanhamento feito: {text}</translation>
        </message>
        <message>
            <source>Follow-up done: {text} ({note})</source>
            <translation>Acompanhamento feito: {text} ({note})</translation>
        </message>
        <message>
            <source>Follow-up due {date}: {text}</source>
            <translation>Acompanhamento previsto para {date}: {text}</translation>
        </message>
        <message>
            <source>Give the number of days as a whole number from {low} to {high}.</source>
            <translation>Informe o número de dias como um número inteiro de {low} a {high}.</translation>
        </message>
        <message>
            <source>Government function</source>
            <translation>Função governamental</translation>
        </message>
        <message>
            <source>Government functions</source>
            <translation>Funções governamentais</translation>
        </message>
        <message>
            <source>Help: {url}</source>
            <translation>Ajuda: {url}</translation>
        </message>
        <message>
            <source>How: {url}</source>
            <translation>Como fazer: {url}</translation>
        </message>
        <message>
            <source>If the browser does not open, open this address:</source>
            <translation>Se o navegador não abrir, abra este endereço:</translation>
        </message>
        <message>
            <source>If the login is refused, your administrator must allow "Authenticated SMTP" for this mailbox in Microsoft 365.</source>
            <translation>Se o login for recusado, o seu administrador precisa permitir "SMTP autenticado" para esta caixa de correio no Microsoft 365.</translation>
        </message>
        <message>
            <source>Imported from {file} with 1 order.</source>
            <translation>Importado de {file} com 1 pedido.</translation>
        </message>
        <message>
            <source>Imported from {file} with {count} orders.</source>
            <translation>Importado de {file} com {count} pedidos.</translation>
        </message>
        <message>
            <source>Informed by relevant internal and/or external expertise</source>
            <translation>Baseada em conhecimento interno e/ou externo pertinente</translation>
        </message>
        <message>
            <source>Intended use</source>
            <translation>Uso previsto</translation>
        </message>
        <message>
            <source>Intended use in the customer's words</source>
            <translation>Utilização prevista nas palavras do cliente</translation>
        </message>
        <message>
            <source>It changes nothing compared with the pack in use.</source>
            <translation>Ele não altera nada em relação ao pacote em uso.</translation>
        </message>
        <message>
            <source>It is not a packet: there is no manifest.json.</source>
            <translation>Não é um pacote: não há manifest.json.</translation>
        </message>
        <message>
            <source>It is not signed: there is no signature.</source>
            <translation>Não está assinado: não há assinatura.</translation>
        </message>
        <message>
            <source>It is signed by another key (fingerprint {theirs}, naming {signer}), not by {owner}'s key (fingerprint {ours}).</source>
            <translation>Está assinado com outra chave (impressão digital {theirs}, em nome de {signer}), não com a chave de {owner} (impressão digital {ours}).</translation>
        </message>
        <message>
            <source>It was altered after signing: it is not what {owner} signed.</source>
            <translation>Foi alterado depois de assinado: não é o que {owner} assinou.</translation>
        </message>
        <message>
            <source>It was altered after signing: {files} differ from what {owner} signed (missing, changed or added).</source>
            <translation>Foi alterado depois de assinado: {files} diferem do que {owner} assinou (em falta, alterados ou acrescentados).</translation>
        </message>
        <message>
            <source>Item {item} is {length} characters long; keep each item to {limit} characters or split it in two.</source>
            <translation>O item {item} tem {length} caracteres; limite cada item a {limit} caracteres ou divida-o em dois.</translation>
        </message>
        <message>
            <source>Keep it under {limit} characters; add longer documents as evidence files.</source>
            <translation>Mantenha abaixo de {limit} caracteres; adicione documentos mais longos como arquivos de evidências.</translation>
        </message>
        <message>
            <source>Log in with the part of your address before the @ and your mail password.</source>
            <translation>Entre com a parte do seu endereço antes do @ e a senha do e-mail.</translation>
        </message>
        <message>
            <source>Log in with your full e-mail address and your mail password.</source>
            <translation>Entre com o seu endereço de e-mail completo e a senha do e-mail.</translation>
        </message>
        <message>
            <source>Managing criteria packs</source>
            <translation>Gerenciar pacotes de critérios</translation>
        </message>
        <message>
            <source>Managing lists</source>
            <translation>Gerenciar listas</translation>
        </message>
        <message>
            <source>Managing people</source>
            <translation>Gerenciar pessoas</translation>
        </message>
        <message>
            <source>Message {message} is being sent right now: it cannot be changed.</source>
            <translation>A mensagem {message} está a ser enviada neste momento: não pode ser alterada.</translation>
        </message>
        <message>
            <source>Message {message} is still queued: the next send tries it.</source>
            <translation>A mensagem {message} continua na fila: o próximo envio tenta enviá-la.</translation>
        </message>
        <message>
            <source>Message {message} was cancelled: it is never sent.</source>
            <translation>A mensagem {message} foi cancelada: nunca é enviada.</translation>
        </message>
        <message>
            <source>Message {message} was sent: it cannot be changed any more.</source>
            <translation>A mensagem {message} foi enviada: já não pode ser alterada.</translation>
        </message>
        <message>
            <source>Missing information</source>
            <translation>Falta de informação</translation>
        </message>
        <message>
            <source>Misuse report sent to {to}.</source>
            <translation>Comunicação de uso indevido enviada para {to}.</translation>
        </message>
        <message>
            <source>Name at least one condition or safeguard you propose.</source>
            <translation>Indique pelo menos uma condição ou salvaguarda que você propõe.</translation>
        </message>
        <message>
            <source>Name the distributor the desk's key speaks for (for example TechDistri Europe).</source>
            <translation>Indique o distribuidor em nome do qual fala a chave do posto (por exemplo TechDistri Europe).</translation>
        </message>
        <message>
            <source>Negation words</source>
            <translation>Palavras de negação</translation>
        </message>
        <message>
            <source>New matches: {new_match}; new possible matches: {new_possible_match}; matches gone: {match_gone}; matches now only possible: {weaker}.</source>
            <translation>Novas correspondências: {new_match}; novas correspondências possíveis: {new_possible_match}; correspondências desaparecidas: {match_gone}; correspondências agora apenas possíveis: {weaker}.</translation>
        </message>
        <message>
            <source>No criteria pack is active.</source>
            <translation>Nenhum pacote de critérios está ativo.</translation>
        </message>
        <message>
            <source>No criteria pack is active: import one (File &gt; Criteria pack).</source>
            <translation>Nenhum pacote de critérios está ativo: importe um (Arquivo &gt; Pacote de critérios).</translation>
        </message>
        <message>
            <source>No criteria pack with SHA-256 {sha256}.</source>
            <translation>Não há pacote de critérios com o SHA-256 {sha256}.</translation>
        </message>
        <message>
            <source>No distributor is called "{name}": the company profile lists {names}.</source>
            <translation>Nenhum distribuidor se chama "{name}": o perfil da empresa indica {names}.</translation>
        </message>
        <message>
            <source>No escalation packet {packet} was sent from here: the decision file is for another packet.</source>
            <translation>Nenhum pacote de encaminhamento {packet} foi enviado daqui: o arquivo de decisão é de outro pacote.</translation>
        </message>
        <message>
            <source>No human rights policy has been adopted yet: adopt one in the app (Policy &gt; Human rights policy), or export the draft with --draft.</source>
            <translation>Ainda não foi adotada nenhuma política de direitos humanos: adote uma no aplicativo (Política &gt; Política de direitos humanos) ou exporte o rascunho com --draft.</translation>
        </message>
        <message>
            <source>No human rights policy is adopted yet.</source>
            <translation>Ainda não foi adotada nenhuma política de direitos humanos.</translation>
        </message>
        <message>
            <source>No key of {name} is pinned: its unsigned decision files are accepted with a warning already. Pin its key first.</source>
            <translation>Nenhuma chave de {name} está fixada: os seus ficheiros de decisão não assinados já são aceites com um aviso. Fixe primeiro a sua chave.</translation>
        </message>
        <message>
            <source>No key of {reseller} is pinned on this desk, so its signature cannot be checked; the files match the manifest. Pin the reseller's key after comparing its fingerprint.</source>
            <translation>Nenhuma chave de {reseller} está fixada neste posto, por isso a sua assinatura não pode ser verificada; os ficheiros correspondem ao manifesto. Fixe a chave do revendedor depois de comparar a sua impressão digital.</translation>
        </message>
        <message>
            <source>No pack is installed yet: this one will be used.</source>
            <translation>Ainda não há nenhum pacote instalado: este será usado.</translation>
        </message>
        <message>
            <source>No packet {packet} was received on this desk.</source>
            <translation>Nenhum pacote {packet} foi recebido neste posto.</translation>
        </message>
        <message>
            <source>No password is stored for this server: enter it to send.</source>
            <translation>Não há senha guardada para este servidor: informe-a para enviar.</translation>
        </message>
        <message>
            <source>No password is stored for {user} on {host}: enter it to send.</source>
            <translation>Não há senha guardada para {user} em {host}: informe-a para enviar.</translation>
        </message>
        <message>
            <source>No policy: no human rights policy version was adopted by {date}.</source>
            <translation>Sem política: nenhuma versão da política de direitos humanos tinha sido adotada até {date}.</translation>
        </message>
        <message>
            <source>No restricted-party list is imported: parties are not checked against sanctions lists.</source>
            <translation>Nenhuma lista de partes restritas foi importada: as partes não são verificadas contra listas de sanções.</translation>
        </message>
        <message>
            <source>No row of {file} is split into the columns its first row names ({columns} columns, separated by {separators}); row {row}: {reason}. Nothing was imported: save or export the file again as CSV.</source>
            <translation>Nenhuma linha de {file} está dividida nas colunas que a primeira linha nomeia ({columns} colunas, separadas por {separators}); linha {row}: {reason}. Nada foi importado: guarde ou exporte de novo o ficheiro como CSV.</translation>
        </message>
        <message>
            <source>No sanctions list is imported yet: import the OFAC, UN, EU or UK list first (reseller-app lists import FILE, or Sanctions lists in the app).</source>
            <translation>Ainda não foi importada nenhuma lista de sanções: importe primeiro a lista da OFAC, ONU, UE ou Reino Unido (reseller-app lists import FILE, ou Listas de sanções na aplicação).</translation>
        </message>
        <message>
            <source>No sanctions list is imported: the customers were not checked.</source>
            <translation>Nenhuma lista de sanções está importada: os clientes não foram verificados.</translation>
        </message>
        <message>
            <source>No sanctions result changed.</source>
            <translation>Nenhum resultado de sanções mudou.</translation>
        </message>
        <message>
            <source>No use case is tagged.</source>
            <translation>Nenhum caso de utilização está assinalado.</translation>
        </message>
        <message>
            <source>No {list} list is imported: import it before reviewing its entries.</source>
            <translation>Nenhuma lista {list} foi importada: importe-a antes de rever as suas entradas.</translation>
        </message>
        <message>
            <source>Nobody with the e-mail address {email} is in the list of people.</source>
            <translation>Não há ninguém com o endereço de e-mail {email} na lista de pessoas.</translation>
        </message>
        <message>
            <source>Not compared: the party has no country; the entry names {countries}.</source>
            <translation>Não comparado: a parte não tem país; a entrada indica {countries}.</translation>
        </message>
        <message>
            <source>Not every checklist question is answered yes or no.</source>
            <translation>Nem todas as perguntas da lista de verificação têm resposta sim ou não.</translation>
        </message>
        <message>
            <source>Nothing answers at {host} on port {port}. Check the port (usually 587 for STARTTLS, 465 for SSL) and that a firewall lets the app out.</source>
            <translation>Nada responde em {host} na porta {port}. Verifique a porta (normalmente 587 para STARTTLS, 465 para SSL) e se um firewall deixa o aplicativo sair.</translation>
        </message>
        <message>
            <source>Nothing more was sent: the mail server cannot be reached or the secure connection failed ({reason}). Every message stays queued. Check the server, port and security in Settings (mail server), or the network.</source>
            <translation>Nada mais foi enviado: não é possível chegar ao servidor de correio ou a ligação segura falhou ({reason}). Todas as mensagens continuam na fila. Verifique o servidor, a porta e a segurança em Definições (servidor de correio), ou a rede.</translation>
        </message>
        <message>
            <source>Nothing more was sent: the mail server refused the login of {user} ({reason}). Every message stays queued. Correct the user name or password in Settings (mail server), then send again.</source>
            <translation>Nada mais foi enviado: o servidor de correio recusou o início de sessão de {user} ({reason}). Todas as mensagens continuam na fila. Corrija o nome de utilizador ou a palavra-passe em Definições (servidor de correio) e envie de novo.</translation>
        </message>
        <message>
            <source>Nothing more was sent: the mail server refused the login of {user} with the password given ({reason}). Every message stays queued. Check the password, or the user name in Settings (mail server).</source>
            <translation>Nada mais foi enviado: o servidor de correio recusou o início de sessão de {user} com a palavra-passe indicada ({reason}). Todas as mensagens continuam na fila. Verifique a palavra-passe, ou o nome de utilizador em Definições (servidor de correio).</translation>
        </message>
        <message>
            <source>Nothing more was sent: the mail server refused the login of {user} with the password in the environment variable {variable} ({reason}). Every message stays queued. Correct the password there, or the user name in Settings (mail server).</source>
            <translation>Nada mais foi enviado: o servidor de correio recusou o início de sessão de {user} com a palavra-passe da variável de ambiente {variable} ({reason}). Todas as mensagens continuam na fila. Corrija aí a palavra-passe, ou o nome de utilizador em Definições (servidor de correio).</translation>
        </message>
        <message>
            <source>Nothing more was sent: the mail server wants a login ({reason}). Every message stays queued. Enter the user name and password in Settings (mail server), then send again.</source>
            <translation>Nada mais foi enviado: o servidor de correio pede um início de sessão ({reason}). Todas as mensagens continuam na fila. Introduza o nome de utilizador e a palavra-passe em Definições (servidor de correio) e envie de novo.</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Nada foi importado.</translation>
        </message>
        <message>
            <source>Nothing was recorded.</source>
            <translation>Nada foi registado.</translation>
        </message>
        <message>
            <source>Nothing was restored: the current database could not be copied aside first ({error}).</source>
            <translation>Nada foi restaurado: não foi possível copiar antes o banco de dados atual à parte ({error}).</translation>
        </message>
        <message>
            <source>Nothing was saved: {reason}. Try again, and tell your IT contact if it happens again.</source>
            <translation>Nada foi salvo: {reason}. Tente de novo e, se acontecer outra vez, avise o seu contato de TI.</translation>
        </message>
        <message>
            <source>OFAC SDN list</source>
            <translation>Lista SDN da OFAC</translation>
        </message>
        <message>
            <source>Only a decision to proceed with a {tier}-risk order waits for the senior approver; order {reference} needs no approval for this decision: record it directly.</source>
            <translation>Só a decisão de avançar com uma encomenda de risco {tier} aguarda o aprovador principal; a encomenda {reference} não precisa de aprovação para esta decisão: registe-a diretamente.</translation>
        </message>
        <message>
            <source>Only an adopted policy can be communicated: adopt the draft first.</source>
            <translation>Só uma política adotada pode ser comunicada: adote primeiro o rascunho.</translation>
        </message>
        <message>
            <source>Only the senior approver, {approver}, can approve a {tier}-risk order: type their name once they have approved it.</source>
            <translation>Somente o aprovador da direção, {approver}, pode aprovar um pedido de risco {tier}: digite o nome dessa pessoa depois que ela tiver aprovado.</translation>
        </message>
        <message>
            <source>Only {person}, who is signed in at this desk, can approve here; {approver} approves at their own desk.</source>
            <translation>Só {person}, que tem sessão iniciada neste posto, pode aprovar aqui; {approver} aprova no seu próprio posto.</translation>
        </message>
        <message>
            <source>Open {app} to deal with them.</source>
            <translation>Abra o {app} para tratar deles.</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Data do pedido</translation>
        </message>
        <message>
            <source>Order reference</source>
            <translation>Referência do pedido</translation>
        </message>
        <message>
            <source>Order {order} does not exist.</source>
            <translation>O pedido {order} não existe.</translation>
        </message>
        <message>
            <source>Order {reference} changed after approval was asked (it was edited, screened again or decided on): the request is stale and cannot be approved. Ask for approval again.</source>
            <translation>A encomenda {reference} mudou depois de pedida a aprovação (foi editada, avaliada de novo ou decidida): o pedido está desatualizado e não pode ser aprovado. Peça a aprovação de novo.</translation>
        </message>
        <message>
            <source>Order {reference} edited and screened again: {tier}, {status}.</source>
            <translation>Pedido {reference} editado e submetido de novo à triagem: {tier}, {status}.</translation>
        </message>
        <message>
            <source>Order {reference} entered and screened: {tier}, {status}.</source>
            <translation>Pedido {reference} registrado e submetido à triagem: {tier}, {status}.</translation>
        </message>
        <message>
            <source>Order {reference} has no screening.</source>
            <translation>O pedido {reference} não tem triagem.</translation>
        </message>
        <message>
            <source>Order {reference} has not been screened.</source>
            <translation>O pedido {reference} não passou pela triagem.</translation>
        </message>
        <message>
            <source>Order {reference} is already waiting for approval (asked by {person}).</source>
            <translation>A encomenda {reference} já aguarda aprovação (pedida por {person}).</translation>
        </message>
        <message>
            <source>Order {reference} is {status}: it cannot be escalated.</source>
            <translation>O pedido {reference} está {status}: não pode ser encaminhado.</translation>
        </message>
        <message>
            <source>Order {reference} names no {role} to review.</source>
            <translation>A encomenda {reference} não indica nenhum {role} a rever.</translation>
        </message>
        <message>
            <source>Order {reference} screened again with the current catalog and criteria pack: {tier}, {status}.</source>
            <translation>Pedido {reference} submetido de novo à triagem com o catálogo e o pacote de critérios atuais: {tier}, {status}.</translation>
        </message>
        <message>
            <source>Order {reference} was changed after packet {packet} was built and now asks for a prohibited use: nobody can approve it, it can only be declined. Nothing was recorded.</source>
            <translation>O pedido {reference} foi alterado depois que o pacote {packet} foi montado e agora é para um uso proibido: ninguém pode aprová-lo, ele só pode ser recusado. Nada foi registrado.</translation>
        </message>
        <message>
            <source>Order {reference} was changed after packet {packet} was built: it is now screened {tier}, not as the distributor saw it. Nothing was recorded; build and send a new packet for the order as it is now.</source>
            <translation>O pedido {reference} foi alterado depois que o pacote {packet} foi montado: a triagem agora dá o nível de risco {tier}, diferente do que o distribuidor viu. Nada foi registrado; monte e envie um novo pacote para o pedido como está agora.</translation>
        </message>
        <message>
            <source>Order {refs} has been held for more than {days} days without a decision.</source>
            <translation>O pedido {refs} está retido há mais de {days} dias sem decisão.</translation>
        </message>
        <message>
            <source>Orders named: {refs}</source>
            <translation>Encomendas referidas: {refs}</translation>
        </message>
        <message>
            <source>Orders: {refs}</source>
            <translation>Encomendas: {refs}</translation>
        </message>
        <message>
            <source>Other users of this computer can read the password file {file}: make it readable by you only (chmod 600 {file}) and try again.</source>
            <translation>Outros utilizadores deste computador podem ler o ficheiro da palavra-passe {file}: torne-o legível só por si (chmod 600 {file}) e tente de novo.</translation>
        </message>
        <message>
            <source>Overdue ({count}):</source>
            <translation>Em atraso ({count}):</translation>
        </message>
        <message>
            <source>Packet {packet} ({reseller}, order {reference}) is not answered yet: record the answer first.</source>
            <translation>O pacote {packet} ({reseller}, pedido {reference}) ainda não foi respondido: registre a resposta primeiro.</translation>
        </message>
        <message>
            <source>Packet {packet} ({reseller}, order {reference}) was already answered ({outcome}, reference {their_reference}, by {person}). Nothing was written.</source>
            <translation>O pacote {packet} ({reseller}, encomenda {reference}) já foi respondido ({outcome}, referência {their_reference}, por {person}). Nada foi escrito.</translation>
        </message>
        <message>
            <source>Packet {packet} has no file {name}.</source>
            <translation>O pacote {packet} não tem o arquivo {name}.</translation>
        </message>
        <message>
            <source>Packet {packet} is not the latest escalation of order {reference}: packet {latest} of {date} replaced it. Nothing was recorded; record the answer to the latest packet.</source>
            <translation>O pacote {packet} não é o encaminhamento mais recente do pedido {reference}: o pacote {latest}, de {date}, o substituiu. Nada foi registrado; registre a resposta ao pacote mais recente.</translation>
        </message>
        <message>
            <source>Packet {packet} of {reseller} was received before with other content (manifest SHA-256 {before}…, now {now}…). Nothing was changed; ask the reseller which one holds.</source>
            <translation>O pacote {packet} de {reseller} foi recebido antes com outro conteúdo (SHA-256 do manifesto {before}…, agora {now}…). Nada foi alterado; pergunte ao revendedor qual é o válido.</translation>
        </message>
        <message>
            <source>Packet {packet} was answered meanwhile. Nothing was recorded.</source>
            <translation>O pacote {packet} foi respondido entretanto. Nada foi registado.</translation>
        </message>
        <message>
            <source>Packet {packet} was built here but never sent: it was not e-mailed or saved to send another way, so the distributor cannot have answered it. Nothing was recorded; send the packet first.</source>
            <translation>O pacote {packet} foi montado aqui, mas nunca foi enviado: não foi mandado por e-mail nem salvo para envio por outro meio, por isso o distribuidor não pode tê-lo respondido. Nada foi registrado; envie primeiro o pacote.</translation>
        </message>
        <message>
            <source>Packets will not be signed on this computer until the administrator is set up: it has no system keyring (password store), so the company's signing key will be kept in a file encrypted with the administrator's passphrase.</source>
            <translation>Os pacotes não serão assinados neste computador até que o administrador seja configurado: não tem porta-chaves do sistema (cofre de senhas), por isso a chave de assinatura da empresa será guardada num ficheiro cifrado com a frase-passe do administrador.</translation>
        </message>
        <message>
            <source>Packets will not be signed on this computer: it has no system keyring (password store) to keep the company's signing key. Everything else works; sign packets from a computer with a keyring.</source>
            <translation>Os pacotes não serão assinados neste computador: ele não tem chaveiro do sistema (cofre de senhas) para guardar a chave de assinatura da empresa. Todo o resto funciona; assine os pacotes em um computador com chaveiro.</translation>
        </message>
        <message>
            <source>People are already set up: an administrator adds people in the list of people.</source>
            <translation>As pessoas já estão configuradas: um administrador adiciona pessoas na lista de pessoas.</translation>
        </message>
        <message>
            <source>Policy communication {communication} does not exist.</source>
            <translation>A comunicação da política {communication} não existe.</translation>
        </message>
        <message>
            <source>Policy version {version} does not exist.</source>
            <translation>A versão {version} da política não existe.</translation>
        </message>
        <message>
            <source>Possible restricted party: {finding}. Review the match (the same party or not) before the order can ship.</source>
            <translation>Possível parte restrita: {finding}. Revise a correspondência (a mesma parte ou não) antes que o pedido possa ser enviado.</translation>
        </message>
        <message>
            <source>Product categories</source>
            <translation>Categorias de produto</translation>
        </message>
        <message>
            <source>Product categories filled in from the catalog: {skus}.</source>
            <translation>Categorias de produto preenchidas a partir do catálogo: {skus}.</translation>
        </message>
        <message>
            <source>Product category</source>
            <translation>Categoria de produto</translation>
        </message>
        <message>
            <source>Product {product} does not exist.</source>
            <translation>O produto {product} não existe.</translation>
        </message>
        <message>
            <source>Publicly available and communicated internally and externally</source>
            <translation>Disponível ao público e comunicada interna e externamente</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantidade</translation>
        </message>
        <message>
            <source>Q{quarter} {year}</source>
            <translation>{quarter}º trimestre de {year}</translation>
        </message>
        <message>
            <source>Recording orders</source>
            <translation>Registrar pedidos</translation>
        </message>
        <message>
            <source>Reflected in operational policies and procedures</source>
            <translation>Refletida nas políticas e nos procedimentos operacionais</translation>
        </message>
        <message>
            <source>Reminder settings saved: orders held more than {held} days, criteria pack older than {pack} days.</source>
            <translation>Definições dos lembretes guardadas: pedidos retidos há mais de {held} dias, pacote de critérios com mais de {pack} dias.</translation>
        </message>
        <message>
            <source>Reminders of follow-ups, held orders and failed messages, in the tray</source>
            <translation>Lembretes de acompanhamentos, pedidos retidos e mensagens com falha, na bandeja do sistema</translation>
        </message>
        <message>
            <source>Restoring a backup</source>
            <translation>Restaurar um backup</translation>
        </message>
        <message>
            <source>Restricted party: {finding}, a confirmed match. The order cannot proceed: decline it and tell the distributor through the misuse report or an escalation.</source>
            <translation>Parte restrita: {finding}, uma correspondência confirmada. O pedido não pode prosseguir: recuse-o e informe o distribuidor pelo relatório de uso indevido ou por um escalonamento.</translation>
        </message>
        <message>
            <source>Restricted-party lists older than {days} days: {lists}. Update them.</source>
            <translation>Listas de partes restritas com mais de {days} dias: {lists}. Atualize-as.</translation>
        </message>
        <message>
            <source>Reviewed on {date} by {who} when the party was {was}: its name or country changed since, so it is checked again.</source>
            <translation>Revisado em {date} por {who} quando a parte era {was}: o nome ou o país mudou desde então, por isso é verificada novamente.</translation>
        </message>
        <message>
            <source>Reviewed: not the same party, by {who} on {date}: {reason}</source>
            <translation>Revisado: não é a mesma parte, por {who} em {date}: {reason}</translation>
        </message>
        <message>
            <source>Row {row} of {file} cannot be read as CSV ({error}).</source>
            <translation>A linha {row} de {file} não pode ser lida como CSV ({error}).</translation>
        </message>
        <message>
            <source>Row {row} of {file} has more than {limit} characters in its {column} cell, more than a CSV cell may hold: a quotation mark is probably not closed, or the file is damaged there. Nothing was imported.</source>
            <translation>A linha {row} de {file} tem mais de {limit} caracteres na célula {column}, mais do que cabe numa célula CSV: provavelmente umas aspas não foram fechadas, ou o ficheiro está danificado aí. Nada foi importado.</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Regras</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Safeguards</source>
            <translation>Salvaguardas</translation>
        </message>
        <message>
            <source>Sales model</source>
            <translation>Modelo de venda</translation>
        </message>
        <message>
            <source>Sanctions lists: {customers} customers and {orders} open orders checked again.</source>
            <translation>Listas de sanções: {customers} clientes e {orders} encomendas abertas verificados novamente.</translation>
        </message>
        <message>
            <source>Sanctions programmes: {programs}.</source>
            <translation>Programas de sanções: {programs}.</translation>
        </message>
        <message>
            <source>Say in a sentence or two why you recommend this.</source>
            <translation>Diga em uma ou duas frases por que você recomenda isto.</translation>
        </message>
        <message>
            <source>Say what to follow up.</source>
            <translation>Diga o que acompanhar.</translation>
        </message>
        <message>
            <source>Say whether the party is the listed one (same) or not (not_same).</source>
            <translation>Diga se a parte é a da lista (same) ou não (not_same).</translation>
        </message>
        <message>
            <source>Say who approves: the approver confirms with their own passphrase.</source>
            <translation>Indique quem aprova: o aprovador confirma com a sua própria frase-passe.</translation>
        </message>
        <message>
            <source>Say who decided.</source>
            <translation>Diga quem decidiu.</translation>
        </message>
        <message>
            <source>Say who sends it back: the approver confirms with their own passphrase.</source>
            <translation>Indique quem o devolve: o aprovador confirma com a sua própria frase-passe.</translation>
        </message>
        <message>
            <source>Say why it goes back: the person who asked reads it on the order.</source>
            <translation>Diga porque é devolvido: a pessoa que pediu lê-o na encomenda.</translation>
        </message>
        <message>
            <source>Say why: e.g. other date of birth, other country, other registration number.</source>
            <translation>Diga porquê: p. ex. outra data de nascimento, outro país, outro número de registo.</translation>
        </message>
        <message>
            <source>Say why: the rationale is required.</source>
            <translation>Diga o motivo: a justificativa é obrigatória.</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Setores</translation>
        </message>
        <message>
            <source>Self-service is not allowed for this order: deciding to proceed records the sales-assisted review, and the order becomes sales-assisted.</source>
            <translation>O autoatendimento não é permitido para este pedido: decidir prosseguir registra a análise de venda assistida, e o pedido passa a ser de venda assistida.</translation>
        </message>
        <message>
            <source>Set up e-mail sending first (Settings: mail server).</source>
            <translation>Configure primeiro o envio de e-mail (Configurações: servidor de e-mail).</translation>
        </message>
        <message>
            <source>Set up the company profile first (who you are and your distributor).</source>
            <translation>Configure primeiro o perfil da empresa (quem vocês são e o seu distribuidor).</translation>
        </message>
        <message>
            <source>Settings of {provider}.</source>
            <translation>Configurações de {provider}.</translation>
        </message>
        <message>
            <source>Sign-in is available for Microsoft and Google only.</source>
            <translation>O início de sessão só está disponível para Microsoft e Google.</translation>
        </message>
        <message>
            <source>Signed by {owner} (fingerprint {fingerprint}).</source>
            <translation>Assinado por {owner} (impressão digital {fingerprint}).</translation>
        </message>
        <message>
            <source>Signed in to {provider} as {address}: e-mail is sent with this sign-in.</source>
            <translation>Sessão iniciada em {provider} como {address}: o e-mail é enviado com este início de sessão.</translation>
        </message>
        <message>
            <source>Signed in. You can close this window and go back to Channel Diligence.</source>
            <translation>Sessão iniciada. Você pode fechar esta janela e voltar ao Channel Diligence.</translation>
        </message>
        <message>
            <source>Signing in with your account (OAuth2) works too where the app offers it.</source>
            <translation>Entrar com a sua conta (OAuth2) também funciona onde o aplicativo oferecer.</translation>
        </message>
        <message>
            <source>Signing in with {provider} (OAuth2) needs a client id: your organisation registers the app with {provider} once and enters its client id in Settings &gt; E-mail (the README says how).</source>
            <translation>Iniciar sessão com {provider} (OAuth2) precisa de um ID de cliente: sua organização registra o aplicativo no {provider} uma vez e informa o ID de cliente em Configurações &gt; E-mail (o README explica como).</translation>
        </message>
        <message>
            <source>Someone with the e-mail address {email} is already in the list.</source>
            <translation>Já existe alguém com o endereço de e-mail {email} na lista.</translation>
        </message>
        <message>
            <source>Stipulates expectations of personnel, business partners and other parties directly linked to the business</source>
            <translation>Define o que se espera da equipe, dos parceiros de negócios e de outras partes diretamente ligadas à empresa</translation>
        </message>
        <message>
            <source>Stopped before the end: the customers keep their earlier checks.</source>
            <translation>Interrompido antes do fim: os clientes mantêm as verificações anteriores.</translation>
        </message>
        <message>
            <source>Stopped before the end: the customers kept their earlier checks.</source>
            <translation>Interrompido antes do fim: os clientes mantiveram as verificações anteriores.</translation>
        </message>
        <message>
            <source>That is the database in use, not a backup.</source>
            <translation>Esse é o banco de dados em uso, não um backup.</translation>
        </message>
        <message>
            <source>The acknowledgement cannot be earlier than the day the policy was sent ({date}).</source>
            <translation>A confirmação de leitura não pode ser anterior ao dia em que a política foi enviada ({date}).</translation>
        </message>
        <message>
            <source>The address of this database holds its password, and the entry that starts Channel Diligence with your session is a plain file anyone using this computer account can read. Keep the password in PostgreSQL's password file (pgpass) and start Channel Diligence with the address without it, then tick this again.</source>
            <translation>O endereço desta base de dados contém a sua senha, e a entrada que inicia o Channel Diligence com a sua sessão é um arquivo simples que qualquer pessoa que use esta conta do computador pode ler. Guarde a senha no arquivo de senhas do PostgreSQL (pgpass), inicie o Channel Diligence com o endereço sem ela e marque esta opção de novo.</translation>
        </message>
        <message>
            <source>The answer is dated {answered}, before packet {packet} was built on {built}: it cannot be the answer to this packet. Nothing was recorded; check the date.</source>
            <translation>A resposta tem a data {answered}, anterior à montagem do pacote {packet} em {built}: não pode ser a resposta a este pacote. Nada foi registrado; confira a data.</translation>
        </message>
        <message>
            <source>The answer to packet {packet} is already in the outbox to {to}.</source>
            <translation>A resposta ao pacote {packet} já está na caixa de saída para {to}.</translation>
        </message>
        <message>
            <source>The answer to packet {packet} was already sent to {to}.</source>
            <translation>A resposta ao pacote {packet} já foi enviada para {to}.</translation>
        </message>
        <message>
            <source>The answer to this packet is already recorded ({outcome}, reference {reference}).</source>
            <translation>A resposta a este pacote já está registrada ({outcome}, referência {reference}).</translation>
        </message>
        <message>
            <source>The app stopped while sending an e-mail; it is sent again.</source>
            <translation>O aplicativo parou durante o envio de um e-mail; ele será enviado de novo.</translation>
        </message>
        <message>
            <source>The approval date {date} is before the approval of version {number} ({previous}), which this version replaces: enter the day this version was approved. Nothing was adopted.</source>
            <translation>A data de aprovação {date} é anterior à aprovação da versão {number} ({previous}), que esta versão substitui: informe o dia em que esta versão foi aprovada. Nada foi adotado.</translation>
        </message>
        <message>
            <source>The approval date {date} is in the future: enter the day the policy was actually approved.</source>
            <translation>A data de aprovação {date} está no futuro: informe o dia em que a política foi de fato aprovada.</translation>
        </message>
        <message>
            <source>The approver types their own passphrase to confirm the approval.</source>
            <translation>Quem aprova escreve a sua própria frase-passe para confirmar a aprovação.</translation>
        </message>
        <message>
            <source>The audit log is empty: there is no head to sign yet.</source>
            <translation>O registo de auditoria está vazio: ainda não há cabeça para assinar.</translation>
        </message>
        <message>
            <source>The backup could not be restored ({error}). The database as it was is in {safety}.</source>
            <translation>Não foi possível restaurar o backup ({error}). O banco de dados como estava está em {safety}.</translation>
        </message>
        <message>
            <source>The backup could not be written to {folder}: {error}.</source>
            <translation>Não foi possível gravar o backup em {folder}: {error}.</translation>
        </message>
        <message>
            <source>The backup was saved as {file}, but it could not be noted in the audit log: {reason}.</source>
            <translation>O backup foi salvo como {file}, mas não foi possível anotá-lo no registro de auditoria: {reason}.</translation>
        </message>
        <message>
            <source>The browser opens for the {provider} sign-in; come back here when it says so.</source>
            <translation>O navegador abre para o início de sessão {provider}; volte aqui quando ele indicar.</translation>
        </message>
        <message>
            <source>The certificate of {host} has expired. Tell your provider or IT person; nothing is sent until it is renewed.</source>
            <translation>O certificado de {host} expirou. Avise o seu provedor ou o responsável de TI; nada é enviado até que seja renovado.</translation>
        </message>
        <message>
            <source>The certificate of {host} is not trusted by this computer. Check the server name, or ask your IT person.</source>
            <translation>Este computador não confia no certificado de {host}. Verifique o nome do servidor ou pergunte ao responsável de TI.</translation>
        </message>
        <message>
            <source>The chain head's event_hash is not a SHA-256 (64 lower-case hex digits).</source>
            <translation>O event_hash da cabeça da cadeia não é um SHA-256 (64 dígitos hexadecimais em minúsculas).</translation>
        </message>
        <message>
            <source>The chain head's key_fingerprint is not a fingerprint.</source>
            <translation>O key_fingerprint da cabeça da cadeia não é uma impressão digital.</translation>
        </message>
        <message>
            <source>The chain head's seq is not an event number.</source>
            <translation>O seq da cabeça da cadeia não é um número de evento.</translation>
        </message>
        <message>
            <source>The chain head's signed_at is not a time.</source>
            <translation>O signed_at da cabeça da cadeia não é uma hora.</translation>
        </message>
        <message>
            <source>The chain's head is not signed yet (the company's signing key is not on this computer, or nothing was signed since), so deleting the newest events would not show here.</source>
            <translation>A cabeça da cadeia ainda não está assinada (a chave de assinatura da empresa não está neste computador, ou nada foi assinado desde então), por isso a eliminação dos eventos mais recentes não se veria aqui.</translation>
        </message>
        <message>
            <source>The company profile lists no distributors: add the distributor in the app (Company profile) first.</source>
            <translation>O perfil da empresa não indica distribuidores: adicione primeiro o distribuidor na aplicação (Perfil da empresa).</translation>
        </message>
        <message>
            <source>The company's signing key (fingerprint {fingerprint}) is not in this computer's keyring, so nothing can be signed here. Sign on the computer where the key was made.</source>
            <translation>A chave de assinatura da empresa (impressão digital {fingerprint}) não está no porta-chaves deste computador, por isso nada pode ser assinado aqui. Assine no computador onde a chave foi criada.</translation>
        </message>
        <message>
            <source>The company's signing key could not be stored in the system keyring: {error}.</source>
            <translation>Não foi possível guardar a chave de assinatura da empresa no porta-chaves do sistema: {error}.</translation>
        </message>
        <message>
            <source>The company's signing key could not be written to {file}: {error}.</source>
            <translation>Não foi possível escrever a chave de assinatura da empresa em {file}: {error}.</translation>
        </message>
        <message>
            <source>The company's signing key is in a file encrypted with the passphrase of {person}, the administrator: give it once to sign in this session.</source>
            <translation>A chave de assinatura da empresa está num ficheiro cifrado com a frase-passe de {person}, o administrador: introduza-a uma vez para assinar nesta sessão.</translation>
        </message>
        <message>
            <source>The consignee is the customer or the end user already: choose the party that receives the goods for them, or none.</source>
            <translation>O consignatário já é o cliente ou o utilizador final: escolha a parte que recebe a mercadoria por eles, ou nenhuma.</translation>
        </message>
        <message>
            <source>The criteria pack '{title}', version {version}, is {days} days old (dated {date}): check for a newer one.</source>
            <translation>O pacote de critérios '{title}', versão {version}, tem {days} dias (datado de {date}): verifique se existe um mais recente.</translation>
        </message>
        <message>
            <source>The criteria pack has no question {question}.</source>
            <translation>O pacote de critérios não tem a pergunta {question}.</translation>
        </message>
        <message>
            <source>The criteria pack in use ({pack} {version}) was changed in the database after it was imported: its fingerprint no longer matches. Screening is stopped so that no order is screened with altered rules. Import the pack again from its file, or restore a backup.</source>
            <translation>O pacote de critérios em uso ({pack} {version}) foi alterado no banco de dados depois de ser importado: a sua impressão digital já não corresponde. A triagem foi interrompida para que nenhum pedido seja triado com regras alteradas. Importe novamente o pacote a partir do seu ficheiro ou restaure uma cópia de segurança.</translation>
        </message>
        <message>
            <source>The criteria pack is not signed, and no key of its issuer {name} is pinned: who wrote it cannot be proven. Import it only if you trust where it came from.</source>
            <translation>O pacote de critérios não está assinado e nenhuma chave do seu emissor {name} está fixada: não é possível provar quem o escreveu. Importe-o apenas se confiar na sua origem.</translation>
        </message>
        <message>
            <source>The criteria pack is not signed, but {name}'s key is pinned (fingerprint {fingerprint}): an unsigned pack could have been written by anyone. {nothing} Choose the pack file that came with its signature (the .sig.json file) beside it.</source>
            <translation>O pacote de critérios não está assinado, mas a chave de {name} está fixada (impressão digital {fingerprint}): um pacote não assinado pode ter sido escrito por qualquer pessoa. {nothing} Escolha o ficheiro do pacote que veio com a sua assinatura (o ficheiro .sig.json) ao lado.</translation>
        </message>
        <message>
            <source>The criteria pack is not signed; it is accepted because unsigned files from {name} are allowed (an administrator's choice).</source>
            <translation>O pacote de critérios não está assinado; é aceite porque os ficheiros não assinados de {name} são permitidos (escolha de um administrador).</translation>
        </message>
        <message>
            <source>The criteria pack is refused: {reason} {nothing}</source>
            <translation>O pacote de critérios é recusado: {reason} {nothing}</translation>
        </message>
        <message>
            <source>The criteria pack is signed by {signer} (fingerprint {fingerprint}), but no key of {signer} or of its issuer {name} is pinned, so the signature proves nothing yet. Pin the distributor's key after comparing its fingerprint.</source>
            <translation>O pacote de critérios está assinado por {signer} (impressão digital {fingerprint}), mas nenhuma chave de {signer} nem do seu emissor {name} está fixada, por isso a assinatura ainda não prova nada. Fixe a chave do distribuidor depois de comparar a sua impressão digital.</translation>
        </message>
        <message>
            <source>The criteria pack names {name} as its issuer but is signed with the key of {other} (fingerprint {fingerprint}). {nothing}</source>
            <translation>O pacote de critérios indica {name} como emissor, mas está assinado com a chave de {other} (impressão digital {fingerprint}). {nothing}</translation>
        </message>
        <message>
            <source>The criteria pack's signature cannot be read: {reason} {nothing}</source>
            <translation>A assinatura do pacote de critérios não pode ser lida: {reason} {nothing}</translation>
        </message>
        <message>
            <source>The customer is not identified: give the customer's name and country.</source>
            <translation>O cliente não está identificado: indique o nome e o país do cliente.</translation>
        </message>
        <message>
            <source>The daily digest cannot be sent: set up e-mail sending first (Settings: mail server).</source>
            <translation>O resumo diário não pode ser enviado: configure primeiro o envio de e-mail (Definições: servidor de correio).</translation>
        </message>
        <message>
            <source>The daily digest goes to nobody: enter its addresses in Settings (Daily digest).</source>
            <translation>O resumo diário não tem destinatários: indique os endereços em Definições (Resumo diário).</translation>
        </message>
        <message>
            <source>The database {database} cannot be opened: {error}.</source>
            <translation>O banco de dados {database} não pode ser aberto: {error}.</translation>
        </message>
        <message>
            <source>The database {path} is damaged, so nothing was saved. Restore the newest backup (File &gt; Restore from backup) or ask your IT contact for help.</source>
            <translation>O banco de dados {path} está danificado, por isso nada foi salvo. Restaure o backup mais recente (Arquivo &gt; Restaurar de um backup) ou peça ajuda ao seu contato de TI.</translation>
        </message>
        <message>
            <source>The database {path} is read-only, so nothing was saved. Ask your IT contact to give you write access to the file and its folder, then try again.</source>
            <translation>O banco de dados {path} é somente leitura, por isso nada foi salvo. Peça ao seu contato de TI permissão de gravação no arquivo e na pasta dele e tente de novo.</translation>
        </message>
        <message>
            <source>The date of the answer is in the future.</source>
            <translation>A data da resposta está no futuro.</translation>
        </message>
        <message>
            <source>The date {date} is before the policy was approved ({approved}).</source>
            <translation>A data {date} é anterior à aprovação da política ({approved}).</translation>
        </message>
        <message>
            <source>The date {date} is in the future.</source>
            <translation>A data {date} está no futuro.</translation>
        </message>
        <message>
            <source>The date {date} is in the future: record a communication once it has happened.</source>
            <translation>A data {date} está no futuro: registre uma comunicação depois que ela tiver acontecido.</translation>
        </message>
        <message>
            <source>The dates in {file} are not in the order chosen: {date} can only be day first. Choose day first, or leave the choice to the file.</source>
            <translation>As datas de {file} não estão na ordem escolhida: {date} só pode ser dia primeiro. Escolha dia primeiro, ou deixe o ficheiro decidir.</translation>
        </message>
        <message>
            <source>The dates in {file} are not in the order chosen: {date} can only be month first. Choose month first, or leave the choice to the file.</source>
            <translation>As datas de {file} não estão na ordem escolhida: {date} só pode ser mês primeiro. Escolha mês primeiro, ou deixe o ficheiro decidir.</translation>
        </message>
        <message>
            <source>The dates in {file} are written in two orders: {day_first} is day first and {month_first} month first. Nothing was imported: correct the dates in the file.</source>
            <translation>As datas de {file} estão escritas em duas ordens: {day_first} é dia primeiro e {month_first} mês primeiro. Nada foi importado: corrija as datas no ficheiro.</translation>
        </message>
        <message>
            <source>The dates in {file} can be read two ways: {date} is day first or month first, and no date in the file tells which. Choose the date order of the file.</source>
            <translation>As datas de {file} podem ler-se de duas maneiras: {date} pode ser dia primeiro ou mês primeiro, e nenhuma data do ficheiro o esclarece. Escolha a ordem das datas do ficheiro.</translation>
        </message>
        <message>
            <source>The decision file is for packet {answered}, not for packet {expected}.</source>
            <translation>O arquivo de decisão é do pacote {answered}, não do pacote {expected}.</translation>
        </message>
        <message>
            <source>The decision file is not signed, and no key of {name} is pinned: who wrote it cannot be proven. Pin {name}'s key to check its decision files.</source>
            <translation>O ficheiro de decisão não está assinado e nenhuma chave de {name} está fixada: não é possível provar quem o escreveu. Fixe a chave de {name} para verificar os seus ficheiros de decisão.</translation>
        </message>
        <message>
            <source>The decision file is not signed, but {name}'s key is pinned (fingerprint {fingerprint}): an unsigned file could have been written by anyone. {nothing} Choose the decision file that came with its signature ({signature_file}) beside it.</source>
            <translation>O ficheiro de decisão não está assinado, mas a chave de {name} está fixada (impressão digital {fingerprint}): um ficheiro não assinado pode ter sido escrito por qualquer pessoa. {nothing} Escolha o ficheiro de decisão que veio com a sua assinatura ({signature_file}) ao lado.</translation>
        </message>
        <message>
            <source>The decision file is not signed; it is accepted because unsigned files from {name} are allowed (an administrator's choice).</source>
            <translation>O ficheiro de decisão não está assinado; é aceite porque os ficheiros não assinados de {name} são permitidos (escolha de um administrador).</translation>
        </message>
        <message>
            <source>The decision file is refused: {reason} {nothing}</source>
            <translation>O ficheiro de decisão é recusado: {reason} {nothing}</translation>
        </message>
        <message>
            <source>The decision file is signed by {signer} (fingerprint {fingerprint}), but no key of {name} is pinned, so the signature proves nothing yet. Pin {name}'s key after comparing its fingerprint.</source>
            <translation>O ficheiro de decisão está assinado por {signer} (impressão digital {fingerprint}), mas nenhuma chave de {name} está fixada, por isso a assinatura ainda não prova nada. Fixe a chave de {name} depois de comparar a sua impressão digital.</translation>
        </message>
        <message>
            <source>The decision file is signed with the key of {other} (fingerprint {fingerprint}), but the packet was sent to {name}. {nothing}</source>
            <translation>O ficheiro de decisão está assinado com a chave de {other} (impressão digital {fingerprint}), mas o pacote foi enviado a {name}. {nothing}</translation>
        </message>
        <message>
            <source>The decision file is signed with the key of {other} (fingerprint {fingerprint}), not with the key of {name}, to whom the packet was sent. {nothing}</source>
            <translation>O ficheiro de decisão está assinado com a chave de {other} (impressão digital {fingerprint}), não com a chave de {name}, a quem o pacote foi enviado. {nothing}</translation>
        </message>
        <message>
            <source>The decision file lists conditions, but its outcome is {outcome}: conditions only go with approved_with_conditions. Ask the distributor for a corrected file.</source>
            <translation>O arquivo de decisão lista condições, mas o resultado é “{outcome}”: condições só se aplicam a approved_with_conditions. Peça ao distribuidor um arquivo corrigido.</translation>
        </message>
        <message>
            <source>The decision file must be a JSON object.</source>
            <translation>O arquivo de decisão precisa ser um objeto JSON.</translation>
        </message>
        <message>
            <source>The decision file was altered after it was sealed: its content no longer matches its seal.</source>
            <translation>O arquivo de decisão foi alterado depois de selado: o conteúdo não corresponde mais ao selo.</translation>
        </message>
        <message>
            <source>The decision file's signature cannot be read: {reason} {nothing}</source>
            <translation>A assinatura do ficheiro de decisão não pode ser lida: {reason} {nothing}</translation>
        </message>
        <message>
            <source>The decision is for packet {answered}, not for packet {sent}.</source>
            <translation>A decisão é do pacote {answered}, não do pacote {sent}.</translation>
        </message>
        <message>
            <source>The decision names neither the manifest's SHA-256 nor the file {name} of the packet sent: it cannot be told which packet it answers.</source>
            <translation>A decisão não indica nem o SHA-256 do manifesto nem o ficheiro {name} do pacote enviado: não é possível saber a que pacote responde.</translation>
        </message>
        <message>
            <source>The destination country is not given.</source>
            <translation>O país de destino não está indicado.</translation>
        </message>
        <message>
            <source>The digest goes to at most {count} addresses.</source>
            <translation>O resumo é enviado a no máximo {count} endereços.</translation>
        </message>
        <message>
            <source>The disk is full, so nothing was saved. Free some space on the drive that holds {path} and try again.</source>
            <translation>O disco está cheio, por isso nada foi salvo. Libere espaço na unidade que contém {path} e tente de novo.</translation>
        </message>
        <message>
            <source>The distributor already answered for order {reference} ({outcome}, reference {their_reference}, {date}): the order follows that answer and is not escalated again. If the order changes, save it: when the new screening differs, you can escalate it again.</source>
            <translation>O distribuidor já respondeu sobre o pedido {reference} ({outcome}, referência {their_reference}, {date}): o pedido segue essa resposta e não é encaminhado de novo. Se o pedido mudar, salve-o: quando a nova triagem for diferente, você poderá encaminhá-lo de novo.</translation>
        </message>
        <message>
            <source>The distributor answered on order {refs}.</source>
            <translation>O distribuidor respondeu sobre a pedido {refs}.</translation>
        </message>
        <message>
            <source>The distributor {outcome} ({who}).</source>
            <translation>O distribuidor {outcome} ({who}).</translation>
        </message>
        <message>
            <source>The distributor {outcome}.</source>
            <translation>O distribuidor {outcome}.</translation>
        </message>
        <message>
            <source>The distributor's answer on order {reference} is already recorded ({outcome}, reference {their_reference}). Nothing was recorded; to ask again, build a new packet.</source>
            <translation>A resposta do distribuidor sobre o pedido {reference} já está registrada ({outcome}, referência {their_reference}). Nada foi registrado; para perguntar de novo, monte um novo pacote.</translation>
        </message>
        <message>
            <source>The drive that holds {path} could not be read or written, so nothing was saved. Check that the drive or network share is connected and try again; tell your IT contact if it happens again.</source>
            <translation>Não foi possível ler nem gravar na unidade que contém {path}, por isso nada foi salvo. Confira se a unidade ou a pasta de rede está conectada e tente de novo; se acontecer outra vez, avise o seu contato de TI.</translation>
        </message>
        <message>
            <source>The due diligence report for {period} to {who} is due today.</source>
            <translation>O relatório de diligência devida de {period} para {who} vence hoje.</translation>
        </message>
        <message>
            <source>The due diligence report for {period} to {who} was due on {date}.</source>
            <translation>O relatório de diligência devida de {period} para {who} vencia a {date}.</translation>
        </message>
        <message>
            <source>The e-mail to {to} could not be sent: {reason}</source>
            <translation>O e-mail para {to} não pôde ser enviado: {reason}</translation>
        </message>
        <message>
            <source>The e-mail to {to} was cancelled.</source>
            <translation>O e-mail para {to} foi cancelado.</translation>
        </message>
        <message>
            <source>The e-mail to {to} was not sent yet; it is tried again later.</source>
            <translation>O e-mail para {to} ainda não foi enviado; haverá nova tentativa mais tarde.</translation>
        </message>
        <message>
            <source>The e-mail to {to} was put back in the outbox.</source>
            <translation>O e-mail para {to} voltou para a caixa de saída.</translation>
        </message>
        <message>
            <source>The e-mail to {to} was sent.</source>
            <translation>O e-mail para {to} foi enviado.</translation>
        </message>
        <message>
            <source>The earlier decision no longer applies.</source>
            <translation>A decisão anterior não vale mais.</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>A data final é anterior à data inicial.</translation>
        </message>
        <message>
            <source>The end user is not named: choose the end user, or the customer itself if it uses the goods.</source>
            <translation>O utilizador final não está indicado: escolha o utilizador final, ou o próprio cliente se for ele a usar os produtos.</translation>
        </message>
        <message>
            <source>The entry is {listed}.</source>
            <translation>A entrada é {listed}.</translation>
        </message>
        <message>
            <source>The entry that starts Channel Diligence with your session could not be changed ({where}): {reason}</source>
            <translation>Não foi possível alterar a entrada que inicia o Channel Diligence com a sua sessão ({where}): {reason}</translation>
        </message>
        <message>
            <source>The file does not hold the named fields of {what}.</source>
            <translation>O ficheiro não contém os campos com nome de {what}.</translation>
        </message>
        <message>
            <source>The file fetched from {host} cannot be used: {reason} Nothing was imported. {stay}</source>
            <translation>O arquivo baixado de {host} não pode ser usado: {reason} Nada foi importado. {stay}</translation>
        </message>
        <message>
            <source>The file has column names but no orders below them: nothing was imported. Check that you chose the right file.</source>
            <translation>O arquivo tem nomes de colunas, mas nenhum pedido abaixo deles: nada foi importado. Confira se escolheu o arquivo certo.</translation>
        </message>
        <message>
            <source>The file has no column named {column}.</source>
            <translation>O arquivo não tem nenhuma coluna chamada {column}.</translation>
        </message>
        <message>
            <source>The file has no {field}.</source>
            <translation>O ficheiro não tem {field}.</translation>
        </message>
        <message>
            <source>The file holds a single value, not the data it should hold: it {problem}</source>
            <translation>O arquivo contém um único valor, não os dados que deveria conter: {problem}</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>O arquivo está vazio.</translation>
        </message>
        <message>
            <source>The file is not a sealed signing key of Channel Diligence.</source>
            <translation>O ficheiro não é uma chave de assinatura cifrada do Channel Diligence.</translation>
        </message>
        <message>
            <source>The file is not valid JSON: it is not UTF-8 text (the byte at position {position} is not part of any character). Save it as UTF-8 and try again.</source>
            <translation>O arquivo não é JSON válido: não é texto UTF-8 (o byte na posição {position} não faz parte de nenhum caractere). Salve-o como UTF-8 e tente novamente.</translation>
        </message>
        <message>
            <source>The file is not valid JSON: {error}.</source>
            <translation>O arquivo não é JSON válido: {error}.</translation>
        </message>
        <message>
            <source>The file is version {found}; this app reads version {expected}. Update the app to read it.</source>
            <translation>O ficheiro é da versão {found}; esta aplicação lê a versão {expected}. Atualize a aplicação para o ler.</translation>
        </message>
        <message>
            <source>The file is {size} bytes long; {what} is a few hundred bytes (at most {limit}). Check that you chose the right file.</source>
            <translation>O ficheiro tem {size} bytes; {what} tem umas centenas de bytes (no máximo {limit}). Verifique se escolheu o ficheiro certo.</translation>
        </message>
        <message>
            <source>The file nests its data more than {limit} levels deep; no file this app reads does that. Check that you chose the right file.</source>
            <translation>O arquivo aninha seus dados em mais de {limit} níveis de profundidade; nenhum arquivo lido por este aplicativo faz isso. Verifique se escolheu o arquivo certo.</translation>
        </message>
        <message>
            <source>The file {file} cannot be read: {error}.</source>
            <translation>O arquivo {file} não pode ser lido: {error}.</translation>
        </message>
        <message>
            <source>The file {name} the distributor read was altered after the manifest was made: its SHA-256 differs.</source>
            <translation>O arquivo {name} que o distribuidor leu foi alterado depois que o manifesto foi criado: o SHA-256 é diferente.</translation>
        </message>
        <message>
            <source>The file's algorithm is {found}; only {expected} is used.</source>
            <translation>O algoritmo do ficheiro é {found}; só se usa {expected}.</translation>
        </message>
        <message>
            <source>The file's {field} is not a name (longer than {limit} characters, or not printable).</source>
            <translation>O campo {field} do ficheiro não é um nome (tem mais de {limit} caracteres ou não é imprimível).</translation>
        </message>
        <message>
            <source>The file's {field} is not valid base64.</source>
            <translation>O campo {field} do ficheiro não é base64 válido.</translation>
        </message>
        <message>
            <source>The file's {field} is {size} bytes long, not {expected}: it is cut short or not one.</source>
            <translation>O campo {field} do ficheiro tem {size} bytes, não {expected}: está cortado ou não é um.</translation>
        </message>
        <message>
            <source>The file's {field} must be a name in quotes.</source>
            <translation>O campo {field} do ficheiro deve ser um nome entre aspas.</translation>
        </message>
        <message>
            <source>The file's {field} must be base64 text.</source>
            <translation>O campo {field} do ficheiro deve ser texto base64.</translation>
        </message>
        <message>
            <source>The files are larger than 20 MB together, more than most mail servers accept: leave some out.</source>
            <translation>Os arquivos somam mais de 20 MB, mais do que a maioria dos servidores de e-mail aceita: deixe alguns de fora.</translation>
        </message>
        <message>
            <source>The first row must hold the column names.</source>
            <translation>A primeira linha precisa conter os nomes das colunas.</translation>
        </message>
        <message>
            <source>The first row of {file} separates its column names with {header} but the rows below it use {rows}: nothing was imported. Save or export the file again with one separator.</source>
            <translation>A primeira linha de {file} separa os nomes das colunas com {header}, mas as linhas seguintes usam {rows}: nada foi importado. Guarde ou exporte de novo o ficheiro com um único separador.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>A pasta {folder} não existe.</translation>
        </message>
        <message>
            <source>The human rights policy has no review date: set its next yearly review.</source>
            <translation>A política de direitos humanos não tem data de revisão: defina a próxima revisão anual.</translation>
        </message>
        <message>
            <source>The human rights policy's yearly review is due today.</source>
            <translation>A revisão anual da política de direitos humanos vence hoje.</translation>
        </message>
        <message>
            <source>The human rights policy's yearly review was due on {date} ({days} days ago).</source>
            <translation>A revisão anual da política de direitos humanos vencia a {date} (há {days} dias).</translation>
        </message>
        <message>
            <source>The intended use is not written down in the customer's words.</source>
            <translation>A utilização prevista não está escrita nas palavras do cliente.</translation>
        </message>
        <message>
            <source>The key file's fingerprint is {found}, not {expected} as given: it is not the key its owner read out. Nothing was pinned; ask for the right key file.</source>
            <translation>A impressão digital do ficheiro de chave é {found}, não {expected} como indicado: não é a chave que o seu titular leu. Nada foi fixado; peça o ficheiro de chave correto.</translation>
        </message>
        <message>
            <source>The listed entry changed since it was reviewed on {date} by {who} (then: not the same party, {reason}).</source>
            <translation>A entrada da lista mudou desde que foi revisada em {date} por {who} (então: não é a mesma parte, {reason}).</translation>
        </message>
        <message>
            <source>The lists already imported stay in use.</source>
            <translation>As listas já importadas continuam em uso.</translation>
        </message>
        <message>
            <source>The mail server {host} does not exist (no such name on the internet). Check its spelling; your provider's help pages name it.</source>
            <translation>O servidor de e-mail {host} não existe (esse nome não está na internet). Verifique a grafia; as páginas de ajuda do seu provedor o indicam.</translation>
        </message>
        <message>
            <source>The manifest cannot be read ({error}).</source>
            <translation>O manifesto não pode ser lido ({error}).</translation>
        </message>
        <message>
            <source>The message is {state}: it cannot be changed now.</source>
            <translation>A mensagem está com a situação “{state}”: não pode ser alterada agora.</translation>
        </message>
        <message>
            <source>The name is empty or holds only spaces, punctuation or invisible characters: there is nothing to check against the sanctions lists.</source>
            <translation>O nome está vazio ou contém apenas espaços, pontuação ou caracteres invisíveis: não há nada para verificar nas listas de sanções.</translation>
        </message>
        <message>
            <source>The name is {length} characters long, longer than any party's name (at most {limit}): enter the party's name, not a text or a file.</source>
            <translation>O nome tem {length} caracteres, mais do que o nome de qualquer parte (no máximo {limit}): introduza o nome da parte, não um texto nem um ficheiro.</translation>
        </message>
        <message>
            <source>The name of {name} contains characters that reverse the text and can hide what the file really is: rename the file and add it again.</source>
            <translation>O nome de {name} contém caracteres que invertem o texto e podem ocultar o que o arquivo realmente é: renomeie o arquivo e adicione-o novamente.</translation>
        </message>
        <message>
            <source>The new passphrase is the current one.</source>
            <translation>A nova frase-senha é a atual.</translation>
        </message>
        <message>
            <source>The packet holds a file named {name}, which cannot be written safely: build the packet again.</source>
            <translation>O pacote contém um arquivo chamado {name}, que não pode ser gravado com segurança: monte o pacote novamente.</translation>
        </message>
        <message>
            <source>The packet of {reseller} names no contact e-mail address: enter the address to send the answer to.</source>
            <translation>O pacote de {reseller} não indica nenhum endereço de e-mail de contato: informe o endereço para onde enviar a resposta.</translation>
        </message>
        <message>
            <source>The packet sent has no file {name}.</source>
            <translation>O pacote enviado não tem o arquivo {name}.</translation>
        </message>
        <message>
            <source>The packet the distributor answered was altered after its manifest was made: the manifest hash in the decision ({answered}…) is not the one of the packet sent ({sent}…).</source>
            <translation>O pacote que o distribuidor respondeu foi alterado depois que o manifesto foi criado: o hash do manifesto na decisão ({answered}…) não é o do pacote enviado ({sent}…).</translation>
        </message>
        <message>
            <source>The party has no name to review.</source>
            <translation>A parte não tem nome a rever.</translation>
        </message>
        <message>
            <source>The passphrase does not open the sealed signing key.</source>
            <translation>A frase-passe não abre a chave de assinatura cifrada.</translation>
        </message>
        <message>
            <source>The passphrase of {person} is right but does not open the file of the company's signing key ({file}): it was encrypted with the passphrase {person} had before it was reset.</source>
            <translation>A frase-passe de {person} está correta, mas não abre o ficheiro da chave de assinatura da empresa ({file}): foi cifrado com a frase-passe que {person} tinha antes de ser redefinida.</translation>
        </message>
        <message>
            <source>The password file {file} cannot be read: {reason}.</source>
            <translation>Não é possível ler o ficheiro da palavra-passe {file}: {reason}.</translation>
        </message>
        <message>
            <source>The password file {file} is empty.</source>
            <translation>O ficheiro da palavra-passe {file} está vazio.</translation>
        </message>
        <message>
            <source>The password file {file} is not text (UTF-8).</source>
            <translation>O ficheiro da palavra-passe {file} não é texto (UTF-8).</translation>
        </message>
        <message>
            <source>The password file {file} is too large to hold a password.</source>
            <translation>O ficheiro da palavra-passe {file} é grande demais para conter uma palavra-passe.</translation>
        </message>
        <message>
            <source>The password would travel unencrypted: choose STARTTLS or SSL for a server that needs a login.</source>
            <translation>A senha trafegaria sem criptografia: escolha STARTTLS ou SSL para um servidor que exige login.</translation>
        </message>
        <message>
            <source>The permission for this app to send e-mail as {address} was withdrawn at {provider}. Sign in to {provider} again in Settings &gt; E-mail and allow sending; the messages stay in the outbox.</source>
            <translation>A permissão deste aplicativo para enviar e-mail como {address} foi retirada no {provider}. Inicie sessão no {provider} novamente em Configurações &gt; E-mail e permita o envio; as mensagens continuam na caixa de saída.</translation>
        </message>
        <message>
            <source>The policy template is missing from the installation.</source>
            <translation>O modelo da política não está na instalação.</translation>
        </message>
        <message>
            <source>The port is a number, e.g. 587.</source>
            <translation>A porta é um número, por exemplo 587.</translation>
        </message>
        <message>
            <source>The port must be between {low} and {high}.</source>
            <translation>A porta precisa estar entre {low} e {high}.</translation>
        </message>
        <message>
            <source>The public key is not an Ed25519 key.</source>
            <translation>A chave pública não é uma chave Ed25519.</translation>
        </message>
        <message>
            <source>The reason is {count} characters long: say why in at most {limit}.</source>
            <translation>O motivo tem {count} caracteres: indique-o em no máximo {limit}.</translation>
        </message>
        <message>
            <source>The reference is too long (100 characters).</source>
            <translation>A referência é longa demais (100 caracteres).</translation>
        </message>
        <message>
            <source>The request for approval by {who} was not approved: the order changed after it was asked.</source>
            <translation>O pedido de aprovação de {who} não foi aprovado: a encomenda mudou depois do pedido.</translation>
        </message>
        <message>
            <source>The request for order {reference} is stale: the order changed after approval was asked. Ask for approval again.</source>
            <translation>O pedido da encomenda {reference} está desatualizado: a encomenda mudou depois de pedida a aprovação. Peça a aprovação de novo.</translation>
        </message>
        <message>
            <source>The request for order {reference} was already approved by {person}.</source>
            <translation>O pedido da encomenda {reference} já foi aprovado por {person}.</translation>
        </message>
        <message>
            <source>The request for order {reference} was already sent back by {person}.</source>
            <translation>O pedido da encomenda {reference} já foi devolvido por {person}.</translation>
        </message>
        <message>
            <source>The review date {date} is in the past: choose a date from today on, usually one year after approval.</source>
            <translation>A data de revisão {date} já passou: escolha uma data a partir de hoje, normalmente um ano depois da aprovação.</translation>
        </message>
        <message>
            <source>The sanctions lists hold too many distinct words for the name index; import fewer lists.</source>
            <translation>As listas de sanções contêm demasiadas palavras distintas para o índice de nomes; importe menos listas.</translation>
        </message>
        <message>
            <source>The sealed signing key is damaged: some of its fields are missing or wrong.</source>
            <translation>A chave de assinatura cifrada está danificada: alguns dos seus campos faltam ou estão errados.</translation>
        </message>
        <message>
            <source>The sealed signing key is of version {version}, which this version of the app cannot open.</source>
            <translation>A chave de assinatura cifrada é da versão {version}, que esta versão da aplicação não consegue abrir.</translation>
        </message>
        <message>
            <source>The secure connection to {host} failed. Check the security setting: port 465 goes with SSL, port 587 with STARTTLS.</source>
            <translation>A conexão segura com {host} falhou. Verifique a segurança: a porta 465 vai com SSL, a porta 587 com STARTTLS.</translation>
        </message>
        <message>
            <source>The server's certificate is made out to another name than {host}. Use the exact server name your provider gives (often the certificate's name).</source>
            <translation>O certificado do servidor foi emitido para outro nome que não {host}. Use o nome exato do servidor que o seu provedor informa (muitas vezes o do certificado).</translation>
        </message>
        <message>
            <source>The server's certificate is self-signed, so the app cannot tell it is really {host}. Use your provider's official server name, or ask your IT person to install a proper certificate.</source>
            <translation>O certificado do servidor é autoassinado, então o aplicativo não consegue saber se é mesmo {host}. Use o nome oficial do servidor do seu provedor ou peça ao responsável de TI que instale um certificado válido.</translation>
        </message>
        <message>
            <source>The signature cannot be read: {reason}</source>
            <translation>A assinatura não pode ser lida: {reason}</translation>
        </message>
        <message>
            <source>The signature file is for {purpose}, which this app does not sign.</source>
            <translation>O ficheiro de assinatura é para {purpose}, que esta aplicação não assina.</translation>
        </message>
        <message>
            <source>The signature file's key_fingerprint is not a fingerprint.</source>
            <translation>O key_fingerprint do ficheiro de assinatura não é uma impressão digital.</translation>
        </message>
        <message>
            <source>The signature file's signed_sha256 is not a SHA-256 (64 lower-case hex digits).</source>
            <translation>O signed_sha256 do ficheiro de assinatura não é um SHA-256 (64 dígitos hexadecimais em minúsculas).</translation>
        </message>
        <message>
            <source>The signature is wrong: it was not made with {owner}'s key (fingerprint {ours}), or it was changed.</source>
            <translation>A assinatura está errada: não foi feita com a chave de {owner} (impressão digital {ours}), ou foi alterada.</translation>
        </message>
        <message>
            <source>The signature was made for something else ({purpose}).</source>
            <translation>A assinatura foi feita para outra coisa ({purpose}).</translation>
        </message>
        <message>
            <source>The signature would overwrite the pack itself: choose another file. Nothing was signed.</source>
            <translation>A assinatura substituiria o próprio pacote: escolha outro ficheiro. Nada foi assinado.</translation>
        </message>
        <message>
            <source>The signed head of {when} (event {seq}) holds; {key}.</source>
            <translation>A cabeça assinada em {when} (evento {seq}) é válida; {key}.</translation>
        </message>
        <message>
            <source>The stored criteria pack cannot be read: {error}</source>
            <translation>O pacote de critérios guardado não pode ser lido: {error}</translation>
        </message>
        <message>
            <source>The {provider} sign-in did not finish ({reason}). Try again.</source>
            <translation>O início de sessão {provider} não terminou ({reason}). Tente novamente.</translation>
        </message>
        <message>
            <source>The {provider} sign-in service could not be reached ({reason}). Nothing was sent; the messages stay in the outbox. Check the internet connection and try again.</source>
            <translation>Não foi possível contatar o serviço de início de sessão {provider} ({reason}). Nada foi enviado; as mensagens continuam na caixa de saída. Verifique a conexão com a internet e tente novamente.</translation>
        </message>
        <message>
            <source>There is no answer {answer}.</source>
            <translation>Não existe a resposta {answer}.</translation>
        </message>
        <message>
            <source>There is no customer number {id}.</source>
            <translation>Não existe o cliente número {id}.</translation>
        </message>
        <message>
            <source>There is no distributor {name} in the company profile (distributors: {names}). Add it there first, or use its name or number as listed.</source>
            <translation>Não existe nenhum distribuidor {name} no perfil da empresa (distribuidores: {names}). Adicione-o primeiro, ou use o seu nome ou número tal como listado.</translation>
        </message>
        <message>
            <source>There is no draft policy: start one in the app (Policy &gt; Human rights policy).</source>
            <translation>Não há rascunho da política: inicie um no aplicativo (Política &gt; Política de direitos humanos).</translation>
        </message>
        <message>
            <source>There is no encrypted file of the company's signing key on this computer ({file}).</source>
            <translation>Não há nenhum ficheiro cifrado da chave de assinatura da empresa neste computador ({file}).</translation>
        </message>
        <message>
            <source>There is no escalation packet {packet}.</source>
            <translation>Não existe o pacote de encaminhamento {packet}.</translation>
        </message>
        <message>
            <source>There is no file or folder {file}.</source>
            <translation>Não existe o ficheiro ou a pasta {file}.</translation>
        </message>
        <message>
            <source>There is no file {file}.</source>
            <translation>Não existe o ficheiro {file}.</translation>
        </message>
        <message>
            <source>There is no follow-up {follow_up}.</source>
            <translation>Não existe o acompanhamento {follow_up}.</translation>
        </message>
        <message>
            <source>There is no order with the reference {references}.</source>
            <translation>Não há nenhum pedido com a referência {references}.</translation>
        </message>
        <message>
            <source>There is no outbox message {message}.</source>
            <translation>Não existe a mensagem {message} na caixa de saída.</translation>
        </message>
        <message>
            <source>There is no packet {packet}.</source>
            <translation>Não existe o pacote {packet}.</translation>
        </message>
        <message>
            <source>There is no person number {id}.</source>
            <translation>Não existe a pessoa número {id}.</translation>
        </message>
        <message>
            <source>There is no request for approval number {id}.</source>
            <translation>Não existe o pedido de aprovação número {id}.</translation>
        </message>
        <message>
            <source>There must always be an active administrator: give someone else the role administrator first. Nothing was changed.</source>
            <translation>Sempre deve haver um administrador ativo: dê primeiro a função de administrador a outra pessoa. Nada foi alterado.</translation>
        </message>
        <message>
            <source>There must always be an active approver for the orders that need the senior approver: give someone else the role approver first. Nothing was changed.</source>
            <translation>Sempre deve haver um aprovador ativo para os pedidos que precisam do aprovador da direção: dê primeiro a função de aprovador a outra pessoa. Nada foi alterado.</translation>
        </message>
        <message>
            <source>This computer has no password store (keyring) the app can use, so the sign-in cannot be kept. Use a password instead.</source>
            <translation>Este computador não tem um cofre de senhas (keyring) que o aplicativo possa usar, então o início de sessão não pode ser guardado. Use uma senha.</translation>
        </message>
        <message>
            <source>This computer has no password store (keyring) the app can use: the SMTP password cannot be kept, so the app asks for it each time it sends.</source>
            <translation>Este computador não tem um cofre de senhas (keyring) que o aplicativo possa usar: a senha SMTP não pode ser guardada, por isso o aplicativo a pede a cada envio.</translation>
        </message>
        <message>
            <source>This computer has no system keyring (password store), where the company's signing key is kept, so nothing can be signed here. Use the app on a computer with a keyring (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet on Linux).</source>
            <translation>Este computador não tem porta-chaves do sistema (cofre de palavras-passe), onde se guarda a chave de assinatura da empresa, por isso nada pode ser assinado aqui. Use a aplicação num computador com porta-chaves (Gestor de Credenciais do Windows, Porta-chaves do macOS ou um Secret Service como GNOME Keyring ou KWallet no Linux).</translation>
        </message>
        <message>
            <source>This computer has no system keyring: the company's signing key is made now, in a file encrypted with the passphrase of {person}, the administrator: give it to sign.</source>
            <translation>Este computador não tem porta-chaves do sistema: a chave de assinatura da empresa é criada agora, num ficheiro cifrado com a frase-passe de {person}, o administrador: introduza-a para assinar.</translation>
        </message>
        <message>
            <source>This customer is no longer in the catalog.</source>
            <translation>Este cliente não está mais no catálogo.</translation>
        </message>
        <message>
            <source>This database has no company signing key, so {file} cannot be checked against it.</source>
            <translation>Esta base de dados não tem chave de assinatura da empresa, por isso {file} não pode ser verificado com ela.</translation>
        </message>
        <message>
            <source>This database is on a PostgreSQL server: backing it up and restoring it is the database administrator's job (for example with pg_dump). The app backs up SQLite databases only.</source>
            <translation>Este banco de dados está em um servidor PostgreSQL: fazer backup e restaurá-lo é tarefa do administrador do banco de dados (por exemplo, com pg_dump). O aplicativo só faz backup de bancos de dados SQLite.</translation>
        </message>
        <message>
            <source>This decision needs the senior approver, and none is set up: add one in the company profile first.</source>
            <translation>Esta decisão precisa do aprovador da direção, e nenhum está configurado: adicione primeiro um no perfil da empresa.</translation>
        </message>
        <message>
            <source>This decision needs the senior approver: choose the approver, and let them type their own passphrase.</source>
            <translation>Esta decisão precisa de quem aprova ao nível mais alto: escolha-o e deixe-o escrever a sua própria frase-passe.</translation>
        </message>
        <message>
            <source>This desk has no signing key yet. Make it first with reseller-app distributor keygen --name "YOUR COMPANY" and send its public-key file to your resellers.</source>
            <translation>Este posto ainda não tem chave de assinatura. Crie-a primeiro com reseller-app distributor keygen --name "A SUA EMPRESA" e envie o ficheiro da chave pública aos seus revendedores.</translation>
        </message>
        <message>
            <source>This distributor is no longer in the company profile.</source>
            <translation>Este distribuidor não está mais no perfil da empresa.</translation>
        </message>
        <message>
            <source>This e-mail comes once a day while something is due. It is turned on and off, and its recipients chosen, in {app}: Settings, Daily digest.</source>
            <translation>Este e-mail chega uma vez por dia enquanto houver algo pendente. Liga-se e desliga-se, e escolhem-se os destinatários, no {app}: Definições, Resumo diário.</translation>
        </message>
        <message>
            <source>This follow-up was done on {date}.</source>
            <translation>Este acompanhamento foi feito em {date}.</translation>
        </message>
        <message>
            <source>This is an older version ({version}) than the pack in use ({active}). It will be kept but not put into use. To use it anyway, choose it among the packs kept in this database and review it.</source>
            <translation>Esta versão ({version}) é mais antiga que a do pacote em uso ({active}). Ela será guardada, mas não será colocada em uso. Para usá-la mesmo assim, escolha-a entre os pacotes guardados neste banco de dados e revise-a.</translation>
        </message>
        <message>
            <source>This is not a Channel Diligence chain head (its format is {found}, not {expected}).</source>
            <translation>Isto não é uma cabeça de cadeia do Channel Diligence (o formato é {found}, não {expected}).</translation>
        </message>
        <message>
            <source>This is not a Channel Diligence public-key file (its format is {found}, not {expected}).</source>
            <translation>Não é um ficheiro de chave pública do Channel Diligence (o formato é {found}, não {expected}).</translation>
        </message>
        <message>
            <source>This is not a Channel Diligence signature file (its format is {found}, not {expected}).</source>
            <translation>Não é um ficheiro de assinatura do Channel Diligence (o formato é {found}, não {expected}).</translation>
        </message>
        <message>
            <source>This is not a distributor decision file (format must be '{expected}', found {found}).</source>
            <translation>Este não é um arquivo de decisão de distribuidor (o formato precisa ser “{expected}”, encontrado: {found}).</translation>
        </message>
        <message>
            <source>This is {length} characters long; the limit is {limit}. Please shorten it.</source>
            <translation>Isto tem {length} caracteres; o limite é {limit}. Encurte o texto.</translation>
        </message>
        <message>
            <source>This key (fingerprint {fingerprint}) is already pinned for {other}: one key cannot speak for two. Nothing was pinned.</source>
            <translation>Esta chave (impressão digital {fingerprint}) já está fixada para {other}: uma chave não pode falar por dois. Nada foi fixado.</translation>
        </message>
        <message>
            <source>This order asks for a prohibited use: it can only be declined, there is nothing to escalate. Report it as misuse instead.</source>
            <translation>Este pedido é para um uso proibido: só pode ser recusado, não há nada a encaminhar. Em vez disso, comunique-o como uso indevido.</translation>
        </message>
        <message>
            <source>This order asks for a prohibited use: it can only be declined. To tell the distributor, report it as misuse.</source>
            <translation>Este pedido é para um uso proibido: só pode ser recusado. Para avisar o distribuidor, comunique-o como uso indevido.</translation>
        </message>
        <message>
            <source>This order asks for a prohibited use: nobody can approve it, the only possible decision is to decline.</source>
            <translation>Este pedido é para um uso proibido: ninguém pode aprová-lo, a única decisão possível é recusar.</translation>
        </message>
        <message>
            <source>This order no longer exists.</source>
            <translation>Este pedido não existe mais.</translation>
        </message>
        <message>
            <source>This pack ({pack} {version}) is already installed and in use: there is nothing to import.</source>
            <translation>Este pacote ({pack} {version}) já está instalado e em uso: não há nada a importar.</translation>
        </message>
        <message>
            <source>This pack ({pack} {version}) is already installed. Importing it again puts it back into use.</source>
            <translation>Este pacote ({pack} {version}) já está instalado. Importá-lo de novo o coloca novamente em uso.</translation>
        </message>
        <message>
            <source>This packet is already in the outbox to {to}.</source>
            <translation>Este pacote já está na caixa de saída para {to}.</translation>
        </message>
        <message>
            <source>This packet was sent to {to}.</source>
            <translation>Este pacote foi enviado para {to}.</translation>
        </message>
        <message>
            <source>This request asks {person} for approval, not {approver}.</source>
            <translation>Este pedido pede a aprovação de {person}, não de {approver}.</translation>
        </message>
        <message>
            <source>This was the sales-assisted review of a self-service order.</source>
            <translation>Esta foi a análise de venda assistida de um pedido de autoatendimento.</translation>
        </message>
        <message>
            <source>UK sanctions list</source>
            <translation>Lista de sanções do Reino Unido</translation>
        </message>
        <message>
            <source>UN Security Council Consolidated List</source>
            <translation>Lista consolidada do Conselho de Segurança da ONU</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Preço unitário</translation>
        </message>
        <message>
            <source>Unknown fields in the mapping: {fields}.</source>
            <translation>Campos desconhecidos na associação: {fields}.</translation>
        </message>
        <message>
            <source>Unknown safeguard: {safeguard}.</source>
            <translation>Salvaguarda desconhecida: {safeguard}.</translation>
        </message>
        <message>
            <source>Unrecognised event: {action} ({details}).</source>
            <translation>Evento não reconhecido: {action} ({details}).</translation>
        </message>
        <message>
            <source>Unrecognised event: {action}.</source>
            <translation>Evento não reconhecido: {action}.</translation>
        </message>
        <message>
            <source>Until then, with two-step verification on, an app password works instead of your usual password.</source>
            <translation>Enquanto isso, com a verificação em duas etapas ativada, uma senha de app funciona no lugar da sua senha habitual.</translation>
        </message>
        <message>
            <source>Use a three-letter currency code such as EUR.</source>
            <translation>Use um código de moeda de três letras, como EUR.</translation>
        </message>
        <message>
            <source>Use cases</source>
            <translation>Casos de uso</translation>
        </message>
        <message>
            <source>Use cases tagged</source>
            <translation>Casos de utilização assinalados</translation>
        </message>
        <message>
            <source>Use the https:// address: a list fetched over plain http could have been changed on its way.</source>
            <translation>Use o endereço https://: uma lista baixada por http sem criptografia pode ter sido alterada no caminho.</translation>
        </message>
        <message>
            <source>Use-case tags</source>
            <translation>Etiquetas de caso de uso</translation>
        </message>
        <message>
            <source>Version {number} of the policy was adopted and can no longer be changed. Edit the policy to start a new draft from it.</source>
            <translation>A versão {number} da política foi adotada e não pode mais ser alterada. Edite a política para iniciar um novo rascunho a partir dela.</translation>
        </message>
        <message>
            <source>Version {number} of the policy was approved on {date} and adopted, so it can no longer be changed. Edit the policy to start a new draft from it.</source>
            <translation>A versão {number} da política foi aprovada em {date} e adotada, por isso não pode mais ser alterada. Edite a política para iniciar um novo rascunho a partir dela.</translation>
        </message>
        <message>
            <source>Waiting ({count}):</source>
            <translation>Pendente ({count}):</translation>
        </message>
        <message>
            <source>Warning phrases</source>
            <translation>Expressões de alerta</translation>
        </message>
        <message>
            <source>Warnings added: {added}; removed: {removed}.</source>
            <translation>Alertas adicionados: {added}; removidos: {removed}.</translation>
        </message>
        <message>
            <source>What is waiting in {app} on {day}</source>
            <translation>O que está pendente no {app} em {day}</translation>
        </message>
        <message>
            <source>When orders are held</source>
            <translation>Quando os pedidos ficam retidos</translation>
        </message>
        <message>
            <source>With two-step verification on, use an app-specific password.</source>
            <translation>Com a verificação em duas etapas ativada, use uma senha específica de app.</translation>
        </message>
        <message>
            <source>Write down the distributor's conditions, one per line.</source>
            <translation>Escreva as condições do distribuidor, uma por linha.</translation>
        </message>
        <message>
            <source>Wrong passphrase for {person}, {count} times in a row: {person} is locked until {time}. Try again then, or ask an administrator to reset the passphrase.</source>
            <translation>Frase-senha incorreta para {person}, {count} vezes seguidas: {person} está bloqueado até {time}. Tente novamente nesse horário ou peça a um administrador que redefina a frase-senha.</translation>
        </message>
        <message>
            <source>Wrong passphrase for {person}. Tries left before a lock of {minutes} minutes: {count}.</source>
            <translation>Frase-senha incorreta para {person}. Tentativas restantes antes de um bloqueio de {minutes} minutos: {count}.</translation>
        </message>
        <message>
            <source>Your own passphrase is changed with your current one, not reset: a reset is for another person's passphrase.</source>
            <translation>A sua própria frase-senha é alterada com a atual, não redefinida: a redefinição é para a frase-senha de outra pessoa.</translation>
        </message>
        <message>
            <source>a decision on order {name} has no audit event</source>
            <translation>uma decisão sobre o pedido {name} não tem evento de auditoria</translation>
        </message>
        <message>
            <source>a file</source>
            <translation>um arquivo</translation>
        </message>
        <message>
            <source>a packet about order {name} has no audit event</source>
            <translation>um pacote sobre o pedido {name} não tem evento de auditoria</translation>
        </message>
        <message>
            <source>a person</source>
            <translation>uma pessoa</translation>
        </message>
        <message>
            <source>a prohibited use</source>
            <translation>um uso proibido</translation>
        </message>
        <message>
            <source>a public-key file</source>
            <translation>um ficheiro de chave pública</translation>
        </message>
        <message>
            <source>a record that the adopted policy was sent or shown to staff or partners</source>
            <translation>um registro de que a política adotada foi enviada ou mostrada à equipe ou a parceiros</translation>
        </message>
        <message>
            <source>a signature file</source>
            <translation>um ficheiro de assinatura</translation>
        </message>
        <message>
            <source>a signed chain head</source>
            <translation>uma cabeça de cadeia assinada</translation>
        </message>
        <message>
            <source>a vessel</source>
            <translation>uma embarcação</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>administrador</translation>
        </message>
        <message>
            <source>an aircraft</source>
            <translation>uma aeronave</translation>
        </message>
        <message>
            <source>an order must be a JSON object</source>
            <translation>um pedido precisa ser um objeto JSON</translation>
        </message>
        <message>
            <source>an organisation</source>
            <translation>uma organização</translation>
        </message>
        <message>
            <source>another distributor</source>
            <translation>outro distribuidor</translation>
        </message>
        <message>
            <source>another program is writing to the database</source>
            <translation>outro programa está gravando no banco de dados</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>aprovado</translation>
        </message>
        <message>
            <source>approved the order</source>
            <translation>aprovou o pedido</translation>
        </message>
        <message>
            <source>approved the order with conditions</source>
            <translation>aprovou o pedido com condições</translation>
        </message>
        <message>
            <source>approved to proceed</source>
            <translation>aprovado para prosseguir</translation>
        </message>
        <message>
            <source>approved with conditions</source>
            <translation>aprovado com condições</translation>
        </message>
        <message>
            <source>approver</source>
            <translation>aprovador</translation>
        </message>
        <message>
            <source>at {time}</source>
            <translation>às {time}</translation>
        </message>
        <message>
            <source>blocked</source>
            <translation>bloqueado</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <source>checked with the company's key, fingerprint {fingerprint}, whose private half is in this computer's keyring</source>
            <translation>verificada com a chave da empresa, impressão digital {fingerprint}, cuja metade privada está no porta-chaves deste computador</translation>
        </message>
        <message>
            <source>checked with the company's key, fingerprint {fingerprint}, whose private half is on this computer in a file encrypted with the administrator's passphrase</source>
            <translation>verificado com a chave da empresa, impressão digital {fingerprint}, cuja metade privada está neste computador num ficheiro cifrado com a frase-passe do administrador</translation>
        </message>
        <message>
            <source>checked with the key the database names, fingerprint {fingerprint}, whose private half is not on this computer: compare it with the fingerprint you gave your distributor</source>
            <translation>verificada com a chave indicada pela base de dados, impressão digital {fingerprint}, cuja metade privada não está neste computador: compare-a com a impressão digital que deu ao seu distribuidor</translation>
        </message>
        <message>
            <source>cleared to proceed</source>
            <translation>liberado para prosseguir</translation>
        </message>
        <message>
            <source>commas</source>
            <translation>vírgulas</translation>
        </message>
        <message>
            <source>consignee</source>
            <translation>consignatário</translation>
        </message>
        <message>
            <source>consignee country '{value}' is not a country code such as DE or a country name such as Germany</source>
            <translation>o país do consignatário '{value}' não é um código de país como DE nem um nome de país como Alemanha</translation>
        </message>
        <message>
            <source>criteria pack {name}</source>
            <translation>o pacote de critérios {name}</translation>
        </message>
        <message>
            <source>criteria pack {name} has no audit event</source>
            <translation>o pacote de critérios {name} não tem evento de auditoria</translation>
        </message>
        <message>
            <source>criteria pack {name} was changed after it was imported: its content no longer matches its SHA-256</source>
            <translation>o pacote de critérios {name} foi alterado depois de ser importado: o seu conteúdo já não corresponde ao seu SHA-256</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>moeda</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>cliente</translation>
        </message>
        <message>
            <source>customer country '{value}' is not a country code such as DE or a country name such as Germany</source>
            <translation>o país do cliente “{value}” não é um código de país como DE nem um nome de país como Germany</translation>
        </message>
        <message>
            <source>date</source>
            <translation>data</translation>
        </message>
        <message>
            <source>date '{text}' can be read as day first or as month first: choose the date order of the file</source>
            <translation>a data '{text}' pode ler-se com o dia primeiro ou com o mês primeiro: escolha a ordem das datas do ficheiro</translation>
        </message>
        <message>
            <source>date '{text}' is not a date like 2026-11-25, 25.11.2026 or 2026-11-25 16:36:00 +0100</source>
            <translation>a data '{text}' não é uma data como 2026-11-25, 25.11.2026 ou 2026-11-25 16:36:00 +0100</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>decisão</translation>
        </message>
        <message>
            <source>decision {id} of order {name}</source>
            <translation>a decisão {id} da encomenda {name}</translation>
        </message>
        <message>
            <source>decline</source>
            <translation>recusar</translation>
        </message>
        <message>
            <source>declined</source>
            <translation>recusado</translation>
        </message>
        <message>
            <source>destination</source>
            <translation>destino</translation>
        </message>
        <message>
            <source>destination country '{value}' is not a country code such as DE or a country name such as Germany</source>
            <translation>o país de destino “{value}” não é um código de país como DE nem um nome de país como Germany</translation>
        </message>
        <message>
            <source>distributor's answer</source>
            <translation>resposta do distribuidor</translation>
        </message>
        <message>
            <source>does not have the form this field needs</source>
            <translation>não tem a forma de que este campo precisa</translation>
        </message>
        <message>
            <source>elevated</source>
            <translation>moderado</translation>
        </message>
        <message>
            <source>elevated risk</source>
            <translation>risco moderado</translation>
        </message>
        <message>
            <source>end user</source>
            <translation>usuário final</translation>
        </message>
        <message>
            <source>end user country '{value}' is not a country code such as DE or a country name such as Germany</source>
            <translation>o país do usuário final “{value}” não é um código de país como DE nem um nome de país como Germany</translation>
        </message>
        <message>
            <source>escalate to the distributor</source>
            <translation>encaminhar ao distribuidor</translation>
        </message>
        <message>
            <source>escalated to the distributor</source>
            <translation>encaminhado ao distribuidor</translation>
        </message>
        <message>
            <source>event {missing} is missing (the next one is {found})</source>
            <translation>o evento {missing} está faltando (o seguinte é o {found})</translation>
        </message>
        <message>
            <source>events after {last} were deleted: the head signed on {when} names event {seq}</source>
            <translation>foram eliminados eventos posteriores ao {last}: a cabeça assinada em {when} indica o evento {seq}</translation>
        </message>
        <message>
            <source>every tag must be a text, such as 'public_space_surveillance'</source>
            <translation>cada etiqueta precisa ser um texto, como “public_space_surveillance”</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>falhou</translation>
        </message>
        <message>
            <source>has more than {limit} items</source>
            <translation>tem mais de {limit} itens</translation>
        </message>
        <message>
            <source>high</source>
            <translation>alto</translation>
        </message>
        <message>
            <source>high risk</source>
            <translation>risco alto</translation>
        </message>
        <message>
            <source>holds a NUL character (\u0000), which is not text.</source>
            <translation>contém um caractere NUL (\u0000), que não é texto.</translation>
        </message>
        <message>
            <source>holds half of a character (a lone \uD800-\uDFFF escape), which is not text.</source>
            <translation>contém meio caractere (um escape \uD800-\uDFFF solto), que não é texto.</translation>
        </message>
        <message>
            <source>how distributors, vendors and customers are told about it</source>
            <translation>como distribuidores, fabricantes e clientes são informados sobre ela</translation>
        </message>
        <message>
            <source>how orders are checked before they are confirmed</source>
            <translation>como os pedidos são verificados antes de serem confirmados</translation>
        </message>
        <message>
            <source>how your staff are told about it</source>
            <translation>como a sua equipe é informada sobre ela</translation>
        </message>
        <message>
            <source>import batch {id}</source>
            <translation>a importação {id}</translation>
        </message>
        <message>
            <source>intended use</source>
            <translation>uso previsto</translation>
        </message>
        <message>
            <source>is a number of {digits} digits; numbers of more than {limit} digits are not read.</source>
            <translation>é um número de {digits} dígitos; números com mais de {limit} dígitos não são lidos.</translation>
        </message>
        <message>
            <source>is empty.</source>
            <translation>está vazio.</translation>
        </message>
        <message>
            <source>is longer than {limit} characters</source>
            <translation>tem mais de {limit} caracteres</translation>
        </message>
        <message>
            <source>is longer than {limit} characters.</source>
            <translation>tem mais de {limit} caracteres.</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>está faltando</translation>
        </message>
        <message>
            <source>is missing.</source>
            <translation>está faltando.</translation>
        </message>
        <message>
            <source>is not a field of a decision file (v1).</source>
            <translation>não é um campo de arquivo de decisão (v1).</translation>
        </message>
        <message>
            <source>is not a field of this file</source>
            <translation>não é um campo deste arquivo</translation>
        </message>
        <message>
            <source>is not a packet id (a UUID such as 2f1c...-...).</source>
            <translation>não é um ID de pacote (um UUID como 2f1c...-...).</translation>
        </message>
        <message>
            <source>it does not link to the event before it</source>
            <translation>não está ligado ao evento anterior</translation>
        </message>
        <message>
            <source>its content does not match its hash</source>
            <translation>o conteúdo não corresponde ao hash</translation>
        </message>
        <message>
            <source>its details are not readable</source>
            <translation>os detalhes não podem ser lidos</translation>
        </message>
        <message>
            <source>left out because another row of order {reference} is bad</source>
            <translation>deixada de fora porque outra linha do pedido {reference} tem erro</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>linha {line}</translation>
        </message>
        <message>
            <source>low</source>
            <translation>baixo</translation>
        </message>
        <message>
            <source>low risk</source>
            <translation>risco baixo</translation>
        </message>
        <message>
            <source>may hold only lower-case letters a-z, digits and '_'</source>
            <translation>só pode conter letras minúsculas a-z, dígitos e '_'</translation>
        </message>
        <message>
            <source>must be a SHA-256 (64 hexadecimal digits).</source>
            <translation>precisa ser um SHA-256 (64 dígitos hexadecimais).</translation>
        </message>
        <message>
            <source>must be a date (YYYY-MM-DD).</source>
            <translation>precisa ser uma data (AAAA-MM-DD).</translation>
        </message>
        <message>
            <source>must be a date written YYYY-MM-DD, such as 2026-11-02</source>
            <translation>deve ser uma data escrita AAAA-MM-DD, como 2026-11-02</translation>
        </message>
        <message>
            <source>must be a group of named fields in braces, such as {example}</source>
            <translation>deve ser um grupo de campos nomeados entre chaves, como {example}</translation>
        </message>
        <message>
            <source>must be a list in square brackets, such as {example}</source>
            <translation>deve ser uma lista entre colchetes, como {example}</translation>
        </message>
        <message>
            <source>must be a list of tags, or one text of tags separated by ';'</source>
            <translation>precisa ser uma lista de etiquetas ou um texto com etiquetas separadas por “;”</translation>
        </message>
        <message>
            <source>must be a list of texts.</source>
            <translation>precisa ser uma lista de textos.</translation>
        </message>
        <message>
            <source>must be a list of {fields}.</source>
            <translation>precisa ser uma lista de {fields}.</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>precisa ser um número</translation>
        </message>
        <message>
            <source>must be a number such as 310 or 310.50</source>
            <translation>deve ser um número como 310 ou 310.50</translation>
        </message>
        <message>
            <source>must be a whole number greater than zero</source>
            <translation>precisa ser um número inteiro maior que zero</translation>
        </message>
        <message>
            <source>must be a whole number such as 40, written without quotes or a decimal point</source>
            <translation>deve ser um número inteiro como 40, escrito sem aspas nem ponto decimal</translation>
        </message>
        <message>
            <source>must be an ISO 3166-1 alpha-2 code such as 'DE'</source>
            <translation>precisa ser um código ISO 3166-1 alfa-2 como “DE”</translation>
        </message>
        <message>
            <source>must be at least {limit}</source>
            <translation>deve ser pelo menos {limit}</translation>
        </message>
        <message>
            <source>must be less than {limit}</source>
            <translation>deve ser menor que {limit}</translation>
        </message>
        <message>
            <source>must be more than {limit}</source>
            <translation>deve ser maior que {limit}</translation>
        </message>
        <message>
            <source>must be one of {choices}</source>
            <translation>deve ser um de {choices}</translation>
        </message>
        <message>
            <source>must be one of {choices} (found {found}).</source>
            <translation>precisa ser um destes: {choices} (encontrado: {found}).</translation>
        </message>
        <message>
            <source>must be text in quotes</source>
            <translation>deve ser um texto entre aspas</translation>
        </message>
        <message>
            <source>must be text.</source>
            <translation>precisa ser texto.</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>deve ser true ou false</translation>
        </message>
        <message>
            <source>must be {fields}.</source>
            <translation>precisa ser {fields}.</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>não deve estar vazio</translation>
        </message>
        <message>
            <source>must not be more than {limit}</source>
            <translation>não pode ser maior que {limit}</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>não pode ser negativo</translation>
        </message>
        <message>
            <source>must not contain a line break, a tab or another invisible control character</source>
            <translation>não deve conter quebras de linha, tabulações nem outros caracteres de controle invisíveis</translation>
        </message>
        <message>
            <source>no EU reference number</source>
            <translation>sem número de referência da UE</translation>
        </message>
        <message>
            <source>no reference number</source>
            <translation>sem número de referência</translation>
        </message>
        <message>
            <source>no sanctions result changed</source>
            <translation>nenhum resultado de sanções mudou</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nenhum</translation>
        </message>
        <message>
            <source>of an unknown kind</source>
            <translation>de um tipo desconhecido</translation>
        </message>
        <message>
            <source>on hold for a decision</source>
            <translation>retido para decisão</translation>
        </message>
        <message>
            <source>on {date} at {time}</source>
            <translation>em {date} às {time}</translation>
        </message>
        <message>
            <source>order</source>
            <translation>encomenda</translation>
        </message>
        <message>
            <source>order {name}</source>
            <translation>a encomenda {name}</translation>
        </message>
        <message>
            <source>order {name} has no audit event</source>
            <translation>o pedido {name} não tem evento de auditoria</translation>
        </message>
        <message>
            <source>order {reference} already exists with other content: change its reference in the file, or edit the order in the app</source>
            <translation>o pedido {reference} já existe com outro conteúdo: altere a referência no arquivo ou edite o pedido no aplicativo</translation>
        </message>
        <message>
            <source>order {reference}: the consignee differs from row {row}</source>
            <translation>encomenda {reference}: o consignatário difere da linha {row}</translation>
        </message>
        <message>
            <source>order {reference}: the currency differs from row {row}</source>
            <translation>pedido {reference}: a moeda não é a mesma da linha {row}</translation>
        </message>
        <message>
            <source>order {reference}: the customer differs from row {row}</source>
            <translation>pedido {reference}: o cliente não é o mesmo da linha {row}</translation>
        </message>
        <message>
            <source>order {reference}: the destination country differs from row {row}</source>
            <translation>pedido {reference}: o país de destino não é o mesmo da linha {row}</translation>
        </message>
        <message>
            <source>order {reference}: the end user differs from row {row}</source>
            <translation>pedido {reference}: o usuário final não é o mesmo da linha {row}</translation>
        </message>
        <message>
            <source>order {reference}: the intended use differs from row {row}</source>
            <translation>pedido {reference}: o uso previsto não é o mesmo da linha {row}</translation>
        </message>
        <message>
            <source>order {reference}: the order date differs from row {row}</source>
            <translation>pedido {reference}: a data do pedido não é a mesma da linha {row}</translation>
        </message>
        <message>
            <source>order {reference}: the sales model differs from row {row}</source>
            <translation>pedido {reference}: o modelo de venda não é o mesmo da linha {row}</translation>
        </message>
        <message>
            <source>order {reference}: the use-case tags differ from row {row}</source>
            <translation>pedido {reference}: as etiquetas de caso de uso não são as mesmas da linha {row}</translation>
        </message>
        <message>
            <source>packet {name}</source>
            <translation>o pacote {name}</translation>
        </message>
        <message>
            <source>packet {name} has no audit event</source>
            <translation>o pacote {name} não tem evento de auditoria</translation>
        </message>
        <message>
            <source>person {name}</source>
            <translation>a pessoa {name}</translation>
        </message>
        <message>
            <source>policy template, {where}: {problem}</source>
            <translation>modelo da política, {where}: {problem}</translation>
        </message>
        <message>
            <source>policy version {number}</source>
            <translation>a versão {number} da política</translation>
        </message>
        <message>
            <source>proceed</source>
            <translation>prosseguir</translation>
        </message>
        <message>
            <source>proceed with conditions</source>
            <translation>prosseguir com condições</translation>
        </message>
        <message>
            <source>products</source>
            <translation>produtos</translation>
        </message>
        <message>
            <source>prohibited</source>
            <translation>proibido</translation>
        </message>
        <message>
            <source>quantity '{quantity}' is not a whole number</source>
            <translation>a quantidade “{quantity}” não é um número inteiro</translation>
        </message>
        <message>
            <source>quantity {quantity} is more than {limit}, the most one order line can hold</source>
            <translation>a quantidade {quantity} é maior que {limit}, o máximo que uma linha do pedido pode ter</translation>
        </message>
        <message>
            <source>quantity {quantity} must be greater than zero</source>
            <translation>a quantidade {quantity} precisa ser maior que zero</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>na fila</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>referência</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rejeitado</translation>
        </message>
        <message>
            <source>rejected the order</source>
            <translation>rejeitou o pedido</translation>
        </message>
        <message>
            <source>review {id} of a possible sanctions match</source>
            <translation>revisão {id} de uma possível correspondência com sanções</translation>
        </message>
        <message>
            <source>sales model</source>
            <translation>modelo de venda</translation>
        </message>
        <message>
            <source>sales model '{value}' is not 'assisted' or 'self_service'</source>
            <translation>o modelo de venda “{value}” não é “assisted” nem “self_service”</translation>
        </message>
        <message>
            <source>sanctionEntity number {number} ({reference})</source>
            <translation>sanctionEntity número {number} ({reference})</translation>
        </message>
        <message>
            <source>sanctions check {id} of a party</source>
            <translation>verificação de sanções {id} de uma parte</translation>
        </message>
        <message>
            <source>sanctions list version {id} ({name})</source>
            <translation>versão {id} da lista de sanções ({name})</translation>
        </message>
        <message>
            <source>screening</source>
            <translation>avaliação</translation>
        </message>
        <message>
            <source>screening {id} of order {name}</source>
            <translation>a avaliação {id} da encomenda {name}</translation>
        </message>
        <message>
            <source>semicolons</source>
            <translation>pontos e vírgulas</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>enviando</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>enviado</translation>
        </message>
        <message>
            <source>someone at another desk</source>
            <translation>alguém noutro posto</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>equipe</translation>
        </message>
        <message>
            <source>standard</source>
            <translation>normal</translation>
        </message>
        <message>
            <source>status</source>
            <translation>estado</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>tabulações</translation>
        </message>
        <message>
            <source>the approver's job title</source>
            <translation>o cargo de quem aprova</translation>
        </message>
        <message>
            <source>the chain was rewritten: event {seq} no longer has the hash signed on {when}</source>
            <translation>a cadeia foi reescrita: o evento {seq} já não tem o hash assinado em {when}</translation>
        </message>
        <message>
            <source>the company's key is gone from the database, so the signed heads cannot be checked (the newest names event {seq})</source>
            <translation>a chave da empresa desapareceu da base de dados, por isso as cabeças assinadas não podem ser verificadas (a mais recente indica o evento {seq})</translation>
        </message>
        <message>
            <source>the consignee</source>
            <translation>o consignatário</translation>
        </message>
        <message>
            <source>the customer</source>
            <translation>o cliente</translation>
        </message>
        <message>
            <source>the database is damaged</source>
            <translation>o banco de dados está danificado</translation>
        </message>
        <message>
            <source>the database is read-only</source>
            <translation>o banco de dados é somente leitura</translation>
        </message>
        <message>
            <source>the date it was approved</source>
            <translation>a data em que foi aprovada</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>o disco está cheio</translation>
        </message>
        <message>
            <source>the distributor</source>
            <translation>o distribuidor</translation>
        </message>
        <message>
            <source>the distributor's answer {id} on order {name}</source>
            <translation>a resposta {id} do distribuidor sobre a encomenda {name}</translation>
        </message>
        <message>
            <source>the drive could not be read or written</source>
            <translation>não foi possível ler nem gravar na unidade</translation>
        </message>
        <message>
            <source>the end user</source>
            <translation>o usuário final</translation>
        </message>
        <message>
            <source>the event saying the chain's head is signed is missing, though signed heads are stored (the oldest names event {seq}): events were deleted</source>
            <translation>falta o evento que diz que a cabeça da cadeia é assinada, embora haja cabeças assinadas guardadas (a mais antiga indica o evento {seq}): foram eliminados eventos</translation>
        </message>
        <message>
            <source>the head signed on {when} (event {seq}) holds</source>
            <translation>a cabeça assinada em {when} (evento {seq}) é válida</translation>
        </message>
        <message>
            <source>the name of the senior person who approves it (owner, managing director or board)</source>
            <translation>o nome da pessoa da direção que a aprova (proprietário, diretor-geral ou conselho)</translation>
        </message>
        <message>
            <source>the order reference '{reference}' holds {separators}: the row is probably separated otherwise than the first row</source>
            <translation>a referência de encomenda '{reference}' contém {separators}: provavelmente a linha está separada de outra forma que a primeira linha</translation>
        </message>
        <message>
            <source>the order reference is empty</source>
            <translation>a referência do pedido está vazia</translation>
        </message>
        <message>
            <source>the order reference must not contain a line break, a tab or another invisible control character</source>
            <translation>a referência do pedido não deve conter quebras de linha, tabulações nem outros caracteres de controle invisíveis</translation>
        </message>
        <message>
            <source>the policy template is not valid JSON: {error}</source>
            <translation>o modelo da política não é um JSON válido: {error}</translation>
        </message>
        <message>
            <source>the record hashes of event {seq} were changed</source>
            <translation>os hashes dos registos do evento {seq} foram alterados</translation>
        </message>
        <message>
            <source>the records of this database were never sealed with their hashes: open it once where it can be saved</source>
            <translation>os registos desta base de dados nunca foram selados com os seus hashes: abra-a uma vez onde possa ser guardada</translation>
        </message>
        <message>
            <source>the senior approver (set one up in the company profile)</source>
            <translation>o aprovador da direção (configure um no perfil da empresa)</translation>
        </message>
        <message>
            <source>the signed head of {when} (event {seq}) does not hold: its signature is not the company key's signature of what it says (it was edited or forged)</source>
            <translation>a cabeça assinada em {when} (evento {seq}) não é válida: a sua assinatura não é a assinatura da chave da empresa sobre o que diz (foi editada ou falsificada)</translation>
        </message>
        <message>
            <source>the signed head of {when} (event {seq}) names another key (fingerprint {theirs}), not the company's (fingerprint {ours})</source>
            <translation>a cabeça assinada em {when} (evento {seq}) indica outra chave (impressão digital {theirs}), não a da empresa (impressão digital {ours})</translation>
        </message>
        <message>
            <source>the signed heads were deleted: event {seq} says the chain's head has been signed since {when}, but no signed head is stored</source>
            <translation>as cabeças assinadas foram eliminadas: o evento {seq} diz que a cabeça da cadeia é assinada desde {when}, mas não há nenhuma cabeça assinada guardada</translation>
        </message>
        <message>
            <source>the signed heads were deleted: event {seq} says the chain's head has been signed since {when}, but the oldest signed head stored names event {oldest}</source>
            <translation>as cabeças assinadas foram eliminadas: o evento {seq} diz que a cabeça da cadeia é assinada desde {when}, mas a cabeça assinada mais antiga guardada indica o evento {oldest}</translation>
        </message>
        <message>
            <source>the table of the signed heads was removed from the database</source>
            <translation>a tabela das cabeças assinadas foi removida da base de dados</translation>
        </message>
        <message>
            <source>the uses you will not sell for</source>
            <translation>os usos para os quais você não vende</translation>
        </message>
        <message>
            <source>the {column} cell holds a zero byte (NUL), which no text holds: the file is damaged in this row</source>
            <translation>a célula {column} contém um byte zero (NUL), que nenhum texto contém: o ficheiro está danificado nesta linha</translation>
        </message>
        <message>
            <source>the {column} cell holds line breaks and {separators}: a quotation mark is probably not closed, so lines {first} to {last} of the file were read into this one row</source>
            <translation>a célula {column} contém quebras de linha e {separators}: provavelmente umas aspas não foram fechadas, por isso as linhas {first} a {last} do ficheiro foram lidas nesta única linha</translation>
        </message>
        <message>
            <source>this row has {cells} cells where the first row has {columns} column names: a separator or quotation mark in this row is probably wrong</source>
            <translation>esta linha tem {cells} células e a primeira linha tem {columns} nomes de coluna: provavelmente um separador ou umas aspas desta linha estão errados</translation>
        </message>
        <message>
            <source>unit price {price} is more than {limit}, the most one unit can cost</source>
            <translation>o preço unitário {price} é maior que {limit}, o máximo que uma unidade pode custar</translation>
        </message>
        <message>
            <source>unit price {price} must not be negative</source>
            <translation>o preço unitário {price} não pode ser negativo</translation>
        </message>
        <message>
            <source>use cases</source>
            <translation>casos de uso</translation>
        </message>
        <message>
            <source>vertical bars</source>
            <translation>barras verticais</translation>
        </message>
        <message>
            <source>what you expect of customers</source>
            <translation>o que você espera dos clientes</translation>
        </message>
        <message>
            <source>what you expect of distributors, vendors and other partners</source>
            <translation>o que você espera dos distribuidores, fabricantes e outros parceiros</translation>
        </message>
        <message>
            <source>what you expect of your staff</source>
            <translation>o que você espera da sua equipe</translation>
        </message>
        <message>
            <source>when you ask your distributor or vendor for advice on a sale</source>
            <translation>quando você pede orientação ao seu distribuidor ou ao fabricante sobre uma venda</translation>
        </message>
        <message>
            <source>where the public can read the policy (for example a page on your website)</source>
            <translation>onde o público pode ler a política (por exemplo, uma página no seu site)</translation>
        </message>
        <message>
            <source>who inside the company was consulted, or which outside expertise was used (for example your distributor or published guidance)</source>
            <translation>quem foi consultado dentro da empresa, ou que conhecimento externo foi usado (por exemplo, o seu distribuidor ou orientações publicadas)</translation>
        </message>
        <message>
            <source>who is trained, on what, and how often</source>
            <translation>quem recebe treinamento, sobre o quê e com que frequência</translation>
        </message>
        <message>
            <source>who to contact to raise a concern</source>
            <translation>a quem se dirigir para relatar uma preocupação</translation>
        </message>
        <message>
            <source>{action} needs the role {needed}; {person} has the role {role}.</source>
            <translation>{action} exige a função {needed}; {person} tem a função {role}.</translation>
        </message>
        <message>
            <source>{address} is not signed in to {provider} on this computer. Sign in to {provider} in Settings &gt; E-mail.</source>
            <translation>{address} não iniciou sessão no {provider} neste computador. Inicie sessão no {provider} em Configurações &gt; E-mail.</translation>
        </message>
        <message>
            <source>{approver} sent the request for approval back to {who}: {reason}</source>
            <translation>{approver} devolveu o pedido de aprovação a {who}: {reason}</translation>
        </message>
        <message>
            <source>{app} daily digest of {day}: {overdue} overdue, {waiting} waiting</source>
            <translation>Resumo diário do {app} de {day}: {overdue} em atraso, {waiting} pendentes</translation>
        </message>
        <message>
            <source>{country} is not a country's two-letter ISO code (e.g. DE).</source>
            <translation>{country} não é o código ISO de duas letras de um país (p. ex. DE).</translation>
        </message>
        <message>
            <source>{country}: no longer listed, gets the fallback tier ({level}).</source>
            <translation>{country}: não está mais na lista, recebe o nível de reserva ({level}).</translation>
        </message>
        <message>
            <source>{country}: now listed as {level}.</source>
            <translation>{country}: agora na lista como {level}.</translation>
        </message>
        <message>
            <source>{country}: {before}, now {after}.</source>
            <translation>{country}: {before}, agora {after}.</translation>
        </message>
        <message>
            <source>{count} changes compared with the pack in use:</source>
            <translation>{count} alterações em relação ao pacote em uso:</translation>
        </message>
        <message>
            <source>{count} distributor answers came in the last {days} days: orders {refs}.</source>
            <translation>{count} respostas do distribuidor nos últimos {days} dias: pedidos {refs}.</translation>
        </message>
        <message>
            <source>{count} e-mails could not be sent: open the outbox to retry or export them.</source>
            <translation>Não foi possível enviar {count} e-mails: abra a caixa de saída para tentar de novo ou exportá-los.</translation>
        </message>
        <message>
            <source>{count} follow-ups are due today: orders {refs}.</source>
            <translation>{count} acompanhamentos para hoje: pedidos {refs}.</translation>
        </message>
        <message>
            <source>{count} follow-ups are overdue: orders {refs}.</source>
            <translation>{count} acompanhamentos em atraso: pedidos {refs}.</translation>
        </message>
        <message>
            <source>{count} matches gone</source>
            <translation>{count} correspondências desaparecidas</translation>
        </message>
        <message>
            <source>{count} matches now only possible</source>
            <translation>{count} correspondências agora apenas possíveis</translation>
        </message>
        <message>
            <source>{count} new matches</source>
            <translation>{count} novas correspondências</translation>
        </message>
        <message>
            <source>{count} new possible matches</source>
            <translation>{count} novas correspondências possíveis</translation>
        </message>
        <message>
            <source>{count} orders have been held for more than {days} days without a decision: {refs}.</source>
            <translation>{count} pedidos estão retidos há mais de {days} dias sem decisão: {refs}.</translation>
        </message>
        <message>
            <source>{count} records stored before their hashes were kept were sealed with their SHA-256.</source>
            <translation>{count} registos guardados antes de os seus hashes serem mantidos foram selados com o seu SHA-256.</translation>
        </message>
        <message>
            <source>{customers} customers and {orders} open orders checked again</source>
            <translation>{customers} clientes e {orders} encomendas abertas verificados novamente</translation>
        </message>
        <message>
            <source>{domain} is not in the app's list of providers: these settings are a guess (smtp.{domain}, port {port}, STARTTLS). Check them with your provider or IT person, then send a test message.</source>
            <translation>{domain} não está na lista de provedores do aplicativo: estas configurações são um palpite (smtp.{domain}, porta {port}, STARTTLS). Confirme-as com o seu provedor ou o responsável de TI e depois envie uma mensagem de teste.</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} de {total}</translation>
        </message>
        <message>
            <source>{element} number {number} ({reference})</source>
            <translation>{element} número {number} ({reference})</translation>
        </message>
        <message>
            <source>{email} is not an e-mail address (name@example.com).</source>
            <translation>{email} não é um endereço de e-mail (nome@example.com).</translation>
        </message>
        <message>
            <source>{field} is not a field of this file.</source>
            <translation>{field} não é um campo deste ficheiro.</translation>
        </message>
        <message>
            <source>{file} has no column 'Unique ID' (nor OFSI's 'Group ID'): it is not the UK sanctions list.</source>
            <translation>{file} não tem a coluna 'Unique ID' (nem a 'Group ID' do OFSI): não é a lista de sanções do Reino Unido.</translation>
        </message>
        <message>
            <source>{file} has no header row with the column 'Name 6' in its first lines: it is not the UK sanctions list.</source>
            <translation>{file} não tem nas primeiras linhas uma linha de cabeçalho com a coluna 'Name 6': não é a lista de sanções do Reino Unido.</translation>
        </message>
        <message>
            <source>{file} holds more than {files} files or {size} MB, more than any packet or evidence bundle: check that you chose the right file.</source>
            <translation>{file} contém mais de {files} ficheiros ou {size} MB, mais do que qualquer pacote ou dossiê de evidências: verifique se escolheu o ficheiro certo.</translation>
        </message>
        <message>
            <source>{file} holds more than {limit}, more than such a file ever is: check that you chose the right file.</source>
            <translation>{file} contém mais de {limit}, mais do que um arquivo assim jamais tem: verifique se escolheu o arquivo certo.</translation>
        </message>
        <message>
            <source>{file} holds no chain-head.json: it was built before heads were signed, or where the company's key is not.</source>
            <translation>{file} não contém nenhum chain-head.json: foi criado antes de as cabeças serem assinadas, ou onde a chave da empresa não está.</translation>
        </message>
        <message>
            <source>{file} holds no entry with a name: it is not the UK sanctions list.</source>
            <translation>{file} não contém nenhuma entrada com nome: não é a lista de sanções do Reino Unido.</translation>
        </message>
        <message>
            <source>{file} holds no entry: it is not OFAC's SDN list.</source>
            <translation>{file} não contém nenhuma entrada: não é a lista SDN da OFAC.</translation>
        </message>
        <message>
            <source>{file} holds no entry: the UN list is never empty, so the file is damaged.</source>
            <translation>{file} não contém nenhuma entrada: a lista da ONU nunca está vazia, portanto o arquivo está danificado.</translation>
        </message>
        <message>
            <source>{file} holds no escalation packet's JSON for packet {packet}.</source>
            <translation>{file} não contém o JSON de um pacote de escalonamento para o pacote {packet}.</translation>
        </message>
        <message>
            <source>{file} holds no listed party: it is not a sanctions list, or it is empty.</source>
            <translation>{file} não contém nenhuma parte listada: não é uma lista de sanções ou está vazia.</translation>
        </message>
        <message>
            <source>{file} holds no sanctionEntity with a name: it is not the EU consolidated list.</source>
            <translation>{file} não contém nenhum sanctionEntity com nome: não é a lista consolidada da UE.</translation>
        </message>
        <message>
            <source>{file} holds the key of {owner} (fingerprint {theirs}), not this desk's signing key (fingerprint {ours}), whose private half alone is on this computer. Nothing was signed.</source>
            <translation>{file} contém a chave de {owner} (impressão digital {theirs}), não a chave de assinatura deste posto (impressão digital {ours}), cuja metade privada é a única que está neste computador. Nada foi assinado.</translation>
        </message>
        <message>
            <source>{file} is OFAC's list in XML, which the app does not read: import OFAC's CSV set instead (sdn.csv with alt.csv, add.csv and sdn_comments.csv beside it).</source>
            <translation>{file} é a lista da OFAC em XML, que o aplicativo não lê: importe em vez disso o conjunto CSV da OFAC (sdn.csv com alt.csv, add.csv e sdn_comments.csv ao lado).</translation>
        </message>
        <message>
            <source>{file} is XML but none of the lists the app reads (OFAC, UN, EU, UK): its root element is {root}.</source>
            <translation>{file} é XML, mas não é nenhuma das listas que o aplicativo lê (OFAC, ONU, UE, Reino Unido): seu elemento raiz é {root}.</translation>
        </message>
        <message>
            <source>{file} is XML but not the EU consolidated list: its root element is {found}, not {expected}.</source>
            <translation>{file} é XML, mas não é a lista consolidada da UE: seu elemento raiz é {found}, não {expected}.</translation>
        </message>
        <message>
            <source>{file} is XML but not the UN consolidated list: its root element is {found}, not {expected}.</source>
            <translation>{file} é XML, mas não é a lista consolidada da ONU: seu elemento raiz é {found}, não {expected}.</translation>
        </message>
        <message>
            <source>{file} is a due diligence report, not an escalation: it asks for no decision. Read its PDF; its JSON holds the same figures.</source>
            <translation>{file} é um relatório de diligência devida, não uma escalada: não pede nenhuma decisão. Leia o seu PDF; o seu JSON contém os mesmos números.</translation>
        </message>
        <message>
            <source>{file} is a misuse report, not an escalation: it asks for no decision. Read its PDF and answer the reseller directly.</source>
            <translation>{file} é um relatório de utilização indevida, não um escalonamento: não pede nenhuma decisão. Leia o seu PDF e responda diretamente ao revendedor.</translation>
        </message>
        <message>
            <source>{file} is an e-mail without attachments: it holds no packet.</source>
            <translation>{file} é um e-mail sem anexos: não contém nenhum pacote.</translation>
        </message>
        <message>
            <source>{file} is empty: it is not a sanctions list.</source>
            <translation>{file} está vazio: não é uma lista de sanções.</translation>
        </message>
        <message>
            <source>{file} is none of the lists the app reads but a PDF document: import the list as its publisher offers it for download (CSV or XML).</source>
            <translation>{file} não é nenhuma das listas que a aplicação lê, mas sim um documento PDF: importe a lista tal como o seu editor a disponibiliza para transferência (CSV ou XML).</translation>
        </message>
        <message>
            <source>{file} is none of the lists the app reads but a Word, Excel or RTF document: import the list as its publisher offers it for download (CSV or XML).</source>
            <translation>{file} não é nenhuma das listas que a aplicação lê, mas sim um documento Word, Excel ou RTF: importe a lista tal como o seu editor a disponibiliza para transferência (CSV ou XML).</translation>
        </message>
        <message>
            <source>{file} is none of the lists the app reads but a compressed archive (ZIP, gzip, 7-Zip or RAR): unpack it and import the list file inside (for OFAC, sdn.csv).</source>
            <translation>{file} não é nenhuma das listas que a aplicação lê, mas sim um arquivo comprimido (ZIP, gzip, 7-Zip ou RAR): descomprima-o e importe o ficheiro da lista que contém (para a OFAC, sdn.csv).</translation>
        </message>
        <message>
            <source>{file} is none of the lists the app reads: OFAC's sdn.csv, the UN consolidated list (XML), the EU consolidated list (XML) or the UK sanctions list (CSV).</source>
            <translation>{file} não é nenhuma das listas que o aplicativo lê: o sdn.csv da OFAC, a lista consolidada da ONU (XML), a lista consolidada da UE (XML) ou a lista de sanções do Reino Unido (CSV).</translation>
        </message>
        <message>
            <source>{file} is not a CSV text file: it holds other data, such as a spreadsheet workbook. Save or export the orders as CSV (comma-separated values) in your shop or spreadsheet program and import that file.</source>
            <translation>{file} não é um arquivo de texto CSV: contém outro tipo de dados, como uma pasta de trabalho de planilha. Salve ou exporte os pedidos como CSV (valores separados por vírgula) no programa da sua loja ou de planilhas e importe esse arquivo.</translation>
        </message>
        <message>
            <source>{file} is not a criteria pack the app can use: {reason} Nothing was signed.</source>
            <translation>{file} não é um pacote de critérios que a aplicação possa usar: {reason} Nada foi assinado.</translation>
        </message>
        <message>
            <source>{file} is not a file.</source>
            <translation>{file} não é um ficheiro.</translation>
        </message>
        <message>
            <source>{file} is not a packet's zip or folder ({error}).</source>
            <translation>{file} não é o zip nem a pasta de um pacote ({error}).</translation>
        </message>
        <message>
            <source>{file} is not a packet: it has no manifest.json.</source>
            <translation>{file} não é um pacote: não tem manifest.json.</translation>
        </message>
        <message>
            <source>{file} is one of the files beside OFAC's sdn.csv: import sdn.csv itself, with alt.csv, add.csv and sdn_comments.csv in the same folder.</source>
            <translation>{file} é um dos arquivos que acompanham o sdn.csv da OFAC: importe o próprio sdn.csv, com alt.csv, add.csv e sdn_comments.csv na mesma pasta.</translation>
        </message>
        <message>
            <source>{file} is refused: {reason}</source>
            <translation>{file} é recusado: {reason}</translation>
        </message>
        <message>
            <source>{file} is {size}, more than such a file ever is (at most {limit}): check that you chose the right file.</source>
            <translation>{file} tem {size}, mais do que um arquivo assim jamais tem (no máximo {limit}): verifique se escolheu o arquivo certo.</translation>
        </message>
        <message>
            <source>{file} says it comes from {reseller}, but it is signed with the key of {other} (fingerprint {fingerprint}).</source>
            <translation>{file} diz vir de {reseller}, mas está assinado com a chave de {other} (impressão digital {fingerprint}).</translation>
        </message>
        <message>
            <source>{file} was altered after its manifest was made: {files} differ (missing or changed). Ask the reseller to send the packet again.</source>
            <translation>{file} foi alterado depois de o seu manifesto ser criado: {files} diferem (em falta ou alterados). Peça ao revendedor que envie o pacote novamente.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the CSV is broken ({error}): the file is cut short or damaged; download it again.</source>
            <translation>{file}, linha {line}: o CSV está corrompido ({error}): o arquivo está cortado ou danificado; baixe-o novamente.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the XML declares a DOCTYPE, which no sanctions list does; it is refused because its entities could make the app read other files or run out of memory.</source>
            <translation>{file}, linha {line}: o XML declara um DOCTYPE, o que nenhuma lista de sanções faz; é recusado porque suas entidades poderiam fazer o aplicativo ler outros arquivos ou esgotar a memória.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the XML is broken ({error}){inside}: the file is probably cut short or damaged; download it again.</source>
            <translation>{file}, linha {line}: o XML está corrompido ({error}){inside}: o arquivo provavelmente está cortado ou danificado; baixe-o novamente.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the XML is nested more than {limit} levels deep, deeper than any sanctions list: it is not a list file.</source>
            <translation>{file}, linha {line}: o XML tem mais de {limit} níveis de aninhamento, mais do que qualquer lista de sanções: não é um arquivo de lista.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the column '{column}' is empty, but every row of the UK list has its id there.</source>
            <translation>{file}, linha {line}: a coluna '{column}' está vazia, mas cada linha da lista do Reino Unido traz ali o seu identificador.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the entry number '{value}' is not a number: this is not OFAC's {file}.</source>
            <translation>{file}, linha {line}: o número de entrada '{value}' não é um número: isto não é o {file} da OFAC.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the row ends in the middle of its last field: the file is cut short; download it again.</source>
            <translation>{file}, linha {line}: a linha termina a meio do seu último campo: o ficheiro está cortado; transfira-o novamente.</translation>
        </message>
        <message>
            <source>{file}, line {line}: {found} columns where OFAC's file has {expected}: the file is cut short or is not OFAC's {file}.</source>
            <translation>{file}, linha {line}: {found} colunas onde o arquivo da OFAC tem {expected}: o arquivo está cortado ou não é o {file} da OFAC.</translation>
        </message>
        <message>
            <source>{file}, line {line}: {found} columns where the header has {expected}: the file is cut short or damaged; download it again.</source>
            <translation>{file}, linha {line}: {found} colunas onde o cabeçalho tem {expected}: o arquivo está cortado ou danificado; baixe-o novamente.</translation>
        </message>
        <message>
            <source>{file}, {where}: a name of {length} characters, longer than any real name: the file is damaged or is not a sanctions list.</source>
            <translation>{file}, {where}: um nome de {length} caracteres, mais longo que qualquer nome real: o arquivo está danificado ou não é uma lista de sanções.</translation>
        </message>
        <message>
            <source>{file}, {where}: the entry has no REFERENCE_NUMBER, which every entry of the UN list has: the file is damaged.</source>
            <translation>{file}, {where}: a entrada não tem REFERENCE_NUMBER, que todas as entradas da lista da ONU têm: o arquivo está danificado.</translation>
        </message>
        <message>
            <source>{file}, {where}: the entry has no euReferenceNumber, which every entry of the EU list has: the file is damaged.</source>
            <translation>{file}, {where}: a entrada não tem euReferenceNumber, que todas as entradas da lista da UE têm: o arquivo está danificado.</translation>
        </message>
        <message>
            <source>{file}: refused: {reason}</source>
            <translation>{file}: recusado: {reason}</translation>
        </message>
        <message>
            <source>{file}: the reseller's signature cannot be read: {reason}</source>
            <translation>{file}: a assinatura do revendedor não pode ser lida: {reason}</translation>
        </message>
        <message>
            <source>{file}: {reason}</source>
            <translation>{file}: {reason}</translation>
        </message>
        <message>
            <source>{host} and the app found no login method they both know. Check the security setting (a login needs STARTTLS or SSL).</source>
            <translation>{host} e o aplicativo não encontraram nenhum método de login em comum. Verifique a segurança (um login precisa de STARTTLS ou SSL).</translation>
        </message>
        <message>
            <source>{host} answered “{code} {reason}” for {address}: the address may have changed; check it in Settings (Sanctions lists). {stay}</source>
            <translation>{host} respondeu “{code} {reason}” para {address}: o endereço pode ter mudado; verifique-o em Configurações (Listas de sanções). {stay}</translation>
        </message>
        <message>
            <source>{host} closed the connection before the message was through. Try again later; if it keeps happening, check the port and security, or ask your provider whether it limits sending.</source>
            <translation>{host} fechou a conexão antes de a mensagem terminar. Tente de novo mais tarde; se continuar, verifique a porta e a segurança ou pergunte ao seu provedor se ele limita os envios.</translation>
        </message>
        <message>
            <source>{host} did not answer on port {port}. Check the port and security (587 with STARTTLS, 465 with SSL), and whether a firewall or your internet provider blocks outgoing mail.</source>
            <translation>{host} não respondeu na porta {port}. Verifique a porta e a segurança (587 com STARTTLS, 465 com SSL) e se um firewall ou o seu provedor de internet bloqueia o e-mail de saída.</translation>
        </message>
        <message>
            <source>{host} did not answer within {seconds} seconds: the connection may be down or slow. {stay}</source>
            <translation>{host} não respondeu em {seconds} segundos: a conexão pode estar fora do ar ou lenta. {stay}</translation>
        </message>
        <message>
            <source>{host} did not take the message.</source>
            <translation>{host} não aceitou a mensagem.</translation>
        </message>
        <message>
            <source>{host} does not offer STARTTLS on port {port}: choose SSL with port 465, or the port your provider names.</source>
            <translation>{host} não oferece STARTTLS na porta {port}: escolha SSL com a porta 465 ou a porta que o seu provedor indicar.</translation>
        </message>
        <message>
            <source>{host} refused the login: check the user name (usually your full address) and the password.</source>
            <translation>{host} recusou o login: verifique o nome de usuário (normalmente o seu endereço completo) e a senha.</translation>
        </message>
        <message>
            <source>{host} refused the recipient address: check it.</source>
            <translation>{host} recusou o endereço do destinatário: verifique-o.</translation>
        </message>
        <message>
            <source>{host} refused to send from {address}: the sending address must belong to the account you log in with.</source>
            <translation>{host} recusou enviar de {address}: o endereço de envio precisa pertencer à conta com que você entra.</translation>
        </message>
        <message>
            <source>{host} sent more than {limit} (at least {size}), more than a sanctions list ever is: nothing was imported. Check the address in Settings (Sanctions lists).</source>
            <translation>{host} enviou mais de {limit} (pelo menos {size}), mais do que qualquer lista de sanções: nada foi importado. Verifique o endereço em Configurações (Listas de sanções).</translation>
        </message>
        <message>
            <source>{item} added.</source>
            <translation>Item {item} adicionado.</translation>
        </message>
        <message>
            <source>{item} changed ({before}, now {after}).</source>
            <translation>Item {item} alterado ({before}, agora {after}).</translation>
        </message>
        <message>
            <source>{item} changed.</source>
            <translation>Item {item} alterado.</translation>
        </message>
        <message>
            <source>{item} removed.</source>
            <translation>Item {item} removido.</translation>
        </message>
        <message>
            <source>{label}: {problem}</source>
            <translation>{label}: {problem}</translation>
        </message>
        <message>
            <source>{missing} is not beside {file}: OFAC publishes the SDN list as sdn.csv with alt.csv (its other names) and add.csv (its addresses); put them in the same folder.</source>
            <translation>{missing} não está ao lado de {file}: a OFAC publica a lista SDN como sdn.csv com alt.csv (seus outros nomes) e add.csv (seus endereços); coloque-os na mesma pasta.</translation>
        </message>
        <message>
            <source>{name} ({days} days)</source>
            <translation>{name} ({days} dias)</translation>
        </message>
        <message>
            <source>{name} already has a pinned key (fingerprint {ours}, pinned on {date} by {who}); this file holds another (fingerprint {theirs}). Nothing was changed. Replace it only after checking the new fingerprint with {name}.</source>
            <translation>{name} já tem uma chave fixada (impressão digital {ours}, fixada em {date} por {who}); este ficheiro contém outra (impressão digital {theirs}). Nada foi alterado. Substitua-a apenas depois de verificar a nova impressão digital com {name}.</translation>
        </message>
        <message>
            <source>{name} cannot be read: {error}.</source>
            <translation>{name} não pode ser lido: {error}.</translation>
        </message>
        <message>
            <source>{name} is a name Windows keeps for a device: the distributor could not save it. Rename the file and add it again.</source>
            <translation>{name} é um nome que o Windows reserva para um dispositivo: o distribuidor não poderia salvá-lo. Renomeie o arquivo e adicione-o novamente.</translation>
        </message>
        <message>
            <source>{name} is damaged (integrity check: {problem}); choose another backup.</source>
            <translation>{name} está danificado (verificação de integridade: {problem}); escolha outro backup.</translation>
        </message>
        <message>
            <source>{name} is damaged or not a database: {error}.</source>
            <translation>{name} está danificado ou não é um banco de dados: {error}.</translation>
        </message>
        <message>
            <source>{name} is not a Channel Diligence backup: it is an SQLite database of another program (it has no {tables} table).</source>
            <translation>{name} não é um backup do Channel Diligence: é um banco de dados SQLite de outro programa (não tem a tabela {tables}).</translation>
        </message>
        <message>
            <source>{name} is not a Channel Diligence backup: it is not an SQLite database file.</source>
            <translation>{name} não é um backup do Channel Diligence: não é um arquivo de banco de dados SQLite.</translation>
        </message>
        <message>
            <source>{name} is not a Channel Diligence backup: its schema version (none) is unknown.</source>
            <translation>{name} não é um backup do Channel Diligence: a versão do esquema (nenhuma) é desconhecida.</translation>
        </message>
        <message>
            <source>{name} is not a Channel Diligence backup: its schema version ({revision}) is unknown.</source>
            <translation>{name} não é um backup do Channel Diligence: a versão do esquema ({revision}) é desconhecida.</translation>
        </message>
        <message>
            <source>{name} was made by a newer version of Channel Diligence (schema {revision}): update the app first, then restore it.</source>
            <translation>{name} foi criado por uma versão mais nova do Channel Diligence (esquema {revision}): atualize primeiro o aplicativo e depois restaure-o.</translation>
        </message>
        <message>
            <source>{path} does not exist or is not a file.</source>
            <translation>{path} não existe ou não é um arquivo.</translation>
        </message>
        <message>
            <source>{person} already has the role {role}.</source>
            <translation>{person} já tem a função {role}.</translation>
        </message>
        <message>
            <source>{person} cannot approve: choose an active approver or administrator, or any approver.</source>
            <translation>{person} não pode aprovar: escolha um aprovador ou administrador ativo, ou qualquer aprovador.</translation>
        </message>
        <message>
            <source>{person} is already active.</source>
            <translation>{person} já está ativo.</translation>
        </message>
        <message>
            <source>{person} is already inactive.</source>
            <translation>{person} já está inativo.</translation>
        </message>
        <message>
            <source>{person} is locked after too many wrong passphrases, until {time}. Try again then, or ask an administrator to reset the passphrase.</source>
            <translation>{person} está bloqueado após frases-senha incorretas demais, até {time}. Tente novamente nesse horário ou peça a um administrador que redefina a frase-senha.</translation>
        </message>
        <message>
            <source>{person} is no longer active and cannot do this.</source>
            <translation>{person} não está mais ativo e não pode fazer isto.</translation>
        </message>
        <message>
            <source>{person} is no longer active: ask an administrator.</source>
            <translation>{person} não está mais ativo: fale com um administrador.</translation>
        </message>
        <message>
            <source>{person} was changed at {time} by someone else since you opened the list; nothing was saved. Look at the list again and redo your change.</source>
            <translation>{person} foi alterado às {time} por outra pessoa depois que você abriu a lista; nada foi salvo. Veja a lista de novo e refaça a sua alteração.</translation>
        </message>
        <message>
            <source>{provider} accepts other programs only after you allow POP3/IMAP access in its web mail settings.</source>
            <translation>{provider} só aceita outros programas depois que você permitir o acesso POP3/IMAP nas configurações do webmail.</translation>
        </message>
        <message>
            <source>{provider} did not allow the app to stay signed in. Try again and allow access.</source>
            <translation>O {provider} não permitiu que o aplicativo mantivesse a sessão. Tente novamente e permita o acesso.</translation>
        </message>
        <message>
            <source>{provider} is switching off logins with a plain password for other programs: sign in with your Microsoft account (OAuth2) where the app offers it.</source>
            <translation>{provider} está desativando o login com senha simples para outros programas: entre com a sua conta Microsoft (OAuth2) onde o aplicativo oferecer.</translation>
        </message>
        <message>
            <source>{provider} needs an app password, not your usual password: switch on two-step verification, create an app password for Channel Diligence and type it here.</source>
            <translation>{provider} precisa de uma senha de app, não da sua senha habitual: ative a verificação em duas etapas, crie uma senha de app para o Channel Diligence e digite-a aqui.</translation>
        </message>
        <message>
            <source>{provider} no longer accepts the sign-in of {address} (it expired or was withdrawn). Sign in to {provider} again in Settings &gt; E-mail; the messages stay in the outbox.</source>
            <translation>O {provider} não aceita mais o início de sessão de {address} (expirou ou foi retirado). Inicie sessão no {provider} novamente em Configurações &gt; E-mail; as mensagens continuam na caixa de saída.</translation>
        </message>
        <message>
            <source>{provider} refused the sign-in of {address} ({reason}). Sign in to {provider} again in Settings &gt; E-mail.</source>
            <translation>O {provider} recusou o início de sessão de {address} ({reason}). Inicie sessão no {provider} novamente em Configurações &gt; E-mail.</translation>
        </message>
        <message>
            <source>{recipient} already acknowledged the policy on {date}.</source>
            <translation>{recipient} já confirmou a leitura da política em {date}.</translation>
        </message>
        <message>
            <source>{record} differs from what was recorded on {date} (event {seq})</source>
            <translation>{record} difere do que foi registado em {date} (evento {seq})</translation>
        </message>
        <message>
            <source>{record} has no audit event</source>
            <translation>{record} não tem evento de auditoria</translation>
        </message>
        <message>
            <source>{record} was recorded on {date} (event {seq}) but is no longer in the database</source>
            <translation>{record} foi registado em {date} (evento {seq}) mas já não está na base de dados</translation>
        </message>
        <message>
            <source>{refs} and {more} more</source>
            <translation>{refs} e mais {more}</translation>
        </message>
        <message>
            <source>{role} is not a party of an order: say customer, end_user or consignee.</source>
            <translation>{role} não é uma parte de uma encomenda: indique customer, end_user ou consignee.</translation>
        </message>
        <message>
            <source>{role} is not a role: choose staff, approver or administrator.</source>
            <translation>{role} não é uma função: escolha staff (equipe), approver (aprovador) ou administrator (administrador).</translation>
        </message>
        <message>
            <source>{role} {party} resembles {source} entry {entry} ({listed}), score {score}</source>
            <translation>{role} {party} se parece com a entrada {entry} da {source} ({listed}), pontuação {score}</translation>
        </message>
        <message>
            <source>{section}: {change}</source>
            <translation>{section}: {change}</translation>
        </message>
        <message>
            <source>{source} entry {entry}, {listed}: {why}</source>
            <translation>Entrada {entry} de {source}, {listed}: {why}</translation>
        </message>
        <message>
            <source>{source} is not a sanctions list: say ofac, un, eu or uk.</source>
            <translation>{source} não é uma lista de sanções: indique ofac, un, eu ou uk.</translation>
        </message>
        <message>
            <source>{tier} (was {previous})</source>
            <translation>{tier} (antes: {previous})</translation>
        </message>
        <message>
            <source>{value} is not a day of the calendar</source>
            <translation>{value} não é um dia do calendário</translation>
        </message>
        <message>
            <source>{value} is not a kind of party: say person or organisation.</source>
            <translation>{value} não é um tipo de parte: indique person ou organisation.</translation>
        </message>
        <message>
            <source>{what} (nor do {count} more like it)</source>
            <translation>{what} (nem outros {count} do mesmo tipo)</translation>
        </message>
        <message>
            <source>{what}: events were deleted</source>
            <translation>{what}: eventos foram apagados</translation>
        </message>
        <message>
            <source>{who} changed order {reference} {at} ({what}) after you opened it: nothing was saved. Reload the order to see the change.</source>
            <translation>{who} alterou a encomenda {reference} {at} ({what}) depois de a ter aberto: nada foi guardado. Recarregue a encomenda para ver a alteração.</translation>
        </message>
        <message>
            <source>{who} changed order {reference} {at} after you opened it: nothing was saved. Reload the order to see the change.</source>
            <translation>{who} alterou a encomenda {reference} {at} depois de a ter aberto: nada foi guardado. Recarregue a encomenda para ver a alteração.</translation>
        </message>
        <message>
            <source>{who} proposed to {outcome} and asked any approver for approval.</source>
            <translation>{who} propôs {outcome} e pediu a aprovação de qualquer aprovador.</translation>
        </message>
        <message>
            <source>{who} proposed to {outcome} and asked {approver} for approval.</source>
            <translation>{who} propôs {outcome} e pediu a aprovação de {approver}.</translation>
        </message>
        <message>
            <source>{who}: '{party}' is not {list} entry {entry} {listed}: {reason}.</source>
            <translation>{who}: «{party}» não é a entrada {entry} {listed} de {list}: {reason}.</translation>
        </message>
        <message>
            <source>{who}: '{party}' is {list} entry {entry} {listed}, a confirmed match: {reason}.</source>
            <translation>{who}: «{party}» é a entrada {entry} {listed} de {list}, uma correspondência confirmada: {reason}.</translation>
        </message>
        <message>
            <source>{year} {number} is not a period.</source>
            <translation>{year} {number} não é um período.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>&amp;E-mail address:</source>
            <translation>En&amp;dereço de e-mail:</translation>
        </message>
        <message>
            <source>&amp;Forget the stored password</source>
            <translation>&amp;Esquecer a senha guardada</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>Advice for this provider</source>
            <translation>Dicas para este provedor</translation>
        </message>
        <message>
            <source>As the address says</source>
            <translation>Conforme o endereço</translation>
        </message>
        <message>
            <source>As the system ({0})</source>
            <translation>Igual ao sistema ({0})</translation>
        </message>
        <message>
            <source>E-mail for escalations and misuse reports</source>
            <translation>E-mail para encaminhamentos e comunicações de uso indevido</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Language of the app</source>
            <translation>Idioma do aplicativo</translation>
        </message>
        <message>
            <source>Mail &amp;server:</source>
            <translation>&amp;Servidor de e-mail:</translation>
        </message>
        <message>
            <source>None (only for a server in your own network)</source>
            <translation>Nenhuma (só para um servidor na sua própria rede)</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Se&amp;nha:</translation>
        </message>
        <message>
            <source>Po&amp;rt:</source>
            <translation>&amp;Porta:</translation>
        </message>
        <message>
            <source>Pro&amp;vider:</source>
            <translation>Pro&amp;vedor:</translation>
        </message>
        <message>
            <source>Result of the test</source>
            <translation>Resultado do teste</translation>
        </message>
        <message>
            <source>SSL/TLS (usually port 465)</source>
            <translation>SSL/TLS (normalmente porta 465)</translation>
        </message>
        <message>
            <source>STARTTLS (usually port 587)</source>
            <translation>STARTTLS (normalmente porta 587)</translation>
        </message>
        <message>
            <source>Saved. Close and start Channel Diligence again to use {0}.</source>
            <translation>Salvo. Feche e abra de novo o Channel Diligence para usar {0}.</translation>
        </message>
        <message>
            <source>Saves the settings above, then sends a short e-mail now (not through the outbox).</source>
            <translation>Salva as configurações acima e envia agora um e-mail curto (sem passar pela caixa de saída).</translation>
        </message>
        <message>
            <source>Screens, checklist questions, help and the PDFs you make follow this language; dates and amounts follow your system's habits for it.</source>
            <translation>As telas, as perguntas da lista de verificação, a ajuda e os PDFs que você gera seguem este idioma; datas e valores seguem os formatos do seu sistema para ele.</translation>
        </message>
        <message>
            <source>Sec&amp;urity:</source>
            <translation>Se&amp;gurança:</translation>
        </message>
        <message>
            <source>Send &amp;test e-mail</source>
            <translation>Enviar e-&amp;mail de teste</translation>
        </message>
        <message>
            <source>Send a test e-mail</source>
            <translation>Enviar um e-mail de teste</translation>
        </message>
        <message>
            <source>Send the test e-mail to</source>
            <translation>Enviar o e-mail de teste para</translation>
        </message>
        <message>
            <source>Sending a test e-mail…</source>
            <translation>Enviando um e-mail de teste…</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configurações</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Teste</translation>
        </message>
        <message>
            <source>Test &amp;address:</source>
            <translation>Endereço de &amp;teste:</translation>
        </message>
        <message>
            <source>The password is stored in your system's password store ({0}), never in the app's database, and never shown.</source>
            <translation>A senha fica guardada no cofre de senhas do seu sistema ({0}), nunca no banco de dados do aplicativo, e nunca é mostrada.</translation>
        </message>
        <message>
            <source>The password is stored in your system's password store ({0}), not in the app's database.</source>
            <translation>A senha fica guardada no cofre de senhas do seu sistema ({0}), não no banco de dados do aplicativo.</translation>
        </message>
        <message>
            <source>The server took the test e-mail. Its answer: {0}</source>
            <translation>O servidor aceitou o e-mail de teste. A resposta dele: {0}</translation>
        </message>
        <message>
            <source>The test e-mail was not sent: {0}</source>
            <translation>O e-mail de teste não foi enviado: {0}</translation>
        </message>
        <message>
            <source>This computer has no password store (keyring) the app can use, so the password cannot be kept: the app asks for it each time it sends.</source>
            <translation>Este computador não tem um cofre de senhas (keyring) que o aplicativo possa usar, por isso a senha não pode ser guardada: o aplicativo a pede a cada envio.</translation>
        </message>
        <message>
            <source>This is the language in use.</source>
            <translation>Este é o idioma em uso.</translation>
        </message>
        <message>
            <source>User &amp;name:</source>
            <translation>&amp;Usuário:</translation>
        </message>
        <message>
            <source>asked for when sending</source>
            <translation>pedida no momento do envio</translation>
        </message>
        <message>
            <source>empty if the server needs no login</source>
            <translation>vazio se o servidor não exige login</translation>
        </message>
        <message>
            <source>for example orders@your-company.example</source>
            <translation>por exemplo orders@your-company.example</translation>
        </message>
        <message>
            <source>for example smtp.example.com</source>
            <translation>por exemplo smtp.example.com</translation>
        </message>
        <message>
            <source>if the server needs a login</source>
            <translation>se o servidor exigir login</translation>
        </message>
        <message>
            <source>stored; type a new one to replace it</source>
            <translation>guardada; digite uma nova para substituí-la</translation>
        </message>
        <message>
            <source>your own address (the sender if empty)</source>
            <translation>o seu próprio endereço (o remetente, se vazio)</translation>
        </message>
        <message>
            <source>{0} (your own domain)</source>
            <translation>{0} (seu próprio domínio)</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Company profile</source>
            <translation>Perfil da empresa</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Dados de demonstração</translation>
        </message>
        <message>
            <source>Loading demo customers, products and orders…</source>
            <translation>Carregando clientes, produtos e pedidos de demonstração…</translation>
        </message>
        <message>
            <source>Packets will not be signed</source>
            <translation>Os pacotes não serão assinados</translation>
        </message>
        <message>
            <source>Set up Channel Diligence</source>
            <translation>Configurar o Channel Diligence</translation>
        </message>
        <message>
            <source>Your profile is saved, but the demo data could not be loaded: {0} Click Finish to start with an empty database.</source>
            <translation>O seu perfil foi salvo, mas não foi possível carregar os dados de demonstração: {0} Clique em Concluir para começar com um banco de dados vazio.</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Pessoa:</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <source>&amp;Remember me on this computer for this account</source>
            <translation>&amp;Lembrar-me neste computador para esta conta</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Entrar</translation>
        </message>
        <message>
            <source>Choose who you are.</source>
            <translation>Escolha quem é.</translation>
        </message>
        <message>
            <source>Everything you record is recorded in your name, with this computer's login beside it.</source>
            <translation>Tudo o que registar fica registado em seu nome, com o utilizador deste computador ao lado.</translation>
        </message>
        <message>
            <source>Pass&amp;phrase:</source>
            <translation>&amp;Frase-passe:</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase-passe</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Remembered, you are not asked again when you start the app under this computer account. Approving a high-risk order always asks the approver's passphrase.</source>
            <translation>Se for lembrado, não volta a ser perguntado ao iniciar a aplicação com esta conta do computador. Aprovar uma encomenda de alto risco pede sempre a frase-passe de quem aprova.</translation>
        </message>
        <message>
            <source>Type your passphrase.</source>
            <translation>Escreva a sua frase-passe.</translation>
        </message>
        <message>
            <source>Who is working?</source>
            <translation>Quem está a trabalhar?</translation>
        </message>
    </context>
    <context>
        <name>SigningKeyBox</name>
        <message>
            <source>E&amp;xport public key…</source>
            <translation>E&amp;xportar chave pública…</translation>
        </message>
        <message>
            <source>Export the company's public key</source>
            <translation>Exportar a chave pública da empresa</translation>
        </message>
        <message>
            <source>Fingerprint of the company's signing key</source>
            <translation>Impressão digital da chave de assinatura da empresa</translation>
        </message>
        <message>
            <source>Fingerprint:</source>
            <translation>Impressão digital:</translation>
        </message>
        <message>
            <source>Key files (*.json)</source>
            <translation>Arquivos de chave (*.json)</translation>
        </message>
        <message>
            <source>No key yet</source>
            <translation>Ainda não há chave</translation>
        </message>
        <message>
            <source>Packets are not signed until the company has a key: it is made on a computer with a system keyring (password store), or where there is none, when the administrator is set up, in a file encrypted with their passphrase.</source>
            <translation>Os pacotes não são assinados enquanto a empresa não tiver uma chave: ela é criada num computador com porta-chaves do sistema (cofre de senhas) ou, onde não houver, ao configurar o administrador, num ficheiro cifrado com a sua frase-passe.</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Salvo {0}</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>Chave de assinatura</translation>
        </message>
        <message>
            <source>The private key is not on this computer: packets made here are not signed.</source>
            <translation>A chave privada não está neste computador: os pacotes feitos aqui não são assinados.</translation>
        </message>
        <message>
            <source>The private key is on this computer, in an encrypted file, unlocked with the administrator's passphrase ({0}): packets made here are signed once it is given, once per session.</source>
            <translation>A chave privada está neste computador, num ficheiro cifrado, desbloqueado com a frase-passe do administrador ({0}): os pacotes criados aqui são assinados depois de a introduzir, uma vez por sessão.</translation>
        </message>
        <message>
            <source>The private key is on this computer, in the system keyring: packets made here are signed.</source>
            <translation>A chave privada está neste computador, no porta-chaves do sistema: os pacotes criados aqui são assinados.</translation>
        </message>
    </context>
    <context>
        <name>TermCombo</name>
        <message>
            <source>The criteria pack does not know this value, so the screening counts it as missing information. Choose one from the list.</source>
            <translation>O pacote de critérios não conhece este valor, por isso a triagem o conta como falta de informação. Escolha um valor da lista.</translation>
        </message>
    </context>
    <context>
        <name>TierBadge</name>
        <message>
            <source>Risk tier: {0}</source>
            <translation>Nível de risco: {0}</translation>
        </message>
    </context>
    <context>
        <name>TierChart</name>
        <message>
            <source>1 order</source>
            <translation>1 pedido</translation>
        </message>
        <message>
            <source>No orders in the last 12 months.</source>
            <translation>Nenhum pedido nos últimos 12 meses.</translation>
        </message>
        <message>
            <source>Orders by risk tier, last 12 months</source>
            <translation>Pedidos por nível de risco, últimos 12 meses</translation>
        </message>
        <message>
            <source>{0} orders</source>
            <translation>{0} pedidos</translation>
        </message>
        <message>
            <source>{0}: no orders</source>
            <translation>{0}: nenhum pedido</translation>
        </message>
        <message>
            <source>{0}: {1} ({2})</source>
            <translation>{0}: {1} ({2})</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Overdue</source>
            <translation>Atrasado</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Lembrete</translation>
        </message>
        <message>
            <source>and {0} more: open the overview.</source>
            <translation>e mais {0}: abra a Visão geral.</translation>
        </message>
        <message>
            <source>{0} new reminders</source>
            <translation>{0} lembretes novos</translation>
        </message>
        <message>
            <source>{0} new reminders ({1} overdue)</source>
            <translation>{0} lembretes novos ({1} atrasados)</translation>
        </message>
    </context>
    <context>
        <name>TraySettingsBox</name>
        <message>
            <source>&amp;Keep running in the tray when the window is closed</source>
            <translation>&amp;Continuar na bandeja do sistema ao fechar a janela</translation>
        </message>
        <message>
            <source>Channel Diligence starts in the tray when you log in to this computer (the entry is {0}).</source>
            <translation>O Channel Diligence inicia na bandeja do sistema quando você entra neste computador (a entrada é {0}).</translation>
        </message>
        <message>
            <source>Reminders keep reaching you as desktop notifications; quit from the tray icon's menu.</source>
            <translation>Os lembretes continuam a chegar como notificações da área de trabalho; saia pelo menu do ícone da bandeja.</translation>
        </message>
        <message>
            <source>Start with m&amp;y session</source>
            <translation>Iniciar com a minha &amp;sessão</translation>
        </message>
        <message>
            <source>This desktop has no system tray, so closing the window quits the app.</source>
            <translation>Esta área de trabalho não tem bandeja do sistema, por isso fechar a janela encerra a aplicação.</translation>
        </message>
        <message>
            <source>Tray</source>
            <translation>Bandeja do sistema</translation>
        </message>
    </context>
    <context>
        <name>VersionsModel</name>
        <message>
            <source>Entries</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Arquivo</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importada</translation>
        </message>
        <message>
            <source>Imported by</source>
            <translation>Importada por</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Lista</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>Nomes</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publicada</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versão</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>não indicada</translation>
        </message>
        <message>
            <source>{0} (in use)</source>
            <translation>{0} (em uso)</translation>
        </message>
    </context>
    <context>
        <name>VersionsTab</name>
        <message>
            <source>&amp;Show what changed</source>
            <translation>&amp;Mostrar o que mudou</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>&amp;com:</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Adotada</translation>
        </message>
        <message>
            <source>Adopted in the app by</source>
            <translation>Adotada no aplicativo por</translation>
        </message>
        <message>
            <source>An adopted version is frozen: editing starts a new draft. Each version keeps who approved it and when.</source>
            <translation>Uma versão adotada fica congelada: editar inicia um novo rascunho. Cada versão guarda quem a aprovou e quando.</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Aprovado por</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Data de aprovação</translation>
        </message>
        <message>
            <source>Choose two different versions.</source>
            <translation>Escolha duas versões diferentes.</translation>
        </message>
        <message>
            <source>Compare &amp;from:</source>
            <translation>Comparar &amp;de:</translation>
        </message>
        <message>
            <source>Compare from version</source>
            <translation>Comparar a partir da versão</translation>
        </message>
        <message>
            <source>Compare to version</source>
            <translation>Comparar com a versão</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Rascunho</translation>
        </message>
        <message>
            <source>From {0} to {1}: 1 section changed.</source>
            <translation>De {0} para {1}: 1 seção alterada.</translation>
        </message>
        <message>
            <source>From {0} to {1}: {2} sections changed.</source>
            <translation>De {0} para {1}: {2} seções alteradas.</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Última alteração</translation>
        </message>
        <message>
            <source>Lines marked − were taken out, lines marked + were put in.</source>
            <translation>As linhas marcadas com − foram retiradas, as marcadas com + foram incluídas.</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Próxima revisão</translation>
        </message>
        <message>
            <source>No differences between {0} and {1}.</source>
            <translation>Nenhuma diferença entre {0} e {1}.</translation>
        </message>
        <message>
            <source>Once there are two versions, choose them above to see what changed.</source>
            <translation>Quando houver duas versões, escolha-as acima para ver o que mudou.</translation>
        </message>
        <message>
            <source>Policy versions</source>
            <translation>Versões da política</translation>
        </message>
        <message>
            <source>Replaced by a later version</source>
            <translation>Substituída por uma versão posterior</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versão</translation>
        </message>
        <message>
            <source>Version {0} ({1})</source>
            <translation>Versão {0} ({1})</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>O que mudou</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>alterado</translation>
        </message>
        <message>
            <source>new section</source>
            <translation>nova seção</translation>
        </message>
        <message>
            <source>section removed</source>
            <translation>seção removida</translation>
        </message>
        <message>
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
    </context>
    <context>
        <name>WaitingModel</name>
        <message>
            <source>Asked by</source>
            <translation>Pedido por</translation>
        </message>
        <message>
            <source>Asked on</source>
            <translation>Pedido em</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <source>Proposed decision</source>
            <translation>Decisão proposta</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risco</translation>
        </message>
        <message>
            <source>{0} (changed since)</source>
            <translation>{0} (mudou entretanto)</translation>
        </message>
    </context>
    <context>
        <name>WhoIsWorking</name>
        <message>
            <source>Recorded as {0}</source>
            <translation>Registado como {0}</translation>
        </message>
        <message>
            <source>Switch person</source>
            <translation>Mudar de pessoa</translation>
        </message>
        <message>
            <source>Switch person…</source>
            <translation>Mudar de pessoa…</translation>
        </message>
        <message>
            <source>Who is working</source>
            <translation>Quem está a trabalhar</translation>
        </message>
        <message>
            <source>Working: {0}</source>
            <translation>A trabalhar: {0}</translation>
        </message>
    </context>
</TS>
