<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Commands</name>
    <message>
        <location filename="../meta_commands.py" line="24"/>
        <source>No number is known: connect one on the set-up page, set WHATSAPP_PHONE_NUMBER_ID, or give --number.</source>
        <translation>Nenhum número é conhecido: conecte um na página de configuração, defina WHATSAPP_PHONE_NUMBER_ID ou use --number.</translation>
    </message>
    <message>
        <location filename="../meta_commands.py" line="29"/>
        <source>Every check passed.</source>
        <translation>Todas as verificações passaram.</translation>
    </message>
    <message>
        <location filename="../meta_commands.py" line="30"/>
        <source>%1 of %2 checks failed.</source>
        <translation>%1 de %2 verificações falharam.</translation>
    </message>
    <message>
        <location filename="../meta_commands.py" line="31"/>
        <source>Fix: %1</source>
        <translation>Como resolver: %1</translation>
    </message>
    <message>
        <location filename="../meta_commands.py" line="32"/>
        <source>Number %1:</source>
        <translation>Número %1:</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <location filename="../doctor.py" line="271"/>
        <source>Meta app</source>
        <translation>App da Meta</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="272"/>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="273"/>
        <source>Webhook callback and fields</source>
        <translation>URL de retorno e campos do webhook</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="274"/>
        <source>App subscribed to the WhatsApp account</source>
        <translation>App inscrito na conta do WhatsApp</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="275"/>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="276"/>
        <source>History and contacts import</source>
        <translation>Importação do histórico e dos contatos</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="277"/>
        <source>Message templates</source>
        <translation>Modelos de mensagem</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="278"/>
        <source>Last webhook from Meta</source>
        <translation>Último webhook da Meta</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="280"/>
        <source>META_APP_ID is not set, so the relay cannot ask Meta about the app.</source>
        <translation>META_APP_ID não está definido, então o relay não pode consultar a Meta sobre o app.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="283"/>
        <source>The relay has no access token: no number is connected.</source>
        <translation>O relay não tem token de acesso: nenhum número está conectado.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="284"/>
        <source>Meta says this token is not valid (expired or revoked).</source>
        <translation>A Meta diz que este token não é válido (expirou ou foi revogado).</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="285"/>
        <source>This token has expired.</source>
        <translation>Este token expirou.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="286"/>
        <source>The token lacks the permissions %1 (%2).</source>
        <translation>Faltam ao token as permissões %1 (%2).</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="287"/>
        <source>Valid, with %1 (%2).</source>
        <translation>Válido, com %1 (%2).</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="288"/>
        <source>never expires</source>
        <translation>não expira</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="289"/>
        <source>expires on %1</source>
        <translation>expira em %1</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="290"/>
        <source>The Meta app has no webhook for WhatsApp Business accounts.</source>
        <translation>O app da Meta não tem webhook para contas do WhatsApp Business.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="291"/>
        <source>Meta calls %1, but PUBLIC_URL is not set, so the relay cannot tell if that is it.</source>
        <translation>A Meta chama %1, mas PUBLIC_URL não está definido, então o relay não sabe se é ele.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="294"/>
        <source>Meta calls %1, but this relay is %2.</source>
        <translation>A Meta chama %1, mas este relay é %2.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="295"/>
        <source>Not subscribed to the fields: %1.</source>
        <translation>Sem inscrição nos campos: %1.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="296"/>
        <source>Meta calls %1 with every field Puente reads.</source>
        <translation>A Meta chama %1 com todos os campos que o Puente lê.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="297"/>
        <source>The Meta app receives this account&apos;s webhooks.</source>
        <translation>O app da Meta recebe os webhooks desta conta.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="298"/>
        <source>The Meta app is not subscribed to this account&apos;s webhooks.</source>
        <translation>O app da Meta não está inscrito nos webhooks desta conta.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="299"/>
        <source>No phone number is connected yet.</source>
        <translation>Ainda não há nenhum número conectado.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="300"/>
        <source>%1: %2; platform %3; quality %4.</source>
        <translation>%1: %2; plataforma %3; qualidade %4.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="301"/>
        <source>on the WhatsApp Business app too (coexistence)</source>
        <translation>também no app WhatsApp Business (coexistência)</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="302"/>
        <source>Cloud API only</source>
        <translation>somente API de Nuvem</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="303"/>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="304"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="305"/>
        <source>%1: never requested.</source>
        <translation>%1: nunca solicitado.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="306"/>
        <source>%1: requested %2 (request %3).</source>
        <translation>%1: solicitado em %2 (solicitação %3).</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="307"/>
        <source>%1: requested earlier, as Meta says.</source>
        <translation>%1: solicitado antes, segundo a Meta.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="308"/>
        <source>%1: Meta refused (%2).</source>
        <translation>%1: a Meta recusou (%2).</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="309"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="310"/>
        <source>The templates can be read.</source>
        <translation>Os modelos podem ser lidos.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="311"/>
        <source>Meta has never called this relay.</source>
        <translation>A Meta nunca chamou este relay.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="312"/>
        <source>The last one arrived %1.</source>
        <translation>O último chegou em %1.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="313"/>
        <source>Meta answered: %1</source>
        <translation>A Meta respondeu: %1</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="314"/>
        <source>Meta&apos;s answer was not what the relay expected.</source>
        <translation>A resposta da Meta não foi a que o relay esperava.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="315"/>
        <source>Meta could not be reached (%1).</source>
        <translation>Não foi possível contatar a Meta (%1).</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="317"/>
        <source>Set META_APP_ID to the id at the top of your app&apos;s dashboard.</source>
        <translation>Defina META_APP_ID com o id que aparece no topo do painel do seu app.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="318"/>
        <source>Check META_APP_ID and WHATSAPP_APP_SECRET: they must be the same Meta app&apos;s.</source>
        <translation>Confira META_APP_ID e WHATSAPP_APP_SECRET: devem ser do mesmo app da Meta.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="321"/>
        <source>Connect the number again on the set-up page (/setup), signed in as an admin.</source>
        <translation>Conecte o número de novo na página de configuração (/setup), entrando como administrador.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="324"/>
        <source>Connect the number again on the set-up page, or put a new system user token in WHATSAPP_ACCESS_TOKEN.</source>
        <translation>Conecte o número de novo na página de configuração ou coloque um novo token de usuário do sistema em WHATSAPP_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="329"/>
        <source>Give the token the whatsapp_business_messaging and whatsapp_business_management permissions (Business Settings &gt; System users), or connect again on the set-up page.</source>
        <translation>Dê ao token as permissões whatsapp_business_messaging e whatsapp_business_management (Configurações do negócio &gt; Usuários do sistema) ou conecte de novo na página de configuração.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="334"/>
        <source>In the App Dashboard &gt; WhatsApp &gt; Configuration, set the callback URL to this relay&apos;s address followed by /api/whatsapp/webhook, with WEBHOOK_VERIFY_TOKEN as the verify token.</source>
        <translation>No Painel de apps &gt; WhatsApp &gt; Configuração, use como URL de retorno o endereço deste relay seguido de /api/whatsapp/webhook, com WEBHOOK_VERIFY_TOKEN como token de verificação.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="339"/>
        <source>Set PUBLIC_URL to this relay&apos;s https address.</source>
        <translation>Defina PUBLIC_URL com o endereço https deste relay.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="340"/>
        <source>In the App Dashboard &gt; WhatsApp &gt; Configuration &gt; Webhook fields, subscribe to messages, smb_message_echoes, history, smb_app_state_sync, account_update and message_template_status_update.</source>
        <translation>No Painel de apps &gt; WhatsApp &gt; Configuração &gt; Campos do webhook, inscreva-se em messages, smb_message_echoes, history, smb_app_state_sync, account_update e message_template_status_update.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="346"/>
        <source>The number is not on the Cloud API: connect it again on the set-up page.</source>
        <translation>O número não está na API de Nuvem: conecte-o de novo na página de configuração.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="349"/>
        <source>Customers are blocking or reporting this number: send fewer unsolicited messages. Meta may limit it.</source>
        <translation>Clientes estão bloqueando ou denunciando este número: envie menos mensagens não solicitadas. A Meta pode limitá-lo.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="354"/>
        <source>Within 24 hours of connecting, run python -m relay meta sync on the relay&apos;s server (the set-up page does it by itself when it connects the number).</source>
        <translation>Em até 24 horas após a conexão, execute python -m relay meta sync no servidor do relay (a página de configuração faz isso sozinha ao conectar o número).</translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <location filename="../onboarding.py" line="365"/>
        <source>Done in an earlier attempt.</source>
        <translation>Feito em uma tentativa anterior.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="366"/>
        <source>META_APP_ID is not set on the relay: set it to your Meta app&apos;s id and try again.</source>
        <translation>META_APP_ID não está definido no relay: coloque o id do seu app da Meta e tente de novo.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="369"/>
        <source>Meta gave the relay the business&apos;s access token.</source>
        <translation>A Meta deu ao relay o token de acesso do negócio.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="370"/>
        <source>Meta says this sign-in was used already or expired. Start the connection again with the button.</source>
        <translation>A Meta diz que este login já foi usado ou expirou. Comece a conexão de novo com o botão.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="375"/>
        <source>The relay now receives this account&apos;s webhooks.</source>
        <translation>O relay agora recebe os webhooks desta conta.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="376"/>
        <source>Meta lists no phone number in this WhatsApp account.</source>
        <translation>A Meta não lista nenhum número nesta conta do WhatsApp.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="377"/>
        <source>Numbers found in the account: %1.</source>
        <translation>Números encontrados na conta: %1.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="378"/>
        <source>%1 is connected and stays on the WhatsApp Business app (coexistence).</source>
        <translation>%1 está conectado e continua no app WhatsApp Business (coexistência).</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="381"/>
        <source>%1 is connected (Cloud API only).</source>
        <translation>%1 está conectado (somente API de Nuvem).</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="382"/>
        <source>There is no access token for this number.</source>
        <translation>Não há token de acesso para este número.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="383"/>
        <source>Meta is sending the phone&apos;s contacts (request %1). Keep the WhatsApp Business app open on the phone until they arrive.</source>
        <translation>A Meta está enviando os contatos do telefone (solicitação %1). Mantenha o app WhatsApp Business aberto no telefone até que cheguem.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="388"/>
        <source>Meta is sending the chat history from the phone (request %1), if the owner agrees to share it there. Keep the WhatsApp Business app open until the import finishes.</source>
        <translation>A Meta está enviando o histórico de conversas do telefone (solicitação %1), se o dono aceitar compartilhá-lo lá. Mantenha o app WhatsApp Business aberto até a importação terminar.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="393"/>
        <source>The contacts were requested before (request %1); Meta allows it once.</source>
        <translation>Os contatos já foram solicitados antes (solicitação %1); a Meta permite isso uma única vez.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="396"/>
        <source>The chat history was requested before (request %1); Meta allows it once.</source>
        <translation>O histórico de conversas já foi solicitado antes (solicitação %1); a Meta permite isso uma única vez.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="399"/>
        <source>Meta says the contacts were already requested for this number: they arrive from that request. Nothing to do.</source>
        <translation>A Meta diz que os contatos já foram solicitados para este número: eles chegam por essa solicitação. Não é preciso fazer nada.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="404"/>
        <source>Meta says the chat history was already requested for this number: it arrives from that request. Nothing to do.</source>
        <translation>A Meta diz que o histórico de conversas já foi solicitado para este número: ele chega por essa solicitação. Não é preciso fazer nada.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="409"/>
        <source>More than 24 hours have passed since the number was connected, so Meta no longer sends the contacts. To import them, disconnect the number in the WhatsApp Business app (Settings &gt; Account &gt; Business Platform) and connect it again here.</source>
        <translation>Passaram mais de 24 horas desde que o número foi conectado, então a Meta não envia mais os contatos. Para importá-los, desconecte o número no app WhatsApp Business (Configurações &gt; Conta &gt; Plataforma comercial) e conecte-o de novo aqui.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="415"/>
        <source>More than 24 hours have passed since the number was connected, so Meta no longer sends the chat history. To import it, disconnect the number in the WhatsApp Business app (Settings &gt; Account &gt; Business Platform) and connect it again here.</source>
        <translation>Passaram mais de 24 horas desde que o número foi conectado, então a Meta não envia mais o histórico de conversas. Para importá-lo, desconecte o número no app WhatsApp Business (Configurações &gt; Conta &gt; Plataforma comercial) e conecte-o de novo aqui.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="421"/>
        <source>Meta did not take the request for the contacts (%1). Connect again to retry.</source>
        <translation>A Meta não aceitou a solicitação dos contatos (%1). Conecte de novo para tentar outra vez.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="424"/>
        <source>Meta did not take the request for the chat history (%1). Connect again to retry.</source>
        <translation>A Meta não aceitou a solicitação do histórico de conversas (%1). Conecte de novo para tentar outra vez.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="428"/>
        <source>Meta refused: %1</source>
        <translation>A Meta recusou: %1</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="429"/>
        <source>Meta&apos;s answer was not what the relay expected.</source>
        <translation>A resposta da Meta não foi a que o relay esperava.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="430"/>
        <source>Meta could not be reached (%1). Try again.</source>
        <translation>Não foi possível contatar a Meta (%1). Tente de novo.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../static/setup-texts.js" line="9"/>
        <source>Set up Puente</source>
        <translation>Configure o Puente</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="10"/>
        <source>Connect the shop&apos;s WhatsApp Business number and invite the team. The owner keeps using the WhatsApp Business app on the phone.</source>
        <translation>Conecte o número do WhatsApp Business do negócio e convide a equipe. O dono continua usando o app WhatsApp Business no telefone.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="11"/>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="12"/>
        <source>Create the first administrator</source>
        <translation>Crie o primeiro administrador</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="13"/>
        <source>The administrator connects the number and invites the team. Write your name as the team will see it.</source>
        <translation>O administrador conecta o número e convida a equipe. Escreva seu nome como a equipe vai vê-lo.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="14"/>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="15"/>
        <source>Create administrator</source>
        <translation>Criar administrador</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="16"/>
        <source>Open the set-up link</source>
        <translation>Abra o link de configuração</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="17"/>
        <source>This relay has no administrator yet. Its log shows a link with a set-up code (a line with /setup?code=): open that link.</source>
        <translation>Este relay ainda não tem administrador. O registro dele mostra um link com um código de configuração (uma linha com /setup?code=): abra esse link.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="18"/>
        <source>Keep this safe: it is shown only once. Whoever has it can read and answer the shop&apos;s chats.</source>
        <translation>Guarde isto com cuidado: aparece uma única vez. Quem tiver pode ler e responder as conversas do negócio.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="19"/>
        <source>Pairing link</source>
        <translation>Link de vinculação</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="20"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="21"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="22"/>
        <source>Open in Puente</source>
        <translation>Abrir no Puente</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="23"/>
        <source>On a computer with Puente installed, the link opens it ready to sign in. Or paste it into Puente&apos;s sign-in window.</source>
        <translation>Em um computador com o Puente instalado, o link o abre pronto para entrar. Ou cole-o na janela de login do Puente.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="24"/>
        <source>Sign in by hand instead</source>
        <translation>Entrar manualmente</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="25"/>
        <source>Relay address</source>
        <translation>Endereço do relay</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="26"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="27"/>
        <source>I have saved it</source>
        <translation>Já guardei</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="28"/>
        <source>Your administrator&apos;s sign-in</source>
        <translation>Seu acesso de administrador</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="29"/>
        <source>Invitation for %1</source>
        <translation>Convite para %1</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="30"/>
        <source>Sign in as an administrator</source>
        <translation>Entre como administrador</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="31"/>
        <source>Paste your administrator&apos;s token or pairing link.</source>
        <translation>Cole seu token de administrador ou seu link de vinculação.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="32"/>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="33"/>
        <source>pnt_… or puente://connect?…</source>
        <translation>pnt_… ou puente://connect?…</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="34"/>
        <source>Connect the WhatsApp number</source>
        <translation>Conecte o número do WhatsApp</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="35"/>
        <source>Meta&apos;s window guides you. Choose to connect your existing WhatsApp Business app account and confirm on the phone.</source>
        <translation>A janela da Meta guia você. Escolha conectar sua conta atual do app WhatsApp Business e confirme no telefone.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="36"/>
        <source>The phone with the WhatsApp Business app (version 2.24.17 or newer), at hand.</source>
        <translation>O telefone com o app WhatsApp Business (versão 2.24.17 ou mais recente), à mão.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="37"/>
        <source>A Facebook account that manages the business (or that can create its portfolio).</source>
        <translation>Uma conta do Facebook que administre o negócio (ou que possa criar o portfólio dele).</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="38"/>
        <source>After connecting, keep the app open on the phone until the history import finishes.</source>
        <translation>Depois de conectar, mantenha o app aberto no telefone até a importação do histórico terminar.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="39"/>
        <source>Continue with Facebook</source>
        <translation>Continuar com o Facebook</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="40"/>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="41"/>
        <source>Connected numbers</source>
        <translation>Números conectados</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="42"/>
        <source>No number is connected yet.</source>
        <translation>Ainda não há nenhum número conectado.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="43"/>
        <source>Invite the team</source>
        <translation>Convide a equipe</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="44"/>
        <source>Each agent gets a pairing link for the Puente app. Administrators can also connect numbers and invite others.</source>
        <translation>Cada agente recebe um link de vinculação para o app Puente. Administradores também podem conectar números e convidar outras pessoas.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="45"/>
        <source>Agent&apos;s name</source>
        <translation>Nome do agente</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="46"/>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="47"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="48"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="49"/>
        <source>Invite</source>
        <translation>Convidar</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="50"/>
        <source>Revoke</source>
        <translation>Revogar</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="51"/>
        <source>Check the connection</source>
        <translation>Verifique a conexão</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="52"/>
        <source>Asks Meta whether the token, the webhooks and the number are right, and says how to fix what is not.</source>
        <translation>Pergunta à Meta se o token, os webhooks e o número estão certos, e diz como corrigir o que não está.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="53"/>
        <source>Run the checks</source>
        <translation>Executar as verificações</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="54"/>
        <source>Puente relay set-up</source>
        <translation>Configuração do relay do Puente</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="55"/>
        <source>The relay cannot be reached. Check the connection and try again.</source>
        <translation>Não foi possível contatar o relay. Verifique a conexão e tente de novo.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="56"/>
        <source>This set-up link is not this relay&apos;s. Open the link from the relay&apos;s log.</source>
        <translation>Este link de configuração não é deste relay. Abra o link do registro do relay.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="57"/>
        <source>The first administrator exists already. Sign in with an administrator&apos;s token.</source>
        <translation>O primeiro administrador já existe. Entre com um token de administrador.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="58"/>
        <source>The relay refused this token.</source>
        <translation>O relay recusou este token.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="59"/>
        <source>This token is an agent&apos;s, not an administrator&apos;s.</source>
        <translation>Este token é de um agente, não de um administrador.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="60"/>
        <source>Someone on the team already has that name.</source>
        <translation>Alguém da equipe já tem esse nome.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="61"/>
        <source>This is the only administrator: invite another one first.</source>
        <translation>É o único administrador: convide outro primeiro.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="62"/>
        <source>Something went wrong (%1).</source>
        <translation>Algo deu errado (%1).</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="63"/>
        <source>Signed in as %1</source>
        <translation>Conectado como %1</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="64"/>
        <source>The relay needs META_APP_ID and META_ES_CONFIG_ID to connect a number (see docs/meta-setup.md).</source>
        <translation>O relay precisa de META_APP_ID e META_ES_CONFIG_ID para conectar um número (veja docs/meta-setup.md).</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="65"/>
        <source>Meta&apos;s sign-in could not be loaded. Check the connection (or an ad blocker) and reload the page.</source>
        <translation>Não foi possível carregar o login da Meta. Verifique a conexão (ou um bloqueador de anúncios) e recarregue a página.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="66"/>
        <source>Waiting for Meta&apos;s window…</source>
        <translation>Aguardando a janela da Meta…</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="67"/>
        <source>The window closed before the number was connected. Start again when you are ready.</source>
        <translation>A janela fechou antes de o número ser conectado. Comece de novo quando estiver pronto.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="68"/>
        <source>Connection stopped at the step %1. Start again when you are ready.</source>
        <translation>A conexão parou na etapa %1. Comece de novo quando estiver pronto.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="69"/>
        <source>Meta reported a problem: %1</source>
        <translation>A Meta informou um problema: %1</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="70"/>
        <source>Trying again…</source>
        <translation>Tentando de novo…</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="71"/>
        <source>Connecting the number…</source>
        <translation>Conectando o número…</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="72"/>
        <source>The number is connected.</source>
        <translation>O número está conectado.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="73"/>
        <source>on the WhatsApp Business app</source>
        <translation>no app WhatsApp Business</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="74"/>
        <source>set up by hand</source>
        <translation>configurado manualmente</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="75"/>
        <source>Cloud API only</source>
        <translation>somente API de Nuvem</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="76"/>
        <source>last seen %1</source>
        <translation>visto pela última vez %1</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="77"/>
        <source>not seen yet</source>
        <translation>ainda não se conectou</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="78"/>
        <source>Revoke %1&apos;s access? Their Puente disconnects at once.</source>
        <translation>Revogar o acesso de %1? O Puente dessa pessoa se desconecta na hora.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="79"/>
        <source>Asking Meta…</source>
        <translation>Consultando a Meta…</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="80"/>
        <source>%1 of %2 checks failed.</source>
        <translation>%1 de %2 verificações falharam.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="81"/>
        <source>Every check passed.</source>
        <translation>Todas as verificações passaram.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="82"/>
        <source>history requested</source>
        <translation>histórico solicitado</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="83"/>
        <source>history not requested</source>
        <translation>histórico não solicitado</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="84"/>
        <source>contacts requested</source>
        <translation>contatos solicitados</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="85"/>
        <source>contacts not requested</source>
        <translation>contatos não solicitados</translation>
    </message>
</context>
</TS>
