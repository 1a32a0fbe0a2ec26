// Scenarios page: fan charts per element from run percentiles, runs, side-by-side compare.
"use strict";

const VARIABLES = {
  price: "Price (index, 2024 = 1)", balance: "Balance (t REO)", supply: "Supply (t REO)",
  demand: "Demand (t REO)", stock: "Stock (t REO)",
};
/** Y-axis titles of the fan panels: the model's price is an index of its first year. */
const AXIS_TITLES = { price: "index, 2024 = 1", balance: "t REO", supply: "t REO", demand: "t REO", stock: "t REO" };
const COLORS = { a: "31,95,168", b: "196,92,16" };
const runsCache = {};
let runs = [];

async function getRun(id) {
  if (!runsCache[id]) runsCache[id] = await api(`/scenarios/runs/${encodeURIComponent(id)}`);
  return runsCache[id];
}

function runLabel(r) {
  return `#${r.run_id} ${r.scenario} (${r.paths} paths, seed ${r.seed})`;
}

/** Plotly traces of one run's fan for one element and variable. */
function fanTraces(run, element, variable, color, tag) {
  const rows = run.rows.filter((r) => r.element === element && r.variable === variable)
    .sort((a, b) => a.year - b.year);
  const x = rows.map((r) => r.year);
  const band = (lo, hi, alpha, name) => [
    { x, y: rows.map((r) => r[lo]), mode: "lines", line: { width: 0 }, hoverinfo: "skip", showlegend: false },
    { x, y: rows.map((r) => r[hi]), mode: "lines", line: { width: 0 }, fill: "tonexty",
      fillcolor: `rgba(${color},${alpha})`, name: `${tag} ${name}`, hoverinfo: "skip", showlegend: false },
  ];
  return [
    ...band("p5", "p95", 0.15, "p5–p95"),
    ...band("p25", "p75", 0.3, "p25–p75"),
    { x, y: rows.map((r) => r.p50), mode: "lines", line: { color: `rgb(${color})`, width: 2 },
      name: `${tag} median`, hovertemplate: `${tag} %{x}: %{y:,.3~s}<extra></extra>` },
  ];
}

/** Lowest and highest value of one element and variable over the given runs. */
function yRange(runList, element, variable) {
  const rows = runList.flatMap((r) => r.rows.filter((x) => x.element === element && x.variable === variable));
  const lo = Math.min(...rows.map((r) => r.p5));
  const hi = Math.max(...rows.map((r) => r.p95));
  const pad = (hi - lo) * 0.05 || Math.abs(hi) * 0.05 || 1;
  return [lo - pad, hi + pad];
}

function plotFan(id, traces, range, variable, compact = false) {
  Plotly.newPlot(id, traces, {
    margin: compact ? { l: 42, r: 4, t: 4, b: 24 } : { l: 55, r: 8, t: 8, b: 30 },
    font: { size: compact ? 10 : 12 }, showlegend: false, hovermode: "x unified",
    yaxis: { tickformat: variable === "price" ? ".2f" : "~s", automargin: true, range,
      title: { text: AXIS_TITLES[variable] || "", font: { size: compact ? 10 : 12 } } },
    xaxis: { dtick: 4 },
  }, { responsive: true, displaylogo: false, displayModeBar: false });
}

async function drawFans() {
  const status = document.getElementById("status");
  const idA = document.getElementById("run-a").value;
  const idB = document.getElementById("run-b").value;
  const variable = document.getElementById("variable").value;
  const box = document.getElementById("fans");
  setParams({ a: idA, b: idB, variable });
  if (!idA) {
    box.innerHTML = '<p class="muted">No stored run yet: run a scenario above.</p>';
    document.getElementById("compare-card").hidden = true;
    return;
  }
  setStatus(status, "Loading…");
  try {
    let a;
    let b = null;
    if (idB && idB !== idA) {
      const pair = await api(`/scenarios/compare${qs({ a: idA, b: idB })}`);
      a = pair.a;
      b = pair.b;
    } else {
      a = await getRun(idA);
    }
    const elements = [...new Set(a.rows.map((r) => r.element))];
    if (b) {
      box.innerHTML = `<p class="small"><span class="legend-a">A: ${esc(runLabel(a))}</span> ·
        <span class="legend-b">B: ${esc(runLabel(b))}</span></p><div class="grid pairs">`
        + elements.map((e) => `<div class="pair"><h2 class="small">${esc(e)}</h2><div class="two">
          <div class="chart fan" id="fan-a-${esc(e)}" data-element="${esc(e)}"></div>
          <div class="chart fan" id="fan-b-${esc(e)}" data-element="${esc(e)}"></div></div></div>`).join("")
        + "</div>";
      for (const e of elements) {
        const range = yRange([a, b], e, variable);
        plotFan(`fan-a-${e}`, fanTraces(a, e, variable, COLORS.a, "A"), range, variable, true);
        plotFan(`fan-b-${e}`, fanTraces(b, e, variable, COLORS.b, "B"), range, variable, true);
      }
    } else {
      box.innerHTML = `<div class="grid">${elements.map((e) =>
        `<div><h2 class="small">${esc(e)}</h2><div class="chart fan" id="fan-a-${esc(e)}" data-element="${esc(e)}"></div></div>`).join("")}</div>`;
      for (const e of elements) {
        plotFan(`fan-a-${e}`, fanTraces(a, e, variable, COLORS.a, ""), undefined, variable);
      }
    }
    setStatus(status, `${VARIABLES[variable]} · ${elements.length} elements`);
    drawCompare(a, b);
  } catch (err) {
    setStatus(status, err.message, "error");
  }
}

/** A table of medians of both runs: balance and price index, every fifth and the last year. */
function drawCompare(a, b) {
  const card = document.getElementById("compare-card");
  if (!b) { card.hidden = true; return; }
  const key = (r) => `${r.variable}|${r.element}|${r.year}`;
  const bRows = Object.fromEntries(b.rows.map((r) => [key(r), r]));
  const years = [...new Set(a.rows.map((r) => r.year))];
  const last = Math.max(...years);
  const shown = a.rows.filter((r) => r.variable === "balance" && (r.year === last || r.year % 5 === 0));
  document.getElementById("compare-title").textContent = `Comparison: A ${a.scenario} · B ${b.scenario}`;
  document.querySelector("#compare tbody").innerHTML = shown.map((r) => {
    const rb = bRows[key(r)];
    const pa = a.rows.find((x) => x.variable === "price" && x.element === r.element && x.year === r.year);
    const pb = bRows[`price|${r.element}|${r.year}`];
    if (!rb) return "";
    return `<tr><td>${esc(r.element)}</td><td class="num">${r.year}</td>
      <td class="num">${fmt(r.p50, 0)}</td><td class="num">${fmt(rb.p50, 0)}</td>
      <td class="num">${fmt(rb.p50 - r.p50, 0)}</td>
      <td class="num">${pa && pb ? fmt(pa.p50, 3) : "–"}</td><td class="num">${pa && pb ? fmt(pb.p50, 3) : "–"}</td></tr>`;
  }).join("");
  card.hidden = false;
}

async function runScenario(ev) {
  ev.preventDefault();
  const form = ev.target;
  const status = document.getElementById("run-status");
  const button = document.getElementById("run");
  button.disabled = true;
  setStatus(status, "Running…");
  try {
    const body = JSON.stringify({ name: form.elements.name.value,
      paths: Number(form.elements.paths.value), seed: Number(form.elements.seed.value) });
    const r = await api("/scenarios/run", { method: "POST", body,
      headers: { "Content-Type": "application/json", "X-API-Key": apiKey() } });
    setStatus(status, `Stored run #${r.run_id}: ${r.scenario}, ${r.paths} paths, seed ${r.seed}.`, "ok");
    if (r.run_id !== null) runsCache[r.run_id] = r;
    await loadRuns(String(r.run_id), document.getElementById("run-a").value);
    await drawFans();
  } catch (err) {
    setStatus(status, err.message, "error");
  } finally {
    button.disabled = false;
  }
}

async function loadRuns(a, b) {
  const listed = await api("/scenarios");
  runs = listed.runs;
  fillSelect(document.getElementById("scenario"),
    listed.bundled.map((n) => ({ value: n, label: n.replaceAll("_", " ") })),
    document.getElementById("scenario").value || listed.bundled[0]);
  const options = runs.map((r) => ({ value: String(r.run_id), label: runLabel(r) }));
  const ids = options.map((o) => o.value);
  fillSelect(document.getElementById("run-a"), options, ids.includes(a) ? a : ids[0]);
  fillSelect(document.getElementById("run-b"), options, ids.includes(b) && b !== a ? b : "", "none");
}

/** The backtest table and the fitted price response. */
async function drawBacktest() {
  const status = document.getElementById("backtest-status");
  try {
    const r = await api("/model/backtest?paths=200");
    const n = (v) => (v === null ? "–" : fmt(v, 2));
    document.querySelector("#backtest tbody").innerHTML = r.groups.map((g) =>
      `<tr><td>${esc(g.group)}</td><td class="num">${g.sign_level}/${g.compared}</td>
        <td class="num">${g.sign_change}/${g.compared}</td><td class="num">${n(g.rank_level)}</td>
        <td class="num">${n(g.rank_change)}</td></tr>`).join("");
    const f = r.fit;
    document.getElementById("backtest-fit").textContent =
      `Fitted price response over ${f.n} market-years: elasticity ${fmt(f.elasticity, 3)} ` +
      `(90% interval ${fmt(f.elasticity_low, 3)} to ${fmt(f.elasticity_high, 3)}), R² ${fmt(f.r2, 2)}.`;
  } catch (err) {
    setStatus(status, err.message, "error");
  }
}

/** The validation table: each published outlook with pass or fail. */
async function drawValidation() {
  const status = document.getElementById("validation-status");
  try {
    const r = await api("/model/validation?paths=500");
    const fig = (row, v) => (row.kind === "cagr" ? `${fmt(v * 100, 1)}%` : fmt(v / 1000, 1));
    document.querySelector("#validation tbody").innerHTML = r.rows.map((row) => {
      const pub = fig(row, row.published_low) +
        (row.published_high !== row.published_low ? `–${fig(row, row.published_high)}` : "");
      const model = row.model_p50 === null ? "beyond 2040"
        : `${fig(row, row.model_p50)} [${fig(row, row.model_p5)}, ${fig(row, row.model_p95)}]`;
      const verdict = row.passed === null ? "not compared" : (row.passed ? "pass" : "FAIL");
      const unit = row.kind === "cagr" ? "per year" : `k${row.unit}`;
      return `<tr><td>${esc(row.check)}</td><td>${esc(unit)}</td>
        <td class="num">${row.kind === "at_least" ? "&gt; " : ""}${pub}</td><td class="num">${model}</td>
        <td>${esc(row.tolerance)}</td><td class="verdict">${verdict}</td></tr>`;
    }).join("");
    setStatus(status, `${r.passed} pass, ${r.failed} fail, ${r.not_compared} not compared`);
  } catch (err) {
    setStatus(status, err.message, "error");
  }
}

async function init() {
  const p = params();
  bindKeyInput(document.getElementById("api-key"));
  fillSelect(document.getElementById("variable"),
    Object.entries(VARIABLES).map(([value, label]) => ({ value, label })), p.get("variable") || "price");
  try {
    await loadRuns(p.get("a"), p.get("b"));
  } catch (err) {
    setStatus(document.getElementById("status"), err.message, "error");
    return;
  }
  for (const id of ["run-a", "run-b", "variable"]) {
    document.getElementById(id).addEventListener("change", drawFans);
  }
  document.getElementById("run-form").addEventListener("submit", runScenario);
  drawBacktest();
  drawValidation();
  await drawFans();
}

init();
