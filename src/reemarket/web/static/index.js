// Overview page: what the database holds, with links into each page.
"use strict";

async function init() {
  const status = document.getElementById("status");
  try {
    const [series, docs, facts, findings, scen, products] = await Promise.all([
      api("/series?limit=1000"), api("/documents?limit=1"), api("/facts?limit=1"), api("/findings?limit=1"),
      api("/scenarios"), api("/products"),
    ]);
    const names = Object.fromEntries(products.map((p) => [p.id, p.name]));
    document.getElementById("n-series").textContent = fmt(series.items.length, 0);
    document.getElementById("n-documents").textContent = fmt(docs.total, 0);
    document.getElementById("n-facts").textContent = fmt(facts.total, 0);
    document.getElementById("n-findings").textContent = fmt(findings.total, 0);
    document.getElementById("n-runs").textContent = fmt(scen.runs.length, 0);
    const rows = [...series.items].sort((a, b) => (b.last > a.last ? 1 : -1)).slice(0, 15);
    document.querySelector("#latest tbody").innerHTML = rows.map((s) => `<tr>
        <td><a href="/prices${qs({ product: s.product, market: s.market })}">${esc(names[s.product] || s.product)}</a></td>
        <td>${esc(s.market)}</td><td class="num">${esc(s.last)}</td><td class="num">${s.count}</td>
        <td>${esc(s.unit)}</td><td class="hide-narrow">${esc(s.source)}</td></tr>`).join("")
      || '<tr><td colspan="6" class="muted">No price series stored yet.</td></tr>';
    await showSnapshot(names);
  } catch (err) {
    setStatus(status, err.message, "error");
  }
}

/** A line of the series' recent mids, as inline SVG (no script, no style attribute). */
function sparkline(values) {
  if (values.length < 2) return '<span class="muted">–</span>';
  const w = 90, h = 22;
  const lo = Math.min(...values), hi = Math.max(...values);
  const y = (v) => (hi === lo ? h / 2 : h - 1 - ((v - lo) / (hi - lo)) * (h - 2));
  const pts = values.map((v, i) => `${((i * w) / (values.length - 1)).toFixed(1)},${y(v).toFixed(1)}`);
  return `<svg class="spark" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img"
    aria-label="${values.length} quotes from ${fmt(values[0])} to ${fmt(values[values.length - 1])}">
    <polyline points="${pts.join(" ")}" fill="none" stroke="currentColor" stroke-width="1.3"/></svg>`;
}

/** The snapshot: latest quote of every series, its changes, 52-week range and a sparkline. */
async function showSnapshot(names) {
  const body = document.querySelector("#snapshot tbody");
  let snap;
  try {
    snap = await api("/snapshot?spark=true");
  } catch (err) {
    body.innerHTML = `<tr><td colspan="12" class="muted">${esc(err.message)}</td></tr>`;
    return;
  }
  document.getElementById("as-of").textContent = `as of ${snap.as_of}`;
  const change = (it, w) => pct((it.changes.find((c) => c.window === w) || {}).pct);
  body.innerHTML = snap.items.map((it) => `<tr>
      <td><a href="/prices${qs({ product: it.product, market: it.market })}">${esc(names[it.product] || it.product)}</a></td>
      <td class="hide-narrow">${esc(it.market)}</td><td class="num">${esc(it.date)}</td>
      <td class="num">${fmt(it.mid)}</td><td>${esc(it.unit)}</td>
      <td class="num">${change(it, "d/d")}</td><td class="num">${change(it, "w/w")}</td>
      <td class="num hide-narrow">${change(it, "m/m")}</td><td class="num hide-narrow">${change(it, "y/y")}</td>
      <td class="num hide-narrow">${change(it, "ytd")}</td>
      <td class="num hide-narrow">${fmt(it.low_52w)} – ${fmt(it.high_52w)}</td>
      <td>${sparkline(it.spark)}</td></tr>`).join("")
    || '<tr><td colspan="12" class="muted">No recent quotes.</td></tr>';
}

init();
