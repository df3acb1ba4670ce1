<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountBanner</name>
    <message>
        <location filename="../../desktop/account_banner.py" line="23"/>
        <source>The phone disconnected %1 from Puente: connect it again.</source>
        <translation>The phone disconnected %1 from Puente: connect it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="26"/>
        <source>The phone disconnected the number: connect it again.</source>
        <translation>The phone disconnected the number: connect it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="28"/>
        <source>Meta refused the relay&apos;s access token: replies cannot be sent. Check the connection.</source>
        <translation>Meta refused the relay&apos;s access token: replies cannot be sent. Check the connection.</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="33"/>
        <source>Meta did not take the request for the chat history.</source>
        <translation>Meta did not take the request for the chat history.</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="35"/>
        <source>Importing the chat history: %1 %</source>
        <translation>Importing the chat history: %1 %</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="39"/>
        <source>Waiting for the chat history from the phone: keep WhatsApp Business open there.</source>
        <translation>Waiting for the chat history from the phone: keep WhatsApp Business open there.</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="43"/>
        <source>The phone did not share the chat history: only new messages appear here.</source>
        <translation>The phone did not share the chat history: only new messages appear here.</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="66"/>
        <source>Hide this notice</source>
        <translation>Hide this notice</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="103"/>
        <source>Open the set-up page</source>
        <translation>Open the set-up page</translation>
    </message>
    <message>
        <location filename="../../desktop/account_banner.py" line="105"/>
        <source>Check the connection</source>
        <translation>Check the connection</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <location filename="../../desktop/activity.py" line="120"/>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="145"/>
        <source>%1 marked it resolved</source>
        <translation>%1 marked it resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="146"/>
        <source>%1 marked it pending</source>
        <translation>%1 marked it pending</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="147"/>
        <source>%1 reopened it</source>
        <translation>%1 reopened it</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="148"/>
        <source>The customer wrote: open again</source>
        <translation>The customer wrote: open again</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="149"/>
        <source>The snooze ended: open again</source>
        <translation>The snooze ended: open again</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="150"/>
        <source>%1 took this conversation</source>
        <translation>%1 took this conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="151"/>
        <source>%1 assigned it to %2</source>
        <translation>%1 assigned it to %2</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="152"/>
        <source>%1 unassigned it</source>
        <translation>%1 unassigned it</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="123"/>
        <source>%1 snoozed it</source>
        <translation>%1 snoozed it</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="125"/>
        <source>%1 snoozed it until %2</source>
        <translation>%1 snoozed it until %2</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="133"/>
        <source>%1 added %2</source>
        <translation>%1 added %2</translation>
    </message>
    <message>
        <location filename="../../desktop/activity.py" line="139"/>
        <source>%1 removed %2</source>
        <translation>%1 removed %2</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="204"/>
        <source>Token kept for this session only</source>
        <translation>Token kept for this session only</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="205"/>
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
        <location filename="../../desktop/composer.py" line="166"/>
        <source>Do not quote</source>
        <translation>Do not quote</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="335"/>
        <source>Write a message</source>
        <translation>Write a message</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="190"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="189"/>
        <source>Send (Enter)</source>
        <translation>Send (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="194"/>
        <source>Send a template</source>
        <translation>Send a template</translation>
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
        <translation>Record a voice note (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="211"/>
        <source>No microphone found</source>
        <translation>No microphone found</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="216"/>
        <source>Discard the recording</source>
        <translation>Discard the recording</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="224"/>
        <location filename="../../desktop/composer.py" line="378"/>
        <source>Send a file</source>
        <translation>Send a file</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="228"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="231"/>
        <source>Internal note: only the team sees it, never the customer</source>
        <translation>Internal note: only the team sees it, never the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="237"/>
        <source>More than 24 hours since the customer last wrote: WhatsApp only lets a template through until they write again.</source>
        <translation>More than 24 hours since the customer last wrote: WhatsApp only lets a template through until they write again.</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="257"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="305"/>
        <source>Write an internal note for the team</source>
        <translation>Write an internal note for the team</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="334"/>
        <source>Write a message, or / for a quick reply</source>
        <translation>Write a message, or / for a quick reply</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="348"/>
        <source>Replying to %1: %2</source>
        <translation>Replying to %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/composer.py" line="501"/>
        <source>Recent</source>
        <translation>Recent</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <location filename="../../desktop/connection_bar.py" line="33"/>
        <location filename="../../desktop/connection_bar.py" line="106"/>
        <source>Reconnect now</source>
        <translation>Reconnect now</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="75"/>
        <source>Download the new Puente</source>
        <translation>Download the new Puente</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="77"/>
        <source>Puente %1 is available</source>
        <translation>Puente %1 is available</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="94"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="104"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="109"/>
        <source>● Connected</source>
        <translation>● Connected</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="111"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="113"/>
        <source>Catching up…</source>
        <translation>Catching up…</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="116"/>
        <source>Offline: reconnecting in %1 s</source>
        <translation>Offline: reconnecting in %1 s</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="120"/>
        <source>The relay refused your token: sign in again</source>
        <translation>The relay refused your token: sign in again</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="122"/>
        <source>Update Puente to continue: this version is older than the relay serves.</source>
        <translation>Update Puente to continue: this version is older than the relay serves.</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="127"/>
        <source>Stopped: Puente cannot write its copy of the conversations on this computer (is the disk full?). Free some space, then try again.</source>
        <translation>Stopped: Puente cannot write its copy of the conversations on this computer (is the disk full?). Free some space, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="133"/>
        <source>Stopped: something went wrong in Puente (the details are in its log). Try again, or restart Puente.</source>
        <translation>Stopped: something went wrong in Puente (the details are in its log). Try again, or restart Puente.</translation>
    </message>
    <message>
        <location filename="../../desktop/connection_bar.py" line="139"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../../desktop/conversations.py" line="212"/>
        <source>%1 is typing…</source>
        <translation>%1 is typing…</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="213"/>
        <source>%1 are typing…</source>
        <translation>%1 are typing…</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="218"/>
        <source>%1 is looking at this conversation</source>
        <translation>%1 is looking at this conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="221"/>
        <source>%1 are looking at this conversation</source>
        <translation>%1 are looking at this conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="348"/>
        <source>📱 %1</source>
        <translation>📱 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="362"/>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="374"/>
        <source>a year ago</source>
        <translation>a year ago</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="375"/>
        <source>%1 years ago</source>
        <translation>%1 years ago</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="379"/>
        <source>a month ago</source>
        <translation>a month ago</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="380"/>
        <source>%1 months ago</source>
        <translation>%1 months ago</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="384"/>
        <source>a week ago</source>
        <translation>a week ago</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="385"/>
        <source>%1 weeks ago</source>
        <translation>%1 weeks ago</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../demo/__main__.py" line="44"/>
        <source>(no window: %1; the events show here)</source>
        <translation>(no window: %1; the events show here)</translation>
    </message>
    <message>
        <location filename="../../demo/__main__.py" line="49"/>
        <source>Relay on %1 (SQLite at %2), Meta simulator on %3. %4 signed in.</source>
        <translation>Relay on %1 (SQLite at %2), Meta simulator on %3. %4 signed in.</translation>
    </message>
    <message>
        <location filename="../../demo/__main__.py" line="95"/>
        <source>What arrives, as a desktop sees it (Ctrl+C to stop):</source>
        <translation>What arrives, as a desktop sees it (Ctrl+C to stop):</translation>
    </message>
    <message>
        <location filename="../../demo/day.py" line="35"/>
        <source>history import</source>
        <translation>history import</translation>
    </message>
    <message>
        <location filename="../../demo/day.py" line="44"/>
        <location filename="../../demo/day.py" line="58"/>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <location filename="../../demo/day.py" line="49"/>
        <source>owner on the phone</source>
        <translation>owner on the phone</translation>
    </message>
    <message>
        <location filename="../../demo/day.py" line="67"/>
        <source>agent replying through the relay</source>
        <translation>agent replying through the relay</translation>
    </message>
    <message>
        <location filename="../../demo/day.py" line="86"/>
        <location filename="../../demo/day.py" line="94"/>
        <source>Meta plays: %1</source>
        <translation>Meta plays: %1</translation>
    </message>
    <message>
        <location filename="../../demo/day.py" line="93"/>
        <source>a customer sending one of every kind of message</source>
        <translation>a customer sending one of every kind of message</translation>
    </message>
    <message>
        <location filename="../../demo/screen.py" line="30"/>
        <source>PySide6 is not installed (pip install -e &apos;.[relay,desktop]&apos;)</source>
        <translation>PySide6 is not installed (pip install -e &apos;.[relay,desktop]&apos;)</translation>
    </message>
    <message>
        <location filename="../../demo/screen.py" line="33"/>
        <source>no screen (DISPLAY is not set)</source>
        <translation>no screen (DISPLAY is not set)</translation>
    </message>
    <message>
        <location filename="../../demo/screen.py" line="47"/>
        <source>Qt cannot open a window: the system lacks %1 (%2)</source>
        <translation>Qt cannot open a window: the system lacks %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../demo/screen.py" line="52"/>
        <source>Qt cannot open a window: %1</source>
        <translation>Qt cannot open a window: %1</translation>
    </message>
    <message>
        <location filename="../../demo/window.py" line="88"/>
        <source>The desktop is open: reply from it. Close the window (or Ctrl+C) to stop.</source>
        <translation>The desktop is open: reply from it. Close the window (or Ctrl+C) to stop.</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="33"/>
        <source>Meta connection check</source>
        <translation>Meta connection check</translation>
    </message>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="39"/>
        <source>Check results</source>
        <translation>Check results</translation>
    </message>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="40"/>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="54"/>
        <source>Asking Meta…</source>
        <translation>Asking Meta…</translation>
    </message>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="66"/>
        <source>Every check passed.</source>
        <translation>Every check passed.</translation>
    </message>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="68"/>
        <source>%1 of %2 checks failed: the fixes are below.</source>
        <translation>%1 of %2 checks failed: the fixes are below.</translation>
    </message>
    <message>
        <location filename="../../desktop/doctor_dialog.py" line="80"/>
        <source>Fix:</source>
        <translation>Fix:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/window.py" line="138"/>
        <location filename="../../desktop/window.py" line="139"/>
        <source>Search names and messages</source>
        <translation>Search names and messages</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="149"/>
        <location filename="../../desktop/window.py" line="430"/>
        <source>Needs reply</source>
        <translation>Needs reply</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="151"/>
        <source>Only conversations where the customer waits for an answer</source>
        <translation>Only conversations where the customer waits for an answer</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="405"/>
        <source>Everyone&apos;s</source>
        <translation>Everyone&apos;s</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="406"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../desktop/conversations.py" line="407"/>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="159"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="160"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="161"/>
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="162"/>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="166"/>
        <source>All labels</source>
        <translation>All labels</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="167"/>
        <source>Whose conversations</source>
        <translation>Whose conversations</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="168"/>
        <source>Conversation state</source>
        <translation>Conversation state</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="169"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="172"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="201"/>
        <source>Choose a conversation to read and reply.</source>
        <translation>Choose a conversation to read and reply.</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="208"/>
        <source>New conversation…</source>
        <translation>New conversation…</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="210"/>
        <source>Quick replies…</source>
        <translation>Quick replies…</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="213"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="215"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="216"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="143"/>
        <location filename="../../desktop/window.py" line="218"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="196"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="221"/>
        <source>Next conversation</source>
        <translation>Next conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="224"/>
        <source>Previous conversation</source>
        <translation>Previous conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="235"/>
        <source>Reply to the selected message</source>
        <translation>Reply to the selected message</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="239"/>
        <source>Team…</source>
        <translation>Team…</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="240"/>
        <source>Check the Meta connection…</source>
        <translation>Check the Meta connection…</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="241"/>
        <source>Open the set-up page</source>
        <translation>Open the set-up page</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="258"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="428"/>
        <source>Needs reply (%1)</source>
        <translation>Needs reply (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="487"/>
        <source>The relay&apos;s history changed: everything was reloaded.</source>
        <translation>The relay&apos;s history changed: everything was reloaded.</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="744"/>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="777"/>
        <source>Mark as unread</source>
        <translation>Mark as unread</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="885"/>
        <source>Someone else is answering</source>
        <translation>Someone else is answering</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="886"/>
        <source>%1 is writing to this customer right now. Send yours anyway?</source>
        <translation>%1 is writing to this customer right now. Send yours anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="919"/>
        <source>The quoted message is not on this computer.</source>
        <translation>The quoted message is not on this computer.</translation>
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
        <translation>New conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/new_conversation.py" line="39"/>
        <source>WhatsApp lets a business write first only with an approved template: choose one next.</source>
        <translation>WhatsApp lets a business write first only with an approved template: choose one next.</translation>
    </message>
    <message>
        <location filename="../../desktop/new_conversation.py" line="51"/>
        <source>Choose a template</source>
        <translation>Choose a template</translation>
    </message>
    <message>
        <location filename="../../desktop/new_conversation.py" line="54"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../desktop/new_conversation.py" line="55"/>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../desktop/new_conversation.py" line="78"/>
        <source>Not a valid number yet</source>
        <translation>Not a valid number yet</translation>
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
    <name>QuickReplies</name>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="49"/>
        <source>Quick replies</source>
        <translation>Quick replies</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="53"/>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="56"/>
        <source>We open Monday to Saturday from 9 to 19 h.</source>
        <translation>We open Monday to Saturday from 9 to 19 h.</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="60"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="61"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="64"/>
        <source>Shortcut (typed after /)</source>
        <translation>Shortcut (typed after /)</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="65"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="106"/>
        <source>A shortcut is one word: letters, digits, - or _.</source>
        <translation>A shortcut is one word: letters, digits, - or _.</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="110"/>
        <source>Write the text it inserts.</source>
        <translation>Write the text it inserts.</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="112"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="122"/>
        <source>Saved for the whole team.</source>
        <translation>Saved for the whole team.</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="125"/>
        <source>The relay cannot be reached. Try again.</source>
        <translation>The relay cannot be reached. Try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="128"/>
        <source>Only an administrator can delete.</source>
        <translation>Only an administrator can delete.</translation>
    </message>
    <message>
        <location filename="../../desktop/quick_replies_dialog.py" line="131"/>
        <source>The relay said: %1</source>
        <translation>The relay said: %1</translation>
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
        <location filename="../../desktop/settings_dialog.py" line="79"/>
        <source>Tell customers when their messages are read and answered</source>
        <translation>Tell customers when their messages are read and answered</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="83"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="86"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="88"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="92"/>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="93"/>
        <source>Your token</source>
        <translation>Your token</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="94"/>
        <source>Team…</source>
        <translation>Team…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="95"/>
        <source>Check the Meta connection…</source>
        <translation>Check the Meta connection…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="102"/>
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
        <location filename="../../desktop/signin.py" line="101"/>
        <source>Give the relay&apos;s address and your token.</source>
        <translation>Give the relay&apos;s address and your token.</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="104"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="133"/>
        <source>The relay refused this token.</source>
        <translation>The relay refused this token.</translation>
    </message>
    <message>
        <location filename="../../desktop/signin.py" line="136"/>
        <source>Cannot reach a Puente relay at this address.</source>
        <translation>Cannot reach a Puente relay at this address.</translation>
    </message>
</context>
<context>
    <name>Tail</name>
    <message>
        <location filename="../../desktop/tail.py" line="61"/>
        <source>reconnecting in %1 s</source>
        <translation>reconnecting in %1 s</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="64"/>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="65"/>
        <source>catching up</source>
        <translation>catching up</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="66"/>
        <source>live: what arrives shows here</source>
        <translation>live: what arrives shows here</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="67"/>
        <source>the relay refused this token</source>
        <translation>the relay refused this token</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="68"/>
        <source>stopped: this desktop must be updated</source>
        <translation>stopped: this desktop must be updated</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="69"/>
        <location filename="../../desktop/tail.py" line="70"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="88"/>
        <source>%1 conversations in the cache</source>
        <translation>%1 conversations in the cache</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="98"/>
        <source>catching up %1 of %2</source>
        <translation>catching up %1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="103"/>
        <source>starting over (%1)</source>
        <translation>starting over (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="119"/>
        <source>this desktop is too old for the relay: update Puente (%1)</source>
        <translation>this desktop is too old for the relay: update Puente (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="122"/>
        <source>Puente %1 is out: %2</source>
        <translation>Puente %1 is out: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="132"/>
        <source>%1 is typing in %2</source>
        <translation>%1 is typing in %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="133"/>
        <source>%1 is looking at %2</source>
        <translation>%1 is looking at %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="134"/>
        <source>%1 left %2</source>
        <translation>%1 left %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="142"/>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="145"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="146"/>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="163"/>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="164"/>
        <source>played</source>
        <translation>played</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="165"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="175"/>
        <source>importing the phone&apos;s history of %1: %2 %</source>
        <translation>importing the phone&apos;s history of %1: %2 %</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="176"/>
        <source>the owner chose not to share %1&apos;s history</source>
        <translation>the owner chose not to share %1&apos;s history</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="177"/>
        <source>%1 is connected</source>
        <translation>%1 is connected</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="178"/>
        <source>%1 is connected again</source>
        <translation>%1 is connected again</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="179"/>
        <location filename="../../desktop/tail.py" line="180"/>
        <source>%1 was disconnected from the phone</source>
        <translation>%1 was disconnected from the phone</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="181"/>
        <source>Meta refused the relay&apos;s access token</source>
        <translation>Meta refused the relay&apos;s access token</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="182"/>
        <source>asked Meta for %1&apos;s contacts and history</source>
        <translation>asked Meta for %1&apos;s contacts and history</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="183"/>
        <source>Meta could not sync %1</source>
        <translation>Meta could not sync %1</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../desktop/team_dialog.py" line="37"/>
        <source>The relay cannot be reached. Try again.</source>
        <translation>The relay cannot be reached. Try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="38"/>
        <source>Only an administrator can do this.</source>
        <translation>Only an administrator can do this.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="39"/>
        <source>The relay refused your token.</source>
        <translation>The relay refused your token.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="40"/>
        <source>Someone on the team already has that name.</source>
        <translation>Someone on the team already has that name.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="41"/>
        <source>You are the only administrator: invite another first.</source>
        <translation>You are the only administrator: invite another first.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="42"/>
        <source>That agent was revoked already.</source>
        <translation>That agent was revoked already.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="43"/>
        <source>Names are 1 to 64 printable characters.</source>
        <translation>Names are 1 to 64 printable characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="45"/>
        <source>The relay said: %1</source>
        <translation>The relay said: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="60"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="64"/>
        <location filename="../../desktop/team_dialog.py" line="91"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="64"/>
        <location filename="../../desktop/team_dialog.py" line="92"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="64"/>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="68"/>
        <source>Team members</source>
        <translation>Team members</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="70"/>
        <source>Revoke access…</source>
        <translation>Revoke access…</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="74"/>
        <source>Name, as the team will see it</source>
        <translation>Name, as the team will see it</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="76"/>
        <location filename="../../desktop/team_dialog.py" line="151"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="77"/>
        <location filename="../../desktop/team_dialog.py" line="149"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="78"/>
        <source>Invite</source>
        <translation>Invite</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="82"/>
        <source>Pairing link</source>
        <translation>Pairing link</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="83"/>
        <source>Copy link</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="89"/>
        <source>Invite someone</source>
        <translation>Invite someone</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="127"/>
        <source>Write the new agent&apos;s name.</source>
        <translation>Write the new agent&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="156"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="170"/>
        <source>Send this link to %1: on a computer with Puente, it opens the sign-in ready. It is shown only once.</source>
        <translation>Send this link to %1: on a computer with Puente, it opens the sign-in ready. It is shown only once.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="203"/>
        <source>Revoke access</source>
        <translation>Revoke access</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="204"/>
        <source>Revoke %1&apos;s access? Their Puente disconnects at once.</source>
        <translation>Revoke %1&apos;s access? Their Puente disconnects at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="213"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location filename="../../desktop/team_dialog.py" line="218"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
</context>
<context>
    <name>TeamBar</name>
    <message>
        <location filename="../../desktop/team_bar.py" line="43"/>
        <source>For 3 hours</source>
        <translation>For 3 hours</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="46"/>
        <source>Until tomorrow morning</source>
        <translation>Until tomorrow morning</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="47"/>
        <source>Until next Monday</source>
        <translation>Until next Monday</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="78"/>
        <location filename="../../desktop/team_bar.py" line="135"/>
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="92"/>
        <location filename="../../desktop/team_bar.py" line="126"/>
        <location filename="../../desktop/team_bar.py" line="133"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="115"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="115"/>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="118"/>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="120"/>
        <source>Assigned to %1</source>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="122"/>
        <source>Nobody handles it yet</source>
        <translation>Nobody handles it yet</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="131"/>
        <source>Labels: %1</source>
        <translation>Labels: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="150"/>
        <source>Until a date…</source>
        <translation>Until a date…</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="168"/>
        <source>Assign to me</source>
        <translation>Assign to me</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="176"/>
        <source>Unassign</source>
        <translation>Unassign</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="197"/>
        <source>New label…</source>
        <translation>New label…</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="209"/>
        <source>New label</source>
        <translation>New label</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="209"/>
        <source>Label name:</source>
        <translation>Label name:</translation>
    </message>
    <message>
        <location filename="../../desktop/team_bar.py" line="221"/>
        <source>Snooze until</source>
        <translation>Snooze until</translation>
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
        <location filename="../../desktop/summaries.py" line="23"/>
        <source>📷 Photo</source>
        <translation>📷 Photo</translation>
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
        <translation>📄 Document</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="27"/>
        <source>💟 Sticker</source>
        <translation>💟 Sticker</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="28"/>
        <source>📍 Location</source>
        <translation>📍 Location</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="29"/>
        <source>👤 Contact card</source>
        <translation>👤 Contact card</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="30"/>
        <source>🛒 Order</source>
        <translation>🛒 Order</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="31"/>
        <source>📋 Template message</source>
        <translation>📋 Template message</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="32"/>
        <source>📎 Media from the phone&apos;s history</source>
        <translation>📎 Media from the phone&apos;s history</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="33"/>
        <source>👋 Opened the chat</source>
        <translation>👋 Opened the chat</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="34"/>
        <location filename="../../desktop/summaries.py" line="51"/>
        <location filename="../../desktop/summaries.py" line="52"/>
        <source>Unsupported message</source>
        <translation>Unsupported message</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="42"/>
        <source>Reacted %1</source>
        <translation>Reacted %1</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="44"/>
        <source>Took back a reaction</source>
        <translation>Took back a reaction</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="47"/>
        <location filename="../../desktop/tail.py" line="151"/>
        <location filename="../../desktop/timeline.py" line="410"/>
        <location filename="../../desktop/timeline.py" line="839"/>
        <source>🚫 This message was deleted</source>
        <translation>🚫 This message was deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="49"/>
        <source>✏️ Edited: %1</source>
        <translation>✏️ Edited: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="141"/>
        <source>More than 24 hours since the customer last wrote: send a template.</source>
        <translation>More than 24 hours since the customer last wrote: send a template.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="144"/>
        <source>Meta is limiting sends right now; try again shortly.</source>
        <translation>Meta is limiting sends right now; try again shortly.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="147"/>
        <source>This customer cannot receive WhatsApp messages.</source>
        <translation>This customer cannot receive WhatsApp messages.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="150"/>
        <source>The relay&apos;s Meta access token expired; tell your administrator.</source>
        <translation>The relay&apos;s Meta access token expired; tell your administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="153"/>
        <source>Meta has restricted this business account.</source>
        <translation>Meta has restricted this business account.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="156"/>
        <source>Meta refused this message.</source>
        <translation>Meta refused this message.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="157"/>
        <source>This message clashed with another; write it again.</source>
        <translation>This message clashed with another; write it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="160"/>
        <source>The attachment could not be sent.</source>
        <translation>The attachment could not be sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="161"/>
        <source>The template could not be sent.</source>
        <translation>The template could not be sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="325"/>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="326"/>
        <source>Before the edit: %1</source>
        <translation>Before the edit: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="343"/>
        <source>Could not play it here. Click to open it.</source>
        <translation>Could not play it here. Click to open it.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="371"/>
        <source>This file is not available.</source>
        <translation>This file is not available.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="383"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="385"/>
        <source>Could not load it. Click to try again.</source>
        <translation>Could not load it. Click to try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="389"/>
        <source>Click to open</source>
        <translation>Click to open</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="417"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="430"/>
        <source>🛒 Order: 1 item</source>
        <translation>🛒 Order: 1 item</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="432"/>
        <source>🛒 Order: %1 items</source>
        <translation>🛒 Order: %1 items</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="59"/>
        <source>The customer changed their number to %1</source>
        <translation>The customer changed their number to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="63"/>
        <source>The customer&apos;s security code changed</source>
        <translation>The customer&apos;s security code changed</translation>
    </message>
    <message>
        <location filename="../../desktop/summaries.py" line="64"/>
        <source>A notice from WhatsApp</source>
        <translation>A notice from WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="459"/>
        <source>🎤 Voice message</source>
        <translation>🎤 Voice message</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="466"/>
        <source>Unsupported message: WhatsApp on the phone can show it.</source>
        <translation>Unsupported message: WhatsApp on the phone can show it.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="470"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="754"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="756"/>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="804"/>
        <source>WhatsApp has not confirmed this message: it may not have been sent.</source>
        <translation>WhatsApp has not confirmed this message: it may not have been sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="824"/>
        <source>Internal note · %1</source>
        <translation>Internal note · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="143"/>
        <location filename="../../desktop/timeline.py" line="831"/>
        <source>WhatsApp Business app</source>
        <translation>WhatsApp Business app</translation>
    </message>
    <message>
        <location filename="../../desktop/tail.py" line="144"/>
        <location filename="../../desktop/timeline.py" line="833"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../desktop/timeline.py" line="834"/>
        <source>You</source>
        <translation>You</translation>
    </message>
</context>
<context>
    <name>WindowCountdown</name>
    <message>
        <location filename="../../desktop/countdown.py" line="69"/>
        <source>24-hour window closed</source>
        <translation>24-hour window closed</translation>
    </message>
    <message>
        <location filename="../../desktop/countdown.py" line="71"/>
        <source>More than 24 hours since the customer last wrote: only a template goes until they write again.</source>
        <translation>More than 24 hours since the customer last wrote: only a template goes until they write again.</translation>
    </message>
    <message>
        <location filename="../../desktop/countdown.py" line="84"/>
        <source>Window: %1 h %2 min</source>
        <translation>Window: %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../desktop/countdown.py" line="89"/>
        <source>The customer wrote less than 24 hours ago: any reply may go for %1 h %2 min more, then only a template until they write again.</source>
        <translation>The customer wrote less than 24 hours ago: any reply may go for %1 h %2 min more, then only a template until they write again.</translation>
    </message>
</context>
</TS>
