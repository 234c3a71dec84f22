/**
 * The one setting that moves the add-in from localhost to a real host: every URL in the manifest starts with it.
 */
const DEV_BASE_URL = "https://localhost:3000/";

function normaliseBaseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`baseUrl "${raw}" is not a URL; give one such as https://contoso.github.io/capex-addin/`);
  }
  if (url.protocol !== "https:")
    throw new Error(`baseUrl must use https (Office loads add-ins only over https): ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Points every development URL in the manifest at `baseUrl`. */
function rewriteManifest(manifestXml, baseUrl) {
  return manifestXml.split(DEV_BASE_URL).join(normaliseBaseUrl(baseUrl));
}

module.exports = { DEV_BASE_URL, normaliseBaseUrl, rewriteManifest };
