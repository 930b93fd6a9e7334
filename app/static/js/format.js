// Words and numbers for people: labels of modes, roles, topics, dates and counts.

export const MODE_LABELS = { phone: "Phone", video: "Video", in_person: "In person", written: "Written" };
export const ROLE_LABELS = {
  head_of_state: "Head of state",
  head_of_government: "Head of government",
  intl_org_head: "Head of an international body",
};
export const SETTING_LABELS = { bilateral: "Bilateral", visit: "Visit", summit: "Summit" };

// Filled from /v1/topics when the page loads; codes stand in until then.
export const topicLabels = new Map();

export function topicLabel(code) {
  return topicLabels.get(code) || code.replaceAll("_", " ");
}

export function modeLabel(mode) {
  return MODE_LABELS[mode] || mode;
}

export function roleLabel(role) {
  return ROLE_LABELS[role] || role || "Unknown role";
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Format a partial ISO date (2026, 2026-01, 2026-01-08) for reading. */
export function formatDate(value) {
  if (!value) return "undated";
  const [y, m, d] = String(value).split("-");
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] || m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Format a month key (2026-01) short, for chart ticks. */
export function formatMonth(key) {
  const [y, m] = key.split("-");
  return `${MONTHS[Number(m) - 1]} ${y}`;
}

export function plural(n, one, many = `${one}s`) {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}

/** Month keys from first to last inclusive, so that quiet months show as gaps, not as nothing. */
export function monthRange(first, last) {
  const out = [];
  let [y, m] = first.split("-").map(Number);
  const [ly, lm] = last.split("-").map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
    if (out.length > 600) break; // fifty years is plenty for one chart
  }
  return out;
}
