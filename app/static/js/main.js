// The dashboard: filters, the network, the side panel, contacts per month and the ranking, kept in
// step with the address bar (#leader=...&since=...) so that a view can be bookmarked and shared.

import { getJson, urlFor } from "./api.js";
import { monthBars } from "./charts.js";
import { clear, el } from "./dom.js";
import { plural, topicLabel, topicLabels } from "./format.js";
import { NetworkView } from "./graph.js";
import { setupSearch } from "./search.js";
import { renderLeader, renderPair } from "./side.js";

const $ = (id) => document.getElementById(id);
const FILTERS = ["since", "until", "mode", "topic"];

const state = {
  view: { kind: "all", id: null, name: null }, // all | leader | country
  filters: { since: "", until: "", mode: "", topic: "" },
  colour: "country",
  panel: null, // {kind: "pair", a, b} | {kind: "leader", id}
};

let graph = null;
let loadSeq = 0;

function toast(message) {
  const box = $("toast");
  box.textContent = message;
  box.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { box.hidden = true; }, 6000);
}

// ----- address bar -----

function readHash() {
  const params = new URLSearchParams(window.location.hash.slice(1));
  for (const key of FILTERS) state.filters[key] = params.get(key) || "";
  state.colour = params.get("colour") === "role" ? "role" : "country";
  if (params.get("leader")) state.view = { kind: "leader", id: params.get("leader"), name: null };
  else if (params.get("country")) state.view = { kind: "country", id: params.get("country"), name: null };
  else state.view = { kind: "all", id: null, name: null };
  const pair = params.get("pair");
  if (pair && pair.includes("|")) {
    const [a, b] = pair.split("|");
    state.panel = { kind: "pair", a, b };
  } else if (params.get("show")) state.panel = { kind: "leader", id: params.get("show") };
  else state.panel = null;
}

function writeHash() {
  const params = new URLSearchParams();
  if (state.view.kind !== "all") params.set(state.view.kind, state.view.id);
  for (const key of FILTERS) if (state.filters[key]) params.set(key, state.filters[key]);
  if (state.colour !== "country") params.set("colour", state.colour);
  if (state.panel && state.panel.kind === "pair") params.set("pair", `${state.panel.a}|${state.panel.b}`);
  if (state.panel && state.panel.kind === "leader") params.set("show", state.panel.id);
  const hash = params.toString();
  history.replaceState(null, "", hash ? `#${hash}` : window.location.pathname);
}

function syncForm() {
  const form = $("filters");
  for (const key of FILTERS) form.elements[key].value = state.filters[key];
  form.elements.colour.value = state.colour;
  form.elements.country.value = state.view.kind === "country" ? state.view.id : "";
}

// ----- the network -----

function networkRequest(format) {
  const params = { ...state.filters, format };
  if (state.view.kind === "country") return [`/v1/countries/${encodeURIComponent(state.view.id)}/network`, params];
  if (state.view.kind === "leader") return ["/v1/network", { ...params, leader: state.view.id }];
  return ["/v1/network", params];
}

function drawLegend(entries) {
  const legend = clear($("legend"));
  for (const entry of entries) {
    const swatch = el("span", { class: "swatch" });
    swatch.style.backgroundColor = entry.colour;
    legend.appendChild(el("li", {}, swatch, entry.label));
  }
}

async function loadNetwork() {
  const seq = ++loadSeq;
  const card = document.querySelector(".graph-card");
  card.classList.add("loading");
  try {
    const [path, params] = networkRequest();
    const network = await getJson(path, params);
    if (seq !== loadSeq) return; // a newer request has been made
    const nodes = network.nodes || [];
    const links = network.links || [];
    const focus = state.view.kind === "leader" ? state.view.id : null;
    if (focus && !state.view.name) {
      const me = nodes.find((n) => n.id === focus);
      state.view.name = me ? me.name : focus;
    }
    $("graph-title").textContent =
      state.view.kind === "leader" ? `Contact network of ${state.view.name}`
        : state.view.kind === "country" ? `Contact network of ${state.view.id}` : "Contact network";
    const total = links.reduce((sum, l) => sum + (l.count || 0), 0);
    $("graph-summary").textContent =
      `${plural(nodes.length, "leader")}, ${plural(links.length, "pair")}, ${plural(total, "contact")}`;
    $("graph-empty").hidden = nodes.length > 0;
    $("show-whole").hidden = state.view.kind === "all";
    drawLegend(graph.render({ nodes, links }, { colourBy: state.colour, focus }));
    if (state.panel && state.panel.kind === "pair") graph.select(state.panel.a, state.panel.b);
  } catch (err) {
    toast(err.message);
  } finally {
    if (seq === loadSeq) card.classList.remove("loading");
  }
}

// ----- side panel -----

function closePanel() {
  state.panel = null;
  $("side-content").hidden = true;
  $("side-placeholder").hidden = false;
  graph.cy.elements().unselect();
  writeHash();
}

const panelHandlers = {
  onClose: closePanel,
  onLeader: (id) => openLeader(id),
  onPair: (a, b) => openPair(a, b),
  onNetwork: (id, name) => showLeaderNetwork(id, name),
};

async function openPair(a, b) {
  state.panel = { kind: "pair", a, b };
  writeHash();
  graph.select(a, b);
  const box = $("side-content");
  $("side-placeholder").hidden = true;
  box.hidden = false;
  box.setAttribute("aria-busy", "true");
  try {
    await renderPair(box, a, b, state.filters, panelHandlers);
    box.scrollTop = 0;
  } catch (err) {
    toast(err.message);
  } finally {
    box.removeAttribute("aria-busy");
  }
}

async function openLeader(id) {
  state.panel = { kind: "leader", id };
  writeHash();
  const box = $("side-content");
  $("side-placeholder").hidden = true;
  box.hidden = false;
  try {
    await renderLeader(box, id, state.filters, panelHandlers);
  } catch (err) {
    toast(err.message);
  }
}

function showLeaderNetwork(id, name) {
  state.view = { kind: "leader", id, name };
  writeHash();
  syncForm();
  loadNetwork();
}

// ----- overview: contacts per month and the ranking -----

let timelineMonths = null;

function selectMonth(month) {
  const [y, m] = month.split("-").map(Number);
  state.filters.since = `${month}-01`;
  state.filters.until = `${month}-${String(new Date(y, m, 0).getDate()).padStart(2, "0")}`;
  applyFilters();
}

function drawTimeline() {
  if (timelineMonths) monthBars($("timeline"), timelineMonths, { height: 200, onSelect: selectMonth });
}

async function loadTimeline() {
  try {
    const body = await getJson("/v1/timeline", state.filters);
    timelineMonths = body.months || {};
    const dated = body.total - body.undated;
    const undated = body.undated ? `; ${plural(body.undated, "contact")} without a month not shown` : "";
    $("timeline-summary").textContent = `${plural(dated, "dated contact")} in the whole graph${undated}. Click a month to focus on it.`;
    drawTimeline();
  } catch (err) {
    toast(err.message);
  }
}

async function loadRanking() {
  const list = $("ranking");
  try {
    const body = await getJson("/v1/rankings", { ...state.filters, metric: $("ranking-metric").value, limit: 10 });
    const rows = Array.isArray(body) ? body : body.results || [];
    clear(list);
    if (rows.length === 0) list.appendChild(el("li", { class: "empty-inline", text: "No contacts in this window." }));
    const top = Math.max(...rows.map((r) => r.score), 1e-9);
    for (const row of rows) {
      const bar = el("span", { class: "meter" });
      bar.style.width = `${Math.max(2, (row.score / top) * 100)}%`;
      const button = el(
        "button", { type: "button", class: "row-button", "data-id": row.leader.id },
        el("span", { class: "rank", text: row.rank }),
        el("span", { class: "name", dir: "auto", text: row.leader.name }),
        el("span", { class: "subtle", text: row.leader.country || "" }),
        el("span", { class: "count", text: `${plural(row.counterparts, "counterpart")} · ${plural(row.contacts, "contact")}` }),
        el("span", { class: "meter-track" }, bar),
      );
      button.addEventListener("click", () => { showLeaderNetwork(row.leader.id, row.leader.name); openLeader(row.leader.id); });
      list.appendChild(el("li", {}, button));
    }
  } catch (err) {
    toast(err.message);
  }
}

// ----- setup -----

async function loadTopics() {
  try {
    const body = await getJson("/v1/topics");
    const rows = Array.isArray(body) ? body : body.results || [];
    const select = $("filters").elements.topic;
    for (const t of rows) {
      topicLabels.set(t.code, t.label);
      const count = typeof t.count === "number" ? ` (${t.count})` : "";
      select.appendChild(el("option", { value: t.code, text: `${t.label || topicLabel(t.code)}${count}` }));
    }
    select.value = state.filters.topic;
  } catch (err) {
    toast(err.message);
  }
}

async function loadCountries() {
  try {
    const network = await getJson("/v1/network");
    const leaders = new Map();
    for (const n of network.nodes || []) if (n.country) leaders.set(n.country, (leaders.get(n.country) || 0) + 1);
    const select = $("filters").elements.country;
    for (const code of [...leaders.keys()].sort()) {
      select.appendChild(el("option", { value: code, text: `${code} (${plural(leaders.get(code), "leader")})` }));
    }
    select.value = state.view.kind === "country" ? state.view.id : "";
  } catch (err) {
    toast(err.message);
  }
}

function applyFilters() {
  writeHash();
  syncForm();
  loadNetwork();
  loadTimeline();
  loadRanking();
  if (state.panel && state.panel.kind === "pair") openPair(state.panel.a, state.panel.b);
  else if (state.panel && state.panel.kind === "leader") openLeader(state.panel.id);
}

function setupForm() {
  const form = $("filters");
  form.addEventListener("submit", (e) => e.preventDefault());
  form.addEventListener("change", (e) => {
    const name = e.target.name;
    if (FILTERS.includes(name)) {
      state.filters[name] = e.target.value;
      applyFilters();
    } else if (name === "colour") {
      state.colour = e.target.value;
      writeHash();
      drawLegend(graph.recolour(state.colour));
    } else if (name === "country") {
      state.view = e.target.value ? { kind: "country", id: e.target.value, name: null } : { kind: "all", id: null, name: null };
      writeHash();
      loadNetwork();
    }
  });
  form.addEventListener("reset", (e) => {
    e.preventDefault();
    for (const key of FILTERS) state.filters[key] = "";
    applyFilters();
  });
  $("show-whole").addEventListener("click", () => {
    state.view = { kind: "all", id: null, name: null };
    writeHash();
    syncForm();
    loadNetwork();
  });
  $("ranking-metric").addEventListener("change", loadRanking);
  $("export-format").addEventListener("change", (e) => {
    const format = e.target.value;
    if (!format) return;
    const [path, params] = networkRequest(format);
    const link = el("a", { href: urlFor(path, params) });
    link.download = "";
    document.body.appendChild(link);
    link.click();
    link.remove();
    e.target.value = "";
  });
}

function start() {
  readHash();
  syncForm();
  graph = new NetworkView($("graph"), {
    onEdge: (tie) => openPair(tie.source, tie.target),
    onNode: (node) => openLeader(node.id),
    onBackground: null,
  });
  // Tests and curious readers can reach the graph from the console.
  window.diplograph = { graph, state, openPair, openLeader };
  setupForm();
  setupSearch($("search-input"), $("search-suggestions"), (leader) => {
    showLeaderNetwork(leader.id, leader.name);
    openLeader(leader.id);
  });
  let resizeTimer = null;
  new ResizeObserver(() => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      graph.resize();
      drawTimeline();
    }, 150);
  }).observe(document.body);
  loadTopics();
  loadCountries();
  loadNetwork();
  loadTimeline();
  loadRanking();
  if (state.panel && state.panel.kind === "pair") openPair(state.panel.a, state.panel.b);
  else if (state.panel && state.panel.kind === "leader") openLeader(state.panel.id);
  document.body.dataset.ready = "true";
}

start();
