"use strict";
// The search page: search with facets and highlighted snippets, an agency's page and a document's page.
// Routes: /?q=…&filter=…&sort=…&page=… (search), #/co-quan/{id} (agency), #/van-ban/{id} (document).

const statusNames = {
  Received: "Đã nhận", Text: "Đã lấy văn bản", Extracted: "Đã trích xuất", Indexed: "Sẵn sàng tra cứu", Failed: "Lỗi",
};
const roleNames = { lead: "chủ trì", support: "phối hợp" };
const typeNames = { task: "Nhiệm vụ", target: "Chỉ tiêu", document: "Văn bản" };
const recurrenceNames = {
  annual: "hằng năm", semiannual: "6 tháng một lần", quarterly: "hằng quý", monthly: "hằng tháng", ongoing: "thường xuyên",
};
const facetNames = {
  type: "Loại kết quả", lead: "Cơ quan chủ trì", owner: "Cơ quan (mọi vai trò)", support: "Cơ quan phối hợp",
  place: "Địa phương", issuer: "Cơ quan ban hành", kind: "Loại văn bản", year: "Năm ban hành", due_year: "Năm hạn hoàn thành",
};
const facetOrder = ["type", "lead", "owner", "support", "place", "kind", "issuer", "year", "due_year"];
const pageSize = 20;

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

/** The server escapes the text and adds only <mark>, so its snippet can be shown as HTML. */
function snippet(html) {
  const span = el("span", { className: "hit-text" });
  span.innerHTML = html;
  return span;
}

function isoToVi(iso) {
  if (!iso) return "";
  const [y, m, d] = iso.split("-");
  return d ? `${d}/${m}/${y}` : m ? `${m}/${y}` : y;
}

function deadlineText(deadline) {
  if (!deadline) return "";
  const parts = [];
  if (deadline.due) parts.push(`Hạn: ${isoToVi(deadline.due)}`);
  if (deadline.start) parts.push(`từ ${isoToVi(deadline.start)}`);
  if (deadline.recurrence) parts.push(recurrenceNames[deadline.recurrence] || deadline.recurrence);
  if (parts.length === 0 && deadline.text) parts.push(`Thời gian: ${deadline.text}`);
  return parts.join(" · ");
}

function documentLabel(doc) {
  return [doc.kind, doc.number, doc.place, isoToVi(doc.date)].filter(Boolean).join(" · ") || doc.file || doc.id;
}

function documentLink(doc) {
  return el("a", { href: `#/van-ban/${encodeURIComponent(doc.id)}` }, documentLabel(doc));
}

function ownerChips(owners) {
  const box = el("div", { className: "owners" });
  for (const owner of owners) {
    const label = `${owner.name} (${roleNames[owner.role] || owner.role})`;
    box.append(owner.id
      ? el("a", { className: `owner ${owner.role}`, href: `#/co-quan/${encodeURIComponent(owner.id)}`, title: "Xem mọi nhiệm vụ của cơ quan này" }, label)
      : el("span", { className: `owner ${owner.role}` }, label));
  }
  return box;
}

async function getJson(url) {
  const response = await fetch(url);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail || "Không tải được dữ liệu.");
  return body;
}

// ---- search state in the address bar ----

function readState() {
  const params = new URLSearchParams(location.search);
  return {
    q: params.get("q") || "",
    sort: params.get("sort") || "relevance",
    page: Math.max(1, parseInt(params.get("page") || "1", 10)),
    filters: params.getAll("filter"),
  };
}

function writeState(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (state.sort !== "relevance") params.set("sort", state.sort);
  if (state.page > 1) params.set("page", String(state.page));
  for (const filter of state.filters) params.append("filter", filter);
  const query = params.toString();
  history.pushState(null, "", query ? `/?${query}` : "/");
  route();
}

function apiQuery(state, extra = {}) {
  const params = new URLSearchParams({ q: state.q, sort: state.sort, page: String(state.page), size: String(pageSize), ...extra });
  for (const filter of state.filters) params.append("filter", filter);
  return params.toString();
}

// ---- search view ----

async function runSearch(state) {
  const status = document.getElementById("search-status");
  const list = document.getElementById("results");
  document.getElementById("q").value = state.q;
  document.getElementById("sort").value = state.sort;
  status.textContent = "Đang tìm…";
  status.classList.remove("error");
  let body;
  try {
    body = await getJson(`/api/search?${apiQuery(state, { facets: "true" })}`);
  } catch (error) {
    list.replaceChildren();
    document.getElementById("facets").replaceChildren();
    document.getElementById("pager").replaceChildren();
    status.textContent = error.message;
    status.classList.add("error");
    return;
  }
  status.textContent = body.total === 0 ? "Không tìm thấy kết quả nào." : `Tìm thấy ${body.total} kết quả.`;
  renderActiveFilters(state);
  renderFacets(state, body.facets);
  list.replaceChildren(...body.hits.map(renderHit));
  renderPager(state, body.total);
  const matrixBox = document.getElementById("matrix-box");
  if (matrixBox.open) renderMatrix(state);
}

function renderHit(hit) {
  const item = el("li", { className: "hit" },
    el("span", { className: `hit-type ${hit.type}` }, typeNames[hit.type] || hit.type),
    snippet(hit.snippet || hit.text));
  if (hit.owners.length > 0) item.append(ownerChips(hit.owners));
  const meta = [deadlineText(hit.deadline)];
  if (hit.target && hit.target.value !== null) {
    meta.push(`Chỉ tiêu: ${hit.target.value}${hit.target.unit ? " " + hit.target.unit : ""}${hit.target.due ? ", đến " + isoToVi(hit.target.due) : ""}`);
  }
  item.append(el("div", { className: "meta" }, documentLink(hit.document), meta.filter(Boolean).length ? " · " + meta.filter(Boolean).join(" · ") : ""));
  if (hit.type !== "document") {
    const similarBox = el("div");
    const button = el("button", { className: "link-button", type: "button" }, `${typeNames[hit.type]} tương tự ở văn bản khác`);
    button.addEventListener("click", () => toggleSimilar(hit.id, similarBox));
    item.append(el("div", { className: "hit-actions" }, button), similarBox);
  }
  return item;
}

async function toggleSimilar(id, box) {
  if (box.childElementCount > 0) { box.replaceChildren(); return; }
  box.replaceChildren(el("p", { className: "similar" }, "Đang tìm…"));
  try {
    const hits = await getJson(`/api/items/${encodeURIComponent(id)}/similar?limit=5`);
    box.replaceChildren(hits.length === 0
      ? el("p", { className: "similar" }, "Không có mục tương tự.")
      : el("ul", { className: "similar" }, ...hits.map(h => el("li", {}, h.text, " — ", documentLink(h.document)))));
  } catch (error) {
    box.replaceChildren(el("p", { className: "similar error" }, error.message));
  }
}

function renderActiveFilters(state) {
  const box = document.getElementById("active-filters");
  box.replaceChildren(...state.filters.map(filter => {
    const [dimension, ...rest] = filter.split(":");
    const remove = el("button", { type: "button", title: "Bỏ bộ lọc", ariaLabel: "Bỏ bộ lọc" }, "×");
    remove.addEventListener("click", () => writeState({ ...state, page: 1, filters: state.filters.filter(f => f !== filter) }));
    return el("span", { className: "chip" }, `${facetNames[dimension] || dimension}: ${labelOf(dimension, rest.join(":"))}`, remove);
  }));
}

// Labels of agency ids seen in facets, so an active filter shows a name, not an id.
const knownLabels = new Map();

function labelOf(dimension, value) {
  if (dimension === "type") return typeNames[value] || value;
  return knownLabels.get(`${dimension}:${value}`) || value;
}

function renderFacets(state, facets) {
  const aside = document.getElementById("facets");
  aside.replaceChildren();
  for (const dimension of facetOrder) {
    const counts = facets[dimension] || [];
    if (counts.length === 0) continue;
    const list = el("ul");
    for (const count of counts) {
      const filter = `${dimension}:${count.value}`;
      knownLabels.set(filter, count.label);
      const active = state.filters.includes(filter);
      const button = el("button", { type: "button", className: active ? "active" : "" },
        el("span", {}, dimension === "type" ? (typeNames[count.value] || count.value) : count.label),
        el("span", { className: "count" }, String(count.count)));
      button.dataset.filter = filter;
      button.addEventListener("click", () => writeState({
        ...state, page: 1, filters: active ? state.filters.filter(f => f !== filter) : [...state.filters, filter],
      }));
      list.append(el("li", {}, button));
    }
    aside.append(el("h3", {}, facetNames[dimension] || dimension), list);
  }
}

function renderPager(state, total) {
  const pager = document.getElementById("pager");
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) { pager.replaceChildren(); return; }
  const previous = el("button", { type: "button", disabled: state.page <= 1 }, "‹ Trước");
  previous.addEventListener("click", () => writeState({ ...state, page: state.page - 1 }));
  const next = el("button", { type: "button", disabled: state.page >= pages }, "Sau ›");
  next.addEventListener("click", () => writeState({ ...state, page: state.page + 1 }));
  pager.replaceChildren(previous, el("span", {}, `Trang ${state.page} / ${pages}`), next);
}

async function renderMatrix(state) {
  const box = document.getElementById("matrix");
  box.textContent = "Đang tính…";
  let matrix;
  try {
    matrix = await getJson(`/api/agencies/matrix?${apiQuery(state, { agencies: "20", documents: "12" })}`);
  } catch (error) {
    box.replaceChildren(el("p", { className: "error" }, error.message));
    return;
  }
  if (matrix.agencies.length === 0) { box.textContent = "Không có nhiệm vụ nào có cơ quan."; return; }
  const cells = new Map(matrix.cells.map(c => [`${c.agency_id}|${c.document_id}`, c]));
  const head = el("tr", {}, el("th", {}, "Cơ quan"), ...matrix.documents.map(d => el("th", { className: "doc", title: d.title || "" }, documentLabel(d))));
  const rows = matrix.agencies.map(agency => el("tr", {},
    el("th", {}, el("a", { href: `#/co-quan/${encodeURIComponent(agency.id)}` }, agency.name)),
    ...matrix.documents.map(d => {
      const cell = cells.get(`${agency.id}|${d.id}`);
      return el("td", { className: "cell", title: "chủ trì / phối hợp" }, cell ? `${cell.lead} / ${cell.support}` : "");
    })));
  box.replaceChildren(
    el("p", {}, `${matrix.tasks} nhiệm vụ khớp truy vấn; mỗi ô: số nhiệm vụ chủ trì / phối hợp.`),
    el("table", { className: "matrix-table" }, el("thead", {}, head), el("tbody", {}, ...rows)));
}

// ---- agency page ----

async function showAgency(id) {
  const view = document.getElementById("view-agency");
  view.replaceChildren(el("p", {}, "Đang tải…"));
  let agency;
  try {
    agency = await getJson(`/api/agencies/${encodeURIComponent(id)}/tasks`);
  } catch (error) {
    view.replaceChildren(el("p", { className: "error" }, error.message), el("a", { href: "/" }, "‹ Về trang tìm kiếm"));
    return;
  }
  view.replaceChildren(
    el("p", {}, el("a", { href: "javascript:history.back()" }, "‹ Quay lại")),
    el("h2", {}, agency.name),
    el("p", { className: "meta" }, `Mã cơ quan: ${agency.id} · chủ trì ${agency.lead_count} nhiệm vụ · phối hợp ${agency.support_count} nhiệm vụ`),
    el("h3", {}, `Chủ trì (${agency.lead_count})`),
    ...agency.lead.map(group => renderAgencyGroup(group, agency.id)),
    el("h3", {}, `Phối hợp (${agency.support_count})`),
    ...agency.support.map(group => renderAgencyGroup(group, agency.id)));
}

/** One document's tasks of the agency, with the other agencies on each task. */
function renderAgencyGroup(group, agencyId) {
  return el("div", { className: "group" },
    el("h4", {}, documentLink(group.document)),
    el("ol", {}, ...group.tasks.map(task => el("li", {},
      task.text,
      task.deadline ? el("div", { className: "meta" }, deadlineText(task.deadline)) : null,
      ownerChips(task.owners.filter(o => o.id !== agencyId))))));
}

// ---- document page ----

async function showDocument(id) {
  const view = document.getElementById("view-document");
  view.replaceChildren(el("p", {}, "Đang tải…"));
  let links, tasks;
  try {
    [links, tasks] = await Promise.all([
      getJson(`/api/documents/${encodeURIComponent(id)}/links`),
      getJson(`/api/search?q=${encodeURIComponent(`doc:"${id}" type:task|target`)}&size=500&facets=false`),
    ]);
  } catch (error) {
    view.replaceChildren(el("p", { className: "error" }, "Văn bản này chưa có trong chỉ mục."), el("a", { href: "/" }, "‹ Về trang tìm kiếm"));
    return;
  }
  const doc = links.document;
  const fields = el("dl", { className: "fields" });
  for (const [name, value] of [["Số, ký hiệu", doc.number], ["Loại văn bản", doc.kind], ["Cơ quan ban hành", doc.issuer],
    ["Địa phương", doc.place], ["Ngày ban hành", isoToVi(doc.date)], ["Trích yếu", doc.title], ["Tệp", doc.file]]) {
    if (value) fields.append(el("dt", {}, name), el("dd", {}, value));
  }
  const cites = links.cites.map(c => el("li", {},
    el("a", { href: `/?q=${encodeURIComponent(`cites:"${c.number}"`)}`, title: "Mọi văn bản dẫn chiếu số này" }, c.number),
    c.documents.length === 0 ? el("span", { className: "meta" }, " — chưa có trong kho") : " — ",
    ...c.documents.map(d => el("span", {}, documentLink(d), " "))));
  const citedBy = links.cited_by.map(d => el("li", {}, documentLink(d), d.title ? el("div", { className: "meta" }, d.title) : null));
  view.replaceChildren(
    el("p", {}, el("a", { href: "javascript:history.back()" }, "‹ Quay lại")),
    el("h2", {}, documentLabel(doc)),
    fields,
    el("h3", {}, `Văn bản được dẫn chiếu (${links.cites.length})`),
    cites.length ? el("ul", {}, ...cites) : el("p", { className: "meta" }, "Văn bản không dẫn chiếu văn bản nào."),
    el("h3", {}, `Văn bản dẫn chiếu đến văn bản này (${links.cited_by.length})`),
    citedBy.length ? el("ul", {}, ...citedBy) : el("p", { className: "meta" }, "Chưa có văn bản nào trong kho dẫn chiếu văn bản này."),
    el("h3", {}, `Nhiệm vụ và chỉ tiêu (${tasks.total})`),
    el("ol", { className: "hit-list" }, ...tasks.hits.sort(inDocumentOrder).map(renderHit)));
}

/** Tasks before targets, each in the order of the document (ids end in -task-N, -target-N). */
function inDocumentOrder(a, b) {
  const position = hit => {
    const [, type, n] = hit.id.match(/-(task|target)-(\d+)$/) || [, "target", "0"];
    return (type === "task" ? 0 : 1e6) + Number(n);
  };
  return position(a) - position(b);
}

// ---- documents table and upload ----

async function refreshDocuments() {
  const response = await fetch("/api/documents?limit=100");
  if (!response.ok) return;
  const rows = (await response.json()).map(d => el("tr", {},
    el("td", {}, d.status === "Indexed" ? el("a", { href: `#/van-ban/${encodeURIComponent(d.id)}` }, d.file_name) : d.file_name),
    el("td", { className: `status-${d.status}` }, statusNames[d.status] || d.status),
    el("td", {}, new Date(d.received_at).toLocaleString("vi-VN")),
    el("td", {}, d.error || "")));
  document.querySelector("#documents tbody").replaceChildren(...rows);
}

document.getElementById("search-form").addEventListener("submit", e => {
  e.preventDefault();
  const state = readState();
  writeState({ ...state, q: document.getElementById("q").value, sort: document.getElementById("sort").value, page: 1 });
});

document.getElementById("sort").addEventListener("change", () => {
  writeState({ ...readState(), sort: document.getElementById("sort").value, page: 1 });
});

document.getElementById("matrix-box").addEventListener("toggle", e => {
  if (e.target.open) renderMatrix(readState());
});

document.getElementById("upload-form").addEventListener("submit", async e => {
  e.preventDefault();
  const status = document.getElementById("upload-status");
  const data = new FormData(e.target);
  status.textContent = "Đang tải lên…";
  const response = await fetch("/api/documents", { method: "POST", body: data });
  const outcomes = response.ok ? await response.json() : [];
  const names = { accepted: "đã nhận", duplicate: "đã có trước đó", quarantined: "bị từ chối" };
  status.textContent = outcomes.map(o => `${o.file}: ${names[o.outcome] || o.outcome}${o.reason ? " — " + o.reason : ""}`).join("; ");
  refreshDocuments();
});

// ---- routing ----

function route() {
  const [, page, id] = location.hash.match(/^#\/(co-quan|van-ban)\/(.+)$/) || [];
  document.getElementById("view-search").hidden = Boolean(page);
  document.getElementById("view-agency").hidden = page !== "co-quan";
  document.getElementById("view-document").hidden = page !== "van-ban";
  if (page === "co-quan") showAgency(decodeURIComponent(id));
  else if (page === "van-ban") showDocument(decodeURIComponent(id));
  else {
    const state = readState();
    if (state.q || state.filters.length > 0) runSearch(state);
  }
}

window.addEventListener("popstate", route);
window.addEventListener("hashchange", route);
route();
refreshDocuments();
setInterval(refreshDocuments, 3000);
