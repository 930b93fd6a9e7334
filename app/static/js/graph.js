// The force-directed contact network, drawn by Cytoscape.js (vendored in /static/vendor/cytoscape).
// Labels are drawn on a canvas as text, so names from reports cannot become markup here either.

import { roleLabel } from "./format.js";

// Calm, distinguishable colours (colour-blind aware order), then grey for everything else.
const PALETTE = [
  "#3b6ea5", "#d1743b", "#4e9a6a", "#b8495a", "#7a62a8", "#c79a2e",
  "#3d9aa8", "#9c6b4e", "#6c8a32", "#c0628f", "#56789a", "#8f8f3a",
];
const OTHER = "#9aa3ad";
const ROLE_COLOURS = { head_of_state: "#3b6ea5", head_of_government: "#d1743b", intl_org_head: "#4e9a6a" };

function pairId(a, b) {
  return a <= b ? `${a}|${b}` : `${b}|${a}`;
}

/** Assign colours: by role, or by country with the busiest countries getting the distinct colours. */
function colourScheme(nodes, colourBy) {
  if (colourBy === "role") {
    const roles = new Set(nodes.map((n) => n.role || ""));
    const entries = [...roles].sort().map((r) => ({ key: r, label: roleLabel(r), colour: ROLE_COLOURS[r] || OTHER }));
    return { of: (n) => ROLE_COLOURS[n.role] || OTHER, legend: entries };
  }
  const weight = new Map();
  for (const n of nodes) weight.set(n.country || "", (weight.get(n.country || "") || 0) + (n.contacts || 0) + 1);
  const ranked = [...weight.keys()].sort((a, b) => weight.get(b) - weight.get(a) || a.localeCompare(b));
  const colours = new Map(ranked.slice(0, PALETTE.length).map((c, i) => [c, PALETTE[i]]));
  const legend = ranked.slice(0, PALETTE.length).map((c) => ({ key: c, label: c || "Unknown", colour: colours.get(c) }));
  if (ranked.length > PALETTE.length) legend.push({ key: "*", label: "Other", colour: OTHER });
  return { of: (n) => colours.get(n.country || "") || OTHER, legend };
}

function scale(value, min, max, lo, hi) {
  if (max <= min) return (lo + hi) / 2;
  return lo + ((Math.sqrt(value) - Math.sqrt(min)) / (Math.sqrt(max) - Math.sqrt(min))) * (hi - lo);
}

export class NetworkView {
  constructor(container, { onEdge, onNode, onBackground }) {
    this.container = container;
    this.cy = window.cytoscape({
      container,
      minZoom: 0.2,
      maxZoom: 3,
      boxSelectionEnabled: false,
      style: [
        {
          selector: "node",
          style: {
            "background-color": "data(colour)",
            width: "data(size)",
            height: "data(size)",
            label: "data(name)",
            "font-family": "Inter, Noto Sans, Noto Sans Arabic, system-ui, sans-serif",
            "font-size": 11,
            color: "#2a2f36",
            "text-valign": "bottom",
            "text-margin-y": 4,
            "text-outline-color": "#fbfaf7",
            "text-outline-width": 2.5,
            "border-width": 1.5,
            "border-color": "#fbfaf7",
          },
        },
        { selector: "node.focus", style: { "border-width": 3, "border-color": "#1f2329", "font-weight": 600 } },
        { selector: "node:selected", style: { "border-width": 3, "border-color": "#1f2329" } },
        {
          selector: "edge",
          style: {
            width: "data(width)",
            "line-color": "#b6bec8",
            "curve-style": "bezier",
            opacity: 0.85,
          },
        },
        { selector: "edge.hover", style: { "line-color": "#7d8793" } },
        { selector: "edge:selected", style: { "line-color": "#b8495a", opacity: 1 } },
        { selector: ".faded", style: { opacity: 0.18 } },
      ],
    });
    this.cy.on("tap", "edge", (evt) => onEdge(evt.target.data()));
    this.cy.on("tap", "node", (evt) => onNode(evt.target.data()));
    this.cy.on("tap", (evt) => { if (evt.target === this.cy && onBackground) onBackground(); });
    this.cy.on("mouseover", "edge", (evt) => evt.target.addClass("hover"));
    this.cy.on("mouseout", "edge", (evt) => evt.target.removeClass("hover"));
    this.cy.on("mouseover", "node", (evt) => this.highlight(evt.target));
    this.cy.on("mouseout", "node", () => this.cy.elements().removeClass("faded"));
    this.nodes = [];
  }

  /** Fade everything not adjacent to a node, to read one leader's ties in a dense graph. */
  highlight(node) {
    const keep = node.closedNeighborhood();
    this.cy.elements().not(keep).addClass("faded");
  }

  /** Draw a network ({nodes, links}); returns the legend entries for the chosen colouring. */
  render(network, { colourBy = "country", focus = null } = {}) {
    this.nodes = network.nodes;
    this.links = network.links;
    const scheme = colourScheme(network.nodes, colourBy);
    const contacts = network.nodes.map((n) => n.contacts || 0);
    const counts = network.links.map((l) => l.count || 0);
    const [cMin, cMax] = [Math.min(...contacts, 0), Math.max(...contacts, 1)];
    const [eMin, eMax] = [Math.min(...counts, 1), Math.max(...counts, 1)];
    const known = new Set(network.nodes.map((n) => n.id));
    const elements = [
      ...network.nodes.map((n) => ({
        group: "nodes",
        data: { ...n, colour: scheme.of(n), size: scale(n.contacts || 0, cMin, cMax, 16, 58) },
        classes: n.id === focus ? "focus" : "",
      })),
      ...network.links
        .filter((l) => known.has(l.source) && known.has(l.target))
        .map((l) => ({
          group: "edges",
          data: { ...l, id: pairId(l.source, l.target), width: scale(l.count || 1, eMin, eMax, 1.5, 11) },
        })),
    ];
    this.cy.elements().remove();
    this.cy.add(elements);
    this.cy.layout({
      name: "cose",
      animate: false,
      randomize: true,
      fit: true,
      padding: 36,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 90,
      edgeElasticity: () => 80,
      gravity: 0.6,
      numIter: 1500,
    }).run();
    // A small network fitted to the whole canvas would be drawn huge: keep it at a readable scale.
    if (this.cy.zoom() > 1.3) {
      this.cy.zoom(1.3);
      this.cy.center();
    }
    return scheme.legend;
  }

  /** Restyle colours without moving anything. */
  recolour(colourBy) {
    const scheme = colourScheme(this.nodes, colourBy);
    this.cy.batch(() => this.cy.nodes().forEach((n) => n.data("colour", scheme.of(n.data()))));
    return scheme.legend;
  }

  /** Select the edge of a pair (when the pair view was opened from elsewhere). */
  select(a, b) {
    this.cy.elements().unselect();
    const edge = this.cy.getElementById(pairId(a, b));
    if (edge.nonempty()) edge.select();
  }

  resize() {
    this.cy.resize();
  }
}
