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
  } catch (err) {
    setStatus(status, err.message, "error");
  }
}

init();
