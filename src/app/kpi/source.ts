/**
 * The source a person names at the end of an update ("… tính đến 28/7, nguồn: Báo cáo số 45/BC-CAT",
 * "… theo báo cáo của Công an tỉnh"), taken off the text the figure is read from.
 */
const SOURCE = /[,;.]?\s*(?:\(?\s*(?:nguồn|nguon|source)\s*:\s*(.+?)\)?|(theo\s+(?:báo cáo|bao cao|văn bản|van ban|công văn|cong van|thông báo|thong bao|số liệu|so lieu)\b.+?))\s*[.]?\s*$/iu;

export function splitSource(body: string): { text: string; source: string | null } {
  const m = SOURCE.exec(body);
  if (!m) return { text: body, source: null };
  const named = (m[1] ?? m[2] ?? "").trim();
  const source = named.replace(/^theo\s+/iu, "");
  return { text: body.slice(0, m.index).trim(), source: source.length > 0 ? source.charAt(0).toUpperCase() + source.slice(1) : null };
}
