// Puente's set-up page: the first admin, connecting the number with Meta's Embedded
// Signup, inviting the team, and the doctor. Plain JavaScript, no build step.
// Its texts are in setup-texts.js, translated in relay/translations/relay_*.ts; the relay
// sends them in the browser's language with the page's configuration.
"use strict";

function fill(text, ...args) {
  return args.reduceRight((out, arg, i) => out.split("%" + (i + 1)).join(String(arg)), text);
}


const state = {
  config: null,
  token: sessionStorage.getItem("puente-admin-token") || "",
  signup: null, // {code, finish, sent}
  sdkReady: false,
};
let T = {};

const $ = (id) => document.getElementById(id);

function show(id, visible) {
  $(id).hidden = !visible;
}

function problem(text) {
  $("problem").textContent = text || "";
  show("problem", Boolean(text));
}

async function api(method, path, body) {
  const headers = {"Accept": "application/json"};
  if (state.token) headers.Authorization = "Bearer " + state.token;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
  } catch (error) {
    return {status: 0, body: {error: {code: "unreachable", message: T.unreachable}}};
  }
  let parsed = null;
  try {
    parsed = await response.json();
  } catch (error) {
    parsed = null;
  }
  return {status: response.status, body: parsed || {}};
}

function errorText(answer) {
  const code = answer.body.error && answer.body.error.code;
  const known = {
    wrong_code: T.wrongCode,
    setup_done: T.setupDone,
    unauthorized: T.refused,
    forbidden: T.notAdmin,
    agent_exists: T.nameTaken,
    last_admin: T.lastAdmin,
  };
  return known[code] || (answer.body.error && answer.body.error.message) || fill(T.wentWrong, answer.status);
}

// -- start ------------------------------------------------------------------

async function start() {
  const answer = await api("GET", "/api/setup/config");
  state.config = answer.body;
  const catalog = state.config.strings || {};
  document.documentElement.lang = (state.config.language || "en").replace("_", "-");
  T = puenteTexts((context, text) => catalog[text] || text);
  document.title = T.title + " · Puente";
  for (const element of document.querySelectorAll("[data-text]")) {
    element.textContent = T[element.dataset.text] || "";
  }
  for (const element of document.querySelectorAll("[data-placeholder]")) {
    element.placeholder = T[element.dataset.placeholder] || "";
  }
  wire();
  await route();
}

function wire() {
  $("admin-form").addEventListener("submit", createAdmin);
  $("sign-in-form").addEventListener("submit", signIn);
  $("sign-out").addEventListener("click", signOut);
  $("credentials-done").addEventListener("click", () => show("credentials", false));
  $("copy-link").addEventListener("click", copyLink);
  $("connect-button").addEventListener("click", launchSignup);
  $("connect-retry").addEventListener("click", () => sendConnect(true));
  $("invite-form").addEventListener("submit", invite);
  $("doctor-run").addEventListener("click", runDoctor);
  window.addEventListener("message", onMetaMessage);
}

async function route() {
  const code = new URLSearchParams(location.search).get("code");
  problem("");
  for (const id of ["first-admin", "need-code", "sign-in", "admin", "who"]) show(id, false);
  if (state.token && (await loadTeam())) {
    enterAdmin();
    return;
  }
  if (!state.config.admin_exists) {
    show(code ? "first-admin" : "need-code", true);
    if (code) $("admin-name").focus();
    return;
  }
  show("sign-in", true);
}

async function createAdmin(event) {
  event.preventDefault();
  const code = new URLSearchParams(location.search).get("code") || "";
  const answer = await api("POST", "/api/setup/admin", {code, name: $("admin-name").value});
  if (answer.status !== 201) {
    problem(errorText(answer));
    if (answer.body.error && answer.body.error.code === "setup_done") {
      state.config.admin_exists = true;
      await route();
    }
    return;
  }
  state.config.admin_exists = true;
  keepToken(answer.body.token);
  history.replaceState(null, "", location.pathname); // the code is spent: off the address bar
  showCredentials(T.yourCredentials, answer.body);
  await route();
}

function tokenFrom(text) {
  const value = text.trim();
  if (value.startsWith("puente://")) {
    try {
      return new URL(value).searchParams.get("token") || "";
    } catch (error) {
      return "";
    }
  }
  return value;
}

async function signIn(event) {
  event.preventDefault();
  keepToken(tokenFrom($("sign-in-token").value));
  const answer = await api("GET", "/api/agents");
  if (answer.status !== 200) {
    keepToken("");
    problem(errorText(answer));
    return;
  }
  $("sign-in-token").value = "";
  await route();
}

function signOut() {
  keepToken("");
  route();
}

function keepToken(token) {
  state.token = token;
  if (token) sessionStorage.setItem("puente-admin-token", token);
  else sessionStorage.removeItem("puente-admin-token");
}

async function enterAdmin() {
  show("admin", true);
  show("who", true);
  setupConnect();
  loadNumbers();
  const me = await api("GET", "/api/status");
  $("who-name").textContent = me.body.agent ? fill(T.signedInAs, me.body.agent) : "";
}

function showCredentials(title, created) {
  $("credentials-title").textContent = title;
  $("credentials-link").value = created.link;
  $("open-link").href = created.link;
  $("credentials-relay").textContent = state.config.relay_url;
  $("credentials-token").textContent = created.token;
  show("credentials", true);
  $("credentials").scrollIntoView({behavior: "smooth", block: "center"});
}

async function copyLink() {
  const input = $("credentials-link");
  try {
    await navigator.clipboard.writeText(input.value);
  } catch (error) {
    input.select();
    document.execCommand("copy");
  }
  $("copy-link").textContent = T.copied;
  setTimeout(() => { $("copy-link").textContent = T.copy; }, 1500);
}

// -- Embedded Signup ----------------------------------------------------------

function setupConnect() {
  const config = state.config;
  if (!config.app_id || !config.config_id) {
    $("connect-unavailable").textContent = T.needsAppSettings;
    show("connect-unavailable", true);
    return;
  }
  if (window.FB) {
    state.sdkReady = true;
    $("connect-button").disabled = false;
    return;
  }
  window.fbAsyncInit = () => {
    window.FB.init({appId: config.app_id, autoLogAppEvents: true, xfbml: true, version: config.graph_version});
    state.sdkReady = true;
    $("connect-button").disabled = false;
  };
  const script = document.createElement("script");
  script.src = config.sdk_url;
  script.async = true;
  script.defer = true;
  script.crossOrigin = "anonymous";
  script.onerror = () => {
    $("connect-unavailable").textContent = T.sdkFailed;
    show("connect-unavailable", true);
  };
  document.head.appendChild(script);
}

function launchSignup() {
  if (!state.sdkReady) return;
  state.signup = {code: null, finish: null, sent: false, ended: false};
  show("connect-retry", false);
  $("connect-steps").replaceChildren();
  status("connect-status", T.waitingMeta);
  window.FB.login(onLogin, {
    config_id: state.config.config_id,
    response_type: "code",
    override_default_response_type: true,
    extras: {setup: {}, featureType: "whatsapp_business_app_onboarding", sessionInfoVersion: "3"},
  });
}

function onLogin(response) {
  if (!state.signup) return;
  if (response && response.authResponse && response.authResponse.code) {
    state.signup.code = response.authResponse.code;
    maybeConnect();
  } else if (!state.signup.finish && !state.signup.ended) {
    status("connect-status", T.windowClosed);
  }
}

function onMetaMessage(event) {
  if (!state.config || !state.config.message_origins.includes(event.origin)) return;
  let data;
  try {
    data = JSON.parse(event.data);
  } catch (error) {
    return; // Meta's origins post other messages too; only JSON ones are Embedded Signup's
  }
  if (!data || data.type !== "WA_EMBEDDED_SIGNUP" || !state.signup) return;
  const details = data.data || {};
  if (String(data.event).startsWith("FINISH")) {
    state.signup.finish = details;
    maybeConnect();
  } else if (data.event === "CANCEL" || data.event === "ERROR") {
    state.signup.ended = true; // Meta said why: a closing window adds nothing
  }
  if (data.event === "CANCEL" && !details.error_message) {
    status("connect-status", fill(T.cancelledAt, details.current_step || "?"));
  } else if (data.event === "CANCEL" || data.event === "ERROR") {
    status("connect-status", fill(T.metaProblem, details.error_message || details.error_id || "?"));
  }
}

function maybeConnect() {
  const signup = state.signup;
  if (signup && signup.code && signup.finish && !signup.sent) {
    signup.sent = true;
    sendConnect(false);
  }
}

async function sendConnect(retry) {
  const signup = state.signup;
  if (!signup || !signup.code || !signup.finish) return;
  show("connect-retry", false);
  status("connect-status", retry ? T.tryingAgain : T.connecting);
  const body = {code: signup.code, waba_id: String(signup.finish.waba_id || "")};
  if (signup.finish.phone_number_id) body.phone_number_id = String(signup.finish.phone_number_id);
  const answer = await api("POST", "/api/setup/meta", body);
  showSteps(answer.body.steps || []);
  if (answer.status === 200) {
    status("connect-status", T.connected);
  } else {
    status("connect-status", errorText(answer));
    show("connect-retry", true);
  }
  loadNumbers();
}

function showSteps(steps) {
  const list = $("connect-steps");
  list.replaceChildren(...steps.map((step) => {
    const item = document.createElement("li");
    item.className = step.ok ? "ok" : "fail";
    item.textContent = step.detail;
    return item;
  }));
}

function status(id, text) {
  $(id).textContent = text;
}

async function loadNumbers() {
  const answer = await api("GET", "/api/admin/numbers");
  const list = $("numbers");
  const numbers = answer.body.numbers || [];
  if (!numbers.length) {
    const empty = document.createElement("li");
    empty.className = "empty";
    empty.textContent = T.noNumbers;
    list.replaceChildren(empty);
    return;
  }
  list.replaceChildren(...numbers.map((number) => {
    const item = document.createElement("li");
    const title = document.createElement("strong");
    title.textContent = number.display_phone_number || number.phone_number_id;
    const detail = document.createElement("span");
    const parts = [number.verified_name || ""];
    parts.push(number.is_on_biz_app ? T.onApp : number.source === "environment" ? T.byHand : T.apiOnly);
    for (const sync of number.syncs || []) {
      const history = sync.sync_type === "history";
      if (sync.request_id) parts.push(history ? T.historyRequested : T.contactsRequested);
      else parts.push(history ? T.historyNotRequested : T.contactsNotRequested);
    }
    detail.textContent = parts.filter(Boolean).join(" · ");
    item.append(title, detail);
    return item;
  }));
}

// -- the team -----------------------------------------------------------------

async function loadTeam() {
  const answer = await api("GET", "/api/agents");
  if (answer.status !== 200) {
    if (answer.status === 401 || answer.status === 403) {
      keepToken("");
      problem(errorText(answer));
    }
    return false;
  }
  const agents = answer.body.agents || [];
  const list = $("agents");
  list.replaceChildren(...agents.map((agent) => {
    const item = document.createElement("li");
    const title = document.createElement("strong");
    title.textContent = agent.name;
    const detail = document.createElement("span");
    const role = agent.role === "admin" ? T.roleAdmin : T.roleAgent;
    const seen = agent.last_seen ? fill(T.lastSeen, new Date(agent.last_seen * 1000).toLocaleString()) : T.notSeen;
    detail.textContent = role + " · " + seen;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "link danger";
    button.textContent = T.revoke;
    button.setAttribute("aria-label", T.revoke + " " + agent.name);
    button.addEventListener("click", () => revoke(agent.name));
    item.append(title, detail, button);
    return item;
  }));
  return true;
}

async function invite(event) {
  event.preventDefault();
  const name = $("invite-name").value;
  const answer = await api("POST", "/api/agents", {name, role: $("invite-role").value});
  if (answer.status !== 201) {
    problem(errorText(answer));
    return;
  }
  problem("");
  $("invite-name").value = "";
  showCredentials(fill(T.inviteCredentials, answer.body.name), answer.body);
  await loadTeam();
}

async function revoke(name) {
  if (!window.confirm(fill(T.confirmRevoke, name))) return;
  const answer = await api("DELETE", "/api/agents/" + encodeURIComponent(name));
  if (answer.status !== 200) {
    problem(errorText(answer));
    return;
  }
  await loadTeam();
}

// -- the doctor -------------------------------------------------------------------

async function runDoctor() {
  $("doctor-run").disabled = true;
  status("doctor-status", T.askingMeta);
  const answer = await api("GET", "/api/admin/doctor");
  $("doctor-run").disabled = false;
  if (answer.status !== 200) {
    status("doctor-status", errorText(answer));
    return;
  }
  const checks = answer.body.checks || [];
  const failed = checks.filter((check) => !check.ok).length;
  status("doctor-status", failed ? fill(T.checksFailed, failed, checks.length) : T.checksPassed);
  $("doctor-checks").replaceChildren(...checks.map((check) => {
    const item = document.createElement("li");
    item.className = check.ok ? "ok" : "fail";
    const title = document.createElement("strong");
    title.textContent = check.title + (check.subject ? " (" + check.subject + ")" : "");
    const detail = document.createElement("span");
    detail.textContent = check.detail;
    item.append(title, detail);
    if (check.fix) {
      const fix = document.createElement("em");
      fix.textContent = check.fix;
      item.append(fix);
    }
    return item;
  }));
}

document.addEventListener("DOMContentLoaded", start);
