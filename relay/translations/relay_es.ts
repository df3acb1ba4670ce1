<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Commands</name>
    <message>
        <location filename="../meta_commands.py" line="24"/>
        <source>No number is known: connect one on the set-up page, set WHATSAPP_PHONE_NUMBER_ID, or give --number.</source>
        <translation>No se conoce ningún número: conecta uno en la página de configuración, define WHATSAPP_PHONE_NUMBER_ID o usa --number.</translation>
    </message>
    <message>
        <location filename="../meta_commands.py" line="29"/>
        <source>Every check passed.</source>
        <translation>Todas las comprobaciones pasaron.</translation>
    </message>
    <message>
        <location filename="../meta_commands.py" line="30"/>
        <source>%1 of %2 checks failed.</source>
        <translation>Fallaron %1 de %2 comprobaciones.</translation>
    </message>
    <message>
        <location filename="../meta_commands.py" line="31"/>
        <source>Fix: %1</source>
        <translation>Solución: %1</translation>
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
        <translation>App de Meta</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="272"/>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="273"/>
        <source>Webhook callback and fields</source>
        <translation>URL de devolución y campos del webhook</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="274"/>
        <source>App subscribed to the WhatsApp account</source>
        <translation>App suscrita a la cuenta de WhatsApp</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="275"/>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="276"/>
        <source>History and contacts import</source>
        <translation>Importación del historial y los contactos</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="277"/>
        <source>Message templates</source>
        <translation>Plantillas de mensajes</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="278"/>
        <source>Last webhook from Meta</source>
        <translation>Último webhook de Meta</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="280"/>
        <source>META_APP_ID is not set, so the relay cannot ask Meta about the app.</source>
        <translation>META_APP_ID no está definido, así que el relay no puede consultar a Meta sobre la app.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="283"/>
        <source>The relay has no access token: no number is connected.</source>
        <translation>El relay no tiene token de acceso: no hay ningún número conectado.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="284"/>
        <source>Meta says this token is not valid (expired or revoked).</source>
        <translation>Meta dice que este token no es válido (venció o fue revocado).</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="285"/>
        <source>This token has expired.</source>
        <translation>Este token venció.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="286"/>
        <source>The token lacks the permissions %1 (%2).</source>
        <translation>Al token le faltan los permisos %1 (%2).</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="287"/>
        <source>Valid, with %1 (%2).</source>
        <translation>Válido, con %1 (%2).</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="288"/>
        <source>never expires</source>
        <translation>no vence</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="289"/>
        <source>expires on %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="290"/>
        <source>The Meta app has no webhook for WhatsApp Business accounts.</source>
        <translation>La app de Meta no tiene webhook para cuentas de WhatsApp Business.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="291"/>
        <source>Meta calls %1, but PUBLIC_URL is not set, so the relay cannot tell if that is it.</source>
        <translation>Meta llama a %1, pero PUBLIC_URL no está definido, así que el relay no puede saber si es él.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="294"/>
        <source>Meta calls %1, but this relay is %2.</source>
        <translation>Meta llama a %1, pero este relay es %2.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="295"/>
        <source>Not subscribed to the fields: %1.</source>
        <translation>Sin suscripción a los campos: %1.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="296"/>
        <source>Meta calls %1 with every field Puente reads.</source>
        <translation>Meta llama a %1 con todos los campos que Puente lee.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="297"/>
        <source>The Meta app receives this account&apos;s webhooks.</source>
        <translation>La app de Meta recibe los webhooks de esta cuenta.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="298"/>
        <source>The Meta app is not subscribed to this account&apos;s webhooks.</source>
        <translation>La app de Meta no está suscrita a los webhooks de esta cuenta.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="299"/>
        <source>No phone number is connected yet.</source>
        <translation>Todavía no hay ningún número conectado.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="300"/>
        <source>%1: %2; platform %3; quality %4.</source>
        <translation>%1: %2; plataforma %3; calidad %4.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="301"/>
        <source>on the WhatsApp Business app too (coexistence)</source>
        <translation>también en la app WhatsApp Business (coexistencia)</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="302"/>
        <source>Cloud API only</source>
        <translation>solo API de la nube</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="303"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="304"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="305"/>
        <source>%1: never requested.</source>
        <translation>%1: nunca se solicitó.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="306"/>
        <source>%1: requested %2 (request %3).</source>
        <translation>%1: solicitado el %2 (solicitud %3).</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="307"/>
        <source>%1: requested earlier, as Meta says.</source>
        <translation>%1: se solicitó antes, según Meta.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="308"/>
        <source>%1: Meta refused (%2).</source>
        <translation>%1: Meta lo rechazó (%2).</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="309"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="310"/>
        <source>The templates can be read.</source>
        <translation>Las plantillas se pueden leer.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="311"/>
        <source>Meta has never called this relay.</source>
        <translation>Meta nunca ha llamado a este relay.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="312"/>
        <source>The last one arrived %1.</source>
        <translation>El último llegó el %1.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="313"/>
        <source>Meta answered: %1</source>
        <translation>Meta respondió: %1</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="314"/>
        <source>Meta&apos;s answer was not what the relay expected.</source>
        <translation>La respuesta de Meta no fue la que el relay esperaba.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="315"/>
        <source>Meta could not be reached (%1).</source>
        <translation>No se pudo contactar a Meta (%1).</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="317"/>
        <source>Set META_APP_ID to the id at the top of your app&apos;s dashboard.</source>
        <translation>Define META_APP_ID con el id que aparece arriba en el panel de tu app.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="318"/>
        <source>Check META_APP_ID and WHATSAPP_APP_SECRET: they must be the same Meta app&apos;s.</source>
        <translation>Revisa META_APP_ID y WHATSAPP_APP_SECRET: deben ser de la misma app de Meta.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="321"/>
        <source>Connect the number again on the set-up page (/setup), signed in as an admin.</source>
        <translation>Vuelve a conectar el número en la página de configuración (/setup), con sesión de administrador.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="324"/>
        <source>Connect the number again on the set-up page, or put a new system user token in WHATSAPP_ACCESS_TOKEN.</source>
        <translation>Vuelve a conectar el número en la página de configuración o pon un token nuevo de usuario del sistema en WHATSAPP_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="329"/>
        <source>Give the token the whatsapp_business_messaging and whatsapp_business_management permissions (Business Settings &gt; System users), or connect again on the set-up page.</source>
        <translation>Dale al token los permisos whatsapp_business_messaging y whatsapp_business_management (Configuración del negocio &gt; Usuarios del sistema) o vuelve a conectar en la página de configuración.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="334"/>
        <source>In the App Dashboard &gt; WhatsApp &gt; Configuration, set the callback URL to this relay&apos;s address followed by /api/whatsapp/webhook, with WEBHOOK_VERIFY_TOKEN as the verify token.</source>
        <translation>En el Panel de apps &gt; WhatsApp &gt; Configuración, pon como URL de devolución la dirección de este relay seguida de /api/whatsapp/webhook, con WEBHOOK_VERIFY_TOKEN como token de verificación.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="339"/>
        <source>Set PUBLIC_URL to this relay&apos;s https address.</source>
        <translation>Define PUBLIC_URL con la dirección https de este relay.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="340"/>
        <source>In the App Dashboard &gt; WhatsApp &gt; Configuration &gt; Webhook fields, subscribe to messages, smb_message_echoes, history, smb_app_state_sync, account_update and message_template_status_update.</source>
        <translation>En el Panel de apps &gt; WhatsApp &gt; Configuración &gt; Campos del webhook, suscríbete a messages, smb_message_echoes, history, smb_app_state_sync, account_update y message_template_status_update.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="346"/>
        <source>The number is not on the Cloud API: connect it again on the set-up page.</source>
        <translation>El número no está en la API de la nube: vuelve a conectarlo en la página de configuración.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="349"/>
        <source>Customers are blocking or reporting this number: send fewer unsolicited messages. Meta may limit it.</source>
        <translation>Los clientes están bloqueando o denunciando este número: envía menos mensajes no solicitados. Meta podría limitarlo.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="354"/>
        <source>Within 24 hours of connecting, run python -m relay meta sync on the relay&apos;s server (the set-up page does it by itself when it connects the number).</source>
        <translation>Dentro de las 24 horas siguientes a la conexión, ejecuta python -m relay meta sync en el servidor del relay (la página de configuración lo hace sola al conectar el número).</translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <location filename="../onboarding.py" line="365"/>
        <source>Done in an earlier attempt.</source>
        <translation>Hecho en un intento anterior.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="366"/>
        <source>META_APP_ID is not set on the relay: set it to your Meta app&apos;s id and try again.</source>
        <translation>META_APP_ID no está definido en el relay: ponle el id de tu app de Meta y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="369"/>
        <source>Meta gave the relay the business&apos;s access token.</source>
        <translation>Meta le dio al relay el token de acceso del negocio.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="370"/>
        <source>Meta says this sign-in was used already or expired. Start the connection again with the button.</source>
        <translation>Meta dice que este inicio de sesión ya se usó o venció. Empieza la conexión de nuevo con el botón.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="375"/>
        <source>The relay now receives this account&apos;s webhooks.</source>
        <translation>El relay ya recibe los webhooks de esta cuenta.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="376"/>
        <source>Meta lists no phone number in this WhatsApp account.</source>
        <translation>Meta no muestra ningún número en esta cuenta de WhatsApp.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="377"/>
        <source>Numbers found in the account: %1.</source>
        <translation>Números encontrados en la cuenta: %1.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="378"/>
        <source>%1 is connected and stays on the WhatsApp Business app (coexistence).</source>
        <translation>%1 está conectado y sigue en la app WhatsApp Business (coexistencia).</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="381"/>
        <source>%1 is connected (Cloud API only).</source>
        <translation>%1 está conectado (solo API de la nube).</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="382"/>
        <source>There is no access token for this number.</source>
        <translation>No hay token de acceso para este número.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="383"/>
        <source>Meta is sending the phone&apos;s contacts (request %1). Keep the WhatsApp Business app open on the phone until they arrive.</source>
        <translation>Meta está enviando los contactos del teléfono (solicitud %1). Mantén abierta la app WhatsApp Business en el teléfono hasta que lleguen.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="388"/>
        <source>Meta is sending the chat history from the phone (request %1), if the owner agrees to share it there. Keep the WhatsApp Business app open until the import finishes.</source>
        <translation>Meta está enviando el historial de chats del teléfono (solicitud %1), si el dueño acepta compartirlo ahí. Mantén abierta la app WhatsApp Business hasta que termine la importación.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="393"/>
        <source>The contacts were requested before (request %1); Meta allows it once.</source>
        <translation>Los contactos ya se solicitaron antes (solicitud %1); Meta lo permite una sola vez.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="396"/>
        <source>The chat history was requested before (request %1); Meta allows it once.</source>
        <translation>El historial de chats ya se solicitó antes (solicitud %1); Meta lo permite una sola vez.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="399"/>
        <source>Meta says the contacts were already requested for this number: they arrive from that request. Nothing to do.</source>
        <translation>Meta dice que los contactos ya se solicitaron para este número: llegan por esa solicitud. No hay que hacer nada.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="404"/>
        <source>Meta says the chat history was already requested for this number: it arrives from that request. Nothing to do.</source>
        <translation>Meta dice que el historial de chats ya se solicitó para este número: llega por esa solicitud. No hay que hacer nada.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="409"/>
        <source>More than 24 hours have passed since the number was connected, so Meta no longer sends the contacts. To import them, disconnect the number in the WhatsApp Business app (Settings &gt; Account &gt; Business Platform) and connect it again here.</source>
        <translation>Pasaron más de 24 horas desde que se conectó el número, así que Meta ya no envía los contactos. Para importarlos, desconecta el número en la app WhatsApp Business (Configuración &gt; Cuenta &gt; Plataforma empresarial) y vuelve a conectarlo aquí.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="415"/>
        <source>More than 24 hours have passed since the number was connected, so Meta no longer sends the chat history. To import it, disconnect the number in the WhatsApp Business app (Settings &gt; Account &gt; Business Platform) and connect it again here.</source>
        <translation>Pasaron más de 24 horas desde que se conectó el número, así que Meta ya no envía el historial de chats. Para importarlo, desconecta el número en la app WhatsApp Business (Configuración &gt; Cuenta &gt; Plataforma empresarial) y vuelve a conectarlo aquí.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="421"/>
        <source>Meta did not take the request for the contacts (%1). Connect again to retry.</source>
        <translation>Meta no aceptó la solicitud de los contactos (%1). Vuelve a conectar para reintentarlo.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="424"/>
        <source>Meta did not take the request for the chat history (%1). Connect again to retry.</source>
        <translation>Meta no aceptó la solicitud del historial de chats (%1). Vuelve a conectar para reintentarlo.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="428"/>
        <source>Meta refused: %1</source>
        <translation>Meta lo rechazó: %1</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="429"/>
        <source>Meta&apos;s answer was not what the relay expected.</source>
        <translation>La respuesta de Meta no fue la que el relay esperaba.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="430"/>
        <source>Meta could not be reached (%1). Try again.</source>
        <translation>No se pudo contactar a Meta (%1). Vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../static/setup-texts.js" line="9"/>
        <source>Set up Puente</source>
        <translation>Configura Puente</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="10"/>
        <source>Connect the shop&apos;s WhatsApp Business number and invite the team. The owner keeps using the WhatsApp Business app on the phone.</source>
        <translation>Conecta el número de WhatsApp Business del negocio e invita al equipo. El dueño sigue usando la app WhatsApp Business en el teléfono.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="11"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="12"/>
        <source>Create the first administrator</source>
        <translation>Crea el primer administrador</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="13"/>
        <source>The administrator connects the number and invites the team. Write your name as the team will see it.</source>
        <translation>El administrador conecta el número e invita al equipo. Escribe tu nombre como lo verá el equipo.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="14"/>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="15"/>
        <source>Create administrator</source>
        <translation>Crear administrador</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="16"/>
        <source>Open the set-up link</source>
        <translation>Abre el enlace de configuración</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="17"/>
        <source>This relay has no administrator yet. Its log shows a link with a set-up code (a line with /setup?code=): open that link.</source>
        <translation>Este relay todavía no tiene administrador. Su registro muestra un enlace con un código de configuración (una línea con /setup?code=): abre ese enlace.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="18"/>
        <source>Keep this safe: it is shown only once. Whoever has it can read and answer the shop&apos;s chats.</source>
        <translation>Guárdalo bien: se muestra una sola vez. Quien lo tenga puede leer y responder los chats del negocio.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="19"/>
        <source>Pairing link</source>
        <translation>Enlace de vinculación</translation>
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
        <translation>Abrir en Puente</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="23"/>
        <source>On a computer with Puente installed, the link opens it ready to sign in. Or paste it into Puente&apos;s sign-in window.</source>
        <translation>En una computadora con Puente instalado, el enlace lo abre listo para iniciar sesión. O pégalo en la ventana de inicio de sesión de Puente.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="24"/>
        <source>Sign in by hand instead</source>
        <translation>Iniciar sesión a mano</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="25"/>
        <source>Relay address</source>
        <translation>Dirección del relay</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="26"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="27"/>
        <source>I have saved it</source>
        <translation>Ya lo guardé</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="28"/>
        <source>Your administrator&apos;s sign-in</source>
        <translation>Tu acceso de administrador</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="29"/>
        <source>Invitation for %1</source>
        <translation>Invitación para %1</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="30"/>
        <source>Sign in as an administrator</source>
        <translation>Inicia sesión como administrador</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="31"/>
        <source>Paste your administrator&apos;s token or pairing link.</source>
        <translation>Pega tu token de administrador o tu enlace de vinculación.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="32"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="33"/>
        <source>pnt_… or puente://connect?…</source>
        <translation>pnt_… o puente://connect?…</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="34"/>
        <source>Connect the WhatsApp number</source>
        <translation>Conecta el número de WhatsApp</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="35"/>
        <source>Meta&apos;s window guides you. Choose to connect your existing WhatsApp Business app account and confirm on the phone.</source>
        <translation>La ventana de Meta te guía. Elige conectar tu cuenta actual de la app WhatsApp Business y confirma en el teléfono.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="36"/>
        <source>The phone with the WhatsApp Business app (version 2.24.17 or newer), at hand.</source>
        <translation>El teléfono con la app WhatsApp Business (versión 2.24.17 o más reciente), a la mano.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="37"/>
        <source>A Facebook account that manages the business (or that can create its portfolio).</source>
        <translation>Una cuenta de Facebook que administre el negocio (o que pueda crear su portafolio).</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="38"/>
        <source>After connecting, keep the app open on the phone until the history import finishes.</source>
        <translation>Después de conectar, mantén la app abierta en el teléfono hasta que termine la importación del historial.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="39"/>
        <source>Continue with Facebook</source>
        <translation>Continuar con Facebook</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="40"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="41"/>
        <source>Connected numbers</source>
        <translation>Números conectados</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="42"/>
        <source>No number is connected yet.</source>
        <translation>Todavía no hay ningún número conectado.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="43"/>
        <source>Invite the team</source>
        <translation>Invita al equipo</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="44"/>
        <source>Each agent gets a pairing link for the Puente app. Administrators can also connect numbers and invite others.</source>
        <translation>Cada agente recibe un enlace de vinculación para la app Puente. Los administradores también pueden conectar números e invitar a otros.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="45"/>
        <source>Agent&apos;s name</source>
        <translation>Nombre del agente</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="46"/>
        <source>Role</source>
        <translation>Rol</translation>
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
        <translation>Invitar</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="50"/>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="51"/>
        <source>Check the connection</source>
        <translation>Revisa la conexión</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="52"/>
        <source>Asks Meta whether the token, the webhooks and the number are right, and says how to fix what is not.</source>
        <translation>Le pregunta a Meta si el token, los webhooks y el número están bien, y dice cómo arreglar lo que no.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="53"/>
        <source>Run the checks</source>
        <translation>Ejecutar las comprobaciones</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="54"/>
        <source>Puente relay set-up</source>
        <translation>Configuración del relay de Puente</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="55"/>
        <source>The relay cannot be reached. Check the connection and try again.</source>
        <translation>No se puede contactar al relay. Revisa la conexión y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="56"/>
        <source>This set-up link is not this relay&apos;s. Open the link from the relay&apos;s log.</source>
        <translation>Este enlace de configuración no es de este relay. Abre el enlace del registro del relay.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="57"/>
        <source>The first administrator exists already. Sign in with an administrator&apos;s token.</source>
        <translation>El primer administrador ya existe. Inicia sesión con un token de administrador.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="58"/>
        <source>The relay refused this token.</source>
        <translation>El relay rechazó este token.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="59"/>
        <source>This token is an agent&apos;s, not an administrator&apos;s.</source>
        <translation>Este token es de un agente, no de un administrador.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="60"/>
        <source>Someone on the team already has that name.</source>
        <translation>Alguien del equipo ya tiene ese nombre.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="61"/>
        <source>This is the only administrator: invite another one first.</source>
        <translation>Es el único administrador: invita a otro primero.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="62"/>
        <source>Something went wrong (%1).</source>
        <translation>Algo salió mal (%1).</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="63"/>
        <source>Signed in as %1</source>
        <translation>Sesión de %1</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="64"/>
        <source>The relay needs META_APP_ID and META_ES_CONFIG_ID to connect a number (see docs/meta-setup.md).</source>
        <translation>El relay necesita META_APP_ID y META_ES_CONFIG_ID para conectar un número (consulta docs/meta-setup.md).</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="65"/>
        <source>Meta&apos;s sign-in could not be loaded. Check the connection (or an ad blocker) and reload the page.</source>
        <translation>No se pudo cargar el inicio de sesión de Meta. Revisa la conexión (o un bloqueador de anuncios) y recarga la página.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="66"/>
        <source>Waiting for Meta&apos;s window…</source>
        <translation>Esperando la ventana de Meta…</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="67"/>
        <source>The window closed before the number was connected. Start again when you are ready.</source>
        <translation>La ventana se cerró antes de conectar el número. Vuelve a empezar cuando estés listo.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="68"/>
        <source>Connection stopped at the step %1. Start again when you are ready.</source>
        <translation>La conexión se detuvo en el paso %1. Vuelve a empezar cuando estés listo.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="69"/>
        <source>Meta reported a problem: %1</source>
        <translation>Meta informó un problema: %1</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="70"/>
        <source>Trying again…</source>
        <translation>Reintentando…</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="71"/>
        <source>Connecting the number…</source>
        <translation>Conectando el número…</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="72"/>
        <source>The number is connected.</source>
        <translation>El número está conectado.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="73"/>
        <source>on the WhatsApp Business app</source>
        <translation>en la app WhatsApp Business</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="74"/>
        <source>set up by hand</source>
        <translation>configurado a mano</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="75"/>
        <source>Cloud API only</source>
        <translation>solo API de la nube</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="76"/>
        <source>last seen %1</source>
        <translation>visto por última vez %1</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="77"/>
        <source>not seen yet</source>
        <translation>aún no se ha conectado</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="78"/>
        <source>Revoke %1&apos;s access? Their Puente disconnects at once.</source>
        <translation>¿Revocar el acceso de %1? Su Puente se desconecta al instante.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="79"/>
        <source>Asking Meta…</source>
        <translation>Consultando a Meta…</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="80"/>
        <source>%1 of %2 checks failed.</source>
        <translation>Fallaron %1 de %2 comprobaciones.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="81"/>
        <source>Every check passed.</source>
        <translation>Todas las comprobaciones pasaron.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="82"/>
        <source>history requested</source>
        <translation>historial solicitado</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="83"/>
        <source>history not requested</source>
        <translation>historial sin solicitar</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="84"/>
        <source>contacts requested</source>
        <translation>contactos solicitados</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="85"/>
        <source>contacts not requested</source>
        <translation>contactos sin solicitar</translation>
    </message>
</context>
</TS>
