// Company page: results by period with their sources, operations, prices and statements.
"use strict";

function money(x) {
  if (x === null || x === undefined) return "";
  const a = Math.abs(x);
  if (a >= 1e9) return `${fmt(x / 1e9, 3)}bn`;
  if (a >= 1e6) return `${fmt(x / 1e6, 1)}m`;
  return fmt(x);
}

function cellHtml(c) {
  let text = c.value_high !== null ? `${money(c.value)} to ${money(c.value_high)}`
    : c.bound ? `${c.bound === "lower" ? "≥" : "≤"} ${money(c.value)}` : money(c.value);
  if (c.guidance) text += " (guidance)";
  const cls = c.status === "disagree" ? "badge warning" : "";
  if (c.status === "disagree") {
    text = c.camps.map((camp) => c.sources.filter((s) => camp.includes(s.doc))
      .map((s) => money(s.value)).join(", ")).join(" | ");
  }
  const title = c.sources.map((s) => `${s.doc}: ${s.sentence}`).join("\n");
  const links = c.sources.map((s) => `<a href="/facts/${s.fact_id}">${esc(s.doc.slice(0, 12))}</a>`).join(" ");
  const errors = c.likely_errors.map((e) => `<div class="muted">likely extraction error: ${esc(e)}</div>`).join("");
  return `<span class="${cls}" title="${esc(title)}">${esc(text)}</span>
    <div class="muted">${esc(c.status)} · ${links}</div>${errors}`;
}

function resultsHtml(page) {
  if (!page.results.length) return `<p class="muted">${esc(page.message || "No results stored.")}</p>`;
  const heads = page.periods.map((p) => `<th>${esc(p.fiscal || p.label)}</th>`).join("");
  const rows = page.results.map((r) => `<tr><td>${esc(r.label)}</td>${page.periods.map((p) =>
    `<td>${r.cells[p.period] ? cellHtml(r.cells[p.period]) : ""}</td>`).join("")}</tr>`).join("");
  return `<table id="results-table"><thead><tr><th>Metric</th>${heads}</tr></thead><tbody>${rows}</tbody></table>`;
}

function operationsHtml(page) {
  if (!page.operations.length) return '<p class="muted">No production, sales or capacity figures.</p>';
  return `<table><thead><tr><th>Kind</th><th>Subject</th><th>Metric</th><th>Period</th>
    <th class="num">Value</th><th>Unit</th><th>Source</th></tr></thead><tbody>${page.operations.map((f) =>
    `<tr><td>${esc(f.kind)}</td><td>${esc(f.subject)}</td><td>${esc(f.metric)}</td><td>${esc(f.period)}</td>
    <td class="num">${fmt(f.value)}</td><td>${esc(f.unit)}</td>
    <td><a href="/facts/${f.source.fact_id}" title="${esc(f.source.sentence)}">${esc(f.source.doc)}</a></td></tr>`).join("")}
    </tbody></table>`;
}

function pricesHtml(page) {
  const parts = [];
  if (page.listing_prices.length) {
    parts.push(`<table><thead><tr><th>Product</th><th>Month</th><th class="num">Listing</th>
      <th class="num">Market mean</th><th class="num">Premium %</th><th>Unit</th></tr></thead><tbody>${
      page.listing_prices.map((x) => `<tr><td>${esc(x.product)}</td><td>${esc(x.month)}</td>
      <td class="num"><a href="/facts/${x.source.fact_id}">${fmt(x.listing)}</a></td>
      <td class="num">${x.market_mean === null ? "" : fmt(x.market_mean)}</td>
      <td class="num">${x.premium_pct === null ? "" : fmt(x.premium_pct)}</td><td>${esc(x.unit)}</td></tr>`).join("")}
      </tbody></table>`);
  }
  if (page.concentrate.length) {
    parts.push(`<table><thead><tr><th>Quarter</th><th class="num">Concentrate</th><th>Unit</th>
      <th>Adjustment</th></tr></thead><tbody>${page.concentrate.map((c) => `<tr><td>${esc(c.period)}</td>
      <td class="num"><a href="/facts/${c.source.fact_id}">${fmt(c.price)}</a></td><td>${esc(c.unit)}</td>
      <td>${esc(c.adjustment || "")}</td></tr>`).join("")}</tbody></table>`);
  }
  return parts.join("") || '<p class="muted">No listing or concentrate prices.</p>';
}

function statementsHtml(list) {
  if (!list.statements.length) return `<p class="muted">${esc(list.message || "No statements.")}</p>`;
  return list.statements.map((s) => `<article class="statement">
    <p><span class="badge">${esc(s.speaker)}</span> ${esc(s.period || "")} · ${esc(s.topics.join(", "))}
    ${s.stance ? `· ${esc(s.stance)}` : ""} · <a href="/documents/${s.document_id}">${esc(s.doc)}</a></p>
    <blockquote>${esc(s.text)}</blockquote></article>`).join("");
}

async function show(ev) {
  if (ev) ev.preventDefault();
  const form = document.getElementById("company-form");
  const status = document.getElementById("status");
  const f = Object.fromEntries(new FormData(form).entries());
  if (!f.name) return;
  setParams(f);
  setStatus(status, "Loading…");
  try {
    const name = encodeURIComponent(f.name);
    const page = await api(`/companies/${name}`);
    const c = page.company;
    document.getElementById("company-name").textContent = `${c.name} ${c.name_zh || ""}`;
    document.getElementById("profile").innerHTML = `<p>id <code>${esc(c.id)}</code> ·
      ${c.listings.map((x) => `${esc(x.ticker)} (${esc(x.exchange)}; ${esc(x.source)})`).join(", ") || "no listing"}
      · reports in ${esc(c.currency || "?")} · fiscal year ends ${esc(c.fiscal_year_end)}</p>
      <p class="muted">${esc(page.message || `${page.facts} fact(s)`)}</p>`;
    document.getElementById("results").innerHTML = resultsHtml(page);
    document.getElementById("operations").innerHTML = operationsHtml(page);
    document.getElementById("prices").innerHTML = pricesHtml(page);
    const st = await api(`/companies/${name}/statements${qs({ period: f.period, topic: f.topic })}`);
    document.getElementById("statements").innerHTML = statementsHtml(st);
    setStatus(status, `${page.facts} fact(s), ${st.statements.length} statement(s)`, "ok");
  } catch (err) {
    setStatus(status, err.message, "error");
  }
}

function init() {
  const p = params();
  for (const key of ["name", "period", "topic"]) document.getElementById(key).value = p.get(key) || "";
  document.getElementById("company-form").addEventListener("submit", show);
  if (p.get("name")) show();
}

init();
