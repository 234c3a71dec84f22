/** Hands bytes made in the browser to the user as a file download. */
export function saveFile(bytes: ArrayBuffer | Uint8Array, fileName: string, type: string): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not now: some browsers start reading the blob only after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "Bull case (edited)" → "cloud-capex-bull-case-edited.xlsx": safe on every file system. */
export function workbookFileName(scenarioName: string): string {
  return fileNameFor(scenarioName, "xlsx");
}

/** The saved scenario's file, named like its workbook. */
export function scenarioFileName(scenarioName: string): string {
  return fileNameFor(scenarioName, "json");
}

function fileNameFor(scenarioName: string, extension: string): string {
  const slug = scenarioName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `cloud-capex${slug ? `-${slug}` : ""}.${extension}`;
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const JSON_TYPE = "application/json";
