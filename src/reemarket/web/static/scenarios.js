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
  await drawFans();
}

init();
