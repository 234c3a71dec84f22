Office.onReady(() => {
  const app = document.getElementById("app");
  if (app) app.textContent = "Cloud Capex";
});
