<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountBanner</name>
    <message>
        <location filename="../../desktop/account_banner.py" line="22"/>
        <source>The phone disconnected %1 from Puente: connect it again.</source>
        <translation>The phone disconnected %1 from Puente: connect it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="25"/>
        <source>The phone disconnected the number: connect it again.</source>
        <translation>The phone disconnected the number: connect it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="27"/>
        <source>Meta refused the relay&apos;s access token: replies cannot be sent. Check the connection.</source>
        <translation>Meta refused the relay&apos;s access token: replies cannot be sent. Check the connection.</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="32"/>
        <source>Meta did not take the request for the chat history.</source>
        <translation>Meta did not take the request for the chat history.</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="34"/>
        <source>Importing the chat history: %1 %</source>
        <translation>Importing the chat history: %1 %</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="38"/>
        <source>Waiting for the chat history from the phone: keep WhatsApp Business open there.</source>
        <translation>Waiting for the chat history from the phone: keep WhatsApp Business open there.</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="42"/>
        <source>The phone did not share the chat history: only new messages appear here.</source>
        <translation>The phone did not share the chat history: only new messages appear here.</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="65"/>
        <source>Hide this notice</source>
        <translation>Hide this notice</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="101"/>
        <source>Open the set-up page</source>
        <translation>Open the set-up page</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="103"/>
        <source>Check the connection</source>
        <translation>Check the connection</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="140"/>
        <source>Token kept for this session only</source>
        <translation>Token kept for this session only</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="141"/>
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
        <location filename="../../desktop/composer.py" line="129"/>
        <source>Do not quote</source>
        <translation>Do not quote</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="138"/>
        <source>Write a message</source>
        <translation>Write a message</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="140"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="144"/>
        <source>Send a template</source>
        <translation>Send a template</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="148"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="158"/>
        <source>Record a voice note (%1)</source>
        <translation>Record a voice note (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="160"/>
        <source>No microphone found</source>
        <translation>No microphone found</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="165"/>
        <source>Discard the recording</source>
        <translation>Discard the recording</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="173"/>
        <location filename="../../desktop/composer.py" line="242"/>
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
        <location filename="../../desktop/connection_bar.py" line="29"/>
        <location filename="../../desktop/connection_bar.py" line="73"/>
        <source>Reconnect now</source>
        <translation>Reconnect now</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="61"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="71"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="76"/>
        <source>● Connected</source>
        <translation>● Connected</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="78"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="80"/>
        <source>Catching up…</source>
        <translation>Catching up…</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="83"/>
        <source>Offline: reconnecting in %1 s</source>
        <translation>Offline: reconnecting in %1 s</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="87"/>
        <source>The relay refused your token: sign in again</source>
        <translation>The relay refused your token: sign in again</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="89"/>
        <source>Stopped: Puente cannot write its copy of the conversations on this computer (is the disk full?). Free some space, then try again.</source>
        <translation>Stopped: Puente cannot write its copy of the conversations on this computer (is the disk full?). Free some space, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="95"/>
        <source>Stopped: something went wrong in Puente (the details are in its log). Try again, or restart Puente.</source>
        <translation>Stopped: something went wrong in Puente (the details are in its log). Try again, or restart Puente.</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="101"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../../desktop/conversations.py" line="178"/>
        <source>📱 %1</source>
        <translation>📱 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="192"/>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="32"/>
        <source>Meta connection check</source>
        <translation>Meta connection check</translation>
    </message>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="38"/>
        <source>Check results</source>
        <translation>Check results</translation>
    </message>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="39"/>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="53"/>
        <source>Asking Meta…</source>
        <translation>Asking Meta…</translation>
    </message>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="65"/>
        <source>Every check passed.</source>
        <translation>Every check passed.</translation>
    </message>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="67"/>
        <source>%1 of %2 checks failed: the fixes are below.</source>
        <translation>%1 of %2 checks failed: the fixes are below.</translation>
    </message>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="79"/>
        <source>Fix:</source>
        <translation>Fix:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/window.py" line="106"/>
        <source>Search names and messages</source>
        <translation>Search names and messages</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="109"/>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="130"/>
        <source>Choose a conversation to read and reply.</source>
        <translation>Choose a conversation to read and reply.</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="144"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="146"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="147"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="149"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="152"/>
        <source>Next conversation</source>
        <translation>Next conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="155"/>
        <source>Previous conversation</source>
        <translation>Previous conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="159"/>
        <source>Reply to the selected message</source>
        <translation>Reply to the selected message</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="163"/>
        <source>Team…</source>
        <translation>Team…</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="164"/>
        <source>Check the Meta connection…</source>
        <translation>Check the Meta connection…</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="165"/>
        <source>Open the set-up page</source>
        <translation>Open the set-up page</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="182"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="438"/>
        <source>The relay&apos;s history changed: everything was reloaded.</source>
        <translation>The relay&apos;s history changed: everything was reloaded.</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="679"/>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="721"/>
        <source>The quoted message is not on this computer.</source>
        <translation>The quoted message is not on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="780"/>
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
        <location filename="../../desktop/settings_dialog.py" line="49"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="51"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="55"/>
        <source>The language changes when Puente starts again.</source>
        <translation>The language changes when Puente starts again.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="59"/>
        <source>In this computer&apos;s keychain</source>
        <translation>In this computer&apos;s keychain</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="61"/>
        <source>For this session only (no secure keychain here)</source>
        <translation>For this session only (no secure keychain here)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="66"/>
        <source>Like the system</source>
        <translation>Like the system</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="67"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="68"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="72"/>
        <source>Play a sound with notifications</source>
        <translation>Play a sound with notifications</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="75"/>
        <source>Ctrl+Enter sends (Enter starts a new line)</source>
        <translation>Ctrl+Enter sends (Enter starts a new line)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="78"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="81"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="83"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="86"/>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="87"/>
        <source>Your token</source>
        <translation>Your token</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="88"/>
        <source>Team…</source>
        <translation>Team…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="89"/>
        <source>Check the Meta connection…</source>
        <translation>Check the Meta connection…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="96"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../desktop/signin.py" line="35"/>
        <source>Sign in to Puente</source>
        <translation>Sign in to Puente</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="50"/>
        <source>The token your administrator gave you</source>
        <translation>The token your administrator gave you</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="59"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="47"/>
        <location filename="../../desktop/signin.py" line="61"/>
        <source>Relay address</source>
        <translation>Relay address</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="37"/>
        <source>Paste the pairing link your administrator sent you (puente://…) in either field, or type the relay&apos;s address and your token.</source>
        <translation>Paste the pairing link your administrator sent you (puente://…) in either field, or type the relay&apos;s address and your token.</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="51"/>
        <location filename="../../desktop/signin.py" line="62"/>
        <source>Agent token</source>
        <translation>Agent token</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="80"/>
        <source>Check the relay&apos;s address, then sign in.</source>
        <translation>Check the relay&apos;s address, then sign in.</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="93"/>
        <source>Give the relay&apos;s address and your token.</source>
        <translation>Give the relay&apos;s address and your token.</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="96"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="125"/>
        <source>The relay refused this token.</source>
        <translation>The relay refused this token.</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="128"/>
        <source>Cannot reach a Puente relay at this address.</source>
        <translation>Cannot reach a Puente relay at this address.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../desktop/team_dialog.py" line="36"/>
        <source>The relay cannot be reached. Try again.</source>
        <translation>The relay cannot be reached. Try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="37"/>
        <source>Only an administrator can do this.</source>
        <translation>Only an administrator can do this.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="38"/>
        <source>The relay refused your token.</source>
        <translation>The relay refused your token.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="39"/>
        <source>Someone on the team already has that name.</source>
        <translation>Someone on the team already has that name.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="40"/>
        <source>You are the only administrator: invite another first.</source>
        <translation>You are the only administrator: invite another first.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="41"/>
        <source>That agent was revoked already.</source>
        <translation>That agent was revoked already.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="42"/>
        <source>Names are 1 to 64 printable characters.</source>
        <translation>Names are 1 to 64 printable characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="44"/>
        <source>The relay said: %1</source>
        <translation>The relay said: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="59"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="63"/>
        <location filename="../../desktop/team_dialog.py" line="90"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="63"/>
        <location filename="../../desktop/team_dialog.py" line="91"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="63"/>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="67"/>
        <source>Team members</source>
        <translation>Team members</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="69"/>
        <source>Revoke access…</source>
        <translation>Revoke access…</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="73"/>
        <source>Name, as the team will see it</source>
        <translation>Name, as the team will see it</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="75"/>
        <location filename="../../desktop/team_dialog.py" line="150"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="76"/>
        <location filename="../../desktop/team_dialog.py" line="148"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="77"/>
        <source>Invite</source>
        <translation>Invite</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="81"/>
        <source>Pairing link</source>
        <translation>Pairing link</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="82"/>
        <source>Copy link</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="88"/>
        <source>Invite someone</source>
        <translation>Invite someone</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="126"/>
        <source>Write the new agent&apos;s name.</source>
        <translation>Write the new agent&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="155"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="169"/>
        <source>Send this link to %1: on a computer with Puente, it opens the sign-in ready. It is shown only once.</source>
        <translation>Send this link to %1: on a computer with Puente, it opens the sign-in ready. It is shown only once.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="202"/>
        <source>Revoke access</source>
        <translation>Revoke access</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="203"/>
        <source>Revoke %1&apos;s access? Their Puente disconnects at once.</source>
        <translation>Revoke %1&apos;s access? Their Puente disconnects at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="212"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="217"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
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
        <location filename="../../desktop/timeline.py" line="112"/>
        <source>📷 Photo</source>
        <translation>📷 Photo</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="113"/>
        <source>🎥 Video</source>
        <translation>🎥 Video</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="114"/>
        <source>🎤 Audio</source>
        <translation>🎤 Audio</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="115"/>
        <source>📄 Document</source>
        <translation>📄 Document</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="116"/>
        <source>💟 Sticker</source>
        <translation>💟 Sticker</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="117"/>
        <source>📍 Location</source>
        <translation>📍 Location</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="118"/>
        <source>👤 Contact card</source>
        <translation>👤 Contact card</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="119"/>
        <source>🛒 Order</source>
        <translation>🛒 Order</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="120"/>
        <source>📋 Template message</source>
        <translation>📋 Template message</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="121"/>
        <source>📎 Media from the phone&apos;s history</source>
        <translation>📎 Media from the phone&apos;s history</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="122"/>
        <source>👋 Opened the chat</source>
        <translation>👋 Opened the chat</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="123"/>
        <location filename="../../desktop/timeline.py" line="140"/>
        <location filename="../../desktop/timeline.py" line="141"/>
        <source>Unsupported message</source>
        <translation>Unsupported message</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="131"/>
        <source>Reacted %1</source>
        <translation>Reacted %1</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="133"/>
        <source>Took back a reaction</source>
        <translation>Took back a reaction</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="136"/>
        <location filename="../../desktop/timeline.py" line="355"/>
        <location filename="../../desktop/timeline.py" line="663"/>
        <source>🚫 This message was deleted</source>
        <translation>🚫 This message was deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="138"/>
        <source>✏️ Edited: %1</source>
        <translation>✏️ Edited: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="146"/>
        <source>More than 24 hours since the customer last wrote: send a template.</source>
        <translation>More than 24 hours since the customer last wrote: send a template.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="149"/>
        <source>Meta is limiting sends right now; try again shortly.</source>
        <translation>Meta is limiting sends right now; try again shortly.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="152"/>
        <source>This customer cannot receive WhatsApp messages.</source>
        <translation>This customer cannot receive WhatsApp messages.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="155"/>
        <source>The relay&apos;s Meta access token expired; tell your administrator.</source>
        <translation>The relay&apos;s Meta access token expired; tell your administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="158"/>
        <source>Meta has restricted this business account.</source>
        <translation>Meta has restricted this business account.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="161"/>
        <source>Meta refused this message.</source>
        <translation>Meta refused this message.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="162"/>
        <source>This message clashed with another; write it again.</source>
        <translation>This message clashed with another; write it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="165"/>
        <source>The attachment could not be sent.</source>
        <translation>The attachment could not be sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="166"/>
        <source>The template could not be sent.</source>
        <translation>The template could not be sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="286"/>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="287"/>
        <source>Before the edit: %1</source>
        <translation>Before the edit: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="303"/>
        <source>Could not play it here. Click to open it.</source>
        <translation>Could not play it here. Click to open it.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="316"/>
        <source>This file is not available.</source>
        <translation>This file is not available.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="328"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="330"/>
        <source>Could not load it. Click to try again.</source>
        <translation>Could not load it. Click to try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="334"/>
        <source>Click to open</source>
        <translation>Click to open</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="359"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="372"/>
        <source>🛒 Order: 1 item</source>
        <translation>🛒 Order: 1 item</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="374"/>
        <source>🛒 Order: %1 items</source>
        <translation>🛒 Order: %1 items</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="397"/>
        <source>The customer changed their number to %1</source>
        <translation>The customer changed their number to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="401"/>
        <source>The customer&apos;s security code changed</source>
        <translation>The customer&apos;s security code changed</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="402"/>
        <source>A notice from WhatsApp</source>
        <translation>A notice from WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="407"/>
        <source>🎤 Voice message</source>
        <translation>🎤 Voice message</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="414"/>
        <source>Unsupported message: WhatsApp on the phone can show it.</source>
        <translation>Unsupported message: WhatsApp on the phone can show it.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="418"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="580"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="582"/>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="630"/>
        <source>WhatsApp has not confirmed this message: it may not have been sent.</source>
        <translation>WhatsApp has not confirmed this message: it may not have been sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="655"/>
        <source>WhatsApp Business app</source>
        <translation>WhatsApp Business app</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="657"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="658"/>
        <source>You</source>
        <translation>You</translation>
    </message>
</context>
<context>
    <name>WindowCountdown</name>
    <message>
        <location filename="../../desktop/countdown.py" line="68"/>
        <source>24-hour window closed</source>
        <translation>24-hour window closed</translation>
    </message>
    <message>
        <location filename="../../desktop/countdown.py" line="75"/>
        <source>Window open: %1 h %2 min left</source>
        <translation>Window open: %1 h %2 min left</translation>
    </message>
</context>
</TS>
