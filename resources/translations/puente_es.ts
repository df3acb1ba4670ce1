<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountBanner</name>
    <message>
        <location filename="../../desktop/account_banner.py" line="23"/>
        <source>The phone disconnected %1 from Puente: connect it again.</source>
        <translation>El teléfono desconectó el %1 de Puente: vuelve a conectarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="26"/>
        <source>The phone disconnected the number: connect it again.</source>
        <translation>El teléfono desconectó el número: vuelve a conectarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="28"/>
        <source>Meta refused the relay&apos;s access token: replies cannot be sent. Check the connection.</source>
        <translation>Meta rechazó el token de acceso del relay: no se pueden enviar respuestas. Revisa la conexión.</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="33"/>
        <source>Meta did not take the request for the chat history.</source>
        <translation>Meta no aceptó la solicitud del historial de chats.</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="35"/>
        <source>Importing the chat history: %1 %</source>
        <translation>Importando el historial: %1 %</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="39"/>
        <source>Waiting for the chat history from the phone: keep WhatsApp Business open there.</source>
        <translation>Esperando el historial del teléfono: mantén WhatsApp Business abierto ahí.</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="43"/>
        <source>The phone did not share the chat history: only new messages appear here.</source>
        <translation>El teléfono no compartió el historial: aquí solo aparecen los mensajes nuevos.</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="66"/>
        <source>Hide this notice</source>
        <translation>Ocultar este aviso</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="103"/>
        <source>Open the set-up page</source>
        <translation>Abrir la página de configuración</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="105"/>
        <source>Check the connection</source>
        <translation>Revisar la conexión</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <location filename="../../desktop/activity.py" line="120"/>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="145"/>
        <source>%1 marked it resolved</source>
        <translation>%1 la marcó como resuelta</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="146"/>
        <source>%1 marked it pending</source>
        <translation>%1 la marcó como pendiente</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="147"/>
        <source>%1 reopened it</source>
        <translation>%1 la reabrió</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="148"/>
        <source>The customer wrote: open again</source>
        <translation>El cliente escribió: abierta de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="149"/>
        <source>The snooze ended: open again</source>
        <translation>Terminó la posposición: abierta de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="150"/>
        <source>%1 took this conversation</source>
        <translation>%1 tomó esta conversación</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="151"/>
        <source>%1 assigned it to %2</source>
        <translation>%1 se la asignó a %2</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="152"/>
        <source>%1 unassigned it</source>
        <translation>%1 la dejó sin asignar</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="123"/>
        <source>%1 snoozed it</source>
        <translation>%1 la pospuso</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="125"/>
        <source>%1 snoozed it until %2</source>
        <translation>%1 la pospuso hasta %2</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="133"/>
        <source>%1 added %2</source>
        <translation>%1 añadió %2</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="139"/>
        <source>%1 removed %2</source>
        <translation>%1 quitó %2</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="204"/>
        <source>Token kept for this session only</source>
        <translation>Token guardado solo para esta sesión</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="205"/>
        <source>This computer has no secure keychain, so Puente will not store your token: you will be asked for it again next time.</source>
        <translation>Este equipo no tiene un llavero seguro, así que Puente no guardará tu token: te lo pediremos de nuevo la próxima vez.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../desktop/attachment_dialog.py" line="29"/>
        <source>WhatsApp does not take this kind of file.</source>
        <translation>WhatsApp no acepta este tipo de archivo.</translation>
    </message>
    <message>
        <location filename="../../desktop/attachment_dialog.py" line="31"/>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../../desktop/attachment_dialog.py" line="34"/>
        <source>Too big: WhatsApp takes these files up to %1.</source>
        <translation>Demasiado grande: WhatsApp acepta estos archivos hasta %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/attachment_dialog.py" line="37"/>
        <source>The file is not what its name says (%1).</source>
        <translation>El archivo no es lo que dice su nombre (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/attachment_dialog.py" line="48"/>
        <source>Send files</source>
        <translation>Enviar archivos</translation>
    </message>
    <message>
        <location filename="../../desktop/attachment_dialog.py" line="77"/>
        <source>Add a caption</source>
        <translation>Añade un comentario</translation>
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
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../desktop/bubble_menu.py" line="41"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../../desktop/bubble_menu.py" line="44"/>
        <source>React</source>
        <translation>Reaccionar</translation>
    </message>
    <message>
        <location filename="../../desktop/bubble_menu.py" line="55"/>
        <source>Remove reaction</source>
        <translation>Quitar reacción</translation>
    </message>
    <message>
        <location filename="../../desktop/bubble_menu.py" line="60"/>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <location filename="../../desktop/bubble_menu.py" line="63"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../desktop/composer.py" line="166"/>
        <source>Do not quote</source>
        <translation>No citar</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="335"/>
        <source>Write a message</source>
        <translation>Escribe un mensaje</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="190"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="189"/>
        <source>Send (Enter)</source>
        <translation>Enviar (Intro)</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="194"/>
        <source>Send a template</source>
        <translation>Enviar una plantilla</translation>
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
        <translation>Grabar una nota de voz (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="211"/>
        <source>No microphone found</source>
        <translation>No se encontró un micrófono</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="216"/>
        <source>Discard the recording</source>
        <translation>Descartar la grabación</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="224"/>
        <location filename="../../desktop/composer.py" line="378"/>
        <source>Send a file</source>
        <translation>Enviar un archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="228"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="231"/>
        <source>Internal note: only the team sees it, never the customer</source>
        <translation>Nota interna: solo la ve el equipo, nunca el cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="237"/>
        <source>More than 24 hours since the customer last wrote: WhatsApp only lets a template through until they write again.</source>
        <translation>Pasaron más de 24 horas desde el último mensaje del cliente: WhatsApp solo deja pasar plantillas hasta que vuelva a escribir.</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="257"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="305"/>
        <source>Write an internal note for the team</source>
        <translation>Escribe una nota interna para el equipo</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="334"/>
        <source>Write a message, or / for a quick reply</source>
        <translation>Escribe un mensaje, o / para una respuesta rápida</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="348"/>
        <source>Replying to %1: %2</source>
        <translation>Respondiendo a %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="501"/>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <location filename="../../desktop/connection_bar.py" line="33"/>
        <location filename="../../desktop/connection_bar.py" line="106"/>
        <source>Reconnect now</source>
        <translation>Reconectar ahora</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="75"/>
        <source>Download the new Puente</source>
        <translation>Descargar el nuevo Puente</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="77"/>
        <source>Puente %1 is available</source>
        <translation>Puente %1 ya está disponible</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="94"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="104"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
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
        <translation>Poniéndose al día…</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="116"/>
        <source>Offline: reconnecting in %1 s</source>
        <translation>Sin conexión: reconectando en %1 s</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="120"/>
        <source>The relay refused your token: sign in again</source>
        <translation>El relay rechazó tu token: vuelve a iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="122"/>
        <source>Update Puente to continue: this version is older than the relay serves.</source>
        <translation>Actualiza Puente para seguir: esta versión es más antigua de lo que el relay admite.</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="127"/>
        <source>Stopped: Puente cannot write its copy of the conversations on this computer (is the disk full?). Free some space, then try again.</source>
        <translation>Detenido: Puente no puede guardar su copia de las conversaciones en este equipo (¿está lleno el disco?). Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="133"/>
        <source>Stopped: something went wrong in Puente (the details are in its log). Try again, or restart Puente.</source>
        <translation>Detenido: algo falló en Puente (los detalles están en su registro). Vuelva a intentarlo o reinicie Puente.</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="139"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../../desktop/conversations.py" line="212"/>
        <source>%1 is typing…</source>
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="213"/>
        <source>%1 are typing…</source>
        <translation>%1 están escribiendo…</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="218"/>
        <source>%1 is looking at this conversation</source>
        <translation>%1 está viendo esta conversación</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="221"/>
        <source>%1 are looking at this conversation</source>
        <translation>%1 están viendo esta conversación</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="348"/>
        <source>📱 %1</source>
        <translation>📱 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="362"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="374"/>
        <source>a year ago</source>
        <translation>hace un año</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="375"/>
        <source>%1 years ago</source>
        <translation>hace %1 años</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="379"/>
        <source>a month ago</source>
        <translation>hace un mes</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="380"/>
        <source>%1 months ago</source>
        <translation>hace %1 meses</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="384"/>
        <source>a week ago</source>
        <translation>hace una semana</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="385"/>
        <source>%1 weeks ago</source>
        <translation>hace %1 semanas</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../demo/__main__.py" line="44"/>
        <source>(no window: %1; the events show here)</source>
        <translation>(sin ventana: %1; los eventos se muestran aquí)</translation>
    </message>
    <message>
        <location filename="../../demo/__main__.py" line="49"/>
        <source>Relay on %1 (SQLite at %2), Meta simulator on %3. %4 signed in.</source>
        <translation>Relay en %1 (SQLite en %2), simulador de Meta en %3. %4 inició sesión.</translation>
    </message>
    <message>
        <location filename="../../demo/__main__.py" line="95"/>
        <source>What arrives, as a desktop sees it (Ctrl+C to stop):</source>
        <translation>Lo que llega, como lo ve un escritorio (Ctrl+C para terminar):</translation>
    </message>
    <message>
        <location filename="../../demo/day.py" line="35"/>
        <source>history import</source>
        <translation>importación del historial</translation>
    </message>
    <message>
        <location filename="../../demo/day.py" line="44"/>
        <location filename="../../demo/day.py" line="58"/>
        <source>customer</source>
        <translation>un cliente escribe</translation>
    </message>
    <message>
        <location filename="../../demo/day.py" line="49"/>
        <source>owner on the phone</source>
        <translation>la dueña responde desde el teléfono</translation>
    </message>
    <message>
        <location filename="../../demo/day.py" line="67"/>
        <source>agent replying through the relay</source>
        <translation>una agente responde a través del relay</translation>
    </message>
    <message>
        <location filename="../../demo/day.py" line="86"/>
        <location filename="../../demo/day.py" line="94"/>
        <source>Meta plays: %1</source>
        <translation>Meta simula: %1</translation>
    </message>
    <message>
        <location filename="../../demo/day.py" line="93"/>
        <source>a customer sending one of every kind of message</source>
        <translation>una clienta que envía un mensaje de cada tipo</translation>
    </message>
    <message>
        <location filename="../../demo/screen.py" line="30"/>
        <source>PySide6 is not installed (pip install -e &apos;.[relay,desktop]&apos;)</source>
        <translation>PySide6 no está instalado (pip install -e &apos;.[relay,desktop]&apos;)</translation>
    </message>
    <message>
        <location filename="../../demo/screen.py" line="33"/>
        <source>no screen (DISPLAY is not set)</source>
        <translation>no hay pantalla (DISPLAY no está definido)</translation>
    </message>
    <message>
        <location filename="../../demo/screen.py" line="47"/>
        <source>Qt cannot open a window: the system lacks %1 (%2)</source>
        <translation>Qt no puede abrir una ventana: al sistema le falta %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../demo/screen.py" line="52"/>
        <source>Qt cannot open a window: %1</source>
        <translation>Qt no puede abrir una ventana: %1</translation>
    </message>
    <message>
        <location filename="../../demo/window.py" line="88"/>
        <source>The desktop is open: reply from it. Close the window (or Ctrl+C) to stop.</source>
        <translation>El escritorio está abierto: responde desde ahí. Cierra la ventana (o Ctrl+C) para terminar.</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="33"/>
        <source>Meta connection check</source>
        <translation>Revisión de la conexión con Meta</translation>
    </message>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="39"/>
        <source>Check results</source>
        <translation>Resultados de la revisión</translation>
    </message>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="40"/>
        <source>Check again</source>
        <translation>Revisar de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="54"/>
        <source>Asking Meta…</source>
        <translation>Consultando a Meta…</translation>
    </message>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="66"/>
        <source>Every check passed.</source>
        <translation>Todas las comprobaciones pasaron.</translation>
    </message>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="68"/>
        <source>%1 of %2 checks failed: the fixes are below.</source>
        <translation>Fallaron %1 de %2 comprobaciones: abajo está cómo arreglarlas.</translation>
    </message>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="80"/>
        <source>Fix:</source>
        <translation>Solución:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/window.py" line="138"/>
        <location filename="../../desktop/window.py" line="139"/>
        <source>Search names and messages</source>
        <translation>Buscar nombres y mensajes</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="149"/>
        <location filename="../../desktop/window.py" line="430"/>
        <source>Needs reply</source>
        <translation>Por responder</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="151"/>
        <source>Only conversations where the customer waits for an answer</source>
        <translation>Solo las conversaciones en las que el cliente espera respuesta</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="405"/>
        <source>Everyone&apos;s</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="406"/>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="407"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="159"/>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="160"/>
        <source>Resolved</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="161"/>
        <source>Snoozed</source>
        <translation>Pospuestas</translation>
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
        <translation>De quién son las conversaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="168"/>
        <source>Conversation state</source>
        <translation>Estado de la conversación</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="169"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="172"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="201"/>
        <source>Choose a conversation to read and reply.</source>
        <translation>Elige una conversación para leer y responder.</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="208"/>
        <source>New conversation…</source>
        <translation>Nueva conversación…</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="210"/>
        <source>Quick replies…</source>
        <translation>Respuestas rápidas…</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="213"/>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="215"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="216"/>
        <source>Quit</source>
        <translation>Salir</translation>
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
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="221"/>
        <source>Next conversation</source>
        <translation>Conversación siguiente</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="224"/>
        <source>Previous conversation</source>
        <translation>Conversación anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="235"/>
        <source>Reply to the selected message</source>
        <translation>Responder al mensaje seleccionado</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="239"/>
        <source>Team…</source>
        <translation>Equipo…</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="240"/>
        <source>Check the Meta connection…</source>
        <translation>Revisar la conexión con Meta…</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="241"/>
        <source>Open the set-up page</source>
        <translation>Abrir la página de configuración</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="258"/>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="428"/>
        <source>Needs reply (%1)</source>
        <translation>Por responder (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="487"/>
        <source>The relay&apos;s history changed: everything was reloaded.</source>
        <translation>El historial del relay cambió: se volvió a cargar todo.</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="744"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="777"/>
        <source>Mark as unread</source>
        <translation>Marcar como no leída</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="885"/>
        <source>Someone else is answering</source>
        <translation>Alguien más está respondiendo</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="886"/>
        <source>%1 is writing to this customer right now. Send yours anyway?</source>
        <translation>%1 está escribiendo a este cliente ahora mismo. ¿Enviar el tuyo de todos modos?</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="919"/>
        <source>The quoted message is not on this computer.</source>
        <translation>El mensaje citado no está en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="988"/>
        <source>%1 · via %2</source>
        <translation>%1 · por %2</translation>
    </message>
</context>
<context>
    <name>NewConversation</name>
    <message>
        <location filename="../../desktop/new_conversation.py" line="30"/>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <location filename="../../desktop/new_conversation.py" line="39"/>
        <source>WhatsApp lets a business write first only with an approved template: choose one next.</source>
        <translation>WhatsApp solo deja que un negocio escriba primero con una plantilla aprobada: elige una a continuación.</translation>
    </message>
    <message>
        <location filename="../../desktop/new_conversation.py" line="51"/>
        <source>Choose a template</source>
        <translation>Elegir una plantilla</translation>
    </message>
    <message>
        <location filename="../../desktop/new_conversation.py" line="54"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop/new_conversation.py" line="55"/>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop/new_conversation.py" line="78"/>
        <source>Not a valid number yet</source>
        <translation>Todavía no es un número válido</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../desktop/notifier.py" line="60"/>
        <source>Puente: %1 unread</source>
        <translation>Puente: %1 sin leer</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="69"/>
        <source>%1 new messages in %2 conversations</source>
        <translation>%1 mensajes nuevos en %2 conversaciones</translation>
    </message>
</context>
<context>
    <name>QuickReplies</name>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="49"/>
        <source>Quick replies</source>
        <translation>Respuestas rápidas</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="53"/>
        <source>hours</source>
        <translation>horario</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="56"/>
        <source>We open Monday to Saturday from 9 to 19 h.</source>
        <translation>Abrimos de lunes a sábado, de 9 a 19 h.</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="60"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="61"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="64"/>
        <source>Shortcut (typed after /)</source>
        <translation>Atajo (se escribe tras /)</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="65"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="106"/>
        <source>A shortcut is one word: letters, digits, - or _.</source>
        <translation>Un atajo es una sola palabra: letras, dígitos, - o _.</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="110"/>
        <source>Write the text it inserts.</source>
        <translation>Escribe el texto que inserta.</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="112"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="122"/>
        <source>Saved for the whole team.</source>
        <translation>Guardada para todo el equipo.</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="125"/>
        <source>The relay cannot be reached. Try again.</source>
        <translation>No se puede contactar al relay. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="128"/>
        <source>Only an administrator can delete.</source>
        <translation>Solo un administrador puede eliminar.</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="131"/>
        <source>The relay said: %1</source>
        <translation>El relay dijo: %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="49"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="51"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="55"/>
        <source>The language changes when Puente starts again.</source>
        <translation>El idioma cambia la próxima vez que se abra Puente.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="59"/>
        <source>In this computer&apos;s keychain</source>
        <translation>En el llavero de este equipo</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="61"/>
        <source>For this session only (no secure keychain here)</source>
        <translation>Solo en esta sesión (no hay un llavero seguro aquí)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="66"/>
        <source>Like the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="67"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="68"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="72"/>
        <source>Play a sound with notifications</source>
        <translation>Sonido con las notificaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="75"/>
        <source>Ctrl+Enter sends (Enter starts a new line)</source>
        <translation>Ctrl+Intro envía (Intro empieza una línea nueva)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="79"/>
        <source>Tell customers when their messages are read and answered</source>
        <translation>Avisar a los clientes cuando sus mensajes se leen y se están respondiendo</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="83"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
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
        <translation>Tu token</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="94"/>
        <source>Team…</source>
        <translation>Equipo…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="95"/>
        <source>Check the Meta connection…</source>
        <translation>Revisar la conexión con Meta…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="102"/>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../desktop/signin.py" line="35"/>
        <source>Sign in to Puente</source>
        <translation>Iniciar sesión en Puente</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="50"/>
        <source>The token your administrator gave you</source>
        <translation>El token que te dio tu administrador</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="59"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="47"/>
        <location filename="../../desktop/signin.py" line="61"/>
        <source>Relay address</source>
        <translation>Dirección del relay</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="37"/>
        <source>Paste the pairing link your administrator sent you (puente://…) in either field, or type the relay&apos;s address and your token.</source>
        <translation>Pega en cualquiera de los campos el enlace de vinculación que te envió tu administrador (puente://…), o escribe la dirección del relay y tu token.</translation>
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
        <translation>Revisa la dirección del relay y luego inicia sesión.</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="101"/>
        <source>Give the relay&apos;s address and your token.</source>
        <translation>Indica la dirección del relay y tu token.</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="104"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="133"/>
        <source>The relay refused this token.</source>
        <translation>El relay rechazó este token.</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="136"/>
        <source>Cannot reach a Puente relay at this address.</source>
        <translation>No hay un relay de Puente accesible en esta dirección.</translation>
    </message>
</context>
<context>
    <name>Tail</name>
    <message>
        <location filename="../../desktop/tail.py" line="61"/>
        <source>reconnecting in %1 s</source>
        <translation>reconectando en %1 s</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="64"/>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="65"/>
        <source>catching up</source>
        <translation>poniéndose al día</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="66"/>
        <source>live: what arrives shows here</source>
        <translation>en vivo: lo que llega se muestra aquí</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="67"/>
        <source>the relay refused this token</source>
        <translation>el relay rechazó este token</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="68"/>
        <source>stopped: this desktop must be updated</source>
        <translation>detenido: hay que actualizar este escritorio</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="69"/>
        <location filename="../../desktop/tail.py" line="70"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="88"/>
        <source>%1 conversations in the cache</source>
        <translation>%1 conversaciones en la caché</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="98"/>
        <source>catching up %1 of %2</source>
        <translation>poniéndose al día: %1 de %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="103"/>
        <source>starting over (%1)</source>
        <translation>empezando de nuevo (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="119"/>
        <source>this desktop is too old for the relay: update Puente (%1)</source>
        <translation>este escritorio es demasiado antiguo para el relay: actualiza Puente (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="122"/>
        <source>Puente %1 is out: %2</source>
        <translation>salió Puente %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="132"/>
        <source>%1 is typing in %2</source>
        <translation>%1 está escribiendo en %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="133"/>
        <source>%1 is looking at %2</source>
        <translation>%1 está viendo %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="134"/>
        <source>%1 left %2</source>
        <translation>%1 salió de %2</translation>
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
        <translation>equipo</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="163"/>
        <source>read</source>
        <translation>leído</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="164"/>
        <source>played</source>
        <translation>escuchado</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="165"/>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="175"/>
        <source>importing the phone&apos;s history of %1: %2 %</source>
        <translation>importando el historial del teléfono de %1: %2 %</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="176"/>
        <source>the owner chose not to share %1&apos;s history</source>
        <translation>la dueña eligió no compartir el historial de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="177"/>
        <source>%1 is connected</source>
        <translation>%1 está conectado</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="178"/>
        <source>%1 is connected again</source>
        <translation>%1 está conectado de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="179"/>
        <location filename="../../desktop/tail.py" line="180"/>
        <source>%1 was disconnected from the phone</source>
        <translation>%1 se desconectó desde el teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="181"/>
        <source>Meta refused the relay&apos;s access token</source>
        <translation>Meta rechazó el token de acceso del relay</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="182"/>
        <source>asked Meta for %1&apos;s contacts and history</source>
        <translation>se pidieron a Meta los contactos y el historial de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="183"/>
        <source>Meta could not sync %1</source>
        <translation>Meta no pudo sincronizar %1</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../desktop/team_dialog.py" line="37"/>
        <source>The relay cannot be reached. Try again.</source>
        <translation>No se puede contactar al relay. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="38"/>
        <source>Only an administrator can do this.</source>
        <translation>Solo un administrador puede hacer esto.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="39"/>
        <source>The relay refused your token.</source>
        <translation>El relay rechazó tu token.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="40"/>
        <source>Someone on the team already has that name.</source>
        <translation>Alguien del equipo ya tiene ese nombre.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="41"/>
        <source>You are the only administrator: invite another first.</source>
        <translation>Eres el único administrador: invita a otro primero.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="42"/>
        <source>That agent was revoked already.</source>
        <translation>Ese agente ya fue revocado.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="43"/>
        <source>Names are 1 to 64 printable characters.</source>
        <translation>Los nombres tienen de 1 a 64 caracteres imprimibles.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="45"/>
        <source>The relay said: %1</source>
        <translation>El relay respondió: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="60"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="64"/>
        <location filename="../../desktop/team_dialog.py" line="91"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="64"/>
        <location filename="../../desktop/team_dialog.py" line="92"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="64"/>
        <source>Last seen</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="68"/>
        <source>Team members</source>
        <translation>Miembros del equipo</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="70"/>
        <source>Revoke access…</source>
        <translation>Revocar acceso…</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="74"/>
        <source>Name, as the team will see it</source>
        <translation>Nombre, como lo verá el equipo</translation>
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
        <translation>Invitar</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="82"/>
        <source>Pairing link</source>
        <translation>Enlace de vinculación</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="83"/>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="89"/>
        <source>Invite someone</source>
        <translation>Invitar a alguien</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="127"/>
        <source>Write the new agent&apos;s name.</source>
        <translation>Escribe el nombre del nuevo agente.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="156"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="170"/>
        <source>Send this link to %1: on a computer with Puente, it opens the sign-in ready. It is shown only once.</source>
        <translation>Envía este enlace a %1: en una computadora con Puente, abre el inicio de sesión listo. Se muestra una sola vez.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="203"/>
        <source>Revoke access</source>
        <translation>Revocar acceso</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="204"/>
        <source>Revoke %1&apos;s access? Their Puente disconnects at once.</source>
        <translation>¿Revocar el acceso de %1? Su Puente se desconecta al instante.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="213"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="218"/>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
</context>
<context>
    <name>TeamBar</name>
    <message>
        <location filename="../../desktop/team_bar.py" line="43"/>
        <source>For 3 hours</source>
        <translation>Durante 3 horas</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="46"/>
        <source>Until tomorrow morning</source>
        <translation>Hasta mañana por la mañana</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="47"/>
        <source>Until next Monday</source>
        <translation>Hasta el próximo lunes</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="78"/>
        <location filename="../../desktop/team_bar.py" line="135"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
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
        <translation>Asignar</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="120"/>
        <source>Assigned to %1</source>
        <translation>Asignada a %1</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="122"/>
        <source>Nobody handles it yet</source>
        <translation>Nadie la atiende todavía</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="131"/>
        <source>Labels: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="150"/>
        <source>Until a date…</source>
        <translation>Hasta una fecha…</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="168"/>
        <source>Assign to me</source>
        <translation>Asignármela</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="176"/>
        <source>Unassign</source>
        <translation>Quitar asignación</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="197"/>
        <source>New label…</source>
        <translation>Nueva etiqueta…</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="209"/>
        <source>New label</source>
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="209"/>
        <source>Label name:</source>
        <translation>Nombre de la etiqueta:</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="221"/>
        <source>Snooze until</source>
        <translation>Posponer hasta</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../desktop/template_dialog.py" line="31"/>
        <source>Send a template</source>
        <translation>Enviar una plantilla</translation>
    </message>
    <message>
        <location filename="../../desktop/template_dialog.py" line="35"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../desktop/template_dialog.py" line="47"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../desktop/template_dialog.py" line="52"/>
        <source>The customer will read:</source>
        <translation>El cliente leerá:</translation>
    </message>
    <message>
        <location filename="../../desktop/template_dialog.py" line="73"/>
        <source>needs a picture or place: not from here yet</source>
        <translation>necesita una imagen o un lugar: aún no desde aquí</translation>
    </message>
    <message>
        <location filename="../../desktop/template_dialog.py" line="88"/>
        <location filename="../../desktop/template_dialog.py" line="113"/>
        <source>Loading the templates…</source>
        <translation>Cargando las plantillas…</translation>
    </message>
    <message>
        <location filename="../../desktop/template_dialog.py" line="91"/>
        <source>The templates could not be loaded (%1).</source>
        <translation>No se pudieron cargar las plantillas (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/template_dialog.py" line="96"/>
        <source>This business has no approved templates.</source>
        <translation>Este negocio no tiene plantillas aprobadas.</translation>
    </message>
    <message>
        <location filename="../../desktop/template_dialog.py" line="127"/>
        <source>Link ending</source>
        <translation>Final del enlace</translation>
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
        <translation>🎥 Video</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="25"/>
        <source>🎤 Audio</source>
        <translation>🎤 Audio</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="26"/>
        <source>📄 Document</source>
        <translation>📄 Documento</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="27"/>
        <source>💟 Sticker</source>
        <translation>💟 Sticker</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="28"/>
        <source>📍 Location</source>
        <translation>📍 Ubicación</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="29"/>
        <source>👤 Contact card</source>
        <translation>👤 Contacto</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="30"/>
        <source>🛒 Order</source>
        <translation>🛒 Pedido</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="31"/>
        <source>📋 Template message</source>
        <translation>📋 Mensaje de plantilla</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="32"/>
        <source>📎 Media from the phone&apos;s history</source>
        <translation>📎 Archivo del historial del teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="33"/>
        <source>👋 Opened the chat</source>
        <translation>👋 Abrió el chat</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="34"/>
        <location filename="../../desktop/summaries.py" line="51"/>
        <location filename="../../desktop/summaries.py" line="52"/>
        <source>Unsupported message</source>
        <translation>Mensaje no compatible</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="42"/>
        <source>Reacted %1</source>
        <translation>Reaccionó %1</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="44"/>
        <source>Took back a reaction</source>
        <translation>Quitó una reacción</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="47"/>
        <location filename="../../desktop/tail.py" line="151"/>
        <location filename="../../desktop/timeline.py" line="410"/>
        <location filename="../../desktop/timeline.py" line="839"/>
        <source>🚫 This message was deleted</source>
        <translation>🚫 Se eliminó este mensaje</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="49"/>
        <source>✏️ Edited: %1</source>
        <translation>✏️ Editado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="141"/>
        <source>More than 24 hours since the customer last wrote: send a template.</source>
        <translation>Pasaron más de 24 horas desde el último mensaje del cliente: envía una plantilla.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="144"/>
        <source>Meta is limiting sends right now; try again shortly.</source>
        <translation>Meta está limitando los envíos; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="147"/>
        <source>This customer cannot receive WhatsApp messages.</source>
        <translation>Este cliente no puede recibir mensajes de WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="150"/>
        <source>The relay&apos;s Meta access token expired; tell your administrator.</source>
        <translation>El token de acceso de Meta del relay caducó; avisa a tu administrador.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="153"/>
        <source>Meta has restricted this business account.</source>
        <translation>Meta restringió esta cuenta de empresa.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="156"/>
        <source>Meta refused this message.</source>
        <translation>Meta rechazó este mensaje.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="157"/>
        <source>This message clashed with another; write it again.</source>
        <translation>Este mensaje chocó con otro; escríbelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="160"/>
        <source>The attachment could not be sent.</source>
        <translation>No se pudo enviar el archivo adjunto.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="161"/>
        <source>The template could not be sent.</source>
        <translation>No se pudo enviar la plantilla.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="325"/>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="326"/>
        <source>Before the edit: %1</source>
        <translation>Antes de editarlo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="343"/>
        <source>Could not play it here. Click to open it.</source>
        <translation>No se pudo reproducir aquí. Haz clic para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="371"/>
        <source>This file is not available.</source>
        <translation>Este archivo no está disponible.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="383"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="385"/>
        <source>Could not load it. Click to try again.</source>
        <translation>No se pudo cargar. Haz clic para reintentar.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="389"/>
        <source>Click to open</source>
        <translation>Haz clic para abrir</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="417"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="430"/>
        <source>🛒 Order: 1 item</source>
        <translation>🛒 Pedido: 1 artículo</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="432"/>
        <source>🛒 Order: %1 items</source>
        <translation>🛒 Pedido: %1 artículos</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="59"/>
        <source>The customer changed their number to %1</source>
        <translation>El cliente cambió su número a %1</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="63"/>
        <source>The customer&apos;s security code changed</source>
        <translation>Cambió el código de seguridad del cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="64"/>
        <source>A notice from WhatsApp</source>
        <translation>Un aviso de WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="459"/>
        <source>🎤 Voice message</source>
        <translation>🎤 Mensaje de voz</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="466"/>
        <source>Unsupported message: WhatsApp on the phone can show it.</source>
        <translation>Mensaje no compatible: WhatsApp en el teléfono puede mostrarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="470"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="754"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="756"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="804"/>
        <source>WhatsApp has not confirmed this message: it may not have been sent.</source>
        <translation>WhatsApp no ha confirmado este mensaje: puede que no se haya enviado.</translation>
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
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="834"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
</context>
<context>
    <name>WindowCountdown</name>
    <message>
        <location filename="../../desktop/countdown.py" line="69"/>
        <source>24-hour window closed</source>
        <translation>Ventana de 24 horas cerrada</translation>
    </message>
    <message>
        <location filename="../../desktop/countdown.py" line="71"/>
        <source>More than 24 hours since the customer last wrote: only a template goes until they write again.</source>
        <translation>Pasaron más de 24 horas desde que el cliente escribió: solo se puede enviar una plantilla hasta que vuelva a escribir.</translation>
    </message>
    <message>
        <location filename="../../desktop/countdown.py" line="84"/>
        <source>Window: %1 h %2 min</source>
        <translation>Ventana: %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../desktop/countdown.py" line="89"/>
        <source>The customer wrote less than 24 hours ago: any reply may go for %1 h %2 min more, then only a template until they write again.</source>
        <translation>El cliente escribió hace menos de 24 horas: se puede responder libremente durante %1 h %2 min más; después, solo con una plantilla hasta que vuelva a escribir.</translation>
    </message>
</context>
</TS>
