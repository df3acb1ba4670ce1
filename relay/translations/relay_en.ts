<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Commands</name>
    <message>
        <location filename="../meta_commands.py" line="24"/>
        <source>No number is known: connect one on the set-up page, set WHATSAPP_PHONE_NUMBER_ID, or give --number.</source>
        <translation>No number is known: connect one on the set-up page, set WHATSAPP_PHONE_NUMBER_ID, or give --number.</translation>
    </message>
    <message>
        <location filename="../meta_commands.py" line="29"/>
        <source>Every check passed.</source>
        <translation>Every check passed.</translation>
    </message>
    <message>
        <location filename="../meta_commands.py" line="30"/>
        <source>%1 of %2 checks failed.</source>
        <translation>%1 of %2 checks failed.</translation>
    </message>
    <message>
        <location filename="../meta_commands.py" line="31"/>
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
    <message>
        <location filename="../meta_commands.py" line="32"/>
        <source>Number %1:</source>
        <translation>Number %1:</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <location filename="../doctor.py" line="271"/>
        <source>Meta app</source>
        <translation>Meta app</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="272"/>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="273"/>
        <source>Webhook callback and fields</source>
        <translation>Webhook callback and fields</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="274"/>
        <source>App subscribed to the WhatsApp account</source>
        <translation>App subscribed to the WhatsApp account</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="275"/>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="276"/>
        <source>History and contacts import</source>
        <translation>History and contacts import</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="277"/>
        <source>Message templates</source>
        <translation>Message templates</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="278"/>
        <source>Last webhook from Meta</source>
        <translation>Last webhook from Meta</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="280"/>
        <source>META_APP_ID is not set, so the relay cannot ask Meta about the app.</source>
        <translation>META_APP_ID is not set, so the relay cannot ask Meta about the app.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="283"/>
        <source>The relay has no access token: no number is connected.</source>
        <translation>The relay has no access token: no number is connected.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="284"/>
        <source>Meta says this token is not valid (expired or revoked).</source>
        <translation>Meta says this token is not valid (expired or revoked).</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="285"/>
        <source>This token has expired.</source>
        <translation>This token has expired.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="286"/>
        <source>The token lacks the permissions %1 (%2).</source>
        <translation>The token lacks the permissions %1 (%2).</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="287"/>
        <source>Valid, with %1 (%2).</source>
        <translation>Valid, with %1 (%2).</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="288"/>
        <source>never expires</source>
        <translation>never expires</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="289"/>
        <source>expires on %1</source>
        <translation>expires on %1</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="290"/>
        <source>The Meta app has no webhook for WhatsApp Business accounts.</source>
        <translation>The Meta app has no webhook for WhatsApp Business accounts.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="291"/>
        <source>Meta calls %1, but PUBLIC_URL is not set, so the relay cannot tell if that is it.</source>
        <translation>Meta calls %1, but PUBLIC_URL is not set, so the relay cannot tell if that is it.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="294"/>
        <source>Meta calls %1, but this relay is %2.</source>
        <translation>Meta calls %1, but this relay is %2.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="295"/>
        <source>Not subscribed to the fields: %1.</source>
        <translation>Not subscribed to the fields: %1.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="296"/>
        <source>Meta calls %1 with every field Puente reads.</source>
        <translation>Meta calls %1 with every field Puente reads.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="297"/>
        <source>The Meta app receives this account&apos;s webhooks.</source>
        <translation>The Meta app receives this account&apos;s webhooks.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="298"/>
        <source>The Meta app is not subscribed to this account&apos;s webhooks.</source>
        <translation>The Meta app is not subscribed to this account&apos;s webhooks.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="299"/>
        <source>No phone number is connected yet.</source>
        <translation>No phone number is connected yet.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="300"/>
        <source>%1: %2; platform %3; quality %4.</source>
        <translation>%1: %2; platform %3; quality %4.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="301"/>
        <source>on the WhatsApp Business app too (coexistence)</source>
        <translation>on the WhatsApp Business app too (coexistence)</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="302"/>
        <source>Cloud API only</source>
        <translation>Cloud API only</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="303"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="304"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="305"/>
        <source>%1: never requested.</source>
        <translation>%1: never requested.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="306"/>
        <source>%1: requested %2 (request %3).</source>
        <translation>%1: requested %2 (request %3).</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="307"/>
        <source>%1: requested earlier, as Meta says.</source>
        <translation>%1: requested earlier, as Meta says.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="308"/>
        <source>%1: Meta refused (%2).</source>
        <translation>%1: Meta refused (%2).</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="309"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="310"/>
        <source>The templates can be read.</source>
        <translation>The templates can be read.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="311"/>
        <source>Meta has never called this relay.</source>
        <translation>Meta has never called this relay.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="312"/>
        <source>The last one arrived %1.</source>
        <translation>The last one arrived %1.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="313"/>
        <source>Meta answered: %1</source>
        <translation>Meta answered: %1</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="314"/>
        <source>Meta&apos;s answer was not what the relay expected.</source>
        <translation>Meta&apos;s answer was not what the relay expected.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="315"/>
        <source>Meta could not be reached (%1).</source>
        <translation>Meta could not be reached (%1).</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="317"/>
        <source>Set META_APP_ID to the id at the top of your app&apos;s dashboard.</source>
        <translation>Set META_APP_ID to the id at the top of your app&apos;s dashboard.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="318"/>
        <source>Check META_APP_ID and WHATSAPP_APP_SECRET: they must be the same Meta app&apos;s.</source>
        <translation>Check META_APP_ID and WHATSAPP_APP_SECRET: they must be the same Meta app&apos;s.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="321"/>
        <source>Connect the number again on the set-up page (/setup), signed in as an admin.</source>
        <translation>Connect the number again on the set-up page (/setup), signed in as an admin.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="324"/>
        <source>Connect the number again on the set-up page, or put a new system user token in WHATSAPP_ACCESS_TOKEN.</source>
        <translation>Connect the number again on the set-up page, or put a new system user token in WHATSAPP_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="329"/>
        <source>Give the token the whatsapp_business_messaging and whatsapp_business_management permissions (Business Settings &gt; System users), or connect again on the set-up page.</source>
        <translation>Give the token the whatsapp_business_messaging and whatsapp_business_management permissions (Business Settings &gt; System users), or connect again on the set-up page.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="334"/>
        <source>In the App Dashboard &gt; WhatsApp &gt; Configuration, set the callback URL to this relay&apos;s address followed by /api/whatsapp/webhook, with WEBHOOK_VERIFY_TOKEN as the verify token.</source>
        <translation>In the App Dashboard &gt; WhatsApp &gt; Configuration, set the callback URL to this relay&apos;s address followed by /api/whatsapp/webhook, with WEBHOOK_VERIFY_TOKEN as the verify token.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="339"/>
        <source>Set PUBLIC_URL to this relay&apos;s https address.</source>
        <translation>Set PUBLIC_URL to this relay&apos;s https address.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="340"/>
        <source>In the App Dashboard &gt; WhatsApp &gt; Configuration &gt; Webhook fields, subscribe to messages, smb_message_echoes, history, smb_app_state_sync, account_update and message_template_status_update.</source>
        <translation>In the App Dashboard &gt; WhatsApp &gt; Configuration &gt; Webhook fields, subscribe to messages, smb_message_echoes, history, smb_app_state_sync, account_update and message_template_status_update.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="346"/>
        <source>The number is not on the Cloud API: connect it again on the set-up page.</source>
        <translation>The number is not on the Cloud API: connect it again on the set-up page.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="349"/>
        <source>Customers are blocking or reporting this number: send fewer unsolicited messages. Meta may limit it.</source>
        <translation>Customers are blocking or reporting this number: send fewer unsolicited messages. Meta may limit it.</translation>
    </message>
    <message>
        <location filename="../doctor.py" line="354"/>
        <source>Within 24 hours of connecting, run python -m relay meta sync on the relay&apos;s server (the set-up page does it by itself when it connects the number).</source>
        <translation>Within 24 hours of connecting, run python -m relay meta sync on the relay&apos;s server (the set-up page does it by itself when it connects the number).</translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <location filename="../onboarding.py" line="365"/>
        <source>Done in an earlier attempt.</source>
        <translation>Done in an earlier attempt.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="366"/>
        <source>META_APP_ID is not set on the relay: set it to your Meta app&apos;s id and try again.</source>
        <translation>META_APP_ID is not set on the relay: set it to your Meta app&apos;s id and try again.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="369"/>
        <source>Meta gave the relay the business&apos;s access token.</source>
        <translation>Meta gave the relay the business&apos;s access token.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="370"/>
        <source>Meta says this sign-in was used already or expired. Start the connection again with the button.</source>
        <translation>Meta says this sign-in was used already or expired. Start the connection again with the button.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="375"/>
        <source>The relay now receives this account&apos;s webhooks.</source>
        <translation>The relay now receives this account&apos;s webhooks.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="376"/>
        <source>Meta lists no phone number in this WhatsApp account.</source>
        <translation>Meta lists no phone number in this WhatsApp account.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="377"/>
        <source>Numbers found in the account: %1.</source>
        <translation>Numbers found in the account: %1.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="378"/>
        <source>%1 is connected and stays on the WhatsApp Business app (coexistence).</source>
        <translation>%1 is connected and stays on the WhatsApp Business app (coexistence).</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="381"/>
        <source>%1 is connected (Cloud API only).</source>
        <translation>%1 is connected (Cloud API only).</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="382"/>
        <source>There is no access token for this number.</source>
        <translation>There is no access token for this number.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="383"/>
        <source>Meta is sending the phone&apos;s contacts (request %1). Keep the WhatsApp Business app open on the phone until they arrive.</source>
        <translation>Meta is sending the phone&apos;s contacts (request %1). Keep the WhatsApp Business app open on the phone until they arrive.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="388"/>
        <source>Meta is sending the chat history from the phone (request %1), if the owner agrees to share it there. Keep the WhatsApp Business app open until the import finishes.</source>
        <translation>Meta is sending the chat history from the phone (request %1), if the owner agrees to share it there. Keep the WhatsApp Business app open until the import finishes.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="393"/>
        <source>The contacts were requested before (request %1); Meta allows it once.</source>
        <translation>The contacts were requested before (request %1); Meta allows it once.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="396"/>
        <source>The chat history was requested before (request %1); Meta allows it once.</source>
        <translation>The chat history was requested before (request %1); Meta allows it once.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="399"/>
        <source>Meta says the contacts were already requested for this number: they arrive from that request. Nothing to do.</source>
        <translation>Meta says the contacts were already requested for this number: they arrive from that request. Nothing to do.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="404"/>
        <source>Meta says the chat history was already requested for this number: it arrives from that request. Nothing to do.</source>
        <translation>Meta says the chat history was already requested for this number: it arrives from that request. Nothing to do.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="409"/>
        <source>More than 24 hours have passed since the number was connected, so Meta no longer sends the contacts. To import them, disconnect the number in the WhatsApp Business app (Settings &gt; Account &gt; Business Platform) and connect it again here.</source>
        <translation>More than 24 hours have passed since the number was connected, so Meta no longer sends the contacts. To import them, disconnect the number in the WhatsApp Business app (Settings &gt; Account &gt; Business Platform) and connect it again here.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="415"/>
        <source>More than 24 hours have passed since the number was connected, so Meta no longer sends the chat history. To import it, disconnect the number in the WhatsApp Business app (Settings &gt; Account &gt; Business Platform) and connect it again here.</source>
        <translation>More than 24 hours have passed since the number was connected, so Meta no longer sends the chat history. To import it, disconnect the number in the WhatsApp Business app (Settings &gt; Account &gt; Business Platform) and connect it again here.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="421"/>
        <source>Meta did not take the request for the contacts (%1). Connect again to retry.</source>
        <translation>Meta did not take the request for the contacts (%1). Connect again to retry.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="424"/>
        <source>Meta did not take the request for the chat history (%1). Connect again to retry.</source>
        <translation>Meta did not take the request for the chat history (%1). Connect again to retry.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="428"/>
        <source>Meta refused: %1</source>
        <translation>Meta refused: %1</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="429"/>
        <source>Meta&apos;s answer was not what the relay expected.</source>
        <translation>Meta&apos;s answer was not what the relay expected.</translation>
    </message>
    <message>
        <location filename="../onboarding.py" line="430"/>
        <source>Meta could not be reached (%1). Try again.</source>
        <translation>Meta could not be reached (%1). Try again.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../static/setup-texts.js" line="9"/>
        <source>Set up Puente</source>
        <translation>Set up Puente</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="10"/>
        <source>Connect the shop&apos;s WhatsApp Business number and invite the team. The owner keeps using the WhatsApp Business app on the phone.</source>
        <translation>Connect the shop&apos;s WhatsApp Business number and invite the team. The owner keeps using the WhatsApp Business app on the phone.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="11"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="12"/>
        <source>Create the first administrator</source>
        <translation>Create the first administrator</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="13"/>
        <source>The administrator connects the number and invites the team. Write your name as the team will see it.</source>
        <translation>The administrator connects the number and invites the team. Write your name as the team will see it.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="14"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="15"/>
        <source>Create administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="16"/>
        <source>Open the set-up link</source>
        <translation>Open the set-up link</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="17"/>
        <source>This relay has no administrator yet. Its log shows a link with a set-up code (a line with /setup?code=): open that link.</source>
        <translation>This relay has no administrator yet. Its log shows a link with a set-up code (a line with /setup?code=): open that link.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="18"/>
        <source>Keep this safe: it is shown only once. Whoever has it can read and answer the shop&apos;s chats.</source>
        <translation>Keep this safe: it is shown only once. Whoever has it can read and answer the shop&apos;s chats.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="19"/>
        <source>Pairing link</source>
        <translation>Pairing link</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="20"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="21"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="22"/>
        <source>Open in Puente</source>
        <translation>Open in Puente</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="23"/>
        <source>On a computer with Puente installed, the link opens it ready to sign in. Or paste it into Puente&apos;s sign-in window.</source>
        <translation>On a computer with Puente installed, the link opens it ready to sign in. Or paste it into Puente&apos;s sign-in window.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="24"/>
        <source>Sign in by hand instead</source>
        <translation>Sign in by hand instead</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="25"/>
        <source>Relay address</source>
        <translation>Relay address</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="26"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="27"/>
        <source>I have saved it</source>
        <translation>I have saved it</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="28"/>
        <source>Your administrator&apos;s sign-in</source>
        <translation>Your administrator&apos;s sign-in</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="29"/>
        <source>Invitation for %1</source>
        <translation>Invitation for %1</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="30"/>
        <source>Sign in as an administrator</source>
        <translation>Sign in as an administrator</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="31"/>
        <source>Paste your administrator&apos;s token or pairing link.</source>
        <translation>Paste your administrator&apos;s token or pairing link.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="32"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="33"/>
        <source>pnt_… or puente://connect?…</source>
        <translation>pnt_… or puente://connect?…</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="34"/>
        <source>Connect the WhatsApp number</source>
        <translation>Connect the WhatsApp number</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="35"/>
        <source>Meta&apos;s window guides you. Choose to connect your existing WhatsApp Business app account and confirm on the phone.</source>
        <translation>Meta&apos;s window guides you. Choose to connect your existing WhatsApp Business app account and confirm on the phone.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="36"/>
        <source>The phone with the WhatsApp Business app (version 2.24.17 or newer), at hand.</source>
        <translation>The phone with the WhatsApp Business app (version 2.24.17 or newer), at hand.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="37"/>
        <source>A Facebook account that manages the business (or that can create its portfolio).</source>
        <translation>A Facebook account that manages the business (or that can create its portfolio).</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="38"/>
        <source>After connecting, keep the app open on the phone until the history import finishes.</source>
        <translation>After connecting, keep the app open on the phone until the history import finishes.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="39"/>
        <source>Continue with Facebook</source>
        <translation>Continue with Facebook</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="40"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="41"/>
        <source>Connected numbers</source>
        <translation>Connected numbers</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="42"/>
        <source>No number is connected yet.</source>
        <translation>No number is connected yet.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="43"/>
        <source>Invite the team</source>
        <translation>Invite the team</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="44"/>
        <source>Each agent gets a pairing link for the Puente app. Administrators can also connect numbers and invite others.</source>
        <translation>Each agent gets a pairing link for the Puente app. Administrators can also connect numbers and invite others.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="45"/>
        <source>Agent&apos;s name</source>
        <translation>Agent&apos;s name</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="46"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="47"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="48"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="49"/>
        <source>Invite</source>
        <translation>Invite</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="50"/>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="51"/>
        <source>Check the connection</source>
        <translation>Check the connection</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="52"/>
        <source>Asks Meta whether the token, the webhooks and the number are right, and says how to fix what is not.</source>
        <translation>Asks Meta whether the token, the webhooks and the number are right, and says how to fix what is not.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="53"/>
        <source>Run the checks</source>
        <translation>Run the checks</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="54"/>
        <source>Puente relay set-up</source>
        <translation>Puente relay set-up</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="55"/>
        <source>The relay cannot be reached. Check the connection and try again.</source>
        <translation>The relay cannot be reached. Check the connection and try again.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="56"/>
        <source>This set-up link is not this relay&apos;s. Open the link from the relay&apos;s log.</source>
        <translation>This set-up link is not this relay&apos;s. Open the link from the relay&apos;s log.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="57"/>
        <source>The first administrator exists already. Sign in with an administrator&apos;s token.</source>
        <translation>The first administrator exists already. Sign in with an administrator&apos;s token.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="58"/>
        <source>The relay refused this token.</source>
        <translation>The relay refused this token.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="59"/>
        <source>This token is an agent&apos;s, not an administrator&apos;s.</source>
        <translation>This token is an agent&apos;s, not an administrator&apos;s.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="60"/>
        <source>Someone on the team already has that name.</source>
        <translation>Someone on the team already has that name.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="61"/>
        <source>This is the only administrator: invite another one first.</source>
        <translation>This is the only administrator: invite another one first.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="62"/>
        <source>Something went wrong (%1).</source>
        <translation>Something went wrong (%1).</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="63"/>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="64"/>
        <source>The relay needs META_APP_ID and META_ES_CONFIG_ID to connect a number (see docs/meta-setup.md).</source>
        <translation>The relay needs META_APP_ID and META_ES_CONFIG_ID to connect a number (see docs/meta-setup.md).</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="65"/>
        <source>Meta&apos;s sign-in could not be loaded. Check the connection (or an ad blocker) and reload the page.</source>
        <translation>Meta&apos;s sign-in could not be loaded. Check the connection (or an ad blocker) and reload the page.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="66"/>
        <source>Waiting for Meta&apos;s window…</source>
        <translation>Waiting for Meta&apos;s window…</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="67"/>
        <source>The window closed before the number was connected. Start again when you are ready.</source>
        <translation>The window closed before the number was connected. Start again when you are ready.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="68"/>
        <source>Connection stopped at the step %1. Start again when you are ready.</source>
        <translation>Connection stopped at the step %1. Start again when you are ready.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="69"/>
        <source>Meta reported a problem: %1</source>
        <translation>Meta reported a problem: %1</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="70"/>
        <source>Trying again…</source>
        <translation>Trying again…</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="71"/>
        <source>Connecting the number…</source>
        <translation>Connecting the number…</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="72"/>
        <source>The number is connected.</source>
        <translation>The number is connected.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="73"/>
        <source>on the WhatsApp Business app</source>
        <translation>on the WhatsApp Business app</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="74"/>
        <source>set up by hand</source>
        <translation>set up by hand</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="75"/>
        <source>Cloud API only</source>
        <translation>Cloud API only</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="76"/>
        <source>last seen %1</source>
        <translation>last seen %1</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="77"/>
        <source>not seen yet</source>
        <translation>not seen yet</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="78"/>
        <source>Revoke %1&apos;s access? Their Puente disconnects at once.</source>
        <translation>Revoke %1&apos;s access? Their Puente disconnects at once.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="79"/>
        <source>Asking Meta…</source>
        <translation>Asking Meta…</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="80"/>
        <source>%1 of %2 checks failed.</source>
        <translation>%1 of %2 checks failed.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="81"/>
        <source>Every check passed.</source>
        <translation>Every check passed.</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="82"/>
        <source>history requested</source>
        <translation>history requested</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="83"/>
        <source>history not requested</source>
        <translation>history not requested</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="84"/>
        <source>contacts requested</source>
        <translation>contacts requested</translation>
    </message>
    <message>
        <location filename="../static/setup-texts.js" line="85"/>
        <source>contacts not requested</source>
        <translation>contacts not requested</translation>
    </message>
</context>
</TS>
