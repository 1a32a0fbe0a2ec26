// Documents page: the list, one document with its facts, and upload with an API key.
"use strict";

const PAGE = 50;

async function loadList(offset = 0) {
  const status = document.getElementById("status");
  setParams({ offset: offset || "" });
  try {
    const page = await api(`/documents${qs({ limit: PAGE, offset })}`);
    document.querySelector("#documents tbody").innerHTML = page.items.map((d) => `<tr>
        <td><a href="/documents/${esc(d.id)}">${esc(d.title || d.name)}</a>
          <div class="muted small">${esc(d.name)}</div></td>
        <td class="hide-narrow">${esc(d.publisher || "–")}</td><td>${esc(d.published || "–")}</td>
        <td class="num"><a href="/facts?doc=${encodeURIComponent(d.name)}">${d.facts}</a></td>
        <td class="hide-narrow">${esc(d.format)}</td></tr>`).join("")
      || '<tr><td colspan="5" class="muted">No documents yet: upload one above.</td></tr>';
    renderPager(document.getElementById("pager"), page, loadList);
    setStatus(status, `${page.total} document(s)`);
  } catch (err) {
    setStatus(status, err.message, "error");
  }
}

async function upload(ev) {
  ev.preventDefault();
  const form = ev.target;
  const status = document.getElementById("upload-status");
  const file = form.elements.file.files[0];
  if (!file) { setStatus(status, "Choose a file first.", "error"); return; }
  const body = new FormData();
  body.append("file", file);
  if (form.elements.date.value) body.append("date", form.elements.date.value);
  const button = document.getElementById("upload");
  button.disabled = true;
  setStatus(status, `Uploading ${file.name}…`);
  try {
    const s = await api("/documents", { method: "POST", body, headers: { "X-API-Key": apiKey() } });
    const parts = [`${s.documents ?? 0} document(s) ingested`];
    if (s.already_ingested) parts.push(`${s.already_ingested} already there`);
    if (s.facts_total !== undefined) parts.push(`${s.facts_total} fact(s)`);
    if (s.observations !== undefined) parts.push(`${s.observations} price observation(s)`);
    const warn = (s.warnings || []).length ? ` Warnings: ${s.warnings.join("; ")}` : "";
    setStatus(status, parts.join(", ") + "." + warn, "ok");
    form.reset();
    document.getElementById("api-key").value = apiKey();
    await loadList(0);
  } catch (err) {
    setStatus(status, err.message, "error");
  } finally {
    button.disabled = false;
  }
}

function every(seconds) {
  return seconds % 86400 === 0 ? `${seconds / 86400} d` : seconds % 3600 === 0 ? `${seconds / 3600} h` : `${Math.round(seconds / 60)} min`;
}

async function loadSources() {
  const status = document.getElementById("source-status");
  try {
    const rows = await api("/sources");
    document.querySelector("#sources tbody").innerHTML = rows.map((s) => `<tr>
        <td>${esc(s.name)}<div class="muted small">${esc(s.url)}</div></td>
        <td class="hide-narrow">${esc(every(s.every_seconds))}</td>
        <td>${esc(s.last_run_at ? s.last_run_at.slice(0, 16).replace("T", " ") : "never")}</td>
        <td class="num">${s.last_new_documents}</td>
        <td class="${s.last_error ? "down" : ""}">${esc(s.last_error ? `${s.last_error} (${s.failures} in a row)` : "–")}</td></tr>`).join("")
      || '<tr><td colspan="5" class="muted">No sources yet: add a page or feed below.</td></tr>';
  } catch (err) {
    setStatus(status, err.message, "error");
  }
}

async function addSource(ev) {
  ev.preventDefault();
  const form = ev.target;
  const status = document.getElementById("source-status");
  const body = new FormData(form);
  for (const k of ["name", "language"]) if (!body.get(k)) body.delete(k);
  try {
    const s = await api("/sources", { method: "POST", body, headers: { "X-API-Key": apiKey() } });
    setStatus(status, `Following ${s.name}.`, "ok");
    form.reset();
    await loadSources();
  } catch (err) {
    setStatus(status, err.message, "error");
  }
}

/** The text with every fact's value wrapped in a link to the fact. */
function linkedText(text, facts) {
  const spans = facts.map((f) => ({ f, r: valueRange(f) || [f.span_start, f.span_end] }))
    .filter(({ r }) => r[1] > r[0] && r[1] - r[0] < 200)
    .sort((a, b) => a.r[0] - b.r[0]);
  let out = "";
  let pos = textStart(text);
  for (const { f, r } of spans) {
    if (r[0] < pos) continue; // two facts on one number: link the first
    out += esc(text.slice(pos, r[0]));
    out += `<a class="value-link" href="/facts/${f.id}" title="${esc(f.metric)} ${esc(f.period)}">${esc(text.slice(r[0], r[1]))}</a>`;
    pos = r[1];
  }
  return out + esc(text.slice(pos));
}

async function showDocument(id) {
  document.getElementById("list-view").hidden = true;
  document.getElementById("doc-view").hidden = false;
  const title = document.getElementById("doc-title");
  try {
    const d = await api(`/documents/${encodeURIComponent(id)}`);
    title.textContent = d.title || d.name;
    document.title = `${d.title || d.name} · reemarket`;
    document.getElementById("doc-meta").textContent =
      [d.name, d.publisher, d.published, d.language, d.format, `${d.facts} facts`].filter(Boolean).join(" · ");
    const [facts, names] = await Promise.all([
      api(`/facts${qs({ doc: d.name, limit: 500 })}`), productNames()]);
    document.getElementById("doc-text").innerHTML = linkedText(d.text, facts.items);
    document.querySelector("#doc-facts tbody").innerHTML = facts.items.map((f) => `<tr>
        <td class="num"><a class="value-link" href="/facts/${f.id}">${esc(factValue(f))}</a></td>
        <td>${esc(subjectLabel(f.subject, names))}</td><td>${esc(f.metric)}</td>
        <td>${periodHtml(f.period)}</td></tr>`).join("")
      || '<tr><td colspan="4" class="muted">No facts extracted.</td></tr>';
  } catch (err) {
    title.textContent = err.message;
    title.classList.add("down");
  }
}

const match = window.location.pathname.match(/^\/documents\/([^/]+)\/?$/);
if (match) {
  showDocument(decodeURIComponent(match[1]));
} else {
  bindKeyInput(document.getElementById("api-key"));
  document.getElementById("upload-form").addEventListener("submit", upload);
  document.getElementById("source-form").addEventListener("submit", addSource);
  loadSources();
  loadList(Number(params().get("offset")) || 0);
}
