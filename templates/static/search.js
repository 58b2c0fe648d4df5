// The /search/ page: a form over the Pagefind index (/pagefind/). Results show headline, date and
// lede; filters by section and tag; best match or newest first. The query lives in the URL
// (?q=...&section=...&tag=...&order=newest), so a search can be shared and the back button works.
// The index is a bundle per month (/pagefind/bundles.json lists them, newest first): the newest is
// loaded and the others merged into it, each tagged with a `bundle` filter of its name.
const form = document.querySelector("form.search");
const status = document.querySelector(".search-status");
const list = document.querySelector(".search-results");
const fields = ["q", "section", "tag", "order"].map((name) => form.elements[name]);
const [terms, section, tag, order] = fields;
const SHOWN = 30; // results shown at most

const bundles = await (await fetch("/pagefind/bundles.json")).json();
if (!bundles.length) throw new Error("no stories to search"); // the links to the archive stay
const pagefind = await import(`/pagefind/${bundles[0]}/pagefind.js`);
await pagefind.options({ excerptLength: 24, mergeFilter: { bundle: bundles[0] } });
for (const bundle of bundles.slice(1)) {
  await pagefind.mergeIndex(`/pagefind/${bundle}/`, { excerptLength: 24, mergeFilter: { bundle } });
}

function fill(select, counts) {
  for (const [value, count] of Object.entries(counts || {}).sort(([a], [b]) => a.localeCompare(b))) {
    select.add(new Option(`${value} (${count})`, value));
  }
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function result(data) {
  const item = element("li", "search-result");
  const heading = element("h2", "headline");
  const link = element("a", "", data.meta.title);
  link.href = data.url;
  heading.append(link);
  item.append(heading, element("p", "meta", data.meta.date || ""));
  const lede = data.meta.lede ? element("p", "lede", data.meta.lede) : element("p", "lede");
  if (!data.meta.lede) lede.innerHTML = data.excerpt; // Pagefind's excerpt: escaped text and <mark>
  item.append(lede);
  return item;
}

let latest = 0; // a slower, older search never overwrites a newer one
async function search() {
  const run = ++latest;
  const filters = {};
  if (section.value) filters.section = section.value;
  if (tag.value) filters.tag = tag.value;
  const query = terms.value.trim();
  if (!query && !Object.keys(filters).length) {
    status.textContent = "";
    list.replaceChildren();
    return;
  }
  const found = await pagefind.search(query || null, { filters });
  const shown = order.value === "newest" ? await newest(query || null, filters, found.filters.bundle)
    : found.results.slice(0, SHOWN);
  const data = await Promise.all(shown.map((r) => r.data()));
  if (run !== latest) return;
  const what = query ? `for “${query}”` : "";
  const count = found.results.length;
  status.textContent = count === 0 ? `No results ${what}`.trim() + "."
    : `${count} ${count === 1 ? "result" : "results"} ${what}`.trim()
      + (count > SHOWN ? `, the first ${SHOWN} shown.` : ".");
  list.replaceChildren(...data.map(result));
}

// The first SHOWN results, newest first. Pagefind sorts within one bundle only (merged results are
// ordered by a score that is then a place in its own bundle), so take the bundles that have
// results (`counts`), newest first, each sorted.
async function newest(query, filters, counts) {
  const results = [];
  for (const bundle of bundles) {
    if (results.length >= SHOWN) break;
    if (!counts?.[bundle]) continue;
    const found = await pagefind.search(query, { filters: { ...filters, bundle }, sort: { published: "desc" } });
    results.push(...found.results);
  }
  return results.slice(0, SHOWN);
}

function fromAddress() {
  const params = new URLSearchParams(location.search);
  for (const field of fields) field.value = params.get(field.name) || "";
  if (section.selectedIndex < 0) section.value = "";
  if (tag.selectedIndex < 0) tag.value = "";
  if (order.selectedIndex < 0) order.value = "";
}

function toAddress() {
  const params = new URLSearchParams();
  for (const field of fields) if (field.value.trim()) params.set(field.name, field.value.trim());
  const address = params.size ? `?${params}` : location.pathname;
  if (address !== location.search) history.replaceState(null, "", address);
}

const filterCounts = await pagefind.filters();
fill(section, filterCounts.section);
fill(tag, filterCounts.tag);
fromAddress();
form.hidden = false;
document.querySelector(".search-fallback").hidden = true;

let timer;
form.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(() => { toAddress(); search(); }, 200);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(timer);
  toAddress();
  search();
});
addEventListener("popstate", () => { fromAddress(); search(); });
search();
