// The side panel: the pair view (two leaders) and the leader view (one leader and their counterparts).

import { getJson } from "./api.js";
import { monthBars } from "./charts.js";
import { clear, dirFor, el, safeUrl } from "./dom.js";
import { formatDate, modeLabel, plural, roleLabel, SETTING_LABELS, topicLabel } from "./format.js";

function results(body) {
  return Array.isArray(body) ? body : (body && body.results) || [];
}

function chips(entries, testid) {
  const list = el("ul", { class: "chips", "data-testid": testid });
  for (const [label, count] of entries) {
    list.appendChild(el("li", { class: "chip" }, label, count === undefined ? null : el("b", { text: count })));
  }
  return list;
}

function closeButton(onClose) {
  const button = el("button", { type: "button", class: "icon-button", "aria-label": "Close", text: "×" });
  button.addEventListener("click", onClose);
  return button;
}

function sourceLine(source) {
  const line = el("p", { class: "source-line" });
  const url = safeUrl(source.url);
  const label = source.title || (url ? new URL(url).hostname : source.document_id);
  if (url) {
    const link = el("a", { href: url, text: label, title: url, dir: "auto" });
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    line.appendChild(link);
  } else {
    line.appendChild(el("span", { text: label, dir: "auto" }));
  }
  if (source.published) line.appendChild(el("span", { class: "subtle", text: ` · ${formatDate(source.published)}` }));
  if (source.lang) line.appendChild(el("span", { class: "lang", text: source.lang }));
  return line;
}

function contactItem(contact, names) {
  const head = el(
    "div", { class: "contact-head" },
    el("time", { datetime: contact.date || "", text: formatDate(contact.date) }),
    el("span", { class: `badge mode-${contact.mode}`, text: modeLabel(contact.mode) }),
    contact.setting ? el("span", { class: "badge muted", text: SETTING_LABELS[contact.setting] || contact.setting }) : null,
    contact.status === "planned" ? el("span", { class: "badge planned", text: "Planned" }) : null,
  );
  const item = el("li", { class: "contact", "data-testid": "contact", "data-id": contact.id }, head);
  if (contact.initiator && names.has(contact.initiator)) {
    item.appendChild(el("p", { class: "subtle", text: `Initiated by ${names.get(contact.initiator)}` }));
  }
  if (contact.topics && contact.topics.length) {
    item.appendChild(chips(contact.topics.map((t) => [topicLabel(t)]), "contact-topics"));
  }
  if (contact.places && contact.places.length) {
    item.appendChild(el("p", { class: "subtle", text: `Places discussed: ${contact.places.join(", ")}` }));
  }
  for (const source of contact.sources || []) {
    const quote = el("blockquote", {
      class: "evidence", dir: dirFor(source.lang), lang: source.lang || undefined, "data-testid": "evidence",
      text: source.evidence,
    });
    item.appendChild(el("div", { class: "source" }, quote, sourceLine(source)));
  }
  return item;
}

/** Show how often two leaders were in contact, with the contacts and the sentences behind them. */
export async function renderPair(container, a, b, filters, { onClose, onLeader }) {
  const window_ = { since: filters.since, until: filters.until };
  const [pair, contactsBody] = await Promise.all([
    getJson("/v1/pairs", { a, b, ...window_ }),
    getJson("/v1/contacts", { leader: a, with: b, ...window_, mode: filters.mode, topic: filters.topic, limit: 100 }),
  ]);
  const contacts = results(contactsBody);
  const names = new Map([[pair.a.id, pair.a.name], [pair.b.id, pair.b.name]]);
  clear(container);

  const leaderLink = (ref) => {
    const button = el("button", { type: "button", class: "link-button", dir: "auto", text: ref.name });
    button.addEventListener("click", () => onLeader(ref.id));
    return button;
  };
  container.appendChild(el(
    "div", { class: "side-head" },
    el("h2", { "data-testid": "pair-title" }, leaderLink(pair.a), el("span", { class: "amp", text: " — " }), leaderLink(pair.b)),
    closeButton(onClose),
  ));
  container.appendChild(el(
    "div", { class: "stats" },
    el("div", { class: "stat" }, el("strong", { "data-testid": "pair-count", text: pair.count }), el("span", { text: pair.count === 1 ? "contact" : "contacts" })),
    el("div", { class: "stat" }, el("strong", { text: formatDate(pair.first) }), el("span", { text: "first" })),
    el("div", { class: "stat" }, el("strong", { text: formatDate(pair.last) }), el("span", { text: "latest" })),
  ));

  container.appendChild(el("h3", { text: "Contacts per month" }));
  const chart = el("div", { class: "chart small", "data-testid": "pair-months" });
  container.appendChild(chart);
  monthBars(chart, pair.by_month, { height: 120 });

  const modes = Object.entries(pair.by_mode || {}).sort((x, y) => y[1] - x[1]);
  if (modes.length) {
    container.appendChild(el("h3", { text: "How" }));
    container.appendChild(chips(modes.map(([m, n]) => [modeLabel(m), n]), "pair-modes"));
  }
  const topics = Object.entries(pair.topics || {}).sort((x, y) => y[1] - x[1]);
  if (topics.length) {
    container.appendChild(el("h3", { text: "About" }));
    container.appendChild(chips(topics.map(([t, n]) => [topicLabel(t), n]), "pair-topics"));
  }

  if (filters.mode || filters.topic) {
    // /v1/pairs counts every mode and topic in the window; the list below honours all the filters.
    container.appendChild(el("p", { class: "subtle", text: "Totals cover every mode and topic; the reports below follow the filters." }));
  }
  const more = contactsBody && contactsBody.meta && contactsBody.meta.next_cursor ? " (the latest 100)" : "";
  container.appendChild(el("h3", { text: `Reports${more}` }));
  if (contacts.length === 0) {
    container.appendChild(el("p", { class: "empty-inline", text: "No contact matches the mode and topic filters." }));
  }
  const list = el("ol", { class: "contacts", "data-testid": "contacts" });
  for (const contact of contacts) list.appendChild(contactItem(contact, names));
  container.appendChild(list);
}

/** Show a leader's offices and counterparts; each counterpart opens the pair view. */
export async function renderLeader(container, id, filters, { onClose, onPair, onNetwork }) {
  const [leader, counterpartsBody] = await Promise.all([
    getJson(`/v1/leaders/${encodeURIComponent(id)}`),
    getJson(`/v1/leaders/${encodeURIComponent(id)}/counterparts`,
      { since: filters.since, until: filters.until, limit: 100 }),
  ]);
  const counterparts = results(counterpartsBody);
  clear(container);
  container.appendChild(el(
    "div", { class: "side-head" },
    el("h2", { dir: "auto", "data-testid": "leader-title", text: leader.name }),
    closeButton(onClose),
  ));
  const totals = leader.totals;
  if (totals && totals.contacts) {
    container.appendChild(el("p", {
      class: "subtle",
      text: `${plural(totals.contacts, "contact")} with ${plural(totals.counterparts, "counterpart")}, ` +
        `${formatDate(totals.first)} – ${formatDate(totals.last)}`,
    }));
  }
  const offices = (leader.offices || []).slice().sort((x, y) => String(y.start).localeCompare(String(x.start)));
  if (offices.length) {
    const list = el("ul", { class: "offices" });
    for (const o of offices.slice(0, 3)) {
      const span = `${o.start ? formatDate(o.start) : "…"} – ${o.end ? formatDate(o.end) : "today"}`;
      list.appendChild(el("li", {}, el("b", { text: o.country }), ` ${roleLabel(o.role)}, ${span}`));
    }
    container.appendChild(list);
  }
  const button = el("button", { type: "button", class: "primary", text: "Show this leader's network" });
  button.addEventListener("click", () => onNetwork(leader.id, leader.name));
  container.appendChild(button);

  // Counterparts come a page at a time, most contacts first: a hub's list shows its top hundred.
  const more = Boolean(counterpartsBody && counterpartsBody.meta && counterpartsBody.meta.next_cursor);
  container.appendChild(el("h3", {
    text: more ? `Top ${counterparts.length} counterparts` : `Counterparts (${counterparts.length})`,
  }));
  const list = el("ol", { class: "counterparts", "data-testid": "counterparts" });
  for (const c of counterparts) {
    const row = el(
      "button", { type: "button", class: "row-button", "data-id": c.leader.id },
      el("span", { class: "name", dir: "auto", text: c.leader.name }),
      el("span", { class: "subtle", text: c.leader.country || "" }),
      el("span", { class: "count", text: plural(c.count, "contact") }),
    );
    row.addEventListener("click", () => onPair(leader.id, c.leader.id));
    list.appendChild(el("li", {}, row));
  }
  container.appendChild(list);
}
