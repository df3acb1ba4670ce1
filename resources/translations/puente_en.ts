<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="131"/>
        <source>Token kept for this session only</source>
        <translation>Token kept for this session only</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="132"/>
        <source>This computer has no secure keychain, so Puente will not store your token: you will be asked for it again next time.</source>
        <translation>This computer has no secure keychain, so Puente will not store your token: you will be asked for it again next time.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../desktop/attachment_dialog.py" line="29"/>
        <source>WhatsApp does not take this kind of file.</source>
        <translation>WhatsApp does not take this kind of file.</translation>
    </message>
    <message>
        <location filename="../../desktop/attachment_dialog.py" line="31"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/attachment_dialog.py" line="34"/>
        <source>Too big: WhatsApp takes these files up to %1.</source>
        <translation>Too big: WhatsApp takes these files up to %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/attachment_dialog.py" line="37"/>
        <source>The file is not what its name says (%1).</source>
        <translation>The file is not what its name says (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/attachment_dialog.py" line="48"/>
        <source>Send files</source>
        <translation>Send files</translation>
    </message>
    <message>
        <location filename="../../desktop/attachment_dialog.py" line="77"/>
        <source>Add a caption</source>
        <translation>Add a caption</translation>
    </message>
    <message>
        <location filename="../../desktop/attachment_dialog.py" line="84"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>BubbleMenu</name>
    <message>
        <location filename="../../desktop/bubble_menu.py" line="38"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../desktop/bubble_menu.py" line="41"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../desktop/bubble_menu.py" line="44"/>
        <source>React</source>
        <translation>React</translation>
    </message>
    <message>
        <location filename="../../desktop/bubble_menu.py" line="55"/>
        <source>Remove reaction</source>
        <translation>Remove reaction</translation>
    </message>
    <message>
        <location filename="../../desktop/bubble_menu.py" line="60"/>
        <source>Copy text</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location filename="../../desktop/bubble_menu.py" line="63"/>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../desktop/composer.py" line="130"/>
        <source>Do not quote</source>
        <translation>Do not quote</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="139"/>
        <source>Write a message</source>
        <translation>Write a message</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="141"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="145"/>
        <source>Send a template</source>
        <translation>Send a template</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="149"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="159"/>
        <source>Record a voice note (%1)</source>
        <translation>Record a voice note (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="161"/>
        <source>No microphone found</source>
        <translation>No microphone found</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="166"/>
        <source>Discard the recording</source>
        <translation>Discard the recording</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="173"/>
        <location filename="../../desktop/composer.py" line="247"/>
        <source>Send a file</source>
        <translation>Send a file</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="176"/>
        <source>More than 24 hours since the customer last wrote: WhatsApp only lets a template through until they write again.</source>
        <translation>More than 24 hours since the customer last wrote: WhatsApp only lets a template through until they write again.</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="214"/>
        <source>Replying to %1: %2</source>
        <translation>Replying to %1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <location filename="../../desktop/connection_bar.py" line="28"/>
        <source>Reconnect now</source>
        <translation>Reconnect now</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="60"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="70"/>
        <source>● Connected</source>
        <translation>● Connected</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="72"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="74"/>
        <source>Catching up…</source>
        <translation>Catching up…</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="77"/>
        <source>Offline: reconnecting in %1 s</source>
        <translation>Offline: reconnecting in %1 s</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="81"/>
        <source>The relay refused your token: sign in again</source>
        <translation>The relay refused your token: sign in again</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="83"/>
        <source>Offline</source>
        <translation>Offline</translation>
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
        <translation>Yesterday</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/window.py" line="101"/>
        <source>Search names and messages</source>
        <translation>Search names and messages</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="104"/>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="128"/>
        <source>Choose a conversation to read and reply.</source>
        <translation>Choose a conversation to read and reply.</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="142"/>
        <source>Settings…</source>
        <translation>Token kept for this session only&lt;/source&gt;
        &lt;translation&gt;Token kept for this session only&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/app.py&quot; line=&quot;123&quot;/&gt;
        &lt;source&gt;This computer has no secure keychain, so Puente will not store your token: you will be asked for it again next time.&lt;/source&gt;
        &lt;translation&gt;This computer has no secure keychain, so Puente will not store your token: you will be asked for it again next time.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Composer&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/composer.py&quot; line=&quot;40&quot;/&gt;
        &lt;source&gt;Write a message&lt;/source&gt;
        &lt;translation&gt;Write a message&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/composer.py&quot; line=&quot;42&quot;/&gt;
        &lt;source&gt;Send&lt;/source&gt;
        &lt;translation&gt;Send&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ConnectionBar&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/connection_bar.py&quot; line=&quot;28&quot;/&gt;
        &lt;source&gt;Reconnect now&lt;/source&gt;
        &lt;translation&gt;Reconnect now&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/connection_bar.py&quot; line=&quot;60&quot;/&gt;
        &lt;source&gt;%1 of %2&lt;/source&gt;
        &lt;translation&gt;%1 of %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/connection_bar.py&quot; line=&quot;70&quot;/&gt;
        &lt;source&gt;● Connected&lt;/source&gt;
        &lt;translation&gt;● Connected&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/connection_bar.py&quot; line=&quot;72&quot;/&gt;
        &lt;source&gt;Connecting…&lt;/source&gt;
        &lt;translation&gt;Connecting…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/connection_bar.py&quot; line=&quot;74&quot;/&gt;
        &lt;source&gt;Catching up…&lt;/source&gt;
        &lt;translation&gt;Catching up…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/connection_bar.py&quot; line=&quot;77&quot;/&gt;
        &lt;source&gt;Offline: reconnecting in %1 s&lt;/source&gt;
        &lt;translation&gt;Offline: reconnecting in %1 s&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/connection_bar.py&quot; line=&quot;81&quot;/&gt;
        &lt;source&gt;The relay refused your token: sign in again&lt;/source&gt;
        &lt;translation&gt;The relay refused your token: sign in again&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/connection_bar.py&quot; line=&quot;83&quot;/&gt;
        &lt;source&gt;Offline&lt;/source&gt;
        &lt;translation&gt;Offline&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Conversations&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/conversations.py&quot; line=&quot;160&quot;/&gt;
        &lt;source&gt;📱 %1&lt;/source&gt;
        &lt;translation&gt;📱 %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/conversations.py&quot; line=&quot;174&quot;/&gt;
        &lt;source&gt;Yesterday&lt;/source&gt;
        &lt;translation&gt;Yesterday&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;MainWindow&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/window.py&quot; line=&quot;73&quot;/&gt;
        &lt;source&gt;Search names and messages&lt;/source&gt;
        &lt;translation&gt;Search names and messages&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/window.py&quot; line=&quot;76&quot;/&gt;
        &lt;source&gt;Unread&lt;/source&gt;
        &lt;translation&gt;Unread&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/window.py&quot; line=&quot;96&quot;/&gt;
        &lt;source&gt;Choose a conversation to read and reply.&lt;/source&gt;
        &lt;translation&gt;Choose a conversation to read and reply.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/window.py&quot; line=&quot;107&quot;/&gt;
        &lt;source&gt;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="144"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="145"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="147"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="150"/>
        <source>Next conversation</source>
        <translation>Next conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="153"/>
        <source>Previous conversation</source>
        <translation>Previous conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="157"/>
        <source>Reply to the selected message</source>
        <translation>Reply to the selected message</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="172"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="414"/>
        <source>The relay&apos;s history changed: everything was reloaded.</source>
        <translation>The relay&apos;s history changed: everything was reloaded.</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="548"/>
        <source>24-hour window closed</source>
        <translation>24-hour window closed</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="555"/>
        <source>Window open: %1 h %2 min left</source>
        <translation>Window open: %1 h %2 min left</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="658"/>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="700"/>
        <source>The quoted message is not on this computer.</source>
        <translation>The quoted message is not on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="759"/>
        <source>%1 · via %2</source>
        <translation>%1 · via %2</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../desktop/notifier.py" line="60"/>
        <source>Puente: %1 unread</source>
        <translation>Puente: %1 unread</translation>
    </message>
    <message>
        <location filename="../../desktop/notifier.py" line="69"/>
        <source>%1 new messages in %2 conversations</source>
        <translation>%1 new messages in %2 conversations</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="42"/>
        <source>Settings</source>
        <translation>Sign out&lt;/source&gt;
        &lt;translation&gt;Sign out&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/window.py&quot; line=&quot;110&quot;/&gt;
        &lt;source&gt;Quit&lt;/source&gt;
        &lt;translation&gt;Quit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/window.py&quot; line=&quot;112&quot;/&gt;
        &lt;source&gt;Search&lt;/source&gt;
        &lt;translation&gt;Search&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/window.py&quot; line=&quot;125&quot;/&gt;
        &lt;source&gt;&amp;Account&lt;/source&gt;
        &lt;translation&gt;&amp;Account&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/window.py&quot; line=&quot;241&quot;/&gt;
        &lt;source&gt;The relay&apos;s history changed: everything was reloaded.&lt;/source&gt;
        &lt;translation&gt;The relay&apos;s history changed: everything was reloaded.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/window.py&quot; line=&quot;350&quot;/&gt;
        &lt;source&gt;%1 · via %2&lt;/source&gt;
        &lt;translation&gt;%1 · via %2&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Settings&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/settings_dialog.py&quot; line=&quot;39&quot;/&gt;
        &lt;source&gt;Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="44"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="48"/>
        <source>The language changes when Puente starts again.</source>
        <translation>The language changes when Puente starts again.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="52"/>
        <source>In this computer&apos;s keychain</source>
        <translation>In this computer&apos;s keychain</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="54"/>
        <source>For this session only (no secure keychain here)</source>
        <translation>For this session only (no secure keychain here)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="59"/>
        <source>Like the system</source>
        <translation>Like the system</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="60"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="61"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="65"/>
        <source>Play a sound with notifications</source>
        <translation>Play a sound with notifications</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="68"/>
        <source>Ctrl+Enter sends (Enter starts a new line)</source>
        <translation>Ctrl+Enter sends (Enter starts a new line)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="71"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="74"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="76"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="79"/>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="80"/>
        <source>Your token</source>
        <translation>Your token</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../desktop/signin.py" line="32"/>
        <source>Sign in to Puente</source>
        <translation>Sign in to Puente</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="37"/>
        <source>The token your administrator gave you</source>
        <translation>The token your administrator gave you</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="45"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="47"/>
        <source>Relay address</source>
        <translation>Relay address</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="48"/>
        <source>Agent token</source>
        <translation>Agent token</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="63"/>
        <source>Give the relay&apos;s address and your token.</source>
        <translation>Give the relay&apos;s address and your token.</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="66"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="91"/>
        <source>The relay refused this token.</source>
        <translation>The relay refused this token.</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="94"/>
        <source>Cannot reach a Puente relay at this address.</source>
        <translation>Cannot reach a Puente relay at this address.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../desktop/template_dialog.py" line="31"/>
        <source>Send a template</source>
        <translation>Send a template</translation>
    </message>
    <message>
        <location filename="../../desktop/template_dialog.py" line="35"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/template_dialog.py" line="47"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../desktop/template_dialog.py" line="52"/>
        <source>The customer will read:</source>
        <translation>The customer will read:</translation>
    </message>
    <message>
        <location filename="../../desktop/template_dialog.py" line="73"/>
        <source>needs a picture or place: not from here yet</source>
        <translation>needs a picture or place: not from here yet</translation>
    </message>
    <message>
        <location filename="../../desktop/template_dialog.py" line="88"/>
        <location filename="../../desktop/template_dialog.py" line="113"/>
        <source>Loading the templates…</source>
        <translation>Loading the templates…</translation>
    </message>
    <message>
        <location filename="../../desktop/template_dialog.py" line="91"/>
        <source>The templates could not be loaded (%1).</source>
        <translation>The templates could not be loaded (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/template_dialog.py" line="96"/>
        <source>This business has no approved templates.</source>
        <translation>This business has no approved templates.</translation>
    </message>
    <message>
        <location filename="../../desktop/template_dialog.py" line="127"/>
        <source>Link ending</source>
        <translation>Link ending</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop/timeline.py" line="101"/>
        <source>📷 Photo</source>
        <translation>📷 Photo</translation>
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
        <translation>📄 Document</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="105"/>
        <source>💟 Sticker</source>
        <translation>💟 Sticker</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="106"/>
        <source>📍 Location</source>
        <translation>📍 Location</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="107"/>
        <source>👤 Contact card</source>
        <translation>👤 Contact card</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="108"/>
        <source>🛒 Order</source>
        <translation>🛒 Order</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="109"/>
        <source>📋 Template message</source>
        <translation>📋 Template message</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="110"/>
        <source>📎 Media from the phone&apos;s history</source>
        <translation>📎 Media from the phone&apos;s history</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="111"/>
        <source>👋 Opened the chat</source>
        <translation>👋 Opened the chat</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="112"/>
        <location filename="../../desktop/timeline.py" line="129"/>
        <location filename="../../desktop/timeline.py" line="130"/>
        <source>Unsupported message</source>
        <translation>Unsupported message</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="120"/>
        <source>Reacted %1</source>
        <translation>Reacted %1</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="122"/>
        <source>Took back a reaction</source>
        <translation>Took back a reaction</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="125"/>
        <location filename="../../desktop/timeline.py" line="347"/>
        <location filename="../../desktop/timeline.py" line="651"/>
        <source>🚫 This message was deleted</source>
        <translation>🚫 This message was deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="127"/>
        <source>✏️ Edited: %1</source>
        <translation>✏️ Edited: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="135"/>
        <source>More than 24 hours since the customer last wrote: send a template.</source>
        <translation>More than 24 hours since the customer last wrote: send a template.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="138"/>
        <source>Meta is limiting sends right now; try again shortly.</source>
        <translation>Meta is limiting sends right now; try again shortly.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="141"/>
        <source>This customer cannot receive WhatsApp messages.</source>
        <translation>This customer cannot receive WhatsApp messages.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="144"/>
        <source>The relay&apos;s Meta access token expired; tell your administrator.</source>
        <translation>The relay&apos;s Meta access token expired; tell your administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="147"/>
        <source>Meta has restricted this business account.</source>
        <translation>Meta has restricted this business account.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="150"/>
        <source>Meta refused this message.</source>
        <translation>Meta refused this message.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="151"/>
        <source>This message clashed with another; write it again.</source>
        <translation>This message clashed with another; write it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="154"/>
        <source>The attachment could not be sent.</source>
        <translation>The attachment could not be sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="155"/>
        <source>The template could not be sent.</source>
        <translation>The template could not be sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="278"/>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="279"/>
        <source>Before the edit: %1</source>
        <translation>Before the edit: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="296"/>
        <source>Could not play it here. Click to open it.</source>
        <translation>Could not play it here. Click to open it.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="309"/>
        <source>This file is not available.</source>
        <translation>This file is not available.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="321"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="323"/>
        <source>Could not load it. Click to try again.</source>
        <translation>Could not load it. Click to try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="327"/>
        <source>Click to open</source>
        <translation>Click to open</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="351"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="364"/>
        <source>🛒 Order: 1 item</source>
        <translation>🛒 Order: 1 item</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="366"/>
        <source>🛒 Order: %1 items</source>
        <translation>🛒 Order: %1 items</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="389"/>
        <source>The customer changed their number to %1</source>
        <translation>The customer changed their number to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="393"/>
        <source>The customer&apos;s security code changed</source>
        <translation>The customer&apos;s security code changed</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="394"/>
        <source>A notice from WhatsApp</source>
        <translation>A notice from WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="399"/>
        <source>🎤 Voice message</source>
        <translation>🎤 Voice message</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="406"/>
        <source>Unsupported message: WhatsApp on the phone can show it.</source>
        <translation>Unsupported message: WhatsApp on the phone can show it.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="411"/>
        <location filename="../../desktop/timeline.py" line="418"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="569"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="571"/>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="619"/>
        <source>WhatsApp has not confirmed this message: it may not have been sent.</source>
        <translation>WhatsApp has not confirmed this message: it may not have been sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="643"/>
        <source>WhatsApp Business app</source>
        <translation>WhatsApp Business app</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="645"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="646"/>
        <source>You</source>
        <translation>You</translation>
    </message>
</context>
</TS>
