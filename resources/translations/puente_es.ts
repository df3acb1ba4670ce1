<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="131"/>
        <source>Token kept for this session only</source>
        <translation>Token guardado solo para esta sesión</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="132"/>
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
        <location filename="../../desktop/composer.py" line="130"/>
        <source>Do not quote</source>
        <translation>No citar</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="139"/>
        <source>Write a message</source>
        <translation>Escribe un mensaje</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="141"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="145"/>
        <source>Send a template</source>
        <translation>Enviar una plantilla</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="149"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="159"/>
        <source>Record a voice note (%1)</source>
        <translation>Grabar una nota de voz (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="161"/>
        <source>No microphone found</source>
        <translation>No se encontró un micrófono</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="166"/>
        <source>Discard the recording</source>
        <translation>Descartar la grabación</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="173"/>
        <location filename="../../desktop/composer.py" line="247"/>
        <source>Send a file</source>
        <translation>Enviar un archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="176"/>
        <source>More than 24 hours since the customer last wrote: WhatsApp only lets a template through until they write again.</source>
        <translation>Pasaron más de 24 horas desde el último mensaje del cliente: WhatsApp solo deja pasar plantillas hasta que vuelva a escribir.</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="214"/>
        <source>Replying to %1: %2</source>
        <translation>Respondiendo a %1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <location filename="../../desktop/connection_bar.py" line="28"/>
        <source>Reconnect now</source>
        <translation>Reconectar ahora</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="60"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="70"/>
        <source>● Connected</source>
        <translation>● Conectado</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="72"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="74"/>
        <source>Catching up…</source>
        <translation>Poniéndose al día…</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="77"/>
        <source>Offline: reconnecting in %1 s</source>
        <translation>Sin conexión: reconectando en %1 s</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="81"/>
        <source>The relay refused your token: sign in again</source>
        <translation>El relay rechazó tu token: vuelve a iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="83"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../../desktop/conversations.py" line="182"/>
        <source>📱 %1</source>
        <translation>📱 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="196"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/window.py" line="101"/>
        <source>Search names and messages</source>
        <translation>Buscar nombres y mensajes</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="104"/>
        <source>Unread</source>
        <translation>No leídos</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="128"/>
        <source>Choose a conversation to read and reply.</source>
        <translation>Elige una conversación para leer y responder.</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="142"/>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="144"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="145"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="147"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="150"/>
        <source>Next conversation</source>
        <translation>Conversación siguiente</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="153"/>
        <source>Previous conversation</source>
        <translation>Conversación anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="157"/>
        <source>Reply to the selected message</source>
        <translation>Responder al mensaje seleccionado</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="172"/>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="414"/>
        <source>The relay&apos;s history changed: everything was reloaded.</source>
        <translation>El historial del relay cambió: se volvió a cargar todo.</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="548"/>
        <source>24-hour window closed</source>
        <translation>Ventana de 24 horas cerrada</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="555"/>
        <source>Window open: %1 h %2 min left</source>
        <translation>Ventana abierta: quedan %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="658"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="700"/>
        <source>The quoted message is not on this computer.</source>
        <translation>El mensaje citado no está en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="759"/>
        <source>%1 · via %2</source>
        <translation>%1 · por %2</translation>
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
    <name>Settings</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="42"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="44"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="48"/>
        <source>The language changes when Puente starts again.</source>
        <translation>El idioma cambia la próxima vez que se abra Puente.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="52"/>
        <source>In this computer&apos;s keychain</source>
        <translation>En el llavero de este equipo</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="54"/>
        <source>For this session only (no secure keychain here)</source>
        <translation>Solo en esta sesión (no hay un llavero seguro aquí)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="59"/>
        <source>Like the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="60"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="61"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="65"/>
        <source>Play a sound with notifications</source>
        <translation>Sonido con las notificaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="68"/>
        <source>Ctrl+Enter sends (Enter starts a new line)</source>
        <translation>Ctrl+Intro envía (Intro empieza una línea nueva)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="71"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="74"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="76"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="79"/>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="80"/>
        <source>Your token</source>
        <translation>Tu token</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../desktop/signin.py" line="32"/>
        <source>Sign in to Puente</source>
        <translation>Iniciar sesión en Puente</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="37"/>
        <source>The token your administrator gave you</source>
        <translation>El token que te dio tu administrador</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="45"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="47"/>
        <source>Relay address</source>
        <translation>Dirección del relay</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="48"/>
        <source>Agent token</source>
        <translation>Token de agente</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="63"/>
        <source>Give the relay&apos;s address and your token.</source>
        <translation>Indica la dirección del relay y tu token.</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="66"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="91"/>
        <source>The relay refused this token.</source>
        <translation>El relay rechazó este token.</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="94"/>
        <source>Cannot reach a Puente relay at this address.</source>
        <translation>No hay un relay de Puente accesible en esta dirección.</translation>
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
        <location filename="../../desktop/timeline.py" line="101"/>
        <source>📷 Photo</source>
        <translation>📷 Foto</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="102"/>
        <source>🎥 Video</source>
        <translation>🎥 Video</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="103"/>
        <source>🎤 Audio</source>
        <translation>🎤 Audio</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="104"/>
        <source>📄 Document</source>
        <translation>📄 Documento</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="105"/>
        <source>💟 Sticker</source>
        <translation>💟 Sticker</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="106"/>
        <source>📍 Location</source>
        <translation>📍 Ubicación</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="107"/>
        <source>👤 Contact card</source>
        <translation>👤 Contacto</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="108"/>
        <source>🛒 Order</source>
        <translation>🛒 Pedido</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="109"/>
        <source>📋 Template message</source>
        <translation>📋 Mensaje de plantilla</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="110"/>
        <source>📎 Media from the phone&apos;s history</source>
        <translation>📎 Archivo del historial del teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="111"/>
        <source>👋 Opened the chat</source>
        <translation>👋 Abrió el chat</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="112"/>
        <location filename="../../desktop/timeline.py" line="129"/>
        <location filename="../../desktop/timeline.py" line="130"/>
        <source>Unsupported message</source>
        <translation>Mensaje no compatible</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="120"/>
        <source>Reacted %1</source>
        <translation>Reaccionó %1</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="122"/>
        <source>Took back a reaction</source>
        <translation>Quitó una reacción</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="125"/>
        <location filename="../../desktop/timeline.py" line="347"/>
        <location filename="../../desktop/timeline.py" line="651"/>
        <source>🚫 This message was deleted</source>
        <translation>🚫 Se eliminó este mensaje</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="127"/>
        <source>✏️ Edited: %1</source>
        <translation>✏️ Editado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="135"/>
        <source>More than 24 hours since the customer last wrote: send a template.</source>
        <translation>Pasaron más de 24 horas desde el último mensaje del cliente: envía una plantilla.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="138"/>
        <source>Meta is limiting sends right now; try again shortly.</source>
        <translation>Meta está limitando los envíos; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="141"/>
        <source>This customer cannot receive WhatsApp messages.</source>
        <translation>Este cliente no puede recibir mensajes de WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="144"/>
        <source>The relay&apos;s Meta access token expired; tell your administrator.</source>
        <translation>El token de acceso de Meta del relay caducó; avisa a tu administrador.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="147"/>
        <source>Meta has restricted this business account.</source>
        <translation>Meta restringió esta cuenta de empresa.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="150"/>
        <source>Meta refused this message.</source>
        <translation>Meta rechazó este mensaje.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="151"/>
        <source>This message clashed with another; write it again.</source>
        <translation>Este mensaje chocó con otro; escríbelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="154"/>
        <source>The attachment could not be sent.</source>
        <translation>No se pudo enviar el archivo adjunto.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="155"/>
        <source>The template could not be sent.</source>
        <translation>No se pudo enviar la plantilla.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="278"/>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="279"/>
        <source>Before the edit: %1</source>
        <translation>Antes de editarlo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="296"/>
        <source>Could not play it here. Click to open it.</source>
        <translation>No se pudo reproducir aquí. Haz clic para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="309"/>
        <source>This file is not available.</source>
        <translation>Este archivo no está disponible.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="321"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="323"/>
        <source>Could not load it. Click to try again.</source>
        <translation>No se pudo cargar. Haz clic para reintentar.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="327"/>
        <source>Click to open</source>
        <translation>Haz clic para abrir</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="351"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="364"/>
        <source>🛒 Order: 1 item</source>
        <translation>🛒 Pedido: 1 artículo</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="366"/>
        <source>🛒 Order: %1 items</source>
        <translation>🛒 Pedido: %1 artículos</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="389"/>
        <source>The customer changed their number to %1</source>
        <translation>El cliente cambió su número a %1</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="393"/>
        <source>The customer&apos;s security code changed</source>
        <translation>Cambió el código de seguridad del cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="394"/>
        <source>A notice from WhatsApp</source>
        <translation>Un aviso de WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="399"/>
        <source>🎤 Voice message</source>
        <translation>🎤 Mensaje de voz</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="406"/>
        <source>Unsupported message: WhatsApp on the phone can show it.</source>
        <translation>Mensaje no compatible: WhatsApp en el teléfono puede mostrarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="411"/>
        <location filename="../../desktop/timeline.py" line="418"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="569"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="571"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="619"/>
        <source>WhatsApp has not confirmed this message: it may not have been sent.</source>
        <translation>WhatsApp no ha confirmado este mensaje: puede que no se haya enviado.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="643"/>
        <source>WhatsApp Business app</source>
        <translation>App WhatsApp Business</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="645"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="646"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
</context>
</TS>
