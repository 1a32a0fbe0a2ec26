// Prices page: product, market and date pickers; low-high band and mid line; window changes.
"use strict";

const els = {
  form: document.getElementById("price-form"),
  product: document.getElementById("product"),
  market: document.getElementById("market"),
  start: document.getElementById("start"),
  end: document.getElementById("end"),
  status: document.getElementById("status"),
  chart: document.getElementById("price-chart"),
};
let series = [];
let loads = 0;
const names = {};

function marketsOf(product) {
  return [...new Set(series.filter((s) => s.product === product).map((s) => s.market))].sort();
}

function fillMarkets(selected) {
  const markets = marketsOf(els.product.value);
  const keep = markets.includes(selected) ? selected : markets.includes("china") ? "china" : markets[0];
  fillSelect(els.market, markets.map((m) => ({ value: m, label: m })), keep);
}

function drawChart(result) {
  const pts = result.points;
  const x = pts.map((p) => p.date);
  const mid = pts.map((p) => p.mid);
  const low = pts.map((p) => (p.low ?? p.mid));
  const high = pts.map((p) => (p.high ?? p.mid));
  const name = names[result.product] || result.product;
  const traces = [
    { x, y: low, name: "low", mode: "lines", line: { width: 0 }, hoverinfo: "skip", showlegend: false },
    {
      x, y: high, name: "low–high", mode: "lines", fill: "tonexty", line: { width: 0 },
      fillcolor: "rgba(31,95,168,0.18)", hovertemplate: "high %{y:,.2f}<extra></extra>",
    },
    {
      x, y: mid, name: "mid", mode: "lines+markers", line: { color: "#1f5fa8", width: 2 },
      marker: { size: 6 }, hovertemplate: "%{x}<br>mid %{y:,.2f} " + result.unit + "<extra></extra>",
    },
  ];
  const layout = {
    margin: { l: 70, r: 16, t: 10, b: 40 },
    yaxis: { title: { text: result.unit }, tickformat: ",.0f", automargin: true },
    xaxis: { type: "date" },
    legend: { orientation: "h", y: 1.08 },
    hovermode: "x unified",
  };
  Plotly.react(els.chart, traces, layout, { responsive: true, displaylogo: false });
  document.getElementById("chart-title").textContent = `${name} · ${result.market} · ${result.unit}`;
  const sources = [...new Set(pts.map((p) => p.source))];
  document.getElementById("sources").textContent = `${pts.length} observation(s) from ${sources.join(", ")}`;
  document.querySelector("#points tbody").innerHTML = pts.map((p) => `<tr>
      <td>${esc(p.date)}</td><td class="num">${fmt(p.low)}</td><td class="num">${fmt(p.high)}</td>
      <td class="num">${fmt(p.mid)}</td><td>${esc(p.unit)}</td><td class="hide-narrow">${esc(p.basis)}</td>
      <td>${esc(p.source)}</td></tr>`).join("");
}

function drawChanges(res) {
  document.getElementById("changes-asof").textContent =
    `As of ${res.as_of}: latest observation ${res.end_date}, ${fmt(res.end)} ${res.unit}.`;
  document.querySelector("#changes tbody").innerHTML = res.changes.map((c) => `<tr>
      <td>${esc(c.window)}</td><td class="num">${esc(c.base_date)}</td><td class="num">${fmt(c.base)}</td>
      <td class="num">${esc(c.end_date)}</td><td class="num">${fmt(c.end)}</td>
      <td class="num">${fmt(c.change)}</td><td class="num">${pct(c.pct)}</td></tr>`).join("")
    || '<tr><td colspan="7" class="muted">No window has a base observation.</td></tr>';
  document.getElementById("missing").textContent = res.missing.length
    ? `No base observation for: ${res.missing.join(", ")}.` : "";
}

async function load() {
  const product = els.product.value;
  if (!product) return;
  const query = { market: els.market.value, start: els.start.value, end: els.end.value };
  setParams({ product, ...query });
  setStatus(els.status, "Loading…");
  const mine = ++loads; // only the latest request draws
  els.chart.dataset.loaded = "";
  try {
    const path = `/prices/${encodeURIComponent(product)}`;
    const [result, changes] = await Promise.all([
      api(path + qs(query)),
      api(`${path}/changes${qs({ market: query.market, as_of: query.end })}`),
    ]);
    if (mine !== loads) return;
    drawChart(result);
    drawChanges(changes);
    setStatus(els.status, "");
    els.chart.dataset.loaded = product;
  } catch (err) {
    if (mine !== loads) return;
    Plotly.purge(els.chart);
    els.chart.dataset.loaded = "";
    document.querySelector("#changes tbody").innerHTML = "";
    document.querySelector("#points tbody").innerHTML = "";
    setStatus(els.status, err.message, "error");
  }
}

async function init() {
  try {
    const [products, listed] = await Promise.all([api("/products"), api("/series?limit=1000")]);
    for (const p of products) names[p.id] = p.name;
    series = listed.items;
  } catch (err) {
    setStatus(els.status, err.message, "error");
    return;
  }
  const ids = [...new Set(series.map((s) => s.product))];
  ids.sort((a, b) => (names[a] || a).localeCompare(names[b] || b));
  if (!ids.length) {
    setStatus(els.status, "No price series stored yet: import a price sheet or ingest documents.");
    return;
  }
  const p = params();
  const chosen = ids.includes(p.get("product")) ? p.get("product") : ids[0];
  fillSelect(els.product, ids.map((id) => ({ value: id, label: names[id] || id })), chosen);
  fillMarkets(p.get("market"));
  els.start.value = p.get("start") || "";
  els.end.value = p.get("end") || "";
  els.product.addEventListener("change", () => { fillMarkets(els.market.value); load(); });
  els.market.addEventListener("change", load);
  els.form.addEventListener("submit", (ev) => { ev.preventDefault(); load(); });
  await load();
}

init();
