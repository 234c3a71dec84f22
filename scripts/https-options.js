/** Placeholder until the dev-certificate step lands: webpack-dev-server makes its own self-signed certificate. */
async function httpsServerConfig() {
  return { type: "https" };
}
module.exports = { httpsServerConfig };
