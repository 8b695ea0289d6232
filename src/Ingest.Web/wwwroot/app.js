"use strict";
const statusNames = {
  Received: "Đã nhận", Text: "Đã lấy văn bản", Extracted: "Đã trích xuất", Indexed: "Sẵn sàng tra cứu", Failed: "Lỗi",
};
const roleNames = { lead: "chủ trì", support: "phối hợp" };

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of children) node.append(child);
  return node;
}

async function search(query) {
  const status = document.getElementById("search-status");
  const list = document.getElementById("results");
  status.textContent = "Đang tìm…";
  const response = await fetch(`/api/search?q=${encodeURIComponent(query)}&limit=50`);
  const body = await response.json();
  list.replaceChildren();
  if (!response.ok) { status.textContent = body.detail || "Không tìm được."; return; }
  status.textContent = `Tìm thấy ${body.total} kết quả.`;
  for (const hit of body.hits) {
    const owners = el("div", { className: "owners" });
    for (const owner of hit.owners) {
      owners.append(el("span", { className: `owner ${owner.role}`, title: roleNames[owner.role] || owner.role },
        `${owner.name} (${roleNames[owner.role] || owner.role})`));
    }
    const doc = hit.document;
    const meta = [doc.number, doc.kind, doc.issuer, doc.date].filter(Boolean).join(" · ") || doc.file;
    const deadline = hit.deadline && hit.deadline.due ? ` · Hạn: ${hit.deadline.due}` : "";
    list.append(el("li", { className: "hit" },
      el("span", { className: `hit-type ${hit.type}` }, hit.type === "task" ? "Nhiệm vụ" : "Văn bản"),
      el("span", { className: "hit-text" }, hit.text),
      owners,
      el("div", { className: "meta" }, meta + deadline)));
  }
}

async function refreshDocuments() {
  const response = await fetch("/api/documents?limit=100");
  if (!response.ok) return;
  const rows = (await response.json()).map(d => el("tr", {},
    el("td", {}, d.file_name),
    el("td", { className: `status-${d.status}` }, statusNames[d.status] || d.status),
    el("td", {}, new Date(d.received_at).toLocaleString("vi-VN")),
    el("td", {}, d.error || "")));
  document.querySelector("#documents tbody").replaceChildren(...rows);
}

document.getElementById("search-form").addEventListener("submit", e => {
  e.preventDefault();
  const query = document.getElementById("q").value;
  history.replaceState(null, "", `?q=${encodeURIComponent(query)}`);
  search(query);
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

const initial = new URLSearchParams(location.search).get("q");
if (initial) { document.getElementById("q").value = initial; search(initial); }
refreshDocuments();
setInterval(refreshDocuments, 3000);
