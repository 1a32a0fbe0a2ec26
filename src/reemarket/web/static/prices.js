// Prices page: product, market, dates, unit and VAT basis; chart with gaps drawn as gaps;
// range and period averages; window changes; the observations paged, newest first.
"use strict";

const DEFAULT_PRODUCT = "prnd_oxide";
const ROWS = 20;

const els = {
  form: document.getElementById("price-form"),
  product: document.getElementById("product"),
  market: document.getElementById("market"),
  start: document.getElementById("start"),
  end: document.getElementById("end"),
  unit: document.getElementById("unit"),
  basis: document.getElementById("basis"),
  status: document.getElementById("status"),
  chart: document.getElementById("price-chart"),
};
let series = [];
let loads = 0;
let newestFirst = [];
const names = {};

function marketsOf(product) {
  return [...new Set(series.filter((s) => s.product === product).map((s) => s.market))].sort();
}

function fillMarkets(selected) {
  const markets = marketsOf(els.product.value);
  const keep = markets.includes(selected) ? selected : markets.includes("china") ? "china" : markets[0];
  fillSelect(els.market, markets.map((m) => ({ value: m, label: m })), keep);
}

/**
 * Chart arrays with a null after every quote followed by missing trading days, so the
 * line breaks there (connectgaps false); weekends and holidays are not gaps. The band is
 * one closed shape per run of quotes (high forward, low back), runs split by nulls.
 */
function withGaps(points, gaps) {
  const breakAfter = Object.fromEntries(gaps.map((g) => [g.after, g.first_missing]));
  const x = [];
  const mid = [];
  const band = { x: [], y: [] };
  let run = [];
  const closeRun = () => {
    if (!run.length) return;
    band.x.push(...run.map((p) => p.date), ...run.map((p) => p.date).reverse(), null);
    band.y.push(...run.map((p) => p.high ?? p.mid), ...run.map((p) => p.low ?? p.mid).reverse(), null);
    run = [];
  };
  for (const p of points) {
    x.push(p.date);
    mid.push(p.mid);
    run.push(p);
    if (breakAfter[p.date]) {
      x.push(breakAfter[p.date]);
      mid.push(null);
      closeRun();
    }
  }
  closeRun();
  return { x, mid, band };
}

function drawChart(panel) {
  const result = panel.series;
  const { x, mid, band } = withGaps(result.points, panel.gaps);
  const name = names[result.product] || result.product;
  const traces = [
    {
      x: band.x, y: band.y, name: "low–high", mode: "lines", fill: "toself", line: { width: 0 },
      connectgaps: false, fillcolor: "rgba(31,95,168,0.18)", hoverinfo: "skip",
    },
    {
      x, y: mid, name: "mid", mode: "lines+markers", line: { color: "#1f5fa8", width: 2 }, connectgaps: false,
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
  const basis = result.basis ? ` · ${result.basis.replace("_", " ")}` : "";
  document.getElementById("chart-title").textContent = `${name} · ${result.market} · ${result.unit}${basis}`;
  const pts = result.points;
  const sources = [...new Set(pts.map((p) => p.source))];
  const missing = panel.gaps.reduce((n, g) => n + g.missing, 0);
  document.getElementById("sources").textContent = `${pts.length} observation(s) from ${sources.join(", ")}`
    + (missing ? `; ${missing} ${panel.calendar} trading day(s) without a quote, drawn as breaks` : "");
  const fx = result.fx.length
    ? `FX: ${result.fx.length > 1 ? `${result.fx.length} rates, ` : ""}${result.fx.slice(-1).map((r) =>
      `${r.pair} ${fmt(r.rate, 4)} (${r.kind} ${r.date}, ${r.source})`).join("")}` : "";
  const vat = result.vat_rates.length ? `VAT ${result.vat_rates.map((v) => fmt(v * 100, 1) + " %").join(", ")}` : "";
  document.getElementById("conversion").textContent = [fx, vat].filter(Boolean).join(" · ");
  newestFirst = [...pts].reverse();
  drawPoints(0);
}

/** One page of the observations table, newest first. */
function drawPoints(offset) {
  const page = newestFirst.slice(offset, offset + ROWS);
  document.querySelector("#points tbody").innerHTML = page.map((p) => `<tr>
      <td class="nw">${esc(p.date)}</td><td class="num">${fmt(p.low)}</td><td class="num">${fmt(p.high)}</td>
      <td class="num">${fmt(p.mid)}</td><td class="hide-narrow">${esc(p.unit)}</td>
      <td class="hide-narrow">${esc(p.basis)}</td><td>${esc(p.source)}</td></tr>`).join("");
  renderPager(document.getElementById("points-pager"),
    { offset, limit: ROWS, total: newestFirst.length }, drawPoints);
}

function drawSummary(panel) {
  const r = panel.range;
  const unit = panel.series.unit;
  const rows = [
    ["High", `${fmt(r.high.value)} ${unit} on ${r.high.date}`],
    ["Low", `${fmt(r.low.value)} ${unit} on ${r.low.date}`],
    ["Last", `${fmt(r.last.value)} ${unit} on ${r.last.date}`],
    ["Below the high", `${fmt(r.pct_below_high, 2)} %`],
    ["Above the low", `${fmt(r.pct_above_low, 2)} %`],
    ["Span", `${r.start} to ${r.end}, ${r.days} quote(s)`],
  ];
  document.getElementById("range").innerHTML = rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("");
  document.getElementById("averages-title").textContent =
    `Average by ${panel.grain} (${panel.calendar} trading days)`;
  document.querySelector("#averages tbody").innerHTML = panel.averages.map((a) => `<tr>
      <td>${esc(a.period)}</td><td class="num">${fmt(a.mean)}</td>
      <td class="num">${a.days_used} of ${a.trading_days}</td></tr>`).join("")
    || '<tr><td colspan="3" class="muted">No period with a quote on a trading day.</td></tr>';
}

function drawChanges(res) {
  document.getElementById("changes-asof").textContent =
    `As of ${res.as_of}: latest observation ${res.end_date}, ${fmt(res.end)} ${res.unit}.`;
  document.querySelector("#changes tbody").innerHTML = res.changes.map((c) => `<tr>
      <td>${esc(c.window)}</td><td class="num hide-narrow">${esc(c.base_date)}</td><td class="num">${fmt(c.base)}</td>
      <td class="num hide-narrow">${esc(c.end_date)}</td><td class="num">${fmt(c.end)}</td>
      <td class="num">${fmt(c.change)}</td><td class="num">${pct(c.pct)}</td></tr>`).join("")
    || '<tr><td colspan="7" class="muted">No window has a base observation.</td></tr>';
  document.getElementById("missing").textContent = res.missing.length
    ? `No base observation for: ${res.missing.join(", ")}.` : "";
}

function clearTables() {
  for (const id of ["changes", "points", "averages"]) document.querySelector(`#${id} tbody`).innerHTML = "";
  document.getElementById("range").innerHTML = "";
  document.getElementById("points-pager").innerHTML = "";
}

async function load() {
  const product = els.product.value;
  if (!product) return;
  const conv = { unit: els.unit.value, basis: els.basis.value };
  const query = { market: els.market.value, start: els.start.value, end: els.end.value, ...conv };
  setParams({ product, ...query });
  setStatus(els.status, "Loading…");
  const mine = ++loads; // only the latest request draws
  els.chart.dataset.loaded = "";
  try {
    const path = `/prices/${encodeURIComponent(product)}`;
    const [panel, changes] = await Promise.all([
      api(`${path}/panel${qs(query)}`),
      api(`${path}/changes${qs({ market: query.market, as_of: query.end, ...conv })}`),
    ]);
    if (mine !== loads) return;
    drawChart(panel);
    drawSummary(panel);
    drawChanges(changes);
    setStatus(els.status, "");
    els.chart.dataset.loaded = [product, panel.series.unit, panel.series.basis || ""].join("|");
  } catch (err) {
    if (mine !== loads) return;
    Plotly.purge(els.chart);
    els.chart.dataset.loaded = "";
    clearTables();
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
  const fallback = ids.includes(DEFAULT_PRODUCT) ? DEFAULT_PRODUCT : ids[0];
  const chosen = ids.includes(p.get("product")) ? p.get("product") : fallback;
  fillSelect(els.product, ids.map((id) => ({ value: id, label: names[id] || id })), chosen);
  fillMarkets(p.get("market"));
  els.start.value = p.get("start") || "";
  els.end.value = p.get("end") || "";
  els.unit.value = p.get("unit") || "";
  els.basis.value = p.get("basis") || "";
  els.product.addEventListener("change", () => { fillMarkets(els.market.value); load(); });
  for (const el of [els.market, els.unit, els.basis]) el.addEventListener("change", load);
  els.form.addEventListener("submit", (ev) => { ev.preventDefault(); load(); });
  await load();
}

init();
