// Hand-drawn SVG bar charts: contacts per month, small enough to need no charting library.

import { clear, svg, el } from "./dom.js";
import { formatMonth, monthRange, plural } from "./format.js";

/** Nice round top for an axis: 1, 2, 5, 10, 20, 50... at or above the value. */
function niceMax(value) {
  if (value <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

/**
 * Draw contacts per month as bars into `container`. `byMonth` maps "YYYY-MM" to a count; months
 * between the first and the last are filled in with zero so gaps read as quiet months.
 */
export function monthBars(container, byMonth, { height = 180, onSelect = null } = {}) {
  clear(container);
  const keys = Object.keys(byMonth || {}).filter((k) => /^\d{4}-\d{2}$/.test(k)).sort();
  if (keys.length === 0) {
    container.appendChild(el("p", { class: "empty-inline", text: "No dated contacts in this window." }));
    return;
  }
  const months = monthRange(keys[0], keys[keys.length - 1]);
  const values = months.map((m) => byMonth[m] || 0);
  const total = values.reduce((a, b) => a + b, 0);
  const top = niceMax(Math.max(...values));

  const width = Math.max(container.clientWidth || 600, 280);
  const pad = { left: 34, right: 8, top: 10, bottom: 26 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const slot = plotW / months.length;
  const barW = Math.max(1, Math.min(28, slot * 0.72));

  const chart = svg("svg", {
    viewBox: `0 0 ${width} ${height}`, width, height, class: "bars", role: "img",
    "aria-label": `${plural(total, "contact")} over ${plural(months.length, "month")}`,
  });
  // Horizontal grid at 0, half and top, with their values.
  for (const frac of [0, 0.5, 1]) {
    const y = pad.top + plotH * (1 - frac);
    chart.appendChild(svg("line", { x1: pad.left, x2: width - pad.right, y1: y, y2: y, class: "grid" }));
    const label = Math.round(top * frac);
    if (frac === 0.5 && top < 2) continue;
    chart.appendChild(svg("text", { x: pad.left - 6, y: y + 4, class: "tick", "text-anchor": "end", text: label }));
  }
  // Label as many months as fit, about 70 pixels apart, starting with the first.
  const every = Math.max(1, Math.ceil(months.length / Math.max(2, Math.floor(plotW / 70))));
  months.forEach((month, i) => {
    const value = values[i];
    const x = pad.left + slot * i + (slot - barW) / 2;
    const h = value === 0 ? 0 : Math.max(2, (value / top) * plotH);
    const bar = svg("rect", {
      x, y: pad.top + plotH - h, width: barW, height: h, rx: Math.min(3, barW / 3), class: "bar",
      "data-month": month, "data-count": value,
    });
    bar.appendChild(svg("title", { text: `${formatMonth(month)}: ${plural(value, "contact")}` }));
    if (onSelect && value > 0) {
      bar.setAttribute("tabindex", "0");
      bar.classList.add("clickable");
      bar.addEventListener("click", () => onSelect(month));
      bar.addEventListener("keydown", (e) => { if (e.key === "Enter") onSelect(month); });
    }
    chart.appendChild(bar);
    if (i % every === 0) {
      chart.appendChild(svg("text", {
        x: pad.left + slot * i + slot / 2, y: height - 8, class: "tick", "text-anchor": "middle",
        text: formatMonth(month),
      }));
    }
  });
  container.appendChild(chart);
}
