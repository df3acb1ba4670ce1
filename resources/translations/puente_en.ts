<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="109"/>
        <source>Token kept for this session only</source>
        <translation>Token kept for this session only</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="110"/>
        <source>This computer has no secure keychain, so Puente will not store your token: you will be asked for it again next time.</source>
        <translation>This computer has no secure keychain, so Puente will not store your token: you will be asked for it again next time.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../desktop/composer.py" line="40"/>
        <source>Write a message</source>
        <translation>Write a message</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="42"/>
        <source>Send</source>
        <translation>Send</translation>
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
        <location filename="../../desktop/conversations.py" line="158"/>
        <source>📱 %1</source>
        <translation>📱 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="172"/>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/window.py" line="62"/>
        <source>Search names and messages</source>
        <translation>Search names and messages</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="65"/>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="85"/>
        <source>Choose a conversation to read and reply.</source>
        <translation>Choose a conversation to read and reply.</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="92"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="93"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="95"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="108"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="205"/>
        <source>The relay&apos;s history changed: everything was reloaded.</source>
        <translation>The relay's history changed: everything was reloaded.</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="276"/>
        <source>%1 · via %2</source>
        <translation>%1 · via %2</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../desktop/signin.py" line="30"/>
        <source>Sign in to Puente</source>
        <translation>Sign in to Puente</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="35"/>
        <source>The token your administrator gave you</source>
        <translation>The token your administrator gave you</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="43"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="45"/>
        <source>Relay address</source>
        <translation>Relay address</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="46"/>
        <source>Agent token</source>
        <translation>Agent token</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="61"/>
        <source>Give the relay&apos;s address and your token.</source>
        <translation>Give the relay's address and your token.</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="64"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="90"/>
        <source>The relay refused this token.</source>
        <translation>The relay refused this token.</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="93"/>
        <source>Cannot reach a Puente relay at this address.</source>
        <translation>Cannot reach a Puente relay at this address.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop/timeline.py" line="59"/>
        <source>📷 Photo</source>
        <translation>📷 Photo</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="60"/>
        <source>🎥 Video</source>
        <translation>🎥 Video</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="61"/>
        <source>🎤 Audio</source>
        <translation>🎤 Audio</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="62"/>
        <source>📄 Document</source>
        <translation>📄 Document</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="63"/>
        <source>💟 Sticker</source>
        <translation>💟 Sticker</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="64"/>
        <source>📍 Location</source>
        <translation>📍 Location</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="65"/>
        <source>👤 Contact card</source>
        <translation>👤 Contact card</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="66"/>
        <source>🛒 Order</source>
        <translation>🛒 Order</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="67"/>
        <source>📋 Template message</source>
        <translation>📋 Template message</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="68"/>
        <source>📎 Media from the phone&apos;s history</source>
        <translation>📎 Media from the phone's history</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="69"/>
        <source>👋 Opened the chat</source>
        <translation>👋 Opened the chat</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="70"/>
        <location filename="../../desktop/timeline.py" line="85"/>
        <location filename="../../desktop/timeline.py" line="86"/>
        <source>Unsupported message</source>
        <translation>Unsupported message</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="76"/>
        <source>Reacted %1</source>
        <translation>Reacted %1</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="78"/>
        <source>Took back a reaction</source>
        <translation>Took back a reaction</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="81"/>
        <source>🚫 This message was deleted</source>
        <translation>🚫 This message was deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="83"/>
        <source>✏️ Edited: %1</source>
        <translation>✏️ Edited: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="91"/>
        <source>More than 24 hours since the customer last wrote: send a template.</source>
        <translation>More than 24 hours since the customer last wrote: send a template.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="94"/>
        <source>Meta is limiting sends right now; try again shortly.</source>
        <translation>Meta is limiting sends right now; try again shortly.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="97"/>
        <source>This customer cannot receive WhatsApp messages.</source>
        <translation>This customer cannot receive WhatsApp messages.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="100"/>
        <source>The relay&apos;s Meta access token expired; tell your administrator.</source>
        <translation>The relay's Meta access token expired; tell your administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="103"/>
        <source>Meta has restricted this business account.</source>
        <translation>Meta has restricted this business account.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="106"/>
        <source>Meta refused this message.</source>
        <translation>Meta refused this message.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="107"/>
        <source>This message clashed with another; write it again.</source>
        <translation>This message clashed with another; write it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="110"/>
        <source>The attachment could not be sent.</source>
        <translation>The attachment could not be sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="111"/>
        <source>The template could not be sent.</source>
        <translation>The template could not be sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="262"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="264"/>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="278"/>
        <source>WhatsApp Business app</source>
        <translation>WhatsApp Business app</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="280"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="281"/>
        <source>You</source>
        <translation>You</translation>
    </message>
</context>
</TS>
