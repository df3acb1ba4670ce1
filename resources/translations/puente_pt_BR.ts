<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccountBanner</name>
    <message>
        <location filename="../../desktop/account_banner.py" line="23"/>
        <source>The phone disconnected %1 from Puente: connect it again.</source>
        <translation>O telefone desconectou o %1 do Puente: conecte-o de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="26"/>
        <source>The phone disconnected the number: connect it again.</source>
        <translation>O telefone desconectou o número: conecte-o de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="28"/>
        <source>Meta refused the relay&apos;s access token: replies cannot be sent. Check the connection.</source>
        <translation>A Meta recusou o token de acesso do relay: não é possível enviar respostas. Verifique a conexão.</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="33"/>
        <source>Meta did not take the request for the chat history.</source>
        <translation>A Meta não aceitou a solicitação do histórico de conversas.</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="35"/>
        <source>Importing the chat history: %1 %</source>
        <translation>Importando o histórico: %1 %</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="39"/>
        <source>Waiting for the chat history from the phone: keep WhatsApp Business open there.</source>
        <translation>Aguardando o histórico do telefone: mantenha o WhatsApp Business aberto nele.</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="43"/>
        <source>The phone did not share the chat history: only new messages appear here.</source>
        <translation>O telefone não compartilhou o histórico: aqui só aparecem as mensagens novas.</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="66"/>
        <source>Hide this notice</source>
        <translation>Ocultar este aviso</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="103"/>
        <source>Open the set-up page</source>
        <translation>Abrir a página de configuração</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="105"/>
        <source>Check the connection</source>
        <translation>Verificar a conexão</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <location filename="../../desktop/activity.py" line="120"/>
        <source>Someone</source>
        <translation>Alguém</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="145"/>
        <source>%1 marked it resolved</source>
        <translation>%1 marcou como resolvida</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="146"/>
        <source>%1 marked it pending</source>
        <translation>%1 marcou como pendente</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="147"/>
        <source>%1 reopened it</source>
        <translation>%1 reabriu</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="148"/>
        <source>The customer wrote: open again</source>
        <translation>O cliente escreveu: aberta de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="149"/>
        <source>The snooze ended: open again</source>
        <translation>O adiamento terminou: aberta de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="150"/>
        <source>%1 took this conversation</source>
        <translation>%1 assumiu esta conversa</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="151"/>
        <source>%1 assigned it to %2</source>
        <translation>%1 atribuiu a %2</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="152"/>
        <source>%1 unassigned it</source>
        <translation>%1 removeu a atribuição</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="123"/>
        <source>%1 snoozed it</source>
        <translation>%1 adiou</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="125"/>
        <source>%1 snoozed it until %2</source>
        <translation>%1 adiou até %2</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="133"/>
        <source>%1 added %2</source>
        <translation>%1 adicionou %2</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="139"/>
        <source>%1 removed %2</source>
        <translation>%1 removeu %2</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="204"/>
        <source>Token kept for this session only</source>
        <translation>Token guardado só nesta sessão</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="205"/>
        <source>This computer has no secure keychain, so Puente will not store your token: you will be asked for it again next time.</source>
        <translation>Este computador não tem um chaveiro seguro, então o Puente não vai guardar o seu token: ele será pedido de novo na próxima vez.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../desktop/attachment_dialog.py" line="29"/>
        <source>WhatsApp does not take this kind of file.</source>
        <translation>O WhatsApp não aceita este tipo de arquivo.</translation>
    </message>
    <message>
        <location filename="../../desktop/attachment_dialog.py" line="31"/>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <location filename="../../desktop/attachment_dialog.py" line="34"/>
        <source>Too big: WhatsApp takes these files up to %1.</source>
        <translation>Grande demais: o WhatsApp aceita estes arquivos até %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/attachment_dialog.py" line="37"/>
        <source>The file is not what its name says (%1).</source>
        <translation>O arquivo não é o que o nome diz (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/attachment_dialog.py" line="48"/>
        <source>Send files</source>
        <translation>Enviar arquivos</translation>
    </message>
    <message>
        <location filename="../../desktop/attachment_dialog.py" line="77"/>
        <source>Add a caption</source>
        <translation>Adicione uma legenda</translation>
    </message>
    <message>
        <location filename="../../desktop/attachment_dialog.py" line="84"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
</context>
<context>
    <name>BubbleMenu</name>
    <message>
        <location filename="../../desktop/bubble_menu.py" line="38"/>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/bubble_menu.py" line="41"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../../desktop/bubble_menu.py" line="44"/>
        <source>React</source>
        <translation>Reagir</translation>
    </message>
    <message>
        <location filename="../../desktop/bubble_menu.py" line="55"/>
        <source>Remove reaction</source>
        <translation>Remover reação</translation>
    </message>
    <message>
        <location filename="../../desktop/bubble_menu.py" line="60"/>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <location filename="../../desktop/bubble_menu.py" line="63"/>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../desktop/composer.py" line="166"/>
        <source>Do not quote</source>
        <translation>Não citar</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="335"/>
        <source>Write a message</source>
        <translation>Escreva uma mensagem</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="190"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="189"/>
        <source>Send (Enter)</source>
        <translation>Enviar (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="194"/>
        <source>Send a template</source>
        <translation>Enviar um modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="198"/>
        <location filename="../../desktop/composer.py" line="504"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="209"/>
        <source>Record a voice note (%1)</source>
        <translation>Gravar uma mensagem de voz (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="211"/>
        <source>No microphone found</source>
        <translation>Nenhum microfone encontrado</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="216"/>
        <source>Discard the recording</source>
        <translation>Descartar a gravação</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="224"/>
        <location filename="../../desktop/composer.py" line="378"/>
        <source>Send a file</source>
        <translation>Enviar um arquivo</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="228"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="231"/>
        <source>Internal note: only the team sees it, never the customer</source>
        <translation>Nota interna: só a equipe vê, nunca o cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="237"/>
        <source>More than 24 hours since the customer last wrote: WhatsApp only lets a template through until they write again.</source>
        <translation>Já se passaram mais de 24 horas desde a última mensagem do cliente: o WhatsApp só deixa passar modelos até ele escrever de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="257"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="305"/>
        <source>Write an internal note for the team</source>
        <translation>Escreva uma nota interna para a equipe</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="334"/>
        <source>Write a message, or / for a quick reply</source>
        <translation>Escreva uma mensagem, ou / para uma resposta rápida</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="348"/>
        <source>Replying to %1: %2</source>
        <translation>Respondendo a %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="501"/>
        <source>Recent</source>
        <translation>Recentes</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <location filename="../../desktop/connection_bar.py" line="33"/>
        <location filename="../../desktop/connection_bar.py" line="106"/>
        <source>Reconnect now</source>
        <translation>Reconectar agora</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="75"/>
        <source>Download the new Puente</source>
        <translation>Baixar o novo Puente</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="77"/>
        <source>Puente %1 is available</source>
        <translation>O Puente %1 está disponível</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="94"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="104"/>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="109"/>
        <source>● Connected</source>
        <translation>● Conectado</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="111"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="113"/>
        <source>Catching up…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="116"/>
        <source>Offline: reconnecting in %1 s</source>
        <translation>Sem conexão: reconectando em %1 s</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="120"/>
        <source>The relay refused your token: sign in again</source>
        <translation>O relay recusou o seu token: entre novamente</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="122"/>
        <source>Update Puente to continue: this version is older than the relay serves.</source>
        <translation>Atualize o Puente para continuar: esta versão é mais antiga do que o relay aceita.</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="127"/>
        <source>Stopped: Puente cannot write its copy of the conversations on this computer (is the disk full?). Free some space, then try again.</source>
        <translation>Parado: o Puente não consegue gravar a cópia das conversas neste computador (o disco está cheio?). Libere espaço e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="133"/>
        <source>Stopped: something went wrong in Puente (the details are in its log). Try again, or restart Puente.</source>
        <translation>Parado: algo deu errado no Puente (os detalhes estão no log). Tente de novo ou reinicie o Puente.</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="139"/>
        <source>Offline</source>
        <translation>Sem conexão</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../../desktop/conversations.py" line="212"/>
        <source>%1 is typing…</source>
        <translation>%1 está digitando…</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="213"/>
        <source>%1 are typing…</source>
        <translation>%1 estão digitando…</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="218"/>
        <source>%1 is looking at this conversation</source>
        <translation>%1 está vendo esta conversa</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="221"/>
        <source>%1 are looking at this conversation</source>
        <translation>%1 estão vendo esta conversa</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="348"/>
        <source>📱 %1</source>
        <translation>📱 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="362"/>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="374"/>
        <source>a year ago</source>
        <translation>há um ano</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="375"/>
        <source>%1 years ago</source>
        <translation>há %1 anos</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="379"/>
        <source>a month ago</source>
        <translation>há um mês</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="380"/>
        <source>%1 months ago</source>
        <translation>há %1 meses</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="384"/>
        <source>a week ago</source>
        <translation>há uma semana</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="385"/>
        <source>%1 weeks ago</source>
        <translation>há %1 semanas</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../demo/__main__.py" line="44"/>
        <source>(no window: %1; the events show here)</source>
        <translation>(sem janela: %1; os eventos aparecem aqui)</translation>
    </message>
    <message>
        <location filename="../../demo/__main__.py" line="49"/>
        <source>Relay on %1 (SQLite at %2), Meta simulator on %3. %4 signed in.</source>
        <translation>Relay em %1 (SQLite em %2), simulador da Meta em %3. %4 entrou.</translation>
    </message>
    <message>
        <location filename="../../demo/__main__.py" line="95"/>
        <source>What arrives, as a desktop sees it (Ctrl+C to stop):</source>
        <translation>O que chega, como um desktop vê (Ctrl+C para parar):</translation>
    </message>
    <message>
        <location filename="../../demo/day.py" line="35"/>
        <source>history import</source>
        <translation>importação do histórico</translation>
    </message>
    <message>
        <location filename="../../demo/day.py" line="44"/>
        <location filename="../../demo/day.py" line="58"/>
        <source>customer</source>
        <translation>um cliente escreve</translation>
    </message>
    <message>
        <location filename="../../demo/day.py" line="49"/>
        <source>owner on the phone</source>
        <translation>a dona responde pelo celular</translation>
    </message>
    <message>
        <location filename="../../demo/day.py" line="67"/>
        <source>agent replying through the relay</source>
        <translation>uma agente responde pelo relay</translation>
    </message>
    <message>
        <location filename="../../demo/day.py" line="86"/>
        <location filename="../../demo/day.py" line="94"/>
        <source>Meta plays: %1</source>
        <translation>A Meta simula: %1</translation>
    </message>
    <message>
        <location filename="../../demo/day.py" line="93"/>
        <source>a customer sending one of every kind of message</source>
        <translation>uma cliente que envia uma mensagem de cada tipo</translation>
    </message>
    <message>
        <location filename="../../demo/screen.py" line="30"/>
        <source>PySide6 is not installed (pip install -e &apos;.[relay,desktop]&apos;)</source>
        <translation>O PySide6 não está instalado (pip install -e &apos;.[relay,desktop]&apos;)</translation>
    </message>
    <message>
        <location filename="../../demo/screen.py" line="33"/>
        <source>no screen (DISPLAY is not set)</source>
        <translation>não há tela (DISPLAY não está definido)</translation>
    </message>
    <message>
        <location filename="../../demo/screen.py" line="47"/>
        <source>Qt cannot open a window: the system lacks %1 (%2)</source>
        <translation>O Qt não consegue abrir uma janela: falta ao sistema %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../demo/screen.py" line="52"/>
        <source>Qt cannot open a window: %1</source>
        <translation>O Qt não consegue abrir uma janela: %1</translation>
    </message>
    <message>
        <location filename="../../demo/window.py" line="88"/>
        <source>The desktop is open: reply from it. Close the window (or Ctrl+C) to stop.</source>
        <translation>O desktop está aberto: responda por ele. Feche a janela (ou Ctrl+C) para parar.</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="33"/>
        <source>Meta connection check</source>
        <translation>Verificação da conexão com a Meta</translation>
    </message>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="39"/>
        <source>Check results</source>
        <translation>Resultados da verificação</translation>
    </message>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="40"/>
        <source>Check again</source>
        <translation>Verificar de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="54"/>
        <source>Asking Meta…</source>
        <translation>Consultando a Meta…</translation>
    </message>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="66"/>
        <source>Every check passed.</source>
        <translation>Todas as verificações passaram.</translation>
    </message>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="68"/>
        <source>%1 of %2 checks failed: the fixes are below.</source>
        <translation>%1 de %2 verificações falharam: veja abaixo como resolver.</translation>
    </message>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="80"/>
        <source>Fix:</source>
        <translation>Como resolver:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/window.py" line="138"/>
        <location filename="../../desktop/window.py" line="139"/>
        <source>Search names and messages</source>
        <translation>Buscar nomes e mensagens</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="149"/>
        <location filename="../../desktop/window.py" line="430"/>
        <source>Needs reply</source>
        <translation>Aguardando resposta</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="151"/>
        <source>Only conversations where the customer waits for an answer</source>
        <translation>Só as conversas em que o cliente espera resposta</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="405"/>
        <source>Everyone&apos;s</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="406"/>
        <source>Mine</source>
        <translation>Minhas</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="407"/>
        <source>Unassigned</source>
        <translation>Sem responsável</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="159"/>
        <source>Open</source>
        <translation>Abertas</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="160"/>
        <source>Resolved</source>
        <translation>Resolvidas</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="161"/>
        <source>Snoozed</source>
        <translation>Adiadas</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="162"/>
        <source>All states</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="166"/>
        <source>All labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="167"/>
        <source>Whose conversations</source>
        <translation>De quem são as conversas</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="168"/>
        <source>Conversation state</source>
        <translation>Estado da conversa</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="169"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="172"/>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="201"/>
        <source>Choose a conversation to read and reply.</source>
        <translation>Escolha uma conversa para ler e responder.</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="208"/>
        <source>New conversation…</source>
        <translation>Nova conversa…</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="210"/>
        <source>Quick replies…</source>
        <translation>Respostas rápidas…</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="213"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="215"/>
        <source>Sign out</source>
        <translation>Sair da conta</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="216"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="143"/>
        <location filename="../../desktop/window.py" line="218"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="196"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="221"/>
        <source>Next conversation</source>
        <translation>Próxima conversa</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="224"/>
        <source>Previous conversation</source>
        <translation>Conversa anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="235"/>
        <source>Reply to the selected message</source>
        <translation>Responder à mensagem selecionada</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="239"/>
        <source>Team…</source>
        <translation>Equipe…</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="240"/>
        <source>Check the Meta connection…</source>
        <translation>Verificar a conexão com a Meta…</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="241"/>
        <source>Open the set-up page</source>
        <translation>Abrir a página de configuração</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="258"/>
        <source>&amp;Account</source>
        <translation>&amp;Conta</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="428"/>
        <source>Needs reply (%1)</source>
        <translation>Aguardando resposta (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="487"/>
        <source>The relay&apos;s history changed: everything was reloaded.</source>
        <translation>O histórico do relay mudou: tudo foi recarregado.</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="744"/>
        <source>Save as</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="777"/>
        <source>Mark as unread</source>
        <translation>Marcar como não lida</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="885"/>
        <source>Someone else is answering</source>
        <translation>Outra pessoa está respondendo</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="886"/>
        <source>%1 is writing to this customer right now. Send yours anyway?</source>
        <translation>%1 está escrevendo para este cliente agora. Enviar a sua mesmo assim?</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="919"/>
        <source>The quoted message is not on this computer.</source>
        <translation>A mensagem citada não está neste computador.</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="988"/>
        <source>%1 · via %2</source>
        <translation>%1 · via %2</translation>
    </message>
</context>
<context>
    <name>NewConversation</name>
    <message>
        <location filename="../../desktop/new_conversation.py" line="30"/>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <location filename="../../desktop/new_conversation.py" line="39"/>
        <source>WhatsApp lets a business write first only with an approved template: choose one next.</source>
        <translation>O WhatsApp só deixa uma empresa escrever primeiro com um modelo aprovado: escolha um a seguir.</translation>
    </message>
    <message>
        <location filename="../../desktop/new_conversation.py" line="51"/>
        <source>Choose a template</source>
        <translation>Escolher um modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/new_conversation.py" line="54"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop/new_conversation.py" line="55"/>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <location filename="../../desktop/new_conversation.py" line="78"/>
        <source>Not a valid number yet</source>
        <translation>Ainda não é um número válido</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../desktop/notifier.py" line="60"/>
        <source>Puente: %1 unread</source>
        <translation>Puente: %1 não lidas</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="69"/>
        <source>%1 new messages in %2 conversations</source>
        <translation>%1 mensagens novas em %2 conversas</translation>
    </message>
</context>
<context>
    <name>QuickReplies</name>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="49"/>
        <source>Quick replies</source>
        <translation>Respostas rápidas</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="53"/>
        <source>hours</source>
        <translation>horario</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="56"/>
        <source>We open Monday to Saturday from 9 to 19 h.</source>
        <translation>Abrimos de segunda a sábado, das 9 às 19 h.</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="60"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="61"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="64"/>
        <source>Shortcut (typed after /)</source>
        <translation>Atalho (digitado depois de /)</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="65"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="106"/>
        <source>A shortcut is one word: letters, digits, - or _.</source>
        <translation>Um atalho é uma só palavra: letras, dígitos, - ou _.</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="110"/>
        <source>Write the text it inserts.</source>
        <translation>Escreva o texto que ele insere.</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="112"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="122"/>
        <source>Saved for the whole team.</source>
        <translation>Salva para toda a equipe.</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="125"/>
        <source>The relay cannot be reached. Try again.</source>
        <translation>Não foi possível contatar o relay. Tente de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="128"/>
        <source>Only an administrator can delete.</source>
        <translation>Só um administrador pode excluir.</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="131"/>
        <source>The relay said: %1</source>
        <translation>O relay disse: %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="49"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="51"/>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="55"/>
        <source>The language changes when Puente starts again.</source>
        <translation>O idioma muda quando o Puente for aberto de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="59"/>
        <source>In this computer&apos;s keychain</source>
        <translation>No chaveiro deste computador</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="61"/>
        <source>For this session only (no secure keychain here)</source>
        <translation>Só nesta sessão (sem chaveiro seguro aqui)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="66"/>
        <source>Like the system</source>
        <translation>Como o sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="67"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="68"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="72"/>
        <source>Play a sound with notifications</source>
        <translation>Som nas notificações</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="75"/>
        <source>Ctrl+Enter sends (Enter starts a new line)</source>
        <translation>Ctrl+Enter envia (Enter começa uma nova linha)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="79"/>
        <source>Tell customers when their messages are read and answered</source>
        <translation>Avisar os clientes quando suas mensagens são lidas e estão sendo respondidas</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="83"/>
        <source>Sign out</source>
        <translation>Sair da conta</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="86"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="88"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="92"/>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="93"/>
        <source>Your token</source>
        <translation>Seu token</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="94"/>
        <source>Team…</source>
        <translation>Equipe…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="95"/>
        <source>Check the Meta connection…</source>
        <translation>Verificar a conexão com a Meta…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="102"/>
        <source>Administration</source>
        <translation>Administração</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../desktop/signin.py" line="35"/>
        <source>Sign in to Puente</source>
        <translation>Entrar no Puente</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="50"/>
        <source>The token your administrator gave you</source>
        <translation>O token que o seu administrador lhe deu</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="59"/>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="47"/>
        <location filename="../../desktop/signin.py" line="61"/>
        <source>Relay address</source>
        <translation>Endereço do relay</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="37"/>
        <source>Paste the pairing link your administrator sent you (puente://…) in either field, or type the relay&apos;s address and your token.</source>
        <translation>Cole em qualquer um dos campos o link de vinculação que seu administrador enviou (puente://…), ou digite o endereço do relay e seu token.</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="51"/>
        <location filename="../../desktop/signin.py" line="62"/>
        <source>Agent token</source>
        <translation>Token de agente</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="80"/>
        <source>Check the relay&apos;s address, then sign in.</source>
        <translation>Confira o endereço do relay e depois entre.</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="101"/>
        <source>Give the relay&apos;s address and your token.</source>
        <translation>Informe o endereço do relay e o seu token.</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="104"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="133"/>
        <source>The relay refused this token.</source>
        <translation>O relay recusou este token.</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="136"/>
        <source>Cannot reach a Puente relay at this address.</source>
        <translation>Não foi possível acessar um relay do Puente neste endereço.</translation>
    </message>
</context>
<context>
    <name>Tail</name>
    <message>
        <location filename="../../desktop/tail.py" line="61"/>
        <source>reconnecting in %1 s</source>
        <translation>reconectando em %1 s</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="64"/>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="65"/>
        <source>catching up</source>
        <translation>atualizando</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="66"/>
        <source>live: what arrives shows here</source>
        <translation>ao vivo: o que chega aparece aqui</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="67"/>
        <source>the relay refused this token</source>
        <translation>o relay recusou este token</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="68"/>
        <source>stopped: this desktop must be updated</source>
        <translation>parado: é preciso atualizar este desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="69"/>
        <location filename="../../desktop/tail.py" line="70"/>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="88"/>
        <source>%1 conversations in the cache</source>
        <translation>%1 conversas no cache</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="98"/>
        <source>catching up %1 of %2</source>
        <translation>atualizando: %1 de %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="103"/>
        <source>starting over (%1)</source>
        <translation>recomeçando (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="119"/>
        <source>this desktop is too old for the relay: update Puente (%1)</source>
        <translation>este desktop é antigo demais para o relay: atualize o Puente (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="122"/>
        <source>Puente %1 is out: %2</source>
        <translation>saiu o Puente %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="132"/>
        <source>%1 is typing in %2</source>
        <translation>%1 está digitando em %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="133"/>
        <source>%1 is looking at %2</source>
        <translation>%1 está vendo %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="134"/>
        <source>%1 left %2</source>
        <translation>%1 saiu de %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="142"/>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="145"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="146"/>
        <source>team</source>
        <translation>equipe</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="163"/>
        <source>read</source>
        <translation>lido</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="164"/>
        <source>played</source>
        <translation>ouvido</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="165"/>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="175"/>
        <source>importing the phone&apos;s history of %1: %2 %</source>
        <translation>importando o histórico do celular de %1: %2 %</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="176"/>
        <source>the owner chose not to share %1&apos;s history</source>
        <translation>a dona escolheu não compartilhar o histórico de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="177"/>
        <source>%1 is connected</source>
        <translation>%1 está conectado</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="178"/>
        <source>%1 is connected again</source>
        <translation>%1 está conectado de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="179"/>
        <location filename="../../desktop/tail.py" line="180"/>
        <source>%1 was disconnected from the phone</source>
        <translation>%1 foi desconectado pelo celular</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="181"/>
        <source>Meta refused the relay&apos;s access token</source>
        <translation>A Meta recusou o token de acesso do relay</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="182"/>
        <source>asked Meta for %1&apos;s contacts and history</source>
        <translation>foram pedidos à Meta os contatos e o histórico de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="183"/>
        <source>Meta could not sync %1</source>
        <translation>A Meta não conseguiu sincronizar %1</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../desktop/team_dialog.py" line="37"/>
        <source>The relay cannot be reached. Try again.</source>
        <translation>Não foi possível contatar o relay. Tente de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="38"/>
        <source>Only an administrator can do this.</source>
        <translation>Só um administrador pode fazer isso.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="39"/>
        <source>The relay refused your token.</source>
        <translation>O relay recusou seu token.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="40"/>
        <source>Someone on the team already has that name.</source>
        <translation>Alguém da equipe já tem esse nome.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="41"/>
        <source>You are the only administrator: invite another first.</source>
        <translation>Você é o único administrador: convide outro primeiro.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="42"/>
        <source>That agent was revoked already.</source>
        <translation>Esse agente já foi revogado.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="43"/>
        <source>Names are 1 to 64 printable characters.</source>
        <translation>Os nomes têm de 1 a 64 caracteres imprimíveis.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="45"/>
        <source>The relay said: %1</source>
        <translation>O relay respondeu: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="60"/>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="64"/>
        <location filename="../../desktop/team_dialog.py" line="91"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="64"/>
        <location filename="../../desktop/team_dialog.py" line="92"/>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="64"/>
        <source>Last seen</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="68"/>
        <source>Team members</source>
        <translation>Membros da equipe</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="70"/>
        <source>Revoke access…</source>
        <translation>Revogar acesso…</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="74"/>
        <source>Name, as the team will see it</source>
        <translation>Nome, como a equipe vai vê-lo</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="76"/>
        <location filename="../../desktop/team_dialog.py" line="151"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="77"/>
        <location filename="../../desktop/team_dialog.py" line="149"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="78"/>
        <source>Invite</source>
        <translation>Convidar</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="82"/>
        <source>Pairing link</source>
        <translation>Link de vinculação</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="83"/>
        <source>Copy link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="89"/>
        <source>Invite someone</source>
        <translation>Convidar alguém</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="127"/>
        <source>Write the new agent&apos;s name.</source>
        <translation>Escreva o nome do novo agente.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="156"/>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="170"/>
        <source>Send this link to %1: on a computer with Puente, it opens the sign-in ready. It is shown only once.</source>
        <translation>Envie este link para %1: em um computador com o Puente, ele abre o login pronto. Aparece uma única vez.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="203"/>
        <source>Revoke access</source>
        <translation>Revogar acesso</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="204"/>
        <source>Revoke %1&apos;s access? Their Puente disconnects at once.</source>
        <translation>Revogar o acesso de %1? O Puente dessa pessoa se desconecta na hora.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="213"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="218"/>
        <source>Not yet</source>
        <translation>Ainda não</translation>
    </message>
</context>
<context>
    <name>TeamBar</name>
    <message>
        <location filename="../../desktop/team_bar.py" line="43"/>
        <source>For 3 hours</source>
        <translation>Por 3 horas</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="46"/>
        <source>Until tomorrow morning</source>
        <translation>Até amanhã de manhã</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="47"/>
        <source>Until next Monday</source>
        <translation>Até a próxima segunda-feira</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="78"/>
        <location filename="../../desktop/team_bar.py" line="135"/>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="92"/>
        <location filename="../../desktop/team_bar.py" line="126"/>
        <location filename="../../desktop/team_bar.py" line="133"/>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="115"/>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="115"/>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="118"/>
        <source>Assign</source>
        <translation>Atribuir</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="120"/>
        <source>Assigned to %1</source>
        <translation>Atribuída a %1</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="122"/>
        <source>Nobody handles it yet</source>
        <translation>Ninguém a atende ainda</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="131"/>
        <source>Labels: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="150"/>
        <source>Until a date…</source>
        <translation>Até uma data…</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="168"/>
        <source>Assign to me</source>
        <translation>Atribuir a mim</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="176"/>
        <source>Unassign</source>
        <translation>Remover atribuição</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="197"/>
        <source>New label…</source>
        <translation>Nova etiqueta…</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="209"/>
        <source>New label</source>
        <translation>Nova etiqueta</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="209"/>
        <source>Label name:</source>
        <translation>Nome da etiqueta:</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="221"/>
        <source>Snooze until</source>
        <translation>Adiar até</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../desktop/template_dialog.py" line="31"/>
        <source>Send a template</source>
        <translation>Enviar um modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/template_dialog.py" line="35"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../../desktop/template_dialog.py" line="47"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../desktop/template_dialog.py" line="52"/>
        <source>The customer will read:</source>
        <translation>O cliente vai ler:</translation>
    </message>
    <message>
        <location filename="../../desktop/template_dialog.py" line="73"/>
        <source>needs a picture or place: not from here yet</source>
        <translation>precisa de uma imagem ou um local: ainda não daqui</translation>
    </message>
    <message>
        <location filename="../../desktop/template_dialog.py" line="88"/>
        <location filename="../../desktop/template_dialog.py" line="113"/>
        <source>Loading the templates…</source>
        <translation>Carregando os modelos…</translation>
    </message>
    <message>
        <location filename="../../desktop/template_dialog.py" line="91"/>
        <source>The templates could not be loaded (%1).</source>
        <translation>Não foi possível carregar os modelos (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/template_dialog.py" line="96"/>
        <source>This business has no approved templates.</source>
        <translation>Esta empresa não tem modelos aprovados.</translation>
    </message>
    <message>
        <location filename="../../desktop/template_dialog.py" line="127"/>
        <source>Link ending</source>
        <translation>Final do link</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop/summaries.py" line="23"/>
        <source>📷 Photo</source>
        <translation>📷 Foto</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="24"/>
        <source>🎥 Video</source>
        <translation>🎥 Vídeo</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="25"/>
        <source>🎤 Audio</source>
        <translation>🎤 Áudio</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="26"/>
        <source>📄 Document</source>
        <translation>📄 Documento</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="27"/>
        <source>💟 Sticker</source>
        <translation>💟 Figurinha</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="28"/>
        <source>📍 Location</source>
        <translation>📍 Localização</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="29"/>
        <source>👤 Contact card</source>
        <translation>👤 Contato</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="30"/>
        <source>🛒 Order</source>
        <translation>🛒 Pedido</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="31"/>
        <source>📋 Template message</source>
        <translation>📋 Mensagem de modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="32"/>
        <source>📎 Media from the phone&apos;s history</source>
        <translation>📎 Mídia do histórico do celular</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="33"/>
        <source>👋 Opened the chat</source>
        <translation>👋 Abriu a conversa</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="34"/>
        <location filename="../../desktop/summaries.py" line="51"/>
        <location filename="../../desktop/summaries.py" line="52"/>
        <source>Unsupported message</source>
        <translation>Mensagem não suportada</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="42"/>
        <source>Reacted %1</source>
        <translation>Reagiu %1</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="44"/>
        <source>Took back a reaction</source>
        <translation>Removeu uma reação</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="47"/>
        <location filename="../../desktop/tail.py" line="151"/>
        <location filename="../../desktop/timeline.py" line="410"/>
        <location filename="../../desktop/timeline.py" line="839"/>
        <source>🚫 This message was deleted</source>
        <translation>🚫 Esta mensagem foi apagada</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="49"/>
        <source>✏️ Edited: %1</source>
        <translation>✏️ Editada: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="141"/>
        <source>More than 24 hours since the customer last wrote: send a template.</source>
        <translation>Passaram mais de 24 horas desde a última mensagem do cliente: envie um modelo.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="144"/>
        <source>Meta is limiting sends right now; try again shortly.</source>
        <translation>A Meta está limitando os envios; tente novamente em instantes.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="147"/>
        <source>This customer cannot receive WhatsApp messages.</source>
        <translation>Este cliente não pode receber mensagens do WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="150"/>
        <source>The relay&apos;s Meta access token expired; tell your administrator.</source>
        <translation>O token de acesso da Meta do relay expirou; avise o seu administrador.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="153"/>
        <source>Meta has restricted this business account.</source>
        <translation>A Meta restringiu esta conta comercial.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="156"/>
        <source>Meta refused this message.</source>
        <translation>A Meta recusou esta mensagem.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="157"/>
        <source>This message clashed with another; write it again.</source>
        <translation>Esta mensagem conflitou com outra; escreva de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="160"/>
        <source>The attachment could not be sent.</source>
        <translation>Não foi possível enviar o anexo.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="161"/>
        <source>The template could not be sent.</source>
        <translation>Não foi possível enviar o modelo.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="325"/>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="326"/>
        <source>Before the edit: %1</source>
        <translation>Antes da edição: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="343"/>
        <source>Could not play it here. Click to open it.</source>
        <translation>Não foi possível tocar aqui. Clique para abrir.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="371"/>
        <source>This file is not available.</source>
        <translation>Este arquivo não está disponível.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="383"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="385"/>
        <source>Could not load it. Click to try again.</source>
        <translation>Não foi possível carregar. Clique para tentar de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="389"/>
        <source>Click to open</source>
        <translation>Clique para abrir</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="417"/>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="430"/>
        <source>🛒 Order: 1 item</source>
        <translation>🛒 Pedido: 1 item</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="432"/>
        <source>🛒 Order: %1 items</source>
        <translation>🛒 Pedido: %1 itens</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="59"/>
        <source>The customer changed their number to %1</source>
        <translation>O cliente mudou o número para %1</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="63"/>
        <source>The customer&apos;s security code changed</source>
        <translation>O código de segurança do cliente mudou</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="64"/>
        <source>A notice from WhatsApp</source>
        <translation>Um aviso do WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="459"/>
        <source>🎤 Voice message</source>
        <translation>🎤 Mensagem de voz</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="466"/>
        <source>Unsupported message: WhatsApp on the phone can show it.</source>
        <translation>Mensagem não compatível: o WhatsApp no celular pode mostrá-la.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="470"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="754"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="756"/>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="804"/>
        <source>WhatsApp has not confirmed this message: it may not have been sent.</source>
        <translation>O WhatsApp não confirmou esta mensagem: ela pode não ter sido enviada.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="824"/>
        <source>Internal note · %1</source>
        <translation>Nota interna · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="143"/>
        <location filename="../../desktop/timeline.py" line="831"/>
        <source>WhatsApp Business app</source>
        <translation>App WhatsApp Business</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="144"/>
        <location filename="../../desktop/timeline.py" line="833"/>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="834"/>
        <source>You</source>
        <translation>Você</translation>
    </message>
</context>
<context>
    <name>WindowCountdown</name>
    <message>
        <location filename="../../desktop/countdown.py" line="69"/>
        <source>24-hour window closed</source>
        <translation>Janela de 24 horas fechada</translation>
    </message>
    <message>
        <location filename="../../desktop/countdown.py" line="71"/>
        <source>More than 24 hours since the customer last wrote: only a template goes until they write again.</source>
        <translation>Passaram mais de 24 horas desde que o cliente escreveu: só um modelo pode ser enviado até que ele escreva de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/countdown.py" line="84"/>
        <source>Window: %1 h %2 min</source>
        <translation>Janela: %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../desktop/countdown.py" line="89"/>
        <source>The customer wrote less than 24 hours ago: any reply may go for %1 h %2 min more, then only a template until they write again.</source>
        <translation>O cliente escreveu há menos de 24 horas: dá para responder livremente por mais %1 h %2 min; depois, só com um modelo até que ele escreva de novo.</translation>
    </message>
</context>
</TS>
