// Leader search with suggestions from /v1/leaders?q=, in any script, keyboard and pointer friendly.

import { getJson } from "./api.js";
import { clear, el } from "./dom.js";
import { roleLabel } from "./format.js";

function currentOffice(leader) {
  const offices = (leader.offices || []).slice();
  offices.sort((a, b) => String(b.start || "").localeCompare(String(a.start || "")));
  return offices[0] || null;
}

/** Wire the search box: type to get suggestions, pick one to call onPick(leader). */
export function setupSearch(input, list, onPick) {
  let timer = null;
  let controller = null;
  let items = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const mark = (index) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === index)));
    if (index >= 0 && list.children[index]) input.setAttribute("aria-activedescendant", list.children[index].id);
  };

  const pick = (leader) => {
    close();
    input.value = leader.name;
    onPick(leader);
  };

  const show = (leaders, query) => {
    clear(list);
    items = leaders;
    if (leaders.length === 0) {
      list.appendChild(el("li", { class: "none", role: "option", text: `No leader matches “${query}”` }));
    }
    leaders.forEach((leader, i) => {
      const office = currentOffice(leader);
      // Show the alias that matched when it is not the English name (e.g. the Arabic spelling typed).
      const folded = query.toLocaleLowerCase();
      const alias = (leader.aliases || []).find((a) => a.toLocaleLowerCase().includes(folded) && a !== leader.name);
      const li = el(
        "li", { role: "option", id: `suggestion-${i}`, "data-id": leader.id, "data-testid": "suggestion" },
        el("span", { class: "name", text: leader.name }),
        alias ? el("span", { class: "alias", dir: "auto", text: alias }) : null,
        office ? el("span", { class: "subtle", text: `${office.country} · ${roleLabel(office.role)}` }) : null,
      );
      li.addEventListener("mousedown", (e) => { e.preventDefault(); pick(leader); });
      list.appendChild(li);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    mark(leaders.length ? 0 : -1);
  };

  const query = async () => {
    const q = input.value.trim();
    if (controller) controller.abort();
    if (q.length < 2) { close(); return; }
    controller = new AbortController();
    try {
      const body = await getJson("/v1/leaders", { q, limit: 8 }, controller.signal);
      show(Array.isArray(body) ? body : body.results || [], q);
    } catch (err) {
      if (err.name !== "AbortError") close();
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(query, 140);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" && items.length) { e.preventDefault(); mark((active + 1) % items.length); }
    else if (e.key === "ArrowUp" && items.length) { e.preventDefault(); mark((active - 1 + items.length) % items.length); }
    else if (e.key === "Enter") {
      e.preventDefault();
      if (!list.hidden && items[active]) pick(items[active]);
      else query();
    } else if (e.key === "Escape") close();
  });
  input.addEventListener("blur", () => setTimeout(close, 120));
}
