// Audit page: stored findings with the sentences of their facts; re-run with an API key.
"use strict";

const PAGE = 25;

function findingHtml(f) {
  const facts = f.fact_ids.map((id) => `<a href="/facts/${id}">fact ${id}</a>`).join(", ");
  const sentences = f.sentences.map((s) => `<blockquote>${esc(s)}</blockquote>`).join("");
  return `<article class="finding card">
    <p><span class="badge ${esc(f.severity)}">${esc(f.severity)}</span>
      <code>${esc(f.code)}</code> · ${esc(f.document || "across documents")} · ${facts}</p>
    <p>${esc(f.message)}</p>${sentences}</article>`;
}

async function loadFindings(offset = 0) {
  const form = document.getElementById("filter-form");
  const status = document.getElementById("status");
  const filters = Object.fromEntries(new FormData(form).entries());
  setParams({ ...filters, offset: offset || "" });
  try {
    const page = await api(`/findings${qs({ ...filters, limit: PAGE, offset })}`);
    document.getElementById("findings").innerHTML = page.items.map(findingHtml).join("")
      || '<p class="muted">No findings stored: the audit found nothing, or has not been run.</p>';
    renderPager(document.getElementById("pager"), page, loadFindings);
    setStatus(status, `${page.total} finding(s)`);
  } catch (err) {
    setStatus(status, err.message, "error");
  }
}

async function runAudit(ev) {
  ev.preventDefault();
  const status = document.getElementById("run-status");
  const button = document.getElementById("run");
  button.disabled = true;
  setStatus(status, "Running the audit…");
  try {
    const report = await api("/audit", { method: "POST", headers: { "X-API-Key": apiKey() } });
    setStatus(status, `Run ${report.run_id}: ${report.findings.length} finding(s).`, "ok");
    document.getElementById("run-summary").innerHTML = `<table><thead><tr><th>Document</th>
      <th class="num">Claims</th><th class="num">Checked</th><th class="num">Passed</th>
      <th class="num">Flagged</th></tr></thead><tbody>${report.documents.map((d) => `<tr>
      <td>${esc(d.document)}</td><td class="num">${d.claims}</td><td class="num">${d.checked}</td>
      <td class="num">${d.passed}</td><td class="num">${d.flagged}</td></tr>`).join("")}</tbody></table>`;
    await loadFindings(0);
  } catch (err) {
    setStatus(status, err.message, "error");
  } finally {
    button.disabled = false;
  }
}

async function init() {
  const p = params();
  const form = document.getElementById("filter-form");
  bindKeyInput(document.getElementById("api-key"));
  try {
    const docs = await api("/documents?limit=500");
    fillSelect(document.getElementById("doc"),
      docs.items.map((d) => ({ value: d.name, label: d.name })), p.get("doc") || "", "any document");
  } catch (err) {
    setStatus(document.getElementById("status"), err.message, "error");
  }
  form.elements.code.value = p.get("code") || "";
  form.addEventListener("submit", (ev) => { ev.preventDefault(); loadFindings(0); });
  form.elements.doc.addEventListener("change", () => loadFindings(0));
  document.getElementById("run-form").addEventListener("submit", runAudit);
  await loadFindings(Number(p.get("offset")) || 0);
}

init();
